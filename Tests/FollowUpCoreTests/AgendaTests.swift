import XCTest
import FollowUpCore

final class AgendaTests: XCTestCase {
    let today = day("2026-11-18")

    private func agenda(_ b: BookBuilder, from: Day? = nil, days: Int = 7, on: Day? = nil) -> Agenda {
        let start = from ?? (on ?? today)
        return Agenda(book: b.book, today: on ?? today, from: start, to: start.adding(days: days))
    }

    private func items(_ a: Agenda, on d: Day) -> [Agenda.Item] {
        a.days.first { $0.day == d }?.items ?? []
    }

    func testRemindersByTimeAndOverdueOnlyWhenTheWindowStartsToday() throws {
        var b = BookBuilder(today: day("2026-11-10"))
        let late = try b.remind("late", due: day("2026-11-16"))
        let afternoon = try b.remind("afternoon", due: today, time: TimeOfDay(hour: 15, minute: 0))
        let untimed = try b.remind("untimed", due: today)
        let morning = try b.remind("morning", due: today, time: TimeOfDay(hour: 9, minute: 0))
        try b.remind("done", due: today, done: today)
        let far = try b.remind("far", due: day("2026-12-30"))

        let a = agenda(b)
        XCTAssertEqual(a.overdue, [.reminder(late)])
        XCTAssertEqual(a.days.map(\.day), [today])
        XCTAssertEqual(items(a, on: today), [.reminder(morning), .reminder(afternoon), .reminder(untimed)])
        XCTAssertFalse(a.days.flatMap(\.items).contains(.reminder(far)))

        // A window that starts tomorrow has no overdue section.
        let tomorrow = agenda(b, from: today.adding(days: 1))
        XCTAssertTrue(tomorrow.overdue.isEmpty)
        XCTAssertTrue(tomorrow.isEmpty)
        // The window that reaches the far reminder lists it on its day.
        let wide = agenda(b, from: day("2026-12-30"), days: 0)
        XCTAssertEqual(items(wide, on: day("2026-12-30")), [.reminder(far)])
    }

