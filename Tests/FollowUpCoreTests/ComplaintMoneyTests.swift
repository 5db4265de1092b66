import XCTest
@testable import FollowUpCore

/// Refunds and credit notes for a complaint: what is owed goes down, in one step that undo
/// takes back whole, and neither counts as money received.
final class ComplaintMoneyTests: XCTestCase {
    let today = day("2026-11-18")

    /// Acme owes INV-1 ¥1,000 (oldest) and INV-2 ¥600; the complaint is about INV-2.
    private func acme() throws -> (BookBuilder, Customer, Invoice, Invoice, Complaint) {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let old = try b.addInvoice(cu.id, cny(1000), issued: today.adding(days: -40), due: today.adding(days: -10))
        let new = try b.addInvoice(cu.id, cny(600), issued: today.adding(days: -20), due: today.adding(days: 10))
        let c = try b.complain(cu.id, "two chairs broken", invoice: new.id)
        return (b, cu, old, new, c)
    }

    func testACreditNoteGoesToTheComplaintsInvoiceFirstThenTheOldest() throws {
        var (b, cu, old, new, c) = try acme()
        let before = BookState(b.book)
        let events = try ComplaintMoney.events(.creditNote, amount: cny(800), complaint: c, in: b.book, on: today,
                                               also: [.causeFound(.productDefect), .carriedOut(nil)])
        XCTAssertEqual(events.count, 2)
        try b.record(events, line: "credit note 800 for complaint 1, resolved")
        let p = try XCTUnwrap(b.book.payments.last)
        XCTAssertEqual(p.kind, .creditNote)
        XCTAssertEqual(p.reference, new.number)
        XCTAssertEqual(p.allocations, [Allocation(invoice: new.id, minor: 60_000), Allocation(invoice: old.id, minor: 20_000)])
        XCTAssertFalse(p.isReceived)
        XCTAssertEqual(b.book.outstanding(of: cu.id), [cny(800)])
        let after = try XCTUnwrap(b.book.complaint(c.id))
        XCTAssertEqual(after.remedies, [Complaint.RemedyEntry(remedy: .creditNote, amount: cny(800), credit: p.id, day: today)])
        XCTAssertEqual(after.stage, .review)
        XCTAssertEqual(after.timeline.map(\.change.kind), [.remedy, .cause, .carriedOut])

        try b.undo()
        XCTAssertEqual(BookState(b.book), before, "one undo takes the credit and the move back")
    }

    func testARefundLeftOverIsPaidOutNotCredit() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let inv = try b.addInvoice(cu.id, cny(500), issued: today.adding(days: -20), due: today.adding(days: -5))
        try b.pay(cu.id, cny(300))
        let c = try b.complain(cu.id, "wrong colour", invoice: inv.id)
        try b.record(try ComplaintMoney.events(.refund, amount: cny(500), complaint: c, in: b.book, on: today))
        let refund = try XCTUnwrap(b.book.payments.last)
        XCTAssertEqual(refund.kind, .refund)
        XCTAssertEqual(refund.allocations, [Allocation(invoice: inv.id, minor: 20_000)], "takes off what was still owed")
        XCTAssertEqual(b.book.outstanding(of: cu.id), [])
        XCTAssertEqual(b.book.credit(of: cu.id), [], "the ¥300 over was paid back: no credit")
        // A later invoice is not paid by it.
        let later = try b.addInvoice(cu.id, cny(100), due: today.adding(days: 30))
        XCTAssertTrue(b.book.creditAllocations(for: later).isEmpty)
        // The statement takes off only what the refund covered.
        let lines = Statement(book: b.book, customer: cu.id).sections.first?.lines ?? []
        XCTAssertTrue(lines.contains { $0.kind == .refund(reference: inv.number) && $0.minor == -20_000 })
    }

    func testCreditsKeepNoPromiseAndAreNotCollected() throws {
        var (b, cu, old, _, c) = try acme()
        try b.promise(cu.id, cny(1000), due: today.adding(days: 2), made: today)
        try b.record(try ComplaintMoney.events(.refund, amount: cny(1000), complaint: c, in: b.book, on: today))
        let s = try XCTUnwrap(CustomerStanding(book: b.book, customer: cu.id, on: today.adding(days: 3)))
        XCTAssertEqual(s.promiseState, .broken, "a refund is no money received")
        XCTAssertNil(s.lastPayment)
        let rate = CollectionRate(book: b.book, from: today.adding(days: -30), to: today)
        XCTAssertEqual(rate.sections.first?.collected, 0)
        _ = old
    }

    func testOnlyMoneyRemediesMakeCredits() throws {
        let (b, _, _, _, c) = try acme()
        XCTAssertThrowsError(try ComplaintMoney.credit(.repair, amount: cny(5), complaint: c, in: b.book, on: today)) { e in
            XCTAssertEqual(e as? ComplaintMoveError, .remedyAmount(c.id, .repair))
        }
        XCTAssertThrowsError(try ComplaintMoney.credit(.refund, amount: cny(0), complaint: c, in: b.book, on: today))
    }

    func testTheBookRefusesARemedyNamingAPlainPayment() throws {
        var (b, cu, _, _, c) = try acme()
        let paid = try b.pay(cu.id, cny(10))
        var after = c
        after.remedies = [Complaint.RemedyEntry(remedy: .refund, amount: cny(10), credit: paid.id, day: today)]
        XCTAssertThrowsError(try b.record([.complaintChanged(before: c, after: after)]))
    }
}
