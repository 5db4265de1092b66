import XCTest
import FollowUpCore

final class BookTests: XCTestCase {
    let today = day("2026-11-18")

    /// A book with one of everything, for undo tests to start from.
    private func baseBook() throws -> BookBuilder {
        var b = BookBuilder(today: today)
        let acme = try b.addCustomer("Acme Trading")
        try b.addCustomer("Kite Logistics")
        try b.addInvoice(acme.id, cny(5000), due: day("2026-12-01"))
        try b.addInvoice(acme.id, cny(3000), due: day("2026-12-10"))
        try b.pay(acme.id, cny(2000))
        try b.promise(acme.id, cny(3000), due: day("2026-11-25"))
        try b.remind("call Acme", due: day("2026-11-19"), customer: acme.id)
        try b.record([.contactAdded(ContactEntry(id: ContactID(1), customer: acme.id, day: today, channel: .call, note: "no answer"))])
        try b.record([.settingChanged(key: "currency", before: nil, after: "CNY")])
        return b
    }

    // MARK: All or nothing

    func testAStepWithABadEventLeavesTheBookUnchanged() throws {
        var b = try baseBook()
        let before = BookState(b.book)
        let (seq, history, undo) = (b.book.lastSeq, b.book.history, b.book.undoStack)
        let good = Customer(id: b.book.nextCustomerID, name: "Pine Dental", added: today)
        let goodInvoice = Invoice(id: b.book.nextInvoiceID, customer: good.id, number: "X-1", amount: cny(10), issued: today, due: today)
        let badInvoice = Invoice(id: InvoiceID(99), customer: good.id, number: "X-2", amount: cny(10), issued: today, due: today)
        XCTAssertThrowsError(try b.record([.customerAdded(good), .invoiceAdded(goodInvoice), .invoiceAdded(badInvoice)]))
        XCTAssertEqual(BookState(b.book), before)
        XCTAssertEqual(b.book.lastSeq, seq)
        XCTAssertEqual(b.book.history, history)
        XCTAssertEqual(b.book.undoStack, undo)
        // The same step without the bad event goes through.
        try b.record([.customerAdded(good), .invoiceAdded(goodInvoice)])
        XCTAssertEqual(b.book.customers.count, before.customers.count + 1)
        XCTAssertEqual(b.book.invoices.last?.number, "X-1")
    }

    func testAllocationFailureHalfwayThroughAPaymentLeavesTheBookUnchanged() throws {
        var b = try baseBook()
        let before = BookState(b.book)
        // Invoice #1 has ¥3,000 left; a second allocation asks for more than the payment has.
        let p = Payment(id: b.book.nextPaymentID, customer: CustomerID(1), amount: cny(1000), day: today,
                        allocations: [Allocation(invoice: InvoiceID(1), minor: 60_000), Allocation(invoice: InvoiceID(2), minor: 60_000)])
        XCTAssertThrowsError(try b.record([.paymentAdded(p)]))
        XCTAssertEqual(BookState(b.book), before)
    }

    func testStepsMustComeInOrder() throws {
        var b = try baseBook()
        let before = BookState(b.book)
        let c = Customer(id: b.book.nextCustomerID, name: "Late", added: today)
        XCTAssertThrowsError(try b.book.record(Step(seq: b.book.lastSeq, day: today, line: "x", events: [.customerAdded(c)])))
        XCTAssertThrowsError(try b.book.record(Step(seq: 0, day: today, line: "x", events: [.customerAdded(c)])))
        XCTAssertEqual(BookState(b.book), before)
        // Gaps are allowed: seq only has to increase.
        try b.book.record(Step(seq: b.book.lastSeq + 5, day: today, line: "x", events: [.customerAdded(c)]))
        XCTAssertEqual(b.book.customers.last?.name, "Late")
    }

