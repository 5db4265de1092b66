import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Hurried Chinese lines read as meant: an email address on a Chinese line is no English, a trip
/// said with 趟 is a visit whose note starts after it.
final class HurriedChineseCorpusTests: XCTestCase {
    func testAnEmailAddressIsNoEnglish() {
        for text in ["刘经理邮箱 liu@mtkj.com", "华新超市邮箱是sales@hx-market.com.cn", "王经理的邮箱 wang.fang+ap@df.example"] {
            XCTAssertEqual(Fixture.parse(text).language, .zh, text)
        }
        for text in ["Acme email ap@acme.com", "Li Wei's email is li@acme.com"] {
            XCTAssertEqual(Fixture.parse(text).language, .en, text)
        }
    }

    func testATripIsAVisit() {
        let parser = LineParser(names: ["明天科技", "刘经理", "东方酒店", "华强电子"])
        for (text, note) in [("去了趟明天科技 见了刘经理", "见了刘经理"), ("去了一趟东方酒店", nil), ("跑了一趟华强电子", nil)] {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, .contactLog, text)
            XCTAssertEqual(p.slots.channel, .visit, text)
            XCTAssertEqual(p.slots.text, note, text)
        }
    }

    /// A day to come right before paying is a promise; asked, a habit, done or doubted it is not.
    func testADayThenPayingIsAPromise() {
        for (text, day) in [("东方酒店月底付", "2026-11-30"), ("东方酒店周五前付", "2026-11-20"), ("华强电子15号付款", "2026-12-15")] {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, .promiseRecord, text)
            XCTAssertEqual(p.slots.date?.iso, day, text)
            XCTAssertNil(p.problem, text)
        }
        for text in ["月底付款的客户有哪些", "东方酒店月底付款日是几号", "东方酒店一般月底付", "东方酒店15号付了"] {
            XCTAssertNotEqual(Fixture.parse(text).intent, .promiseRecord, text)
        }
        XCTAssertNotNil(Fixture.parse("东方酒店可能月底付").problem, "a doubted promise is not recorded")
    }
}
