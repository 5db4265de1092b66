import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// What the understanding work changes in the book: two-things lines as one step, shares of
/// what is owed, lines not recorded as read, deleted reminders.
final class UnderstandingTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make() -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore(book: Book())
        return (Conversation(book: Book(), store: store, clock: FixedClock(today)), store)
    }

    private func yuan(_ n: Int64) -> Money { Money(minor: n * 100, currency: .cny) }

    func testTwoThingsAreOneStepAndOneUndo() {
        let (c, _) = make()
        for line in ["add customer Acme Trading", "Acme owes 8000 due Dec 20"] { XCTAssertFalse(c.handle(line).failed) }
        let steps = c.book.lastSeq
        let reply = c.handle("Acme paid 5k and promised the rest by Friday")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.lastSeq, steps + 1, "one step for the whole line")
        XCTAssertEqual(c.book.payments.map(\.amount), [yuan(5000)])
        // The rest is what was left after the payment in the same line.
        XCTAssertEqual(c.book.promises.map(\.amount), [yuan(3000)])
        XCTAssertEqual(c.book.promises.first?.due, Day(year: 2026, month: 11, day: 20))
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertTrue(c.book.payments.isEmpty)
        XCTAssertTrue(c.book.promises.isEmpty)
    }

    func testCallAndPromiseBothRecorded() {
        let (c, _) = make()
        _ = c.handle("add customer Acme Trading")
        let reply = c.handle("called Acme, they will pay 5000 on the 15th")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.contacts.count, 1)
        XCTAssertEqual(c.book.contacts.first?.day, today, "the call happened today")
        XCTAssertEqual(c.book.promises.first?.amount, yuan(5000))
        XCTAssertEqual(c.book.promises.first?.due, Day(year: 2026, month: 12, day: 15))
    }

    func testHalfIsWorkedOutFromWhatIsOwed() {
        let (c, _) = make()
        for line in ["新增客户五月花装饰", "五月花装饰应收6001"] { XCTAssertFalse(c.handle(line).failed) }
        let reply = c.handle("五月花装饰答应月底前付一半")
        XCTAssertFalse(reply.failed, reply.text)
        // Half of an odd number of minor units rounds up, so two halves cover the whole.
        XCTAssertEqual(c.book.promises.first?.amount, Money(minor: 300_050, currency: .cny))
        XCTAssertTrue(reply.text.contains("一半"), reply.text)
    }

    func testARestOfNothingIsRefused() {
        let (c, _) = make()
        _ = c.handle("add customer brightway")
        let reply = c.handle("brightway promised to pay the rest by friday")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(c.book.promises.isEmpty)
        XCTAssertTrue(reply.text.contains("owes nothing"), reply.text)
    }

    func testDoubtfulLinesChangeNothing() {
        let (c, _) = make()
        for line in ["add customer pinecrest", "pinecrest owes 2000"] { XCTAssertFalse(c.handle(line).failed) }
        let steps = c.book.lastSeq
        for line in ["pinecrest cheque for 2k bounced", "pinecrest will send the signed contract on Friday",
                     "pinecrest hasn't paid 2000", "pinecrest might pay 2000 next week", "pinecrest paid 500 and 300"] {
            let reply = c.handle(line)
            XCTAssertTrue(reply.failed, "\(line) → \(reply.text)")
            XCTAssertTrue(reply.text.hasPrefix("Not recorded") || reply.text.hasPrefix("I didn't understand")
                || reply.text.hasPrefix("I can't find"), reply.text)
        }
        XCTAssertEqual(c.book.lastSeq, steps)
        XCTAssertTrue(c.book.payments.isEmpty)
        XCTAssertTrue(c.book.promises.isEmpty)
    }

    func testDeletedReminderLeavesTheAgendaAndUndoBringsItBack() {
        let (c, _) = make()
        _ = c.handle("remind me tomorrow to call Acme")
        XCTAssertFalse(c.handle("delete reminder 1").failed)
        XCTAssertEqual(c.book.reminders.first?.cancelled, today)
        XCTAssertFalse(c.book.reminders.first?.isOpen ?? true)
        XCTAssertTrue(c.handle("done 1").failed)
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertNil(c.book.reminders.first?.cancelled)
        XCTAssertTrue(c.book.reminders.first?.isOpen ?? false)
    }

    func testDeletingACustomerAsksIsRefusedWhileOwingAndUndoes() {
        let (c, _) = make()
        for line in ["add customer Acme Trading", "Acme owes 500", "remind me friday to call Acme"] {
            XCTAssertFalse(c.handle(line).failed, line)
        }
        XCTAssertTrue(c.handle("delete customer Acme").failed, "refused while money is owed")
        XCTAssertNil(c.book.customers.first?.removed)
        XCTAssertFalse(c.handle("Acme paid 500").failed)
        let ask = c.handle("delete customer Acme")
        XCTAssertTrue(c.isAsking, ask.text)
        XCTAssertNil(c.book.customers.first?.removed, "nothing changes before yes")
        XCTAssertFalse(c.handle("yes").failed)
        XCTAssertEqual(c.book.customers.first?.removed, today)
        XCTAssertFalse(c.book.reminders.first?.isOpen ?? true, "its open reminders go with it")
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertNil(c.book.customers.first?.removed)
        XCTAssertTrue(c.book.reminders.first?.isOpen ?? false)
    }

    func testABouncedChequeReopensItsInvoicesAndUndoRestoresIt() {
        let (c, _) = make()
        for line in ["add customer Pinecrest Dental", "pinecrest owes 3000", "pinecrest promised to pay 2000 by friday",
                     "pinecrest paid 2000"] { XCTAssertFalse(c.handle(line).failed, line) }
        XCTAssertEqual(c.book.invoices.first?.paid, 200_000)
        XCTAssertFalse(c.handle("pinecrest cheque for 2k bounced").failed)
        XCTAssertEqual(c.book.invoices.first?.paid, 0, "the invoice is open again")
        XCTAssertEqual(c.book.payments.first?.bounced, today)
        XCTAssertEqual(c.book.payments.first?.unapplied.minor, 0, "a bounced payment is no credit")
        let promise = c.book.promises[0]
        XCTAssertEqual(c.book.status(of: promise, on: today), .pending, "a bounced payment keeps no promise")
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertNil(c.book.payments.first?.bounced)
        XCTAssertEqual(c.book.invoices.first?.paid, 200_000)
        XCTAssertEqual(c.book.status(of: promise, on: today), .kept)
    }

    func testACreditNoteReducesWhatIsOwedButKeepsNoPromise() {
        let (c, _) = make()
        for line in ["新增客户美华商贸", "美华商贸应收8000", "美华商贸答应周五付1200"] { XCTAssertFalse(c.handle(line).failed, line) }
        XCTAssertFalse(c.handle("美华商贸退货1200").failed)
        XCTAssertEqual(c.book.payments.first?.kind, .creditNote)
        XCTAssertEqual(c.book.outstanding(of: CustomerID(1)).first, yuan(6800))
        XCTAssertEqual(c.book.status(of: c.book.promises[0], on: today), .pending)
    }

    /// A clock that knows the time of day, as the live one does.
    struct TimedClock: Clock {
        let day: Day
        let time: TimeOfDay?
        func today() -> Day { day }
        func now() -> TimeOfDay? { time }
    }

    func testInTwoHoursCountsFromTheClockAndCrossesMidnight() {
        let store = MemoryBookStore(book: Book())
        let c = Conversation(book: Book(), store: store, clock: TimedClock(day: today, time: TimeOfDay(hour: 22, minute: 30)))
        XCTAssertFalse(c.handle("remind me in 2 hours to call Acme").failed)
        XCTAssertEqual(c.book.reminders.first?.due, today.adding(days: 1))
        XCTAssertEqual(c.book.reminders.first?.time, TimeOfDay(hour: 0, minute: 30))
        XCTAssertFalse(c.handle("30分钟后提醒我给张总打电话").failed)
        XCTAssertEqual(c.book.reminders.last?.due, today)
        XCTAssertEqual(c.book.reminders.last?.time, TimeOfDay(hour: 23, minute: 0))
    }

    func testAFrozenClockKeepsInTwoHoursOnToday() {
        let (c, _) = make()
        XCTAssertFalse(c.handle("remind me in 2 hours to call Acme").failed)
        XCTAssertEqual(c.book.reminders.first?.due, today)
        XCTAssertNil(c.book.reminders.first?.time)
    }
}
