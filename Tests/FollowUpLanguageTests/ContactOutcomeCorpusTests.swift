import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// How a contact went (`outcome`) and what the customer said (`excuse`), in both languages, and
/// lines that must not be read that way.
final class ContactOutcomeCorpusTests: XCTestCase {
    /// line → intent, outcome, excuse (nil: the slot must stay empty).
    let corpus: [(String, Intent, ContactOutcome?, Excuse?)] = [
        ("called Acme, no answer", .contactLog, .noAnswer, nil),
        ("called acme - no ans", .contactLog, .noAnswer, nil),
        ("Acme didn't pick up", .contactLog, .noAnswer, nil),
        ("tried calling Kite Logistics, nobody answered", .contactLog, .noAnswer, nil),
        ("called Pine Dental, went to voicemail", .contactLog, .voicemail, nil),
        ("called Pine Dental, left a message", .contactLog, .voicemail, nil),
        ("left a vm for Acme", .contactLog, .voicemail, nil),
        ("called Acme, vm", .contactLog, .voicemail, nil),
        ("called Acme, phone off", .contactLog, .phoneOff, nil),
        ("Acme's phone is switched off", .contactLog, .phoneOff, nil),
        ("called Acme, line busy", .contactLog, .busy, nil),
        ("called acme, busy", .contactLog, .busy, nil),
        ("spoke with Acme, they refused to pay", .contactLog, .refused, nil),
        ("Acme says they have no money", .contactLog, nil, .noMoney),
        ("called Acme, cash flow is tight this month", .contactLog, nil, .noMoney),
        ("called Acme, they didn't get the invoice", .contactLog, nil, .noInvoice),
        ("called Acme, boss is away", .contactLog, nil, .bossAway),
        ("Acme says the boss is away till monday", .contactLog, nil, .bossAway),
        ("called Acme, quality problem with the last batch", .contactLog, nil, .quality),
        ("Acme says they always pay late", .contactLog, nil, .alwaysLate),
        ("visited Acme, they'll wait till next month", .contactLog, nil, .nextMonth),
        ("called acme, they were angry", .contactLog, nil, .angry),
        ("给恒通贸易打电话，没人接", .contactLog, .noAnswer, nil),
        ("恒通贸易无人接听", .contactLog, .noAnswer, nil),
        ("恒通贸易不接电话", .contactLog, .noAnswer, nil),
        ("给恒通贸易打电话，关机", .contactLog, .phoneOff, nil),
        ("给恒通贸易打电话，占线", .contactLog, .busy, nil),
        ("给恒通贸易打了电话，留言了", .contactLog, .voicemail, nil),
        ("恒通贸易说没钱", .contactLog, nil, .noMoney),
        ("恒通贸易说资金紧张", .contactLog, nil, .noMoney),
        ("给恒通贸易打电话，他们说没收到发票", .contactLog, nil, .noInvoice),
        ("给恒通贸易打电话，老板不在", .contactLog, nil, .bossAway),
        ("恒通贸易老板出差了", .contactLog, nil, .bossAway),
        ("给恒通贸易打了电话，他们说质量有问题", .contactLog, nil, .quality),
        ("恒通贸易说他们一直都是晚付", .contactLog, nil, .alwaysLate),
        ("给恒通贸易打了电话，他们很生气", .contactLog, nil, .angry),
        // Reported as said, "next month" is the put-off the playbook answers, not a promise.
        ("拜访了恒通贸易，说下个月再付", .contactLog, nil, .nextMonth),
        ("恒通贸易说下个月再付", .contactLog, nil, .nextMonth),
        ("恒通贸易说一直都是月底才付的", .contactLog, nil, .alwaysLate),
        ("恒通贸易说资金紧张，下个月再付", .contactLog, .promised, .noMoney),
        ("spoke w acme, boss is away till next week", .contactLog, .reached, .bossAway),
        ("talked w acme, they refused to pay", .contactLog, .refused, nil),
        ("acme says defective goods", .contactLog, nil, .quality),
        ("给恒通贸易打电话 打不通", .contactLog, .noAnswer, nil),
        ("恒通贸易说下个月再说", .contactLog, nil, .nextMonth),
        // Said while the call was about something else, or not a contact at all.
        ("called Acme, they will pay 5000 on Friday", .contactLog, .promised, nil),
        ("emailed Acme the statement", .contactLog, nil, nil),
        ("met Liu at Acme, they want a new quote", .contactLog, nil, nil),
        ("visited Acme, will go again next month", .contactLog, nil, nil),
    ]

