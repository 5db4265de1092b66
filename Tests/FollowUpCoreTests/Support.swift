import XCTest
import FollowUpCore

/// A day from `YYYY-MM-DD`; fails the test (and returns the epoch) when the text is not a date.
func day(_ iso: String, file: StaticString = #filePath, line: UInt = #line) -> Day {
    guard let d = Day(iso: iso) else {
        XCTFail("not a date: \(iso)", file: file, line: line)
        return Day(ordinal: 0)
    }
    return d
}

func cny(_ major: Int64) -> Money { Money(minor: major * 100, currency: .cny) }
func usd(_ major: Int64) -> Money { Money(minor: major * 100, currency: .usd) }

/// Builds books step by step through `Book.record`, as the app does.
struct BookBuilder {
    var book = Book()
    var today: Day

    init(today: Day) { self.today = today }

    /// Records one step with the next seq; returns the seq.
    @discardableResult
    mutating func record(_ events: [Event], line: String = "test line", on: Day? = nil) throws -> Int {
        let seq = book.lastSeq + 1
        try book.record(Step(seq: seq, day: on ?? today, line: line, events: events))
        return seq
    }

    /// Takes back the newest undoable step, as `undo` does.
    mutating func undo() throws {
        guard let top = book.undoStack.last else { throw BookError.inconsistent("nothing to undo") }
        try book.record(Step(seq: book.lastSeq + 1, day: today, line: "undo", events: top.inverse, undoes: top.seq))
    }

    @discardableResult
    mutating func addCustomer(_ name: String) throws -> Customer {
        let c = Customer(id: book.nextCustomerID, name: name, added: today)
        try record([.customerAdded(c)], line: "add customer \(name)")
        return c
    }

    @discardableResult
    mutating func addInvoice(_ customer: CustomerID, _ amount: Money, issued: Day? = nil, due: Day,
                             number: String? = nil) throws -> Invoice {
        let id = book.nextInvoiceID
        let inv = Invoice(id: id, customer: customer, number: number ?? "INV-\(id.raw)", amount: amount,
                          issued: issued ?? today, due: due)
        try record([.invoiceAdded(inv)], line: "invoice \(inv.number)")
        return inv
    }

    /// Records a payment spread as `plannedAllocations` says (leftover stays credit).
    @discardableResult
    mutating func pay(_ customer: CustomerID, _ amount: Money, on: Day? = nil, invoiceFirst: InvoiceID? = nil) throws -> Payment {
        let allocations = book.plannedAllocations(of: amount, customer: customer, invoiceFirst: invoiceFirst)
        let p = Payment(id: book.nextPaymentID, customer: customer, amount: amount, day: on ?? today, allocations: allocations)
        try record([.paymentAdded(p)], line: "paid", on: on)
        return p
    }

    @discardableResult
    mutating func promise(_ customer: CustomerID, _ amount: Money, due: Day, made: Day? = nil) throws -> Promise {
        let p = Promise(id: book.nextPromiseID, customer: customer, amount: amount, due: due, made: made ?? today)
        try record([.promiseAdded(p)], line: "promise")
        return p
    }

    /// Logs a complaint (at listen, received today unless said).
    @discardableResult
    mutating func complain(_ customer: CustomerID, _ words: String = "the unit leaks", invoice: InvoiceID? = nil,
                           disputed: Money? = nil, product: String? = nil, received: Day? = nil) throws -> Complaint {
        let c = Complaint(id: book.nextComplaintID, customer: customer, words: words, received: received ?? today,
                          product: product, invoice: invoice, disputed: disputed)
        try record([.complaintAdded(c)], line: "complaint")
        return c
    }

    /// Applies `changes` to a complaint of the book through `ComplaintFlow` and records the result.
    @discardableResult
    mutating func move(_ id: ComplaintID, _ changes: [ComplaintChange], on: Day? = nil) throws -> Complaint {
        guard let before = book.complaint(id) else { throw BookError.inconsistent("no complaint #\(id.raw)") }
        let after = try ComplaintFlow.apply(changes, to: before, on: on ?? today, rules: ComplaintRules(settings: book.settings))
        try record([.complaintChanged(before: before, after: after)], line: "complaint move", on: on)
        return after
    }

    @discardableResult
    mutating func remind(_ text: String, due: Day, time: TimeOfDay? = nil, customer: CustomerID? = nil,
                         done: Day? = nil) throws -> Reminder {
        let r = Reminder(id: book.nextReminderID, text: text, customer: customer, due: due, time: time,
                         done: done, created: today)
        try record([.reminderAdded(r)], line: "remind \(text)")
        return r
    }
}

/// Every part of a book that must match after an undo or a reload.
struct BookState: Equatable {
    var customers: [Customer]
    var invoices: [Invoice]
    var payments: [Payment]
    var promises: [Promise]
    var reminders: [Reminder]
    var contacts: [ContactEntry]
    var complaints: [Complaint]
    var settings: [String: String]

    init(_ b: Book) {
        complaints = b.complaints
        customers = b.customers
        invoices = b.invoices
        payments = b.payments
        promises = b.promises
        reminders = b.reminders
        contacts = b.contacts
        settings = b.settings
    }
}
