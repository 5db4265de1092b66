/// All the state of one salesperson's book: the fold of every step ever recorded.
///
/// Records of each kind are kept in arrays indexed by id (`#n` is at `n - 1`): ids are dense
/// because a record is only ever removed by undoing the step that added it, which is always
/// the newest of its kind.
public struct Book: Sendable {
    public static let undoDepth = 100
    /// The highest step number a book takes; far beyond any real use, low enough that
    /// `lastSeq + 1` can never overflow, whatever a damaged file says.
    public static let maxSeq = 1_000_000_000_000_000
    /// The most all the book's invoices, payments and promises may add up to, in minor units
    /// (a hundred times `Money.maxMajor` in cents). Every report sums a part of these, and
    /// stays far from overflowing even after multiplying by 100 for a percentage.
    public static let maxTotalMinor: Int64 = 10_000_000_000_000_000

    public private(set) var customers: [Customer] = []
    public private(set) var invoices: [Invoice] = []
    public private(set) var payments: [Payment] = []
    public private(set) var promises: [Promise] = []
    public private(set) var reminders: [Reminder] = []
    public private(set) var contacts: [ContactEntry] = []
    public private(set) var complaints: [Complaint] = []
    public private(set) var plans: [FollowUpPlan] = []
    /// Free-form settings (`currency`).
    public private(set) var settings: [String: String] = [:]
    public private(set) var history: [HistoryEntry] = []
    public private(set) var undoStack: [UndoEntry] = []
    /// The seq of the last step recorded.
    public private(set) var lastSeq: Int = 0
    /// The sum of every invoice, payment and promise amount, kept against `maxTotalMinor`.
    public private(set) var moneyTotal: Int64 = 0

    public init() {}

    /// Restores a book from its parts (snapshot loading). Invoice `paid` is recomputed from payments.
    ///
    /// The records pass the same checks as every change (`apply` and its helpers), so a snapshot
    /// is held to exactly the rules a journal line is: ids in order, customers that exist, amounts
    /// within `Money.maxMajor`, allocations that fit their payment and invoice. Customers,
    /// invoices and payments, the bulk of a book, are checked in place rather than appended one
    /// by one, so loading a large book does not hold two copies of them.
    public init(customers: [Customer], invoices: [Invoice], payments: [Payment], promises: [Promise],
                reminders: [Reminder], contacts: [ContactEntry], complaints: [Complaint] = [], plans: [FollowUpPlan] = [],
                settings: [String: String],
                history: [HistoryEntry], undoStack: [UndoEntry], lastSeq: Int) throws {
        guard (0...Book.maxSeq).contains(lastSeq) else {
            throw BookError.inconsistent("lastSeq \(lastSeq) is outside 0 to \(Book.maxSeq)")
        }
        for (n, x) in customers.enumerated() {
            try expectNext(x.id.raw, n, "customer")
            try checkCustomerFields(x)
        }
        self.customers = customers
        // By index, reading fields in place: copying each record out costs more than its checks.
        for n in invoices.indices {
            let id = invoices[n].id.raw
            try known(invoices[n].customer, "invoice #\(id)")
            try expectNext(id, n, "invoice")
            moneyTotal = try totalAfter(adding: invoices[n].amount, "invoice #\(id)")
        }
        self.invoices = invoices
        for i in self.invoices.indices where self.invoices[i].paid != 0 { self.invoices[i].paid = 0 }
        for n in payments.indices {
            let id = payments[n].id
            try known(payments[n].customer, "payment #\(id.raw)")
            try expectNext(id.raw, n, "payment")
            let amount = payments[n].amount
            moneyTotal = try totalAfter(adding: amount, "payment #\(id.raw)")
            var unapplied = amount.minor
            for a in payments[n].allocations {
                let i = try existing(a.invoice.raw, self.invoices.count, "invoice")
                try checkAllocation(a, of: id, unapplied: unapplied, currency: amount.currency, invoice: i)
                unapplied -= a.minor
                self.invoices[i].paid += a.minor
            }
        }
        self.payments = payments
        for x in promises { try apply(.promiseAdded(x)) }
        for x in plans { try apply(.planAdded(x)) }
        for x in reminders { try apply(.reminderAdded(x)) }
        for x in contacts { try apply(.contactAdded(x)) }
        for x in complaints { try apply(.complaintAdded(x)) }
        for h in history where !(0...lastSeq).contains(h.seq) {
            throw BookError.inconsistent("history entry \(h.seq) comes after lastSeq \(lastSeq)")
        }
        for u in undoStack where !(0...lastSeq).contains(u.seq) {
            throw BookError.inconsistent("undo entry \(u.seq) comes after lastSeq \(lastSeq)")
        }
        self.settings = settings
        self.history = history
        self.undoStack = undoStack
        self.lastSeq = lastSeq
    }

