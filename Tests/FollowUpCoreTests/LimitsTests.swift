import XCTest
@testable import FollowUpCore

/// The limits that keep a book readable and its arithmetic from overflowing, whatever a
/// line or a damaged file says.
final class LimitsTests: XCTestCase {
    let today = day("2026-11-18")

    @discardableResult
    private func parts(customers: [Customer] = [], invoices: [Invoice] = [], payments: [Payment] = [],
                       promises: [Promise] = [], reminders: [Reminder] = [], contacts: [ContactEntry] = [],
                       lastSeq: Int = 1) throws -> Book {
        try Book(customers: customers, invoices: invoices, payments: payments, promises: promises, reminders: reminders,
                 contacts: contacts, settings: [:], history: [], undoStack: [], lastSeq: lastSeq)
    }

    private func assertInconsistent(_ body: () throws -> Void, containing text: String, line: UInt = #line) {
        XCTAssertThrowsError(try body(), line: line) { error in
            guard case BookError.inconsistent(let message)? = error as? BookError else {
                return XCTFail("not a BookError: \(error)", line: line)
            }
            XCTAssertTrue(message.contains(text), "“\(message)” lacks “\(text)”", line: line)
        }
    }

    private var acme: Customer { Customer(id: CustomerID(1), name: "Acme", added: today) }

    func testSupportedRangeIs1900To2200() {
        XCTAssertEqual(Day.supportedRange.lowerBound, day("1900-01-01"))
        XCTAssertEqual(Day.supportedRange.upperBound, day("2200-12-31"))
        XCTAssertTrue(today.isSupported)
        XCTAssertFalse(today.adding(years: 8000).isSupported)
        XCTAssertFalse(today.adding(years: -3000).isSupported)
    }

    func testHugeDateArithmeticSaturatesInsteadOfOverflowing() {
        XCTAssertFalse(today.adding(days: Int.max).isSupported)
        XCTAssertFalse(today.adding(days: Int.min).isSupported)
        XCTAssertFalse(today.adding(months: Int.max).isSupported)
        XCTAssertFalse(today.adding(years: Int.min).isSupported)
        XCTAssertFalse(Day(ordinal: Int.max).adding(days: 1).isSupported)
        _ = today.adding(years: Int.max).iso // prints without trapping
    }

    func testMoneyLimit() {
        XCTAssertTrue(Money(minor: Money.maxMinor(.cny), currency: .cny).isWithinLimit)
        XCTAssertFalse(Money(minor: Money.maxMinor(.cny) + 1, currency: .cny).isWithinLimit)
        XCTAssertFalse(Money(minor: 0, currency: .cny).isWithinLimit)
        XCTAssertEqual(Money.maxMinor(.jpy), Money.maxMajor)
    }

    func testRecordsForAMissingCustomerAreRefusedByRecordAsByTheSnapshot() throws {
        var b = BookBuilder(today: today)
        try b.addCustomer("Acme")
        let ghost = CustomerID(9)
        let events: [Event] = [
            .paymentAdded(Payment(id: PaymentID(1), customer: ghost, amount: cny(5), day: today)),
            .promiseAdded(Promise(id: PromiseID(1), customer: ghost, amount: cny(5), due: today, made: today)),
            .reminderAdded(Reminder(id: ReminderID(1), text: "call", customer: ghost, due: today, created: today)),
            .contactAdded(ContactEntry(id: ContactID(1), customer: ghost, day: today, channel: .call, note: "")),
        ]
        for e in events {
            assertInconsistent({ try b.record([e]) }, containing: "customer #9, which does not exist")
        }
        XCTAssertEqual(b.book.lastSeq, 1)
    }

    func testAmountsOutOfRangeAreRefused() throws {
        var b = BookBuilder(today: today)
        try b.addCustomer("Acme")
        let huge = Money(minor: Int64.max, currency: .cny)
        assertInconsistent({ try b.addInvoice(CustomerID(1), huge, due: today) }, containing: "amount")
        assertInconsistent({ try b.addInvoice(CustomerID(1), cny(-5), due: today) }, containing: "amount")
        assertInconsistent({ try b.pay(CustomerID(1), huge) }, containing: "amount")
        assertInconsistent({ try b.promise(CustomerID(1), huge, due: today) }, containing: "amount")
        assertInconsistent({
            try self.parts(customers: [self.acme], invoices: [Invoice(id: InvoiceID(1), customer: CustomerID(1), number: "I",
                                                                       amount: huge, issued: self.today, due: self.today)])
        }, containing: "amount")
    }

    func testTheBookTotalIsCappedSoNoSumCanOverflow() throws {
        var b = BookBuilder(today: today)
        try b.addCustomer("Acme")
        let biggest = Money(minor: Money.maxMinor(.cny), currency: .cny)
        let fits = Int(Book.maxTotalMinor / biggest.minor)
        for _ in 0..<fits { try b.addInvoice(CustomerID(1), biggest, due: today) }
        assertInconsistent({ try b.addInvoice(CustomerID(1), biggest, due: today) }, containing: "limit")
        XCTAssertEqual(b.book.moneyTotal, Book.maxTotalMinor)
        try b.undo()
        XCTAssertEqual(b.book.moneyTotal, Book.maxTotalMinor - biggest.minor)
    }

    func testAllocationsMustFitInTheSnapshotToo() {
        let inv = Invoice(id: InvoiceID(1), customer: CustomerID(1), number: "I", amount: cny(100), issued: today, due: today)
        func pay(_ minor: Int64, amount: Money = cny(100)) -> Payment {
            Payment(id: PaymentID(1), customer: CustomerID(1), amount: amount, day: today,
                    allocations: [Allocation(invoice: InvoiceID(1), minor: minor)])
        }
        assertInconsistent({ try self.parts(customers: [self.acme], invoices: [inv], payments: [pay(-5)]) }, containing: "cannot cover")
        assertInconsistent({ try self.parts(customers: [self.acme], invoices: [inv], payments: [pay(20_000, amount: cny(500))]) },
                           containing: "cannot cover")
        assertInconsistent({ try self.parts(customers: [self.acme], invoices: [inv], payments: [pay(Int64.max, amount: cny(500))]) },
                           containing: "cannot cover")
    }

    func testHugeSeqsAndTermsAreRefused() throws {
        assertInconsistent({ try self.parts(lastSeq: Int.max) }, containing: "lastSeq")
        assertInconsistent({ try self.parts(lastSeq: -1) }, containing: "lastSeq")
        var b = BookBuilder(today: today)
        let c = Customer(id: CustomerID(1), name: "Acme", termsDays: Int.max, added: today)
        assertInconsistent({ try b.record([.customerAdded(c)]) }, containing: "terms")
        assertInconsistent({
            try b.book.record(Step(seq: Int.max, day: self.today, line: "x", events: []))
        }, containing: "step")
    }

    func testACustomerStillNamedCannotBeRemoved() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(5), due: today)
        assertInconsistent({ try b.record([.customerRemoved(c)]) }, containing: "invoice #1 names it")
    }
}