    func testOutcomesAndExcuses() {
        for (text, intent, outcome, excuse) in corpus {
            let p = Fixture.parse(text)
            let contact = p.clauses.first { $0.intent == .contactLog } ?? p
            XCTAssertEqual(contact.intent, intent, "\(text) → \(Fixture.describe(p))")
            XCTAssertEqual(contact.slots.outcome, outcome, "\(text) [outcome] → \(Fixture.describe(p))")
            XCTAssertEqual(contact.slots.excuse, excuse, "\(text) [excuse] → \(Fixture.describe(p))")
        }
    }

    /// A call that did not get through is a call, whatever word for a message was used.
    func testNotReachedIsACall() {
        XCTAssertEqual(Fixture.parse("left a message for Acme").slots.channel, .call)
        XCTAssertEqual(Fixture.parse("Acme didn't pick up").slots.channel, .call)
        XCTAssertEqual(Fixture.parse("emailed Acme, no reply").slots.channel, .email)
    }

    /// The words are kept in the contact's note, so what was said is not lost.
    func testTheNoteKeepsWhatWasSaid() {
        XCTAssertEqual(Fixture.parse("Acme says they have no money").slots.text, "says they have no money")
        XCTAssertEqual(Fixture.parse("called Acme, boss is away").slots.text, "boss is away")
        XCTAssertEqual(Fixture.parse("called Acme, boss is away").words(for: "excuse"), "boss is away")
        XCTAssertEqual(Fixture.parse("给恒通贸易打电话 打不通").slots.text, "打不通")
        XCTAssertEqual(Fixture.parse("left a vm for Acme").slots.text, "left a vm")
        XCTAssertEqual(Fixture.parse("恒通贸易说下个月再说").slots.text, "说下个月再说")
    }

    /// Lines with these words that are not contacts keep their meaning.
    func testNegativeLines() {
        let cases: [(String, Intent)] = [
            ("remind me to call Acme if no answer today", .reminderAdd),
            ("Acme says they have no money, what do I say", .script),
            ("恒通贸易说没钱，怎么说", .script),
            ("Acme paid 5000", .paymentRecord),
            ("Acme will pay next month", .promiseRecord),
            ("恒通贸易答应下个月付5000", .promiseRecord),
            ("恒通贸易下个月再付", .promiseRecord),
            ("恒通贸易昨天再付了2000", .paymentRecord),
            ("Acme owes 500 for the busy season order", .invoiceAdd),
            ("complaint from Acme: quality problem with the chairs", .complaintLog),
            ("agenda", .agenda),
            ("who to chase today", .agenda),
            ("今天要催谁", .agenda),
            ("chase acme tomorrow", .reminderAdd),
            ("promises", .promiseList),
        ]
        for (text, intent) in cases {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            if intent != .script { XCTAssertNil(p.slots.outcome, "\(text) → \(Fixture.describe(p))") }
        }
        // A script line keeps the excuse for the playbook.
        XCTAssertEqual(Fixture.parse("Acme says they have no money, what do I say").slots.excuse, .noMoney)
    }

    /// The day-counted settings.
    func testLadderAndRetrySettings() {
        let cases: [(String, BookSetting, String)] = [
            ("set ladder.firm 45", .ladderFirm, "45"),
            ("set ladder firm to 45 days", .ladderFirm, "45"),
            ("ladder.hold 75", .ladderHold, "75"),
            ("set the courtesy step to 5 days", .ladderCourtesy, "5"),
            ("set retry.days 2", .retryDays, "2"),
            ("正式催款设为45天", .ladderFirm, "45"),
            ("设置 ladder.escalate 120", .ladderEscalate, "120"),
            ("重拨天数设为2天", .retryDays, "2"),
            // The complaint settings are days too, never a complaint about "stall".
            ("set complaint.stall 3", .complaintStall, "3"),
            ("set complaint stall to 4 days", .complaintStall, "4"),
            ("set complaint.checkback 5", .complaintCheckBack, "5"),
            ("set the check-back days to 7", .complaintCheckBack, "7"),
            ("投诉停滞天数设为3", .complaintStall, "3"),
            ("把回访天数设为5天", .complaintCheckBack, "5"),
        ]
        for (text, setting, value) in cases {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, .settingSet, "\(text) → \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.setting, setting, "\(text) → \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.value, value, "\(text) → \(Fixture.describe(p))")
        }
        XCTAssertNil(Fixture.parse("set ladder.firm -5").slots.value, "a negative number is no number of days")
        XCTAssertNil(Fixture.parse("set ladder.firm soon").slots.value)
    }
}