    // MARK: Lookup

    public func customer(_ id: CustomerID) -> Customer? { index(id.raw, customers.count).map { customers[$0] } }
    public func invoice(_ id: InvoiceID) -> Invoice? { index(id.raw, invoices.count).map { invoices[$0] } }
    public func payment(_ id: PaymentID) -> Payment? { index(id.raw, payments.count).map { payments[$0] } }
    public func promise(_ id: PromiseID) -> Promise? { index(id.raw, promises.count).map { promises[$0] } }
    public func reminder(_ id: ReminderID) -> Reminder? { index(id.raw, reminders.count).map { reminders[$0] } }
    public func complaint(_ id: ComplaintID) -> Complaint? { index(id.raw, complaints.count).map { complaints[$0] } }
    public func plan(_ id: PlanID) -> FollowUpPlan? { index(id.raw, plans.count).map { plans[$0] } }

    public var nextCustomerID: CustomerID { CustomerID(customers.count + 1) }
    public var nextInvoiceID: InvoiceID { InvoiceID(invoices.count + 1) }
    public var nextPaymentID: PaymentID { PaymentID(payments.count + 1) }
    public var nextPromiseID: PromiseID { PromiseID(promises.count + 1) }
    public var nextReminderID: ReminderID { ReminderID(reminders.count + 1) }
    public var nextContactID: ContactID { ContactID(contacts.count + 1) }
    public var nextComplaintID: ComplaintID { ComplaintID(complaints.count + 1) }
    public var nextPlanID: PlanID { PlanID(plans.count + 1) }

    public func invoices(of customer: CustomerID) -> [Invoice] { invoices.filter { $0.customer == customer } }
    public func payments(of customer: CustomerID) -> [Payment] { payments.filter { $0.customer == customer } }
    public func promises(of customer: CustomerID) -> [Promise] { promises.filter { $0.customer == customer } }
    public func reminders(of customer: CustomerID) -> [Reminder] { reminders.filter { $0.customer == customer } }
    public func contacts(of customer: CustomerID) -> [ContactEntry] { contacts.filter { $0.customer == customer } }
    public func complaints(of customer: CustomerID) -> [Complaint] { complaints.filter { $0.customer == customer } }
    public func plans(of customer: CustomerID) -> [FollowUpPlan] { plans.filter { $0.customer == customer } }
    /// The plan running for a customer: at most one runs at a time (starting one stops the other).
    public func activePlan(of customer: CustomerID) -> FollowUpPlan? { plans.last { $0.customer == customer && $0.isActive } }

    /// Unapplied credit of a customer, per currency.
    public func credit(of customer: CustomerID) -> [Money] {
        var byCurrency: [String: Money] = [:]
        for p in payments where p.customer == customer {
            let u = p.credit
            guard u.minor > 0 else { continue }
            byCurrency[u.currency.code, default: .zero(u.currency)] = byCurrency[u.currency.code, default: .zero(u.currency)] + u
        }
        return byCurrency.keys.sorted().compactMap { byCurrency[$0] }
    }