    func testIdsAreDense() throws {
        var b = BookBuilder(today: today)
        XCTAssertThrowsError(try b.record([.customerAdded(Customer(id: CustomerID(2), name: "Two", added: today))]))
        XCTAssertThrowsError(try b.record([.customerAdded(Customer(id: CustomerID(0), name: "Zero", added: today))]))
        let one = try b.addCustomer("One")
        XCTAssertEqual(one.id, CustomerID(1))
        XCTAssertEqual(b.book.nextCustomerID, CustomerID(2))
        XCTAssertThrowsError(try b.record([.customerAdded(Customer(id: CustomerID(1), name: "Again", added: today))]))
        // An invoice must be the next one and belong to a known customer.
        XCTAssertThrowsError(try b.record([.invoiceAdded(Invoice(id: InvoiceID(2), customer: one.id, number: "A", amount: cny(1), issued: today, due: today))]))
        XCTAssertThrowsError(try b.record([.invoiceAdded(Invoice(id: InvoiceID(1), customer: CustomerID(7), number: "A", amount: cny(1), issued: today, due: today))]))
        // Only the newest record of a kind can be removed.
        let two = try b.addCustomer("Two")
        XCTAssertThrowsError(try b.record([.customerRemoved(one)]))
        try b.record([.customerRemoved(two)])
        XCTAssertEqual(b.book.customers.map(\.name), ["One"])
        XCTAssertEqual(b.book.customer(CustomerID(1))?.name, "One")
        XCTAssertNil(b.book.customer(CustomerID(2)))
        XCTAssertNil(b.book.customer(CustomerID(0)))
    }

