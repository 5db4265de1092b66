import XCTest
import FollowUpCore

final class StatementTests: XCTestCase {
    func testRunningBalanceInDateOrder() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        let other = try b.addCustomer("Kite")
        try b.addInvoice(c.id, cny(1000), issued: day("2026-11-01"), due: day("2026-12-01"), number: "A-1")
        // Recorded out of date order: the statement sorts by day, invoices before payments on a day.
        try b.addInvoice(c.id, cny(500), issued: day("2026-11-05"), due: day("2026-12-05"), number: "A-2")
        try b.pay(c.id, cny(300), on: day("2026-11-05"))
        try b.pay(c.id, cny(700), on: day("2026-11-03"))
        try b.addInvoice(other.id, cny(9999), due: day("2026-12-01"))

        let st = Statement(book: b.book, customer: c.id)
        XCTAssertEqual(st.customer, c.id)
        XCTAssertEqual(st.sections.count, 1)
        let s = try XCTUnwrap(st.sections.first)
        XCTAssertEqual(s.currency, .cny)
        XCTAssertEqual(s.lines.map(\.day), [day("2026-11-01"), day("2026-11-03"), day("2026-11-05"), day("2026-11-05")])
        XCTAssertEqual(s.lines.map(\.minor), [100_000, -70_000, 50_000, -30_000])
        XCTAssertEqual(s.lines.map(\.balance), [100_000, 30_000, 80_000, 50_000])
        XCTAssertEqual(s.lines[0].kind, .invoice(number: "A-1", due: day("2026-12-01")))
        XCTAssertEqual(s.lines[1].kind, .payment(reference: nil))
        XCTAssertEqual(s.balance, 50_000)
        XCTAssertEqual(s.balance, b.book.outstanding(of: c.id).first?.minor)
    }

    func testCreditShowsAsANegativeBalanceAndCurrenciesAreSeparate() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, usd(50), due: day("2026-12-01"))
        try b.addInvoice(c.id, cny(100), due: day("2026-12-01"))
        try b.pay(c.id, cny(250))
        let st = Statement(book: b.book, customer: c.id)
        XCTAssertEqual(st.sections.map(\.currency), [.cny, .usd])
        XCTAssertEqual(st.sections[0].lines.map(\.balance), [10_000, -15_000])
        XCTAssertEqual(st.sections[0].balance, -15_000)
        XCTAssertEqual(st.sections[1].balance, 5_000)
    }

    func testNothingYet() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let c = try b.addCustomer("Acme")
        XCTAssertTrue(Statement(book: b.book, customer: c.id).sections.isEmpty)
    }
}
