import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Lines that must not be acted on: meaningless lines, lines without dates, impossible dates.
final class NegativeCorpusTests: XCTestCase {
    static let meaningless = [
        "hello", "hi", "hi there", "good morning", "thanks", "thank you", "the weather is nice",
        "asdfgh qwerty", "lorem ipsum dolor sit amet", "what is the meaning of life", "I like turtles",
        "blah blah", "123", "???", "...", "ok", "yes", "no", "cool", "hmm", "the sky is blue",
        "my cat is sleeping", "football tonight", "🙂", "😀😀😀", "#", "-", "hello world",
        "你好", "谢谢", "今天天气不错", "哈哈", "嗯嗯", "好的", "我饿了", "天气很好", "你是谁", "随便说说", "啊啊啊",
        "早上好", "晚安", "吃了吗",
    ]

    static let noDate = [
        "Acme paid 500", "done 2", "complaint 4 cause customer", "add customer Sunrise Hotel", "terms 30 days",
        "Acme owes 5k, terms 30 days", "Kite Logistics credit limit 80k", "snooze 5", "call 13912345678",
        "invoice INV-2031", "statement Pine Dental", "list reminders", "aging", "best customers", "set currency USD",
        "I sat down with Acme", "complaint 2", "美华商贸付款8000元", "完成2", "投诉3原因是产品质量问题", "客户列表",
        "新增客户东方酒店,电话13912345678", "东方酒店账期30天", "The first order was fine", "net 30",
        "paid 3000 for 5 chairs", "200 dollars", "三千五", "两万五",
    ]

    static let impossible = [
        "Feb 30", "remind me on Feb 30 to call Acme", "February 30th", "30 Feb", "2/30", "13/45", "Acme will pay on 13/45",
        "April 31", "the 32nd", "2月30日", "13月40日", "2月30号提醒我收款", "4月31日", "2027年2月29日", "Feb 29 2027",
        "2027-02-29", "June 31st", "45号",
    ]

    func testMeaninglessLinesAreUnknown() {
        for line in Self.meaningless {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .unknown, "\(line) → \(Fixture.describe(p))")
        }
    }

    func testLinesWithoutDates() {
        for line in Self.noDate {
            let p = Fixture.parse(line)
            XCTAssertNil(p.slots.date, "\(line) → \(Fixture.describe(p))")
            XCTAssertNil(p.problem, "\(line) → \(Fixture.describe(p))")
        }
    }

    func testImpossibleDatesGiveAProblem() {
        for line in Self.impossible {
            let p = Fixture.parse(line)
            guard case .impossibleDate(let words, let reason)? = p.problem else {
                XCTFail("\(line) → \(Fixture.describe(p))")
                continue
            }
            XCTAssertFalse(words.isEmpty, line)
            XCTAssertFalse(reason.isEmpty, line)
            XCTAssertNil(p.slots.date, "\(line) must not roll over → \(Fixture.describe(p))")
        }
    }

    func testZeroAndNegativeAmountsGiveAProblem() {
        for (line, intent) in [("Acme Trading owes -300 due Dec 1", Intent.invoiceAdd), ("Acme paid -50", .paymentRecord),
                               ("Acme owes 0 due Dec 1", .invoiceAdd), ("Acme will pay 0 tomorrow", .promiseRecord)] {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, intent, line)
            guard case .badAmount? = p.problem else { return XCTFail("\(line): expected a bad-amount problem, got \(String(describing: p.problem))") }
        }
        // A dash glued to a word is part of an identifier, not a sign.
        XCTAssertEqual(Fixture.parse("Kite paid 500 for INV-300").slots.amount?.plain, "500")
        XCTAssertNil(Fixture.parse("Kite paid 500 for INV-300").problem)
    }

    func testImpossibleDateReason() {
        let p = Fixture.parse("Feb 30")
        XCTAssertEqual(p.problem, .impossibleDate(words: "Feb 30", reason: "February has 28 days in 2027"))
    }

    func testNoAmountFromNumbersThatAreNotMoney() {
        let lines = ["remind me on the 10th", "15号提醒我", "done 2", "complaint 3", "call 13912345678",
                     "Kite Logistics wired us for INV-2031", "in 5 days", "terms 30 days", "remind me in 3 days",
                     "提醒我三天后回访", "完成2", "推迟5到周五", "at 3pm", "下午三点", "every 2 weeks", "net 30",
                     "12/10", "2026-12-10", "snooze 5 for 3 days", "账期45天", "5 chairs arrived broken",
                     "投诉3原因是产品质量问题", "call Acme at 15:30"]
        for line in lines {
            let p = Fixture.parse(line)
            XCTAssertNil(p.slots.amount, "\(line) → \(Fixture.describe(p))")
        }
    }
}
