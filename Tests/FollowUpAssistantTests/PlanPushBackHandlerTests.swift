import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpStore
@testable import FollowUpAssistant

/// The push-back handler (lines built by hand, so it does not wait on the plan rules), a plan's
/// message as an email draft, and plan touches in the calendar export.
final class PlanPushBackHandlerTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 9) ?? Day(ordinal: 0)
    let start = Day(year: 2026, month: 11, day: 30) ?? Day(ordinal: 0)

    /// Acme with Li Wei (an address, and `consent` when given), its first-contact plan running
    /// with a tip every 3 days (#1), a visit to book by phone (#2) and an email touch (#3).
    private func book(consent: Bool = false, plan: Bool = true) throws -> Book {
        var b = Book()
        var person = ContactPerson(name: "Li Wei")
        person.email = "li@acme.com"
        if consent { person.emailConsent = EmailConsent(agreed: true, day: start) }
        var acme = Customer(id: CustomerID(1), name: "Acme Trading", added: start)
        acme.contacts = [person]
        var events: [Event] = [.customerAdded(acme)]
        if plan {
            let p = FollowUpPlan(id: PlanID(1), customer: acme.id, contact: "Li Wei", play: "plan.first_contact", started: start)
            func touch(_ id: Int, _ key: String, _ kind: ReminderKind, _ text: String, due: Day, every: Recurrence? = nil,
                       message: String) -> Event {
                .reminderAdded(Reminder(id: ReminderID(id), text: text, customer: acme.id, due: due, recurrence: every, kind: kind,
                                        created: start, plan: p.id, touch: key, message: message))
            }
            events += [.planAdded(p),
                       touch(1, "tip", .sms, "Text Li Wei at Acme Trading: a useful tip (first-contact plan)", due: today.adding(days: 2),
                             every: Recurrence(every: 3, unit: .day), message: "Hello Li Wei, a quick tip that may help you: [your tip]."),
                       touch(2, "book_visit", .call, "Call Li Wei at Acme Trading: book a visit (first-contact plan)",
                             due: today.adding(days: 1), message: "Hello Li Wei, when would suit you for a short visit?")]
        }
        _ = try b.record(Step(seq: 1, day: start, line: "setup", events: events))
        return b
    }

    private func context(_ b: Book, lang: Lang = .en) -> Context {
        Context(book: b, index: BookIndex(), today: today, lang: lang, decisions: Decisions())
    }

    private func pushBack(channel: Channel? = nil, often: Bool = false, words: String = "", lang: Lang = .en) -> ParsedLine {
        var s = Slots()
        s.customer = "Acme"
        s.channel = channel
        s.topic = often ? "often" : nil
        s.text = words.isEmpty ? nil : words
        return ParsedLine(input: "test", intent: .planPushBack, slots: s, language: lang)
    }

    private func changes(_ o: Outcome) -> ([Event], String)? {
        guard case .change(let events, let lines) = o else { return nil }
        return (events, lines.map(\.text).joined(separator: "\n"))
    }

    private func failure(_ o: Outcome) -> String? {
        guard case .failed(let lines) = o else { return nil }
        return lines.map(\.text).joined(separator: "\n")
    }

    func testTooOftenSlowsTheTipAndSaysWhen() throws {
        let b = try book()
        let (events, text) = try XCTUnwrap(changes(try PlanCommands.pushBack(pushBack(often: true, words: "too many messages"), context(b))))
        XCTAssertEqual(events.count, 2, "the plan and the one repeating touch")
        guard case .planChanged(_, let plan) = events[0] else { return XCTFail("\(events[0])") }
        XCTAssertEqual(plan.adjustments, [PlanAdjustment(day: today, change: .slowed(factor: 2), words: "too many messages")])
        XCTAssertTrue(text.contains("Noted Acme Trading's push-back (“too many messages”)."), text)
        XCTAssertTrue(text.contains("#1 text · a useful tip: now every 6 days instead of every 3 days; next Tue 15 Dec"), text)
        XCTAssertTrue(text.contains("If they push back again"), text)
    }

    func testStopCallingMovesTheCallToTextsWithoutConsentAndToEmailWithIt() throws {
        let (events, text) = try XCTUnwrap(changes(try PlanCommands.pushBack(pushBack(channel: .call), context(try book()))))
        XCTAssertTrue(text.contains("Calls in Acme Trading's first-contact plan now go by text message (1 touch; Li Wei has not agreed to emails)"), text)
        guard case .reminderChanged(_, let after) = events[1] else { return XCTFail("\(events[1])") }
        XCTAssertEqual(after.kind, .sms)
        XCTAssertTrue(after.text.hasPrefix("Text Li Wei"), after.text)
        let (_, withConsent) = try XCTUnwrap(changes(try PlanCommands.pushBack(pushBack(channel: .call), context(try book(consent: true)))))
        XCTAssertTrue(withConsent.contains("now go by email (1 touch; Li Wei agreed to emails)"), withConsent)
    }

    func testNoPlanRunningRefusesWithTheNoteLine() throws {
        let text = try XCTUnwrap(failure(try PlanCommands.pushBack(pushBack(channel: .call, words: "stop calling me"),
                                                                  context(try book(plan: false)))))
        XCTAssertTrue(text.contains("nothing was changed"), text)
        XCTAssertTrue(text.contains("note for Acme Trading: stop calling me"), text)
    }

    func testTheThirdPushBackChangesNothingAndSaysHowToStop() throws {
        var b = try book()
        for (k, words) in ["too often", "still too often"].enumerated() {
            let (events, _) = try XCTUnwrap(changes(try PlanCommands.pushBack(pushBack(often: true, words: words), context(b))))
            _ = try b.record(Step(seq: 2 + k, day: today, line: words, events: events))
        }
        let text = try XCTUnwrap(failure(try PlanCommands.pushBack(pushBack(often: true), context(b))))
        XCTAssertTrue(text.contains("2 times already; nothing was changed"), text)
        XCTAssertTrue(text.contains("stop the plan for Acme Trading"), text)
        let zh = try XCTUnwrap(failure(try PlanCommands.pushBack(pushBack(often: true, lang: .zh), context(b, lang: .zh))))
        XCTAssertTrue(zh.contains("停止Acme Trading的跟进计划"), zh)
    }

    func testAPlanMessageBecomesADraftOnlyWithConsent() throws {
        let files = MemoryFiles()
        let c = Conversation(book: try book(), store: MemoryBookStore(), clock: FixedClock(today), files: files,
                             mail: MailSetup(draftsFolder: "/drafts"))
        let refused = c.handle("draft email to Acme plan")
        XCTAssertTrue(refused.failed)
        XCTAssertTrue(files.files.isEmpty)
        XCTAssertFalse(c.handle("Li Wei agreed to receive emails").failed)
        let r = c.handle("draft email to Acme plan")
        XCTAssertFalse(r.failed, r.lines.map(\.text).joined(separator: "\n"))
        let eml = String(decoding: try XCTUnwrap(files.files["/drafts/2026-12-09-li-wei-plan-book-visit.eml"]), as: UTF8.self)
        XCTAssertTrue(eml.contains("To: Li Wei <li@acme.com>\r\n"), eml)
        XCTAssertTrue(r.lines.contains { $0.text.contains("done 2") }, "the next touch, the call on the 10th, said to send by email")
    }

    func testCalendarNamesATouchsChannelAndPlanAndCarriesItsMessage() throws {
        let files = MemoryFiles()
        let c = Conversation(book: try book(), store: MemoryBookStore(), clock: FixedClock(today), files: files)
        XCTAssertFalse(c.handle("export calendar").failed)
        let ics = String(decoding: try XCTUnwrap(files.files["followup.ics"]), as: UTF8.self).replacingOccurrences(of: "\r\n ", with: "")
        XCTAssertTrue(ics.contains("SUMMARY:Text message · first-contact plan · Acme Trading\r\n"), ics)
        XCTAssertTrue(ics.contains("SUMMARY:Call · first-contact plan · Acme Trading\r\n"), ics)
        XCTAssertTrue(ics.contains("Message: Hello Li Wei\\, a quick tip"), ics)
    }
}

extension PlanPushBackHandlerTests {
    func testAVisitAddsThePlansFeedbackCallInTheSameStep() throws {
        let c = Conversation(book: try book(), store: MemoryBookStore(), clock: FixedClock(today))
        let before = c.book.reminders.count
        let r = c.handle("visited Acme")
        XCTAssertFalse(r.failed)
        let text = r.lines.map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains("Added by the first-contact plan after the visit:"), text)
        XCTAssertEqual(c.book.reminders.count, before + 1)
        let call = try XCTUnwrap(c.book.reminders.last)
        XCTAssertEqual(call.touch, "visit_feedback")
        XCTAssertEqual(call.due, today.adding(days: 1))
        XCTAssertEqual(call.kind, .survey)
        XCTAssertTrue(call.message?.contains("Li Wei") == true, call.message ?? "no message")
        XCTAssertEqual(c.book.contacts.count, 1)
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertEqual(c.book.reminders.count, before, "one step: the visit and its call go together")
        XCTAssertTrue(c.book.contacts.isEmpty)
        // A call is no visit.
        XCTAssertFalse(c.handle("called Acme").failed)
        XCTAssertEqual(c.book.reminders.count, before)
    }
}
