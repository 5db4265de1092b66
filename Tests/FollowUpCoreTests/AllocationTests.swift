import XCTest
import FollowUpCore

final class AllocationTests: XCTestCase {
    let today = day("2026-11-18")

    func testOldestDueFirst() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let late = try b.addInvoice(c.id, cny(1000), due: day("2026-12-10"))
        let early = try b.addInvoice(c.id, cny(1000), due: day("2026-11-30"))
        let middle = try b.addInvoice(c.id, cny(1000), due: day("2026-12-01"))
        let plan = b.book.plannedAllocations(of: cny(2500), customer: c.id)
        XCTAssertEqual(plan, [Allocation(invoice: early.id, minor: 100_000),
                              Allocation(invoice: middle.id, minor: 100_000),
                              Allocation(invoice: late.id, minor: 50_000)])
    }

    func testSameDueDateGoesByInvoiceID() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let first = try b.addInvoice(c.id, cny(100), due: day("2026-12-01"))
        let second = try b.addInvoice(c.id, cny(100), due: day("2026-12-01"))
        XCTAssertEqual(b.book.plannedAllocations(of: cny(150), customer: c.id),
                       [Allocation(invoice: first.id, minor: 10_000), Allocation(invoice: second.id, minor: 5_000)])
    }

    func testNamedInvoiceFirst() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let early = try b.addInvoice(c.id, cny(1000), due: day("2026-11-30"))
        let named = try b.addInvoice(c.id, cny(500), due: day("2026-12-31"))
        XCTAssertEqual(b.book.plannedAllocations(of: cny(700), customer: c.id, invoiceFirst: named.id),
                       [Allocation(invoice: named.id, minor: 50_000), Allocation(invoice: early.id, minor: 20_000)])
        // Naming a paid invoice, or one of another currency, changes nothing.
        let dollars = try b.addInvoice(c.id, usd(10), due: day("2026-11-01"))
        XCTAssertEqual(b.book.plannedAllocations(of: cny(100), customer: c.id, invoiceFirst: dollars.id),
                       [Allocation(invoice: early.id, minor: 10_000)])
    }

    func testSameCurrencyAndCustomerOnly() throws {
        var b = BookBuilder(today: today)
        let acme = try b.addCustomer("Acme")
        let kite = try b.addCustomer("Kite")
        try b.addInvoice(acme.id, usd(1000), due: day("2026-11-01"))
        try b.addInvoice(kite.id, cny(1000), due: day("2026-11-01"))
        let cnyInvoice = try b.addInvoice(acme.id, cny(300), due: day("2026-12-01"))
        XCTAssertEqual(b.book.plannedAllocations(of: cny(1000), customer: acme.id),
                       [Allocation(invoice: cnyInvoice.id, minor: 30_000)])
        XCTAssertEqual(b.book.plannedAllocations(of: Money(minor: 1000, currency: .jpy), customer: acme.id), [])
    }

    func testPaidInvoicesAreSkippedAndPartlyPaidGetTheRest() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let a = try b.addInvoice(c.id, cny(100), due: day("2026-11-01"))
        let bInv = try b.addInvoice(c.id, cny(100), due: day("2026-11-02"))
        let cInv = try b.addInvoice(c.id, cny(100), due: day("2026-11-03"))
        try b.pay(c.id, cny(150))
        XCTAssertEqual(b.book.invoice(a.id)?.status, .paid)
        XCTAssertEqual(b.book.invoice(bInv.id)?.outstanding, cny(50))
        XCTAssertEqual(b.book.plannedAllocations(of: cny(100), customer: c.id),
                       [Allocation(invoice: bInv.id, minor: 5_000), Allocation(invoice: cInv.id, minor: 5_000)])
    }

    func testLeftoverIsCredit() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(300), due: day("2026-11-01"))
        let plan = b.book.plannedAllocations(of: cny(1000), customer: c.id)
        XCTAssertEqual(plan.reduce(0) { $0 + $1.minor }, 30_000)
        let p = try b.pay(c.id, cny(1000))
        XCTAssertEqual(b.book.payment(p.id)?.unapplied, cny(700))
        XCTAssertEqual(b.book.credit(of: c.id), [cny(700)])
        XCTAssertEqual(b.book.outstanding(of: c.id), [])
    }

    func testCreditAllocationsApplyEarlierCreditToANewInvoice() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        let other = try b.addCustomer("Kite")
        let p1 = try b.pay(c.id, cny(300))
        let p2 = try b.pay(c.id, cny(500))
        try b.pay(c.id, usd(900))
        try b.pay(other.id, cny(900))
        let inv = Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "N-1", amount: cny(600), issued: today, due: today)
        let credit = b.book.creditAllocations(for: inv)
        XCTAssertEqual(credit.map(\.0), [p1.id, p2.id])
        XCTAssertEqual(credit.map(\.1), [Allocation(invoice: inv.id, minor: 30_000), Allocation(invoice: inv.id, minor: 30_000)])
        try b.record([.invoiceAdded(inv)] + credit.map { Event.allocated(payment: $0.0, $0.1) })
        XCTAssertEqual(b.book.invoice(inv.id)?.status, .paid)
        XCTAssertEqual(b.book.credit(of: c.id), [cny(200), usd(900)])
        // A larger invoice takes all the credit and leaves the rest owed.
        let big = Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "N-2", amount: cny(1000), issued: today, due: today)
        let rest = b.book.creditAllocations(for: big)
        XCTAssertEqual(rest.map(\.0), [p2.id])
        XCTAssertEqual(rest.map(\.1.minor), [20_000])
        // No credit in yen: nothing to apply.
        let yen = Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "N-3", amount: Money(minor: 5, currency: .jpy), issued: today, due: today)
        XCTAssertTrue(b.book.creditAllocations(for: yen).isEmpty)
    }

    func testOutstandingPerCurrency() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, usd(10), due: today)
        try b.addInvoice(c.id, cny(100), due: today)
        try b.addInvoice(c.id, cny(50), due: today)
        try b.pay(c.id, cny(20))
        XCTAssertEqual(b.book.outstanding(of: c.id), [cny(130), usd(10)])
    }
}