    func testAllocationsAreChecked() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(100), due: today)
        let p = Payment(id: PaymentID(1), customer: c.id, amount: cny(300), day: today)
        try b.record([.paymentAdded(p)])
        // More than the invoice still owes.
        XCTAssertThrowsError(try b.record([.allocated(payment: p.id, Allocation(invoice: InvoiceID(1), minor: 10_001))]))
        // Zero or negative.
        XCTAssertThrowsError(try b.record([.allocated(payment: p.id, Allocation(invoice: InvoiceID(1), minor: 0))]))
        XCTAssertThrowsError(try b.record([.allocated(payment: p.id, Allocation(invoice: InvoiceID(1), minor: -5))]))
        // Unknown invoice or payment.
        XCTAssertThrowsError(try b.record([.allocated(payment: p.id, Allocation(invoice: InvoiceID(2), minor: 1))]))
        XCTAssertThrowsError(try b.record([.allocated(payment: PaymentID(2), Allocation(invoice: InvoiceID(1), minor: 1))]))
        // Taking back an allocation that was never made.
        XCTAssertThrowsError(try b.record([.unallocated(payment: p.id, Allocation(invoice: InvoiceID(1), minor: 1))]))
        try b.record([.allocated(payment: p.id, Allocation(invoice: InvoiceID(1), minor: 10_000))])
        XCTAssertEqual(b.book.invoices[0].paid, 10_000)
        XCTAssertEqual(b.book.invoices[0].status, .paid)
        XCTAssertEqual(b.book.payments[0].unapplied, cny(200))
        XCTAssertEqual(b.book.credit(of: c.id), [cny(200)])
        // An invoice with money applied cannot be removed.
        XCTAssertThrowsError(try b.record([.invoiceRemoved(b.book.invoices[0])]))
    }

    func testInvoiceStatus() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(100), due: day("2026-11-10"))
        XCTAssertEqual(b.book.invoices[0].status, .open)
        XCTAssertEqual(b.book.invoices[0].daysOverdue(on: today), 8)
        XCTAssertEqual(b.book.invoices[0].daysOverdue(on: day("2026-11-01")), -9)
        try b.pay(c.id, cny(40))
        XCTAssertEqual(b.book.invoices[0].status, .partlyPaid)
        XCTAssertEqual(b.book.invoices[0].outstanding, cny(60))
        XCTAssertTrue(b.book.invoices[0].isOpen)
        try b.pay(c.id, cny(60))
        XCTAssertEqual(b.book.invoices[0].status, .paid)
        XCTAssertFalse(b.book.invoices[0].isOpen)
    }

    // MARK: History

    func testHistoryRecordsTouchedCustomers() throws {
        var b = try baseBook()
        let seq = try b.record([.reminderAdded(Reminder(id: b.book.nextReminderID, text: "buy stamps", due: today, created: today))], line: "remind me to buy stamps")
        XCTAssertEqual(b.book.history.last, HistoryEntry(seq: seq, day: today, line: "remind me to buy stamps", customers: []))
        let inv = Invoice(id: b.book.nextInvoiceID, customer: CustomerID(2), number: "K-1", amount: cny(1), issued: today, due: today)
        try b.record([.invoiceAdded(inv), .reminderAdded(Reminder(id: b.book.nextReminderID, text: "x", customer: CustomerID(2), due: today, created: today))])
        XCTAssertEqual(b.book.history.last?.customers, [CustomerID(2)])
        XCTAssertEqual(b.book.lastSeq, b.book.history.last?.seq)
    }

    func testAStepWithoutEventsIsHistoryButNotUndoable() throws {
        var b = try baseBook()
        let undo = b.book.undoStack
        let seq = try b.record([], line: "nothing")
        XCTAssertEqual(b.book.undoStack, undo)
        XCTAssertEqual(b.book.history.last?.seq, seq)
        XCTAssertEqual(b.book.lastSeq, seq)
    }

    // MARK: Undo

    /// Records `events` on the base book, undoes them, and checks the book is exactly as before.
    private func assertUndoRestores(_ name: String, file: StaticString = #filePath, line: UInt = #line,
                                    _ events: (Book) -> [Event]) throws {
        var b = try baseBook()
        let before = BookState(b.book)
        let undoBefore = b.book.undoStack
        let seq = try b.record(events(b.book), line: name)
        XCTAssertNotEqual(BookState(b.book), before, "\(name) changed nothing", file: file, line: line)
        XCTAssertEqual(b.book.undoStack.last?.seq, seq, file: file, line: line)
        XCTAssertEqual(b.book.undoStack.last?.line, name, file: file, line: line)
        try b.undo()
        XCTAssertEqual(BookState(b.book), before, "undo of \(name)", file: file, line: line)
        XCTAssertEqual(b.book.undoStack, undoBefore, "undo stack after undoing \(name)", file: file, line: line)
        let entry = b.book.history.first { $0.seq == seq }
        XCTAssertEqual(entry?.undone, true, file: file, line: line)
        XCTAssertEqual(b.book.history.last?.undoes, seq, file: file, line: line)
        XCTAssertEqual(b.book.lastSeq, seq + 1, file: file, line: line)
    }

    func testUndoRestoresEveryKindOfEvent() throws {
        try assertUndoRestores("customerAdded") { book in
            [.customerAdded(Customer(id: book.nextCustomerID, name: "Pine Dental", aliases: ["Pine"], tier: .key, added: self.today))]
        }
        try assertUndoRestores("customerRemoved") { book in [.customerRemoved(book.customers[1])] }
        try assertUndoRestores("customerChanged") { book in
            var after = book.customers[0]
            after.phone = "13912345678"
            after.termsDays = 45
            after.creditLimit = cny(80_000)
            after.contacts = [ContactPerson(name: "Li", title: "Manager")]
            return [.customerChanged(before: book.customers[0], after: after)]
        }
        try assertUndoRestores("invoiceAdded") { book in
            [.invoiceAdded(Invoice(id: book.nextInvoiceID, customer: CustomerID(2), number: "K-9", amount: usd(70), issued: self.today, due: self.today))]
        }
        try assertUndoRestores("invoiceRemoved") { book in [.invoiceRemoved(book.invoices[1])] }
        try assertUndoRestores("paymentAdded") { book in
            let planned = book.plannedAllocations(of: cny(4000), customer: CustomerID(1))
            return [.paymentAdded(Payment(id: book.nextPaymentID, customer: CustomerID(1), amount: cny(4000), day: self.today, reference: "INV-1", allocations: planned))]
        }
        try assertUndoRestores("paymentRemoved") { book in [.paymentRemoved(book.payments[0])] }
        try assertUndoRestores("allocated") { book in
            let c = Customer(id: book.nextCustomerID, name: "Credit Co", added: self.today)
            let p = Payment(id: book.nextPaymentID, customer: c.id, amount: cny(500), day: self.today)
            let inv = Invoice(id: book.nextInvoiceID, customer: c.id, number: "C-1", amount: cny(300), issued: self.today, due: self.today)
            return [.customerAdded(c), .paymentAdded(p), .invoiceAdded(inv), .allocated(payment: p.id, Allocation(invoice: inv.id, minor: 30_000))]
        }
        try assertUndoRestores("unallocated") { book in
            [.unallocated(payment: book.payments[0].id, book.payments[0].allocations[0])]
        }
        try assertUndoRestores("promiseAdded") { book in
            [.promiseAdded(Promise(id: book.nextPromiseID, customer: CustomerID(1), amount: cny(100), due: self.today, made: self.today))]
        }
        try assertUndoRestores("promiseRemoved") { book in [.promiseRemoved(book.promises[0])] }
        try assertUndoRestores("reminderAdded") { book in
            [.reminderAdded(Reminder(id: book.nextReminderID, text: "visit", due: self.today, time: TimeOfDay(hour: 9, minute: 30),
                                     recurrence: .weekly, kind: .visit, created: self.today))]
        }
        try assertUndoRestores("reminderRemoved") { book in [.reminderRemoved(book.reminders[0])] }
        try assertUndoRestores("reminderChanged") { book in
            var after = book.reminders[0]
            after.done = self.today
            after.snoozedFrom = after.due
            after.due = after.due.adding(days: 3)
            return [.reminderChanged(before: book.reminders[0], after: after)]
        }
        try assertUndoRestores("contactAdded") { book in
            [.contactAdded(ContactEntry(id: book.nextContactID, customer: CustomerID(2), day: self.today, channel: .visit, note: "ok"))]
        }
        try assertUndoRestores("contactRemoved") { book in [.contactRemoved(book.contacts[0])] }
        try assertUndoRestores("settingChanged new key") { _ in [.settingChanged(key: "greeting", before: nil, after: "hi")] }
        try assertUndoRestores("settingChanged existing key") { _ in [.settingChanged(key: "currency", before: "CNY", after: "USD")] }
        try assertUndoRestores("settingChanged removed key") { _ in [.settingChanged(key: "currency", before: "CNY", after: nil)] }
    }

    func testUndoOfANewInvoiceAbsorbingCreditReturnsTheCredit() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.pay(c.id, cny(800))
        XCTAssertEqual(b.book.credit(of: c.id), [cny(800)])
        let before = BookState(b.book)
        let inv = Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "A-1", amount: cny(500), issued: today, due: today)
        let credit = b.book.creditAllocations(for: inv)
        try b.record([.invoiceAdded(inv)] + credit.map { Event.allocated(payment: $0.0, $0.1) })
        XCTAssertEqual(b.book.invoices[0].status, .paid)
        XCTAssertEqual(b.book.credit(of: c.id), [cny(300)])
        try b.undo()
        XCTAssertEqual(BookState(b.book), before)
        XCTAssertEqual(b.book.credit(of: c.id), [cny(800)])
    }

    func testRevertAfterAFailedSaveRestoresTheBookExactly() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.record([.invoiceAdded(Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "A-1", amount: cny(500), issued: today, due: today))])
        let before = BookState(b.book)
        let historyBefore = b.book.history, undoBefore = b.book.undoStack, seqBefore = b.book.lastSeq
        // A normal step, then an undo step: each is recorded and reverted as a failed save would.
        for step in [Step(seq: seqBefore + 1, day: today, line: "Acme paid 200",
                          events: [.paymentAdded(Payment(id: PaymentID(1), customer: c.id, amount: cny(200), day: today,
                                                         allocations: [Allocation(invoice: InvoiceID(1), minor: 200_00)]))]),
                     Step(seq: seqBefore + 1, day: today, line: "undo", events: undoBefore.last?.inverse ?? [],
                          undoes: undoBefore.last?.seq)] {
            var book = b.book
            let receipt = try book.record(step)
            XCTAssertNotEqual(BookState(book), before, step.line)
            book.revert(step, receipt)
            XCTAssertEqual(BookState(book), before, step.line)
            XCTAssertEqual(book.history, historyBefore, step.line)
            XCTAssertEqual(book.undoStack, undoBefore, step.line)
            XCTAssertEqual(book.lastSeq, seqBefore, step.line)
        }
    }

    func testAPaymentWhoseAllocationDoesNotFitLeavesNothingBehind() throws {
        var b = BookBuilder(today: today)
        let c = try b.addCustomer("Acme")
        try b.record([.invoiceAdded(Invoice(id: b.book.nextInvoiceID, customer: c.id, number: "A-1", amount: cny(500), issued: today, due: today))])
        let before = BookState(b.book)
        // The second allocation is larger than what the invoice still owes.
        let bad = Payment(id: PaymentID(1), customer: c.id, amount: cny(900), day: today,
                          allocations: [Allocation(invoice: InvoiceID(1), minor: 300_00), Allocation(invoice: InvoiceID(1), minor: 300_00)])
        var book = b.book
        XCTAssertThrowsError(try book.record(Step(seq: book.lastSeq + 1, day: today, line: "bad", events: [.paymentAdded(bad)])))
        XCTAssertEqual(BookState(book), before)
    }

    func testUndoGoesBackOneStepAtATime() throws {
        var b = BookBuilder(today: today)
        var states = [BookState(b.book)]
        let c = try b.addCustomer("Acme"); states.append(BookState(b.book))
        try b.addInvoice(c.id, cny(500), due: today); states.append(BookState(b.book))
        try b.pay(c.id, cny(200)); states.append(BookState(b.book))
        try b.remind("call", due: today, customer: c.id); states.append(BookState(b.book))
        for expected in states.dropLast().reversed() {
            try b.undo()
            XCTAssertEqual(BookState(b.book), expected)
        }
        XCTAssertTrue(b.book.undoStack.isEmpty)
        XCTAssertTrue(b.book.customers.isEmpty)
        XCTAssertEqual(b.book.history.count, 8)
        XCTAssertEqual(b.book.history.prefix(4).map(\.undone), [true, true, true, true])
    }

    func testUndoMustTakeBackTheNewestStep() throws {
        var b = try baseBook()
        let before = BookState(b.book)
        let stack = b.book.undoStack
        let older = try XCTUnwrap(stack.dropLast().last)
        XCTAssertThrowsError(try b.book.record(Step(seq: b.book.lastSeq + 1, day: today, line: "undo", events: older.inverse, undoes: older.seq)))
        XCTAssertEqual(BookState(b.book), before)
        XCTAssertEqual(b.book.undoStack, stack)
    }

    func testUndoDepthIsCapped() throws {
        var b = BookBuilder(today: today)
        let total = Book.undoDepth + 5
        for i in 1...total { try b.addCustomer("Customer \(i)") }
        XCTAssertEqual(b.book.undoStack.count, Book.undoDepth)
        XCTAssertEqual(b.book.undoStack.first?.seq, 6)
        XCTAssertEqual(b.book.undoStack.last?.seq, total)
        for _ in 0..<Book.undoDepth { try b.undo() }
        XCTAssertTrue(b.book.undoStack.isEmpty)
        XCTAssertEqual(b.book.customers.map(\.name), (1...5).map { "Customer \($0)" })
        XCTAssertThrowsError(try b.undo())
    }

    func testInverseOfInverseIsTheEvent() {
        let c = Customer(id: CustomerID(1), name: "A", added: today)
        var c2 = c
        c2.name = "B"
        let events: [Event] = [
            .customerAdded(c), .customerChanged(before: c, after: c2),
            .allocated(payment: PaymentID(1), Allocation(invoice: InvoiceID(1), minor: 5)),
            .settingChanged(key: "currency", before: nil, after: "USD"),
        ]
        for e in events { XCTAssertEqual(e.inverse.inverse, e) }
        XCTAssertEqual(Event.customerAdded(c).inverse, .customerRemoved(c))
        XCTAssertEqual(Event.customerChanged(before: c, after: c2).inverse, .customerChanged(before: c2, after: c))
        XCTAssertEqual(Event.settingChanged(key: "k", before: nil, after: "v").inverse, .settingChanged(key: "k", before: "v", after: nil))
    }

    // MARK: Restoring from parts

    func testRestoringFromPartsRecomputesPaidAndChecksOrder() throws {
        let b = try baseBook().book
        var stale = b.invoices
        stale[0].paid = 123
        let restored = try Book(customers: b.customers, invoices: stale, payments: b.payments, promises: b.promises,
                                reminders: b.reminders, contacts: b.contacts, settings: b.settings, history: b.history,
                                undoStack: b.undoStack, lastSeq: b.lastSeq)
        XCTAssertEqual(BookState(restored), BookState(b))
        XCTAssertThrowsError(try Book(customers: Array(b.customers.reversed()), invoices: [], payments: [], promises: [],
                                      reminders: [], contacts: [], settings: [:], history: [], undoStack: [], lastSeq: 0))
        // A payment applied to an invoice that is not there.
        XCTAssertThrowsError(try Book(customers: b.customers, invoices: [], payments: b.payments, promises: [],
                                      reminders: [], contacts: [], settings: [:], history: [], undoStack: [], lastSeq: 0))
    }
}
