import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Reminders as people expect them, through the conversation: nothing is written when a line
/// is refused or asks, and each change is one step.
final class ReminderTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make(at time: TimeOfDay? = nil) -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore(book: Book())
        return (Conversation(book: Book(), store: store, clock: FixedClock(today, time: time)), store)
    }

    private func run(_ c: Conversation, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines {
            let reply = c.handle(text)
            XCTAssertFalse(reply.failed, "“\(text)” failed: \(reply.text)", file: file, line: line)
        }
    }

    func testDoneTwiceChangesNothing() {
        let (c, store) = make()
        run(c, ["remind me every day to check the mailbox", "remind me tomorrow to call Acme", "done 1"])
        let steps = store.steps.count
        let before = c.book.reminders
        let again = c.handle("done 1")
        XCTAssertTrue(again.failed)
        XCTAssertTrue(again.text.contains("already done on Wed 18 Nov"), again.text)
        XCTAssertTrue(again.text.contains("Thu 19 Nov"), again.text)
        XCTAssertEqual(c.book.reminders, before, "the next occurrence is not skipped")
        XCTAssertEqual(store.steps.count, steps)
    }

    func testSeveralMatchesAskAndWriteNothingUntilAnswered() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "remind me tomorrow to call Acme about the samples", "remind me on friday to call Acme"])
        let steps = store.steps.count
        let ask = c.handle("remove the reminder to call Acme")
        XCTAssertFalse(ask.failed)
        XCTAssertTrue(c.isAsking)
        XCTAssertEqual(store.steps.count, steps)
        XCTAssertTrue(c.book.reminders.allSatisfy(\.isOpen))
        let done = c.handle("2")
        XCTAssertFalse(done.failed, done.text)
        XCTAssertEqual(c.book.reminder(ReminderID(2))?.cancelled, today)
        XCTAssertTrue(c.book.reminder(ReminderID(1))?.isOpen ?? false)
        XCTAssertEqual(store.steps.count, steps + 1, "one step")
        XCTAssertEqual(store.steps.last?.line, "remove the reminder to call Acme")
    }

    func testNoMatchIsRefused() {
        let (c, store) = make()
        run(c, ["remind me tomorrow to call Acme"])
        let reply = c.handle("不用提醒我给华强打电话了")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("没有找到"), reply.text)
        XCTAssertEqual(store.steps.count, 1)
    }

    func testDeletingThisTimeRollsOnAndAllCancels() {
        let (c, _) = make()
        run(c, ["remind me every monday to call Acme", "delete reminder 1", "1"])
        XCTAssertEqual(c.book.reminder(ReminderID(1))?.due, Day(year: 2026, month: 11, day: 30))
        XCTAssertTrue(c.book.reminder(ReminderID(1))?.isOpen ?? false)
        run(c, ["cancel 1", "全部"])
        XCTAssertNotNil(c.book.reminder(ReminderID(1))?.cancelled)
    }

    func testSnoozeByHoursFromTheTimeOrFromNow() throws {
        let (c, _) = make(at: TimeOfDay(hour: 14, minute: 10))
        run(c, ["remind me today at 3pm to call Acme", "remind me today to send the statement", "remind me today at 11pm to pack",
                "snooze 1 1 hour", "snooze 2 30 min", "snooze 3 2 hours"])
        XCTAssertEqual(c.book.reminder(ReminderID(1))?.time, TimeOfDay(hour: 16, minute: 0), "from its own time")
        XCTAssertEqual(c.book.reminder(ReminderID(2))?.time, TimeOfDay(hour: 14, minute: 40), "from now")
        XCTAssertEqual(c.book.reminder(ReminderID(3))?.due, today.adding(days: 1), "past midnight: the next day")
        XCTAssertEqual(c.book.reminder(ReminderID(3))?.time, TimeOfDay(hour: 1, minute: 0))
    }

    func testSnoozeByHoursWithoutAClockTimeIsRefused() {
        let (c, store) = make()
        run(c, ["remind me today to send the statement"])
        let reply = c.handle("snooze 1 1 hour")
        XCTAssertTrue(reply.failed)
        XCTAssertEqual(c.book.reminder(ReminderID(1))?.due, today, "not moved to tomorrow")
        XCTAssertEqual(store.steps.count, 1)
    }

    /// A plan's touch skipped rolls on like any repeating reminder, and the reply names its plan.
    func testSkippingAPlanTouchNamesThePlan() throws {
        let cu = Customer(id: CustomerID(1), name: "Acme", added: today)
        let plan = FollowUpPlan(id: PlanID(1), customer: cu.id, play: "plan.after_sale", started: today)
        // Worded in the contact's language: `skip the tip` finds it by the touch's key.
        let touch = Reminder(id: ReminderID(1), text: "给王经理发条小知识短信（售后跟进）", customer: cu.id, due: today,
                             recurrence: Recurrence(every: 3, unit: .day), kind: .sms, created: today, plan: plan.id, touch: "tip")
        let book = try Book(customers: [cu], invoices: [], payments: [], promises: [], reminders: [touch], contacts: [],
                            plans: [plan], settings: [:], history: [], undoStack: [], lastSeq: 0)
        let store = MemoryBookStore(book: book)
        let c = Conversation(book: book, store: store, clock: FixedClock(today))
        // The opening line counts the touch apart from the other reminders.
        XCTAssertEqual(c.openingLine(locale: nil)?.text, "Hello. Wed 18 Nov: 1 plan touch due. Type 'agenda' to see them.")
        XCTAssertEqual(c.openingLine(locale: "zh_CN.UTF-8")?.text, "你好！11月18日 周三：跟进计划1项。输入“日程”查看详情。")
        let reply = c.handle("skip the tip for acme")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertTrue(reply.text.contains("follow-up plan #1"), reply.text)
        let after = try XCTUnwrap(c.book.reminder(ReminderID(1)))
        XCTAssertEqual(after.due, today.adding(days: 3), "rolled on to the next occurrence")
        XCTAssertNil(after.done, "skipped, not done")
        XCTAssertNil(after.lastDone)
        XCTAssertTrue(after.isOpen)
        XCTAssertEqual(store.steps.count, 1)
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertEqual(c.book.reminder(ReminderID(1)), touch, "undo takes the skip back")
    }

    func testSkippingAOneOffCancelsItAndSaysSo() {
        let (c, store) = make()
        run(c, ["remind me tomorrow to call Acme"])
        let reply = c.handle("skip 1")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertTrue(reply.text.contains("does not repeat, so it is cancelled"), reply.text)
        XCTAssertEqual(c.book.reminder(ReminderID(1))?.cancelled, today)
        XCTAssertEqual(store.steps.count, 2)
        XCTAssertTrue(c.handle("skip 1").failed, "a cancelled reminder cannot be skipped again")
        XCTAssertEqual(store.steps.count, 2)
    }

    func testDoneByWordsMarksTheOneThatFits() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "add customer Pine Dental", "remind me tomorrow to ring Acme",
                "remind me tomorrow to visit Pine Dental"])
        XCTAssertTrue(c.handle("done with the acme visit").failed, "Acme's reminder is a call")
        XCTAssertEqual(store.steps.count, 4, "nothing written")
        // `ring Acme` is a call: the kind's words find it.
        let reply = c.handle("done with the acme call")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.reminder(ReminderID(1))?.done, today)
        XCTAssertTrue(c.book.reminder(ReminderID(2))?.isOpen ?? false)
        XCTAssertFalse(c.handle("done visit pine dental").failed)
        XCTAssertEqual(c.book.reminder(ReminderID(2))?.done, today)
        XCTAssertEqual(store.steps.count, 6, "one step a line")
    }

    func testTheOpeningLine() {
        let (c, _) = make(at: TimeOfDay(hour: 9, minute: 0))
        XCTAssertEqual(c.openingLine(locale: nil)?.text, "Good morning. Wed 18 Nov: nothing overdue or due today.")
        XCTAssertEqual(c.openingLine(locale: "zh_CN.UTF-8")?.text, "早上好！11月18日 周三：没有逾期，今天也没有到期的事项。")
        run(c, ["add customer Acme", "Acme owes 500 due Nov 1", "提醒我今天给Acme打电话"])
        // The book's recent lines are as much English as Chinese: the locale decides.
        XCTAssertEqual(c.openingLine(locale: "en_US.UTF-8")?.text,
                       "Good morning. Wed 18 Nov: 1 invoice overdue (¥500), 1 reminder due. Type 'agenda' to see them.")
        run(c, ["提醒我明天给Acme发对账单", "提醒我周五去Acme收款"])
        XCTAssertTrue(c.openingLine(locale: "en_US.UTF-8")?.text.hasPrefix("早上好") ?? false, "most recent lines are Chinese")
        // Greetings due join the line, in the same short sentence.
        let (g, _) = make(at: TimeOfDay(hour: 9, minute: 0))
        run(g, ["add customer Acme", "Acme contact Li Wei", "Li Wei's birthday is Nov 20"])
        XCTAssertEqual(g.openingLine(locale: nil)?.text,
                       "Good morning. Wed 18 Nov: 1 greeting to send. Type 'agenda' to see them.")
        XCTAssertEqual(g.openingLine(locale: "zh_CN.UTF-8")?.text.hasPrefix("Good morning"), true, "the book's lines are English")
        run(g, ["greeted Li Wei for his birthday"])
        XCTAssertEqual(g.openingLine(locale: nil)?.text, "Good morning. Wed 18 Nov: nothing overdue or due today.")
        // The book's setting turns it off, and on again; each is one step.
        run(c, ["set greeting off"])
        XCTAssertNil(c.openingLine(locale: nil))
        run(c, ["打开开场问候"])
        XCTAssertNotNil(c.openingLine(locale: nil))
    }
}
