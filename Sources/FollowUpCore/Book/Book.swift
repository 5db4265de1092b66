/// All the state of one salesperson's book: the fold of every step ever recorded.
///
/// Records of each kind are kept in arrays indexed by id (`#n` is at `n - 1`): ids are dense
/// because a record is only ever removed by undoing the step that added it, which is always
/// the newest of its kind.
public struct Book: Sendable {
    public static let undoDepth = 100

    public private(set) var customers: [Customer] = []
    public private(set) var invoices: [Invoice] = []
    public private(set) var payments: [Payment] = []
    public private(set) var promises: [Promise] = []
    public private(set) var reminders: [Reminder] = []
    public private(set) var contacts: [ContactEntry] = []
    /// Free-form settings (`currency`).
    public private(set) var settings: [String: String] = [:]
    public private(set) var history: [HistoryEntry] = []
    public private(set) var undoStack: [UndoEntry] = []
    /// The seq of the last step recorded.
    public private(set) var lastSeq: Int = 0

    public init() {}

    /// Restores a book from its parts (snapshot loading). Invoice `paid` is recomputed from payments.
    public init(customers: [Customer], invoices: [Invoice], payments: [Payment], promises: [Promise],
                reminders: [Reminder], contacts: [ContactEntry], settings: [String: String],
                history: [HistoryEntry], undoStack: [UndoEntry], lastSeq: Int) throws {
        func dense<T>(_ items: [T], _ id: (T) -> Int, _ kind: String) throws {
            for (i, item) in items.enumerated() where id(item) != i + 1 {
                throw BookError.inconsistent("\(kind) #\(id(item)) is out of order (expected #\(i + 1))")
            }
        }
        try dense(customers, { $0.id.raw }, "customer")
        try dense(invoices, { $0.id.raw }, "invoice")
        try dense(payments, { $0.id.raw }, "payment")
        try dense(promises, { $0.id.raw }, "promise")
        try dense(reminders, { $0.id.raw }, "reminder")
        try dense(contacts, { $0.id.raw }, "contact")
        // Every record's customer must exist: reports index by customer id.
        func known(_ id: CustomerID, _ what: String) throws {
            guard index(id.raw, customers.count) != nil else {
                throw BookError.inconsistent("\(what) names customer #\(id.raw), which does not exist")
            }
        }
        for x in invoices { try known(x.customer, "invoice #\(x.id.raw)") }
        for x in payments { try known(x.customer, "payment #\(x.id.raw)") }
        for x in promises { try known(x.customer, "promise #\(x.id.raw)") }
        for x in contacts { try known(x.customer, "contact #\(x.id.raw)") }
        for x in reminders { if let c = x.customer { try known(c, "reminder #\(x.id.raw)") } }
        self.customers = customers
        self.invoices = invoices
        for i in self.invoices.indices where self.invoices[i].paid != 0 { self.invoices[i].paid = 0 }
        self.payments = payments
        self.promises = promises
        self.reminders = reminders
        self.contacts = contacts
        self.settings = settings
        self.history = history
        self.undoStack = undoStack
        self.lastSeq = lastSeq
        for p in payments {
            for a in p.allocations {
                guard let i = index(a.invoice.raw, invoices.count) else {
                    throw BookError.inconsistent("payment #\(p.id.raw) is applied to invoice #\(a.invoice.raw), which does not exist")
                }
                self.invoices[i].paid += a.minor
            }
        }
    }

    // MARK: Lookup

    public func customer(_ id: CustomerID) -> Customer? { index(id.raw, customers.count).map { customers[$0] } }
    public func invoice(_ id: InvoiceID) -> Invoice? { index(id.raw, invoices.count).map { invoices[$0] } }
    public func payment(_ id: PaymentID) -> Payment? { index(id.raw, payments.count).map { payments[$0] } }
    public func promise(_ id: PromiseID) -> Promise? { index(id.raw, promises.count).map { promises[$0] } }
    public func reminder(_ id: ReminderID) -> Reminder? { index(id.raw, reminders.count).map { reminders[$0] } }

    public var nextCustomerID: CustomerID { CustomerID(customers.count + 1) }
    public var nextInvoiceID: InvoiceID { InvoiceID(invoices.count + 1) }
    public var nextPaymentID: PaymentID { PaymentID(payments.count + 1) }
    public var nextPromiseID: PromiseID { PromiseID(promises.count + 1) }
    public var nextReminderID: ReminderID { ReminderID(reminders.count + 1) }
    public var nextContactID: ContactID { ContactID(contacts.count + 1) }

    public func invoices(of customer: CustomerID) -> [Invoice] { invoices.filter { $0.customer == customer } }
    public func payments(of customer: CustomerID) -> [Payment] { payments.filter { $0.customer == customer } }
    public func promises(of customer: CustomerID) -> [Promise] { promises.filter { $0.customer == customer } }
    public func reminders(of customer: CustomerID) -> [Reminder] { reminders.filter { $0.customer == customer } }
    public func contacts(of customer: CustomerID) -> [ContactEntry] { contacts.filter { $0.customer == customer } }

