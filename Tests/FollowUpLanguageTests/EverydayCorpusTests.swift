import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Categories found by typing lines as a hurried user would: each row is one category, with
/// lines of both languages.
final class EverydayCorpusTests: XCTestCase {
    static let parser = LineParser(names: ["Acme", "Blue Sky Travel", "Lotus Garden", "东方酒店", "大众五金(上海)有限公司",
                                           "华强电子有限公司", "莲花餐厅"])

    private func parse(_ line: String) -> ParsedLine { Self.parser.parse(line, today: Fixture.today) }

    /// A contact's note can talk about a day ahead; the contact itself is today's.
    func testADayAheadInANoteDoesNotDateTheContact() {
        for line in ["called lotus garden - mr chen out till monday", "called acme, back on friday",
                     "给莲花餐厅打电话，陈老板不在，周一回来"] {
            let p = parse(line)
            XCTAssertEqual(p.intent, .contactLog, "\(line) → \(Fixture.describe(p))")
            XCTAssertNil(p.slots.date, "\(line) → \(Fixture.describe(p))")
        }
        let past = parse("called acme yday, no answer")
        XCTAssertEqual(past.slots.date, Fixture.today.adding(days: -1))
    }

    /// `the balance` in a promise is what is left; asked alone it is a statement.
    func testTheBalance() {
        let promise = parse("blue sky promised the balance by dec 1")
        XCTAssertEqual(promise.intent, .promiseRecord, Fixture.describe(promise))
        XCTAssertEqual(promise.slots.portion, .rest)
        XCTAssertEqual(parse("what's the balance of acme").intent, .reportStatement)
    }

    /// A money fact that repeats is not recorded as one.
    func testRepeatingMoneyIsRefused() {
        for line in ["acme says they'll pay 1k every friday", "东方酒店每月付5000"] {
            let p = parse(line)
            guard case .unexplained(.repeating, _)? = p.problem else {
                XCTFail("\(line) → \(Fixture.describe(p))")
                continue
            }
        }
    }

    /// People leave out a Chinese company's place and legal form.
    func testChineseShortNames() {
        for (line, name) in [("大众五金付款3000", "大众五金"), ("华强电子答应周五付2万", "华强电子")] {
            let p = parse(line)
            XCTAssertEqual(p.slots.customer, name, "\(line) → \(Fixture.describe(p))")
            XCTAssertNil(p.problem, "\(line) → \(Fixture.describe(p))")
        }
    }

    /// Cheques that arrive are payments; `&` joins two things.
    func testChequesAndAmpersands() {
        let cheque = parse("大众五金寄来一张2750的支票")
        XCTAssertEqual(cheque.intent, .paymentRecord, Fixture.describe(cheque))
        XCTAssertNil(cheque.problem, Fixture.describe(cheque))
        let both = parse("acme paid 500 & promised 500 more next fri")
        XCTAssertEqual(both.clauses.map(\.intent), [.paymentRecord, .promiseRecord], Fixture.describe(both))
    }

    /// Hurried spellings: contractions without apostrophes, abbreviations.
    func testHurriedSpellings() {
        XCTAssertEqual(parse("acme said theyll pay 3k on friday").intent, .promiseRecord)
        XCTAssertEqual(parse("acme pd 1000 today").intent, .paymentRecord)
        XCTAssertEqual(parse("whats on tmrw").intent, .agenda)
        XCTAssertEqual(parse("left voicemail w acme").intent, .contactLog)
        XCTAssertEqual(parse("给东方酒店留了言").intent, .contactLog)
        XCTAssertEqual(parse("本周到期的").intent, .agenda)
    }
}