    /// Where a promise stands on `today` (`PromiseRules`: kept, kept late, pending, broken, or
    /// replaced by a later promise made while it was pending).
    public func status(of promise: Promise, on today: Day) -> Promise.Status {
        let theirs = promises(of: promise.customer)
        let later = theirs.firstIndex(where: { $0.id == promise.id }).map { theirs[($0 + 1)...] } ?? []
        return PromiseRules.status(promise, later: later, payments: payments(of: promise.customer), on: today)
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
        guard step.seq <= Book.maxSeq else {
            throw BookError.inconsistent("step \(step.seq) is beyond the last step number a book takes (\(Book.maxSeq))")
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
        case .customerAdded(let c):
            try checkCustomerFields(c)
            try append(c, to: \.customers, id: c.id.raw, "customer")
        case .customerRemoved(let c):
            try expectLast(c.id.raw, customers.count, "customer")
            // Only undo removes a customer; a record still naming it would break every report.
            if let what = firstRecord(naming: c.id) {
                throw BookError.inconsistent("customer #\(c.id.raw) cannot be removed: \(what) names it")
            }
            customers.removeLast()
        case .customerChanged(_, let after):
            try checkCustomerFields(after)
            try replace(after, in: \.customers, id: after.id.raw, "customer")
        case .invoiceAdded(let inv):
            try known(inv.customer, "invoice #\(inv.id.raw)")
            try expectNext(inv.id.raw, invoices.count, "invoice")
            let total = try totalAfter(adding: inv.amount, "invoice #\(inv.id.raw)")
            var copy = inv
            copy.paid = 0
            invoices.append(copy)
            moneyTotal = total
        case .invoiceRemoved(let inv):
            guard invoices.last?.paid ?? 0 == 0 else {
                throw BookError.inconsistent("invoice #\(inv.id.raw) still has payments applied")
            }
            try removeNewest(from: \.invoices, id: inv.id.raw, "invoice")
            moneyTotal -= inv.amount.minor
        case .paymentAdded(let p):
            try known(p.customer, "payment #\(p.id.raw)")
            try expectNext(p.id.raw, payments.count, "payment")
            let total = try totalAfter(adding: p.amount, "payment #\(p.id.raw)")
            var copy = p
            copy.allocations = []
            payments.append(copy)
            moneyTotal = total
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
                moneyTotal -= p.amount.minor
                throw error
            }
        case .paymentRemoved(let p):
            try expectLast(p.id.raw, payments.count, "payment")
            for a in payments[payments.count - 1].allocations.reversed() { try apply(.unallocated(payment: p.id, a)) }
            moneyTotal -= payments[payments.count - 1].amount.minor
            payments.removeLast()
        case .paymentBounced(let pid, _, let day):
            let p = try existing(pid.raw, payments.count, "payment")
            guard payments[p].bounced == nil, payments[p].allocations.isEmpty, payments[p].kind == .payment else {
                throw BookError.inconsistent("payment #\(pid.raw) cannot bounce: it has bounced already or is still applied")
            }
            payments[p].bounced = day
        case .paymentRestored(let pid, _, let day):
            let p = try existing(pid.raw, payments.count, "payment")
            guard payments[p].bounced == day else {
                throw BookError.inconsistent("payment #\(pid.raw) did not bounce on \(day.iso)")
            }
            payments[p].bounced = nil
        case .allocated(let pid, let a):
            let p = try existing(pid.raw, payments.count, "payment")
            let i = try existing(a.invoice.raw, invoices.count, "invoice")
            try checkAllocation(a, of: pid, unapplied: payments[p].unapplied.minor, currency: payments[p].amount.currency, invoice: i)
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
        case .promiseAdded(let p):
            try known(p.customer, "promise #\(p.id.raw)")
            try expectNext(p.id.raw, promises.count, "promise")
            let total = try totalAfter(adding: p.amount, "promise #\(p.id.raw)")
            promises.append(p)
            moneyTotal = total
        case .promiseRemoved(let p):
            try removeNewest(from: \.promises, id: p.id.raw, "promise")
            moneyTotal -= p.amount.minor
        case .reminderAdded(let r):
            if let c = r.customer { try known(c, "reminder #\(r.id.raw)") }
            try checkPlanTouch(r)
            try append(r, to: \.reminders, id: r.id.raw, "reminder")
        case .reminderRemoved(let r): try removeNewest(from: \.reminders, id: r.id.raw, "reminder")
        case .reminderChanged(_, let after):
            if let c = after.customer { try known(c, "reminder #\(after.id.raw)") }
            try checkPlanTouch(after)
            try replace(after, in: \.reminders, id: after.id.raw, "reminder")
        case .contactAdded(let c):
            try known(c.customer, "contact #\(c.id.raw)")
            try append(c, to: \.contacts, id: c.id.raw, "contact")
        case .contactRemoved(let c): try removeNewest(from: \.contacts, id: c.id.raw, "contact")
        case .settingChanged(let key, _, let after):
            settings[key] = after
        case .complaintAdded(let c):
            try checkComplaint(c)
            try append(c, to: \.complaints, id: c.id.raw, "complaint")
        case .complaintRemoved(let c): try removeNewest(from: \.complaints, id: c.id.raw, "complaint")
        case .complaintChanged(let before, let after):
            guard before.id == after.id, before.customer == after.customer else {
                throw BookError.inconsistent("complaint #\(before.id.raw) cannot change its id or customer")
            }
            try checkComplaint(after)
            try replace(after, in: \.complaints, id: after.id.raw, "complaint")
        case .planAdded(let p):
            try known(p.customer, "plan #\(p.id.raw)")
            try append(p, to: \.plans, id: p.id.raw, "plan")
        case .planRemoved(let p): try removeNewest(from: \.plans, id: p.id.raw, "plan")
        case .planChanged(let before, let after):
            guard before.id == after.id, before.customer == after.customer else {
                throw BookError.inconsistent("plan #\(before.id.raw) cannot change its id or customer")
            }
            try replace(after, in: \.plans, id: after.id.raw, "plan")
        }
    }

    /// A plan's touch names a plan that exists, of the reminder's own customer.
    private func checkPlanTouch(_ r: Reminder) throws {
        guard let pid = r.plan else { return }
        guard let p = plan(pid), p.customer == r.customer else {
            throw BookError.inconsistent("reminder #\(r.id.raw) names plan #\(pid.raw), which is not one of its customer's")
        }
    }

    /// An allocation must be positive, within what the payment has left and what the invoice
    /// still owes, and in the invoice's currency.
    private func checkAllocation(_ a: Allocation, of payment: PaymentID, unapplied: Int64, currency: Currency, invoice i: Int) throws {
        guard a.minor > 0, a.minor <= unapplied, a.minor <= invoices[i].outstanding.minor, currency == invoices[i].amount.currency else {
            throw BookError.inconsistent("payment #\(payment.raw) cannot cover \(a.minor) of invoice #\(a.invoice.raw)")
        }
    }

    /// A complaint names a customer that exists, an invoice of theirs when it names one (a
    /// disputed amount is part of an invoice, in its currency), and for each money remedy a
    /// refund or credit note of theirs.
    private func checkComplaint(_ c: Complaint) throws {
        try known(c.customer, "complaint #\(c.id.raw)")
        var currency: Currency?
        if let i = c.invoice {
            guard let inv = invoice(i), inv.customer == c.customer else {
                throw BookError.inconsistent("complaint #\(c.id.raw) names invoice #\(i.raw), which is not one of its customer's")
            }
            currency = inv.amount.currency
        }
        if let m = c.disputed {
            guard m.isWithinLimit else {
                throw BookError.inconsistent("complaint #\(c.id.raw) disputes \(m.minor) minor units (1 to \(Money.maxMinor(m.currency)) are allowed)")
            }
            guard m.currency == currency else {
                throw BookError.inconsistent("complaint #\(c.id.raw) disputes an amount that is not part of an invoice of its currency")
            }
        }
        for r in c.remedies {
            if let m = r.amount, !m.isWithinLimit {
                throw BookError.inconsistent("complaint #\(c.id.raw) has a remedy of \(m.minor) minor units (1 to \(Money.maxMinor(m.currency)) are allowed)")
            }
            guard let pid = r.credit else { continue }
            guard let p = payment(pid), p.customer == c.customer, p.kind != .payment else {
                throw BookError.inconsistent("complaint #\(c.id.raw) names payment #\(pid.raw), which is not a refund or credit note of its customer")
            }
        }
    }

    /// Every record's customer must exist: reports index by customer id.
    /// (`what` is only worked out for the message: a snapshot checks hundreds of thousands.)
    private func known(_ id: CustomerID, _ what: @autoclosure () -> String) throws {
        guard index(id.raw, customers.count) != nil else {
            throw BookError.inconsistent("\(what()) names customer #\(id.raw), which does not exist")
        }
    }

    /// Terms and credit limit within what the book keeps (huge terms overflow date arithmetic).
    private func checkCustomerFields(_ c: Customer) throws {
        if let t = c.termsDays, !(0...Customer.maxTermsDays).contains(t) {
            throw BookError.inconsistent("customer #\(c.id.raw) has terms of \(t) days (0 to \(Customer.maxTermsDays) are allowed)")
        }
        if let l = c.creditLimit, l.minor < 0 || l.minor > Money.maxMinor(l.currency) {
            throw BookError.inconsistent("customer #\(c.id.raw) has a credit limit of \(l.minor) minor units (0 to \(Money.maxMinor(l.currency)) are allowed)")
        }
    }

    /// The book's money total with `amount` added, refusing an amount out of range or a total
    /// beyond `maxTotalMinor` (checked, so a damaged file cannot overflow it).
    private func totalAfter(adding amount: Money, _ what: @autoclosure () -> String) throws -> Int64 {
        guard amount.isWithinLimit else {
            throw BookError.inconsistent("\(what()) has an amount of \(amount.minor) minor units (1 to \(Money.maxMinor(amount.currency)) are allowed)")
        }
        let (total, overflow) = moneyTotal.addingReportingOverflow(amount.minor)
        guard !overflow, total <= Book.maxTotalMinor else {
            throw BookError.inconsistent("\(what()) would take the book's amounts past their limit of \(Book.maxTotalMinor) minor units")
        }
        return total
    }

    /// A record that names customer `id`, described for a message, or nil.
    private func firstRecord(naming id: CustomerID) -> String? {
        if let x = invoices.last(where: { $0.customer == id }) { return "invoice #\(x.id.raw)" }
        if let x = payments.last(where: { $0.customer == id }) { return "payment #\(x.id.raw)" }
        if let x = promises.last(where: { $0.customer == id }) { return "promise #\(x.id.raw)" }
        if let x = reminders.last(where: { $0.customer == id }) { return "reminder #\(x.id.raw)" }
        if let x = contacts.last(where: { $0.customer == id }) { return "contact #\(x.id.raw)" }
        if let x = complaints.last(where: { $0.customer == id }) { return "complaint #\(x.id.raw)" }
        return nil
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
        guard id == count + 1 else { throw BookError.inconsistent("\(kind) #\(id) is out of order (the next \(kind) is #\(count + 1))") }
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

