import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// `ParsedLine.evidence`: the words behind the intent and each slot, exactly as typed.
final class EvidenceTests: XCTestCase {
    /// (line, intent cue, customer, amount, date) — nil where the line has no such slot.
    static let cases: [(String, String, String?, String?, String?)] = [
        ("Acme 答应15号付5000", "答应", "Acme", "5000", "15号"),
        ("Acme promised to pay 5000 on the 15th", "promised", "Acme", "5000", "on the 15th"),
        ("Acme paid $1,200.50 yesterday", "paid", "Acme", "$1,200.50", "yesterday"),
        ("received 3000 from Acme", "received", "Acme", "3000", nil),
        ("Acme owes 12,500 due Dec 10", "owes", "Acme", "12,500", "Dec 10"),
        ("Harbor Foods will pay 2k next Friday", "will pay", "Harbor Foods", "2k", "next Friday"),
        ("ACME PAID 5K", "PAID", "ACME", "5K", nil),
        ("Got ¥8,800 from 東方酒店 yesterday", "Got", "東方酒店", "¥8,800", "yesterday"),
        ("美华商贸付款8000元", "付款", "美华商贸", "8000元", nil),
        ("东方酒店昨天回款1.5万", "回款", "东方酒店", "1.5万", "昨天"),
        ("美华商贸应收两万五,下月15号到期", "应收", "美华商贸", "两万五", "下月15号"),
        ("东方酒店答应下周一付3000", "答应", "东方酒店", "3000", "下周一"),
        ("提醒我20号去美华商贸收款", "提醒我", "美华商贸", nil, "20号"),
        ("Acme答应１５号付５０００", "答应", "Acme", "５０００", "１５号"),
    ]

    func testWordsForIntentCustomerAmountAndDate() {
        for (line, cue, customer, amount, date) in Self.cases {
            let p = Fixture.parse(line)
            let what = "“\(line)” → \(p.evidence)"
            XCTAssertEqual(p.words(for: "intent"), cue, what)
            XCTAssertEqual(p.words(for: "customer"), customer, what)
            XCTAssertEqual(p.words(for: "amount"), amount, what)
            XCTAssertEqual(p.words(for: "date"), date, what)
        }
    }

    func testIntentComesFirstThenSlotsInParseOrder() {
        let p = Fixture.parse("remind me tomorrow at 3pm to call Acme")
        XCTAssertEqual(p.evidence, [
            Evidence(slot: "intent", words: "remind me"), Evidence(slot: "customer", words: "Acme"),
            Evidence(slot: "date", words: "tomorrow"), Evidence(slot: "time", words: "at 3pm"),
            Evidence(slot: "text", words: "call Acme"), Evidence(slot: "channel", words: "call"),
        ])
        let zh = Fixture.parse("明天下午三点提醒我给张总打电话")
        XCTAssertEqual(zh.evidence.map(\.slot), ["intent", "customer", "contact", "date", "time", "text", "channel"])
        XCTAssertEqual(zh.words(for: "time"), "下午三点")
        XCTAssertEqual(zh.words(for: "contact"), "张总")
        XCTAssertEqual(zh.words(for: "channel"), "打电话")
    }

    func testEverySlotWithEvidenceIsFilledAndEveryFilledSlotHasEvidence() {
        let lines = ["新增客户东方酒店,电话13912345678,账期30天", "add customer Acme Trading, terms 30 days",
                     "Acme's credit limit 50k", "set currency USD", "切换到中文", "done 2", "2号提醒完成了",
                     "every Monday remind me to call Acme", "agenda this week", "Acme paid invoice INV-88",
                     "complaint 4 cause customer misunderstanding", "help reminders", "明天", "Acme email ap@acme.com",
                     "rename Harbor Foods to Harbor Fresh Foods", "Harbor Foods is now a key customer"]
        for line in lines {
            let p = Fixture.parse(line)
            let filled = EvidenceLog.order.filter { EvidenceLog.isFilled($0, p.slots) }
            XCTAssertEqual(p.evidence.map(\.slot), ["intent"] + filled, "“\(line)” → \(Fixture.describe(p)) \(p.evidence)")
            XCTAssertFalse(p.evidence.contains { $0.words.isEmpty }, line)
        }
    }

    func testOtherSlotsKeepTheirWords() {
        let add = Fixture.parse("新增客户东方酒店,电话13912345678,账期30天")
        XCTAssertEqual(add.words(for: "phone"), "13912345678")
        XCTAssertEqual(add.words(for: "terms"), "账期30天")
        let done = Fixture.parse("2号提醒完成了")
        XCTAssertEqual(done.slots.id, 2)
        XCTAssertEqual(done.words(for: "id"), "2号")
        XCTAssertNil(done.words(for: "date"))
        let week = Fixture.parse("agenda this week")
        XCTAssertEqual(week.words(for: "date"), "this week")
        XCTAssertEqual(week.words(for: "until"), "this week")
        let limit = Fixture.parse("Acme's credit limit 50k")
        XCTAssertEqual(limit.slots.customer, "Acme")
        XCTAssertEqual(limit.words(for: "customer"), "Acme's")
        XCTAssertEqual(limit.words(for: "field"), "credit limit")
        XCTAssertEqual(limit.words(for: "value"), "50k")
        let invoice = Fixture.parse("Acme paid invoice INV-88")
        XCTAssertEqual(invoice.words(for: "invoice"), "INV-88")
        let weekly = Fixture.parse("every Monday remind me to call Acme")
        XCTAssertEqual(weekly.words(for: "recurrence"), "every Monday")
        let setting = Fixture.parse("set currency USD")
        XCTAssertEqual(setting.words(for: "value"), "USD")
        let today = Fixture.parse("明天")
        XCTAssertEqual(today.intent, .agenda)
        XCTAssertEqual(today.words(for: "intent"), "明天")
    }

    func testUnknownLineHasNoIntentWords() {
        let p = Fixture.parse("blah blah")
        XCTAssertEqual(p.intent, .unknown)
        XCTAssertEqual(p.evidence, [])
    }

    func testEvidenceIsDeterministic() {
        for (line, _, _, _, _) in Self.cases {
            XCTAssertEqual(Fixture.parse(line), Fixture.parse(line), line)
        }
    }
}
