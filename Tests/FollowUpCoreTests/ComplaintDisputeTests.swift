import XCTest
@testable import FollowUpCore

/// A complaint about an invoice holds back that invoice (or the amount it names) from chasing,
/// and only that: the rest is still chased.
final class ComplaintDisputeTests: XCTestCase {
    let today = day("2026-11-18")

    /// Acme owes INV-1 ¥1,000 (20 days late) and INV-2 ¥500 (5 days late).
    private func acme() throws -> (BookBuilder, Customer, Invoice, Invoice) {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let old = try b.addInvoice(cu.id, cny(1000), issued: today.adding(days: -50), due: today.adding(days: -20))
        let new = try b.addInvoice(cu.id, cny(500), issued: today.adding(days: -35), due: today.adding(days: -5))
        return (b, cu, old, new)
    }

    private func standing(_ b: BookBuilder, _ id: CustomerID, on: Day? = nil) throws -> CustomerStanding {
        try XCTUnwrap(CustomerStanding(book: b.book, customer: id, on: on ?? today))
    }

    func testADisputedInvoiceIsNotChasedButTheRestIs() throws {
        var (b, cu, old, new) = try acme()
        let before = try standing(b, cu.id)
        XCTAssertEqual(before.ladderStep, .firm)
        XCTAssertEqual(before.overdue, [cny(1500)])

        let c = try b.complain(cu.id, "INV-1 was billed twice", invoice: old.id)
        let s = try standing(b, cu.id)
        XCTAssertEqual(s.owed, [cny(1500)], "still owed")
        XCTAssertEqual(s.disputed, [cny(1000)])
        XCTAssertEqual(s.overdue, [cny(500)], "only the rest is asked for")
        XCTAssertEqual(s.toChase, [cny(500)])
        XCTAssertEqual(s.oldestDaysOverdue, 5)
        XCTAssertEqual(s.ladderStep, .early, "the ladder follows the oldest invoice still chased")
        XCTAssertEqual(s.nextAction, .call)
        XCTAssertEqual(s.disputes, [CustomerStanding.Dispute(complaint: c.id, invoice: old.id, amount: cny(1000))])
        XCTAssertEqual(s.openInvoices.map(\.disputedBy), [[c.id], []])
        XCTAssertEqual(s.openInvoices.map(\.toChase), [cny(0), cny(500)])
        XCTAssertEqual(s.openComplaints.map(\.id), [c.id])
        XCTAssertFalse(s.allDisputed)

        let entry = try XCTUnwrap(ChaseList(book: b.book, on: today, currency: .cny).entries.first)
        XCTAssertEqual(entry.standing.overdue, [cny(500)])
        XCTAssertEqual(entry.disputes.map(\.complaint), [c.id])
        XCTAssertEqual(entry.action, .call)

        let plan = CollectionPlan(book: b.book, today: today)
        let first = try XCTUnwrap(plan.entries.first?.entries.first)
        XCTAssertEqual(first.amounts, [cny(500)])
        XCTAssertEqual(first.reasons, [.overdue(days: 5, invoices: 1)], "the disputed invoice is not counted late")
        XCTAssertEqual(first.disputes.map(\.complaint), [c.id])

        let detail = ReceivablesDetail(book: b.book, today: today)
        XCTAssertEqual(detail.rows.map(\.invoice.id), [old.id, new.id])
        XCTAssertEqual(detail.rows.map(\.disputed), [cny(1000), cny(0)])
        XCTAssertEqual(detail.rows.map(\.complaints), [[c.id], []])
        XCTAssertEqual(detail.rows.map(\.action), [nil, .call])
        XCTAssertEqual(detail.totals.first?.disputed, 100_000)
        XCTAssertEqual(detail.totals.first?.outstanding, 150_000)

        // Resolved: the whole amount is chased again.
        try b.move(c.id, [.causeFound(.customerOversight), .solutionFound("showed them the two deliveries", remedy: nil), .carriedOut(nil)])
        let after = try standing(b, cu.id)
        XCTAssertEqual(after.overdue, [cny(1500)])
        XCTAssertEqual(after.disputes, [])
        XCTAssertEqual(after.ladderStep, .firm)
        _ = new
    }

    func testAnAmountOfAnInvoiceIsDisputedAndTheRestOfItChased() throws {
        var (b, cu, old, _) = try acme()
        let c = try b.complain(cu.id, "one unit of three was broken", invoice: old.id, disputed: cny(300))
        let s = try standing(b, cu.id)
        XCTAssertEqual(s.overdue, [cny(1200)])
        XCTAssertEqual(s.oldestDaysOverdue, 20)
        XCTAssertEqual(s.ladderStep, .firm)
        XCTAssertEqual(s.openInvoices.first?.toChase, cny(700))
        XCTAssertEqual(s.disputes, [CustomerStanding.Dispute(complaint: c.id, invoice: old.id, amount: cny(300))])
        XCTAssertEqual(CollectionPlan(book: b.book, today: today).entries.first?.entries.first?.amounts, [cny(1200)])
    }