    /// Unapplied credit of a customer, per currency.
    public func credit(of customer: CustomerID) -> [Money] {
        var byCurrency: [String: Money] = [:]
        for p in payments where p.customer == customer {
            let u = p.unapplied
            guard u.minor > 0 else { continue }
            byCurrency[u.currency.code, default: .zero(u.currency)] = byCurrency[u.currency.code, default: .zero(u.currency)] + u
        }
        return byCurrency.keys.sorted().compactMap { byCurrency[$0] }
    }

    /// Where a promise stands on `today`: kept when payments since it was made reach its amount by its day.
    public func status(of promise: Promise, on today: Day) -> Promise.Status {
        status(of: promise, on: today, payments: payments)
    }

    /// The same, judged from `payments` (all of them, or the customer's own from `paymentsByCustomer`),
    /// plus an `extra` payment not yet in the book.
    public func status(of promise: Promise, on today: Day, payments: [Payment], extra: Payment? = nil) -> Promise.Status {
        func counts(_ p: Payment) -> Bool {
            let after = promise.countsFrom.map { p.id >= $0 } ?? (p.day >= promise.made)
            return after && p.customer == promise.customer && p.day <= promise.due
                && p.amount.currency == promise.amount.currency
        }
        var received: Int64 = 0
        for p in payments where counts(p) { received += p.amount.minor }
        if let extra, counts(extra) { received += extra.amount.minor }
        if received >= promise.amount.minor { return .kept }
        return today > promise.due ? .broken : .pending
    }

    /// Payments grouped by customer id (raw), in id order: one pass for reports that look at many customers.
    public func paymentsByCustomer() -> [Int: [Payment]] {
        var out: [Int: [Payment]] = [:]
        for p in payments { out[p.customer.raw, default: []].append(p) }
        return out
    }

    // MARK: Changing

    /// What `record` changed besides the events, so that `revert` can put it back exactly.
    public struct Receipt: Sendable {
        let seqBefore: Int
        /// The undo entry a normal step pushed out of the bounded stack.
        let droppedUndo: UndoEntry?
        /// The undo entry an undo step took off the stack, and the history entry it marked undone.
        let poppedUndo: UndoEntry?
        let markedHistory: Int?
    }

    /// Applies a step's events all or nothing, in place, and records its history and undo entry.
    @discardableResult
    public mutating func record(_ step: Step) throws -> Receipt {
        guard step.seq > lastSeq else {
            throw BookError.inconsistent("step \(step.seq) comes after step \(lastSeq)")
        }
        var applied = 0
        do {
            for event in step.events {
                try apply(event)
                applied += 1
            }
            if let undone = step.undoes, undoStack.last?.seq != undone {
                throw BookError.inconsistent("step \(step.seq) undoes step \(undone), which is not the last one that can be undone")
            }
        } catch {
            // Take back what was applied; inverses of applied events always fit.
            for event in step.events[0..<applied].reversed() { try? apply(event.inverse) }
            throw error
        }
        var dropped: UndoEntry?, popped: UndoEntry?, marked: Int?
        if step.undoes != nil {
            popped = undoStack.removeLast()
            if let target = popped?.seq, let h = history.lastIndex(where: { $0.seq == target }) {
                history[h].undone = true
                marked = h
            }
        } else if !step.events.isEmpty {
            undoStack.append(UndoEntry(seq: step.seq, line: step.line, inverse: step.events.reversed().map(\.inverse)))
            if undoStack.count > Book.undoDepth { dropped = undoStack.removeFirst() }
        }
        var touched: [CustomerID] = []
        for e in step.events { for c in e.customers where !touched.contains(c) { touched.append(c) } }
        history.append(HistoryEntry(seq: step.seq, day: step.day, line: step.line, customers: touched, undoes: step.undoes))
        let receipt = Receipt(seqBefore: lastSeq, droppedUndo: dropped, poppedUndo: popped, markedHistory: marked)
        lastSeq = step.seq
        return receipt
    }

    /// Takes back the step just recorded (when saving it failed), leaving the book exactly as before.
    public mutating func revert(_ step: Step, _ receipt: Receipt) {
        for event in step.events.reversed() { try? apply(event.inverse) }
        history.removeLast()
        if let popped = receipt.poppedUndo {
            undoStack.append(popped)
            if let h = receipt.markedHistory { history[h].undone = false }
        } else if !step.events.isEmpty {
            undoStack.removeLast()
            if let dropped = receipt.droppedUndo { undoStack.insert(dropped, at: 0) }
        }
        lastSeq = receipt.seqBefore
    }