    func testInvoicesFallingDueAppearOnTheirDay() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        let overdue = try b.addInvoice(c.id, cny(100), due: day("2026-11-10"))
        let due20 = try b.addInvoice(c.id, cny(200), due: day("2026-11-20"))
        let paid = try b.addInvoice(c.id, cny(300), due: day("2026-11-21"))
        try b.pay(c.id, cny(300), invoiceFirst: paid.id)
        let a = agenda(b)
        XCTAssertEqual(a.overdue.count, 1)
        guard case .invoiceDue(let inv)? = a.overdue.first else { return XCTFail("expected the overdue invoice") }
        XCTAssertEqual(inv.id, overdue.id)
        let on20 = items(a, on: day("2026-11-20"))
        XCTAssertEqual(on20.count, 1)
        guard case .invoiceDue(let i20)? = on20.first else { return XCTFail("expected the invoice due on the 20th") }
        XCTAssertEqual(i20.id, due20.id)
        XCTAssertTrue(items(a, on: day("2026-11-21")).isEmpty)
    }

    func testPendingPromiseAppearsOnItsDay() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(1000), due: day("2026-12-31"))
        let p = try b.promise(c.id, cny(500), due: day("2026-11-21"))
        let a = agenda(b)
        XCTAssertEqual(items(a, on: day("2026-11-21")), [.promiseDue(p)])
        XCTAssertTrue(a.overdue.isEmpty)
    }

    func testBrokenPromiseIsOverdueOnlyWhileMoneyIsOwed() throws {
        var b = BookBuilder(today: day("2026-11-10"))
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(1000), due: day("2026-11-12"))
        let p = try b.promise(c.id, cny(1000), due: day("2026-11-15"))
        XCTAssertEqual(b.book.status(of: p, on: today), .broken)
        let a = agenda(b)
        XCTAssertTrue(a.overdue.contains(.promiseBroken(p)))
        // It is listed in the overdue section only, never on a day.
        XCTAssertFalse(a.days.flatMap(\.items).contains(.promiseBroken(p)))
        // Not when the window starts later.
        XCTAssertFalse(agenda(b, from: today.adding(days: 1)).overdue.contains(.promiseBroken(p)))
        // Paid late: the promise is kept late, and nothing is owed, so it stops nagging.
        b.today = today
        try b.pay(c.id, cny(1000))
        XCTAssertEqual(b.book.status(of: p, on: today), .keptLate)
        XCTAssertFalse(agenda(b).overdue.contains(.promiseBroken(p)))
        XCTAssertTrue(agenda(b).isEmpty)
    }

    func testABrokenPromisePaidLateStopsNaggingWhileMoreIsOwed() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(9000), due: day("2026-11-05"))
        let p = try b.promise(c.id, cny(3000), due: day("2026-11-10"))
        XCTAssertTrue(agenda(b).overdue.contains(.promiseBroken(p)))
        XCTAssertTrue(agenda(b).chase.first?.brokenPromise ?? false)
        try b.pay(c.id, cny(3000), on: day("2026-11-16"))
        let a = agenda(b)
        XCTAssertFalse(a.overdue.contains(.promiseBroken(p)))
        XCTAssertEqual(a.chase.map(\.standing.promiseState), [.keptLate])
        XCTAssertFalse(a.chase.first?.brokenPromise ?? true)
    }

    func testOnlyTheLatestPromiseOfACustomerNags() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        let other = try b.addCustomer("Kite")
        try b.addInvoice(c.id, cny(1000), due: day("2026-12-31"))
        try b.addInvoice(other.id, cny(1000), due: day("2026-12-31"))
        let first = try b.promise(c.id, cny(100), due: day("2026-11-05"))
        let second = try b.promise(c.id, cny(100), due: day("2026-11-10"))
        let kite = try b.promise(other.id, cny(100), due: day("2026-11-06"))
        var a = agenda(b)
        XCTAssertEqual(a.overdue, [.promiseBroken(kite), .promiseBroken(second)])
        XCTAssertFalse(a.overdue.contains(.promiseBroken(first)))
        // A new promise replaces the broken one: it shows on its day and the old one goes quiet.
        b.today = today
        let third = try b.promise(c.id, cny(100), due: day("2026-11-20"))
        a = agenda(b)
        XCTAssertEqual(a.overdue, [.promiseBroken(kite)])
        XCTAssertEqual(items(a, on: day("2026-11-20")), [.promiseDue(third)])
    }

    func testKeptPromiseDisappears() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(1000), due: day("2026-12-31"))
        let p = try b.promise(c.id, cny(400), due: day("2026-11-20"))
        XCTAssertEqual(items(agenda(b), on: day("2026-11-20")), [.promiseDue(p)])
        try b.pay(c.id, cny(400))
        XCTAssertEqual(b.book.status(of: p, on: today), .kept)
        let a = agenda(b)
        XCTAssertTrue(items(a, on: day("2026-11-20")).isEmpty)
        // Still gone after its day has passed.
        let later = agenda(b, on: day("2026-11-25"))
        XCTAssertFalse(later.overdue.contains(.promiseBroken(p)))
        XCTAssertFalse(later.overdue.contains(.promiseDue(p)))
    }

    func testOrderWithinADay() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let d = day("2026-11-20")
        let inv = try b.addInvoice(c.id, cny(1000), due: d)
        let p = try b.promise(c.id, cny(400), due: d)
        let r = try b.remind("call", due: d)
        let timed = try b.remind("visit", due: d, time: TimeOfDay(hour: 23, minute: 59))
        let dayItems = items(agenda(b), on: d)
        XCTAssertEqual(dayItems.count, 4)
        XCTAssertEqual(Array(dayItems.prefix(3)), [.reminder(timed), .reminder(r), .promiseDue(p)])
        guard case .invoiceDue(let i)? = dayItems.last else { return XCTFail("invoice last") }
        XCTAssertEqual(i.id, inv.id)
    }

    func testEmptyAgenda() {
        let a = Agenda(book: Book(), today: today, from: today, to: today.adding(days: 7))
        XCTAssertTrue(a.isEmpty)
        XCTAssertEqual(a.from, today)
        XCTAssertEqual(a.to, today.adding(days: 7))
    }
}

final class PromiseStatusTests: XCTestCase {
    let made = day("2026-11-10")
    let due = day("2026-11-20")

    private func setup() throws -> (BookBuilder, Customer, Promise) {
        var b = BookBuilder(today: made)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(5000), due: day("2026-11-01"))
        let p = try b.promise(c.id, cny(1000), due: due)
        return (b, c, p)
    }

    func testPendingUntilItsDayThenBroken() throws {
        let (b, _, p) = try setup()
        XCTAssertEqual(b.book.status(of: p, on: made), .pending)
        XCTAssertEqual(b.book.status(of: p, on: due), .pending)
        XCTAssertEqual(b.book.status(of: p, on: due.adding(days: 1)), .broken)
    }

    func testKeptByPaymentsBetweenMadeAndDue() throws {
        let (start, c, p) = try setup()
        var b = start
        try b.pay(c.id, cny(600), on: made)
        XCTAssertEqual(b.book.status(of: p, on: due.adding(days: 5)), .broken)
        try b.pay(c.id, cny(400), on: due)
        XCTAssertEqual(b.book.status(of: p, on: due.adding(days: 5)), .kept)
        // As of the day it was made, the payment on its day had not come in yet.
        XCTAssertEqual(b.book.status(of: p, on: made), .pending)
    }

    func testPaymentsOutsideTheWindowOrCurrencyDoNotCount() throws {
        let (start, c, p) = try setup()
        var b = start
        try b.pay(c.id, cny(1000), on: made.adding(days: -1))
        try b.pay(c.id, cny(1000), on: due.adding(days: 1))
        try b.pay(c.id, usd(1000), on: made)
        let other = try b.addCustomer("Kite")
        try b.pay(other.id, cny(1000), on: made)
        XCTAssertEqual(b.book.status(of: p, on: due), .pending)
        // The payment the day after is late: kept late, not kept; the others count for nothing.
        XCTAssertEqual(b.book.status(of: p, on: due.adding(days: 2)), .keptLate)
    }
}