    func testADisputeIsNeverMoreThanWhatIsStillOwed() throws {
        var (b, cu, old, _) = try acme()
        let first = try b.complain(cu.id, "scratched", invoice: old.id, disputed: cny(600))
        let second = try b.complain(cu.id, "late", invoice: old.id, disputed: cny(600))
        var s = try standing(b, cu.id)
        XCTAssertEqual(s.openInvoices.first?.disputed, cny(1000))
        XCTAssertEqual(s.disputes.map(\.amount), [cny(600), cny(400)])
        XCTAssertEqual(s.disputes.map(\.complaint), [first.id, second.id])
        try b.pay(cu.id, cny(800), invoiceFirst: old.id)
        s = try standing(b, cu.id)
        XCTAssertEqual(s.openInvoices.first?.outstanding, cny(200))
        XCTAssertEqual(s.disputes.map(\.amount), [cny(200)], "what is left on the invoice, to the first complaint")
        XCTAssertEqual(s.overdue, [cny(500)])
    }

    func testACustomerWhoseEveryAmountIsDisputedIsNotChasedAtAll() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Pinecrest")
        let inv = try b.addInvoice(cu.id, cny(800), issued: today.adding(days: -40), due: today.adding(days: -10))
        try b.promise(cu.id, cny(800), due: today.adding(days: -2), made: today.adding(days: -6))
        let c = try b.complain(cu.id, "wrong model delivered", invoice: inv.id)
        let s = try standing(b, cu.id)
        XCTAssertTrue(s.owesSomething)
        XCTAssertTrue(s.allDisputed)
        XCTAssertFalse(s.hasSomethingToChase)
        XCTAssertEqual(s.promiseState, .broken)
        XCTAssertEqual(s.ladderStep, .clear, "not bumped by the broken promise either")
        XCTAssertNil(s.nextAction)
        XCTAssertEqual(ChaseList(book: b.book, on: today, currency: .cny).entries.count, 0)
        XCTAssertTrue(CollectionPlan(book: b.book, today: today).isEmpty)
        XCTAssertEqual(ReceivablesDetail(book: b.book, today: today).rows.map(\.action), [nil])
        XCTAssertEqual(ReceivablesDetail(book: b.book, today: today).rows.map(\.complaints), [[c.id]])

        // Closed without a fix: the dispute ends and they are chased again.
        try b.move(c.id, [.closed("the customer withdrew it")])
        XCTAssertEqual(ChaseList(book: b.book, on: today, currency: .cny).entries.map(\.standing.name), ["Pinecrest"])
    }

    func testADisputeCountsFromTheDayTheComplaintCameToTheDayItWasResolved() throws {
        var (b, cu, old, _) = try acme()
        let c = try b.complain(cu.id, "billed twice", invoice: old.id, received: today.adding(days: -3))
        try b.move(c.id, [.causeFound(.explanation), .solutionFound("explain", remedy: nil), .carriedOut(nil)], on: today.adding(days: -1))
        XCTAssertEqual(try standing(b, cu.id, on: today.adding(days: -4)).disputed, [], "not received yet")
        XCTAssertEqual(try standing(b, cu.id, on: today.adding(days: -2)).disputed, [cny(1000)])
        XCTAssertEqual(try standing(b, cu.id, on: today.adding(days: -1)).disputed, [], "resolved that day")
    }

    func testAComplaintAboutNoInvoiceDisputesNothing() throws {
        var (b, cu, _, _) = try acme()
        try b.complain(cu.id, "rude driver")
        let s = try standing(b, cu.id)
        XCTAssertEqual(s.disputed, [])
        XCTAssertEqual(s.overdue, [cny(1500)])
        XCTAssertEqual(s.openComplaints.count, 1)
    }

    func testTheBookRefusesADisputeThatIsNoPartOfAnInvoice() throws {
        var (b, cu, old, _) = try acme()
        let loose = Complaint(id: b.book.nextComplaintID, customer: cu.id, words: "x", received: today, disputed: cny(5))
        XCTAssertThrowsError(try b.record([.complaintAdded(loose)]))
        let otherCurrency = Complaint(id: b.book.nextComplaintID, customer: cu.id, words: "x", received: today, invoice: old.id, disputed: usd(5))
        XCTAssertThrowsError(try b.record([.complaintAdded(otherCurrency)]))
        let other = try b.addCustomer("Other")
        let notTheirs = Complaint(id: b.book.nextComplaintID, customer: other.id, words: "x", received: today, invoice: old.id)
        XCTAssertThrowsError(try b.record([.complaintAdded(notTheirs)]))
    }
}