    /// Applies one event, checking that it fits the book as it is.
    mutating func apply(_ event: Event) throws {
        switch event {
        case .customerAdded(let c): try append(c, to: \.customers, id: c.id.raw, "customer")
        case .customerRemoved(let c): try removeNewest(from: \.customers, id: c.id.raw, "customer")
        case .customerChanged(_, let after): try replace(after, in: \.customers, id: after.id.raw, "customer")
        case .invoiceAdded(let inv):
            guard customer(inv.customer) != nil else { throw BookError.inconsistent("invoice for unknown customer #\(inv.customer.raw)") }
            var copy = inv
            copy.paid = 0
            try append(copy, to: \.invoices, id: inv.id.raw, "invoice")
        case .invoiceRemoved(let inv):
            guard invoices.last?.paid ?? 0 == 0 else {
                throw BookError.inconsistent("invoice #\(inv.id.raw) still has payments applied")
            }
            try removeNewest(from: \.invoices, id: inv.id.raw, "invoice")
        case .paymentAdded(let p):
            var copy = p
            copy.allocations = []
            try append(copy, to: \.payments, id: p.id.raw, "payment")
            var done: [Allocation] = []
            do {
                for a in p.allocations {
                    try apply(.allocated(payment: p.id, a))
                    done.append(a)
                }
            } catch {
                // All or nothing, like every event: no half-applied payment stays behind.
                for a in done.reversed() { try? apply(.unallocated(payment: p.id, a)) }
                payments.removeLast()
                throw error
            }
        case .paymentRemoved(let p):
            try expectLast(p.id.raw, payments.count, "payment")
            for a in payments[payments.count - 1].allocations.reversed() { try apply(.unallocated(payment: p.id, a)) }
            payments.removeLast()
        case .allocated(let pid, let a):
            let p = try existing(pid.raw, payments.count, "payment")
            let i = try existing(a.invoice.raw, invoices.count, "invoice")
            guard a.minor > 0, a.minor <= payments[p].unapplied.minor, a.minor <= invoices[i].outstanding.minor,
                  payments[p].amount.currency == invoices[i].amount.currency else {
                throw BookError.inconsistent("payment #\(pid.raw) cannot cover \(a.minor) of invoice #\(a.invoice.raw)")
            }
            payments[p].allocations.append(a)
            invoices[i].paid += a.minor
        case .unallocated(let pid, let a):
            let p = try existing(pid.raw, payments.count, "payment")
            let i = try existing(a.invoice.raw, invoices.count, "invoice")
            guard let k = payments[p].allocations.lastIndex(of: a) else {
                throw BookError.inconsistent("payment #\(pid.raw) was not applied to invoice #\(a.invoice.raw)")
            }
            payments[p].allocations.remove(at: k)
            invoices[i].paid -= a.minor
        case .promiseAdded(let p): try append(p, to: \.promises, id: p.id.raw, "promise")
        case .promiseRemoved(let p): try removeNewest(from: \.promises, id: p.id.raw, "promise")
        case .reminderAdded(let r): try append(r, to: \.reminders, id: r.id.raw, "reminder")
        case .reminderRemoved(let r): try removeNewest(from: \.reminders, id: r.id.raw, "reminder")
        case .reminderChanged(_, let after): try replace(after, in: \.reminders, id: after.id.raw, "reminder")
        case .contactAdded(let c): try append(c, to: \.contacts, id: c.id.raw, "contact")
        case .contactRemoved(let c): try removeNewest(from: \.contacts, id: c.id.raw, "contact")
        case .settingChanged(let key, _, let after):
            settings[key] = after
        }
    }

    /// Adds the next record of a kind (ids are dense, so it must be number count + 1).
    private mutating func append<T>(_ item: T, to list: WritableKeyPath<Book, [T]>, id: Int, _ kind: String) throws {
        try expectNext(id, self[keyPath: list].count, kind)
        self[keyPath: list].append(item)
    }

    /// Removes the newest record of a kind (only undo removes, and it removes the newest).
    private mutating func removeNewest<T>(from list: WritableKeyPath<Book, [T]>, id: Int, _ kind: String) throws {
        try expectLast(id, self[keyPath: list].count, kind)
        self[keyPath: list].removeLast()
    }

    private mutating func replace<T>(_ item: T, in list: WritableKeyPath<Book, [T]>, id: Int, _ kind: String) throws {
        let i = try existing(id, self[keyPath: list].count, kind)
        self[keyPath: list][i] = item
    }

    private func expectNext(_ id: Int, _ count: Int, _ kind: String) throws {
        guard id == count + 1 else { throw BookError.inconsistent("\(kind) #\(id) is not the next \(kind) (#\(count + 1))") }
    }

    private func expectLast(_ id: Int, _ count: Int, _ kind: String) throws {
        guard id == count, count > 0 else { throw BookError.inconsistent("\(kind) #\(id) is not the newest \(kind)") }
    }

    private func existing(_ id: Int, _ count: Int, _ kind: String) throws -> Int {
        guard let i = index(id, count) else { throw BookError.inconsistent("no \(kind) #\(id)") }
        return i
    }
}

@inline(__always)
func index(_ id: Int, _ count: Int) -> Int? { id >= 1 && id <= count ? id - 1 : nil }

/// A step that does not fit the book (a damaged journal, or a bug): never applied half-way.
public enum BookError: Error, Equatable, Sendable {
    case inconsistent(String)

    public var message: String {
        switch self { case .inconsistent(let s): return s }
    }
}

