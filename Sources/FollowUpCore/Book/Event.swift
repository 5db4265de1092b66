/// One change to the book. Every change has an inverse, which is what makes undo exact.
public enum Event: Hashable, Sendable {
    case customerAdded(Customer)
    case customerRemoved(Customer)
    case customerChanged(before: Customer, after: Customer)
    case invoiceAdded(Invoice)
    case invoiceRemoved(Invoice)
    case paymentAdded(Payment)
    case paymentRemoved(Payment)
    /// A payment that came back (a bounced cheque), on a day; its allocations are removed first.
    case paymentBounced(PaymentID, customer: CustomerID, on: Day)
    /// The inverse: the payment counts again.
    case paymentRestored(PaymentID, customer: CustomerID, on: Day)
    /// Applies part of a payment to an invoice.
    case allocated(payment: PaymentID, Allocation)
    case unallocated(payment: PaymentID, Allocation)
    case promiseAdded(Promise)
    case promiseRemoved(Promise)
    case reminderAdded(Reminder)
    case reminderRemoved(Reminder)
    case reminderChanged(before: Reminder, after: Reminder)
    case contactAdded(ContactEntry)
    case contactRemoved(ContactEntry)
    case settingChanged(key: String, before: String?, after: String?)
    case complaintAdded(Complaint)
    case complaintRemoved(Complaint)
    /// Any move of a complaint: the whole record before and after.
    case complaintChanged(before: Complaint, after: Complaint)
    case planAdded(FollowUpPlan)
    case planRemoved(FollowUpPlan)
    /// A plan stopped, restarted or adjusted: the record replaced whole.
    case planChanged(before: FollowUpPlan, after: FollowUpPlan)

    /// The event that takes this one back.
    public var inverse: Event {
        switch self {
        case .customerAdded(let c): return .customerRemoved(c)
        case .customerRemoved(let c): return .customerAdded(c)
        case .customerChanged(let b, let a): return .customerChanged(before: a, after: b)
        case .invoiceAdded(let i): return .invoiceRemoved(i)
        case .invoiceRemoved(let i): return .invoiceAdded(i)
        case .paymentAdded(let p): return .paymentRemoved(p)
        case .paymentRemoved(let p): return .paymentAdded(p)
        case .paymentBounced(let p, let c, let d): return .paymentRestored(p, customer: c, on: d)
        case .paymentRestored(let p, let c, let d): return .paymentBounced(p, customer: c, on: d)
        case .allocated(let p, let a): return .unallocated(payment: p, a)
        case .unallocated(let p, let a): return .allocated(payment: p, a)
        case .promiseAdded(let p): return .promiseRemoved(p)
        case .promiseRemoved(let p): return .promiseAdded(p)
        case .reminderAdded(let r): return .reminderRemoved(r)
        case .reminderRemoved(let r): return .reminderAdded(r)
        case .reminderChanged(let b, let a): return .reminderChanged(before: a, after: b)
        case .contactAdded(let c): return .contactRemoved(c)
        case .contactRemoved(let c): return .contactAdded(c)
        case .settingChanged(let k, let b, let a): return .settingChanged(key: k, before: a, after: b)
        case .complaintAdded(let c): return .complaintRemoved(c)
        case .complaintRemoved(let c): return .complaintAdded(c)
        case .complaintChanged(let b, let a): return .complaintChanged(before: a, after: b)
        case .planAdded(let p): return .planRemoved(p)
        case .planRemoved(let p): return .planAdded(p)
        case .planChanged(let b, let a): return .planChanged(before: a, after: b)
        }
    }

    /// Every day the event writes, so a change can be checked against `Day.supportedRange`
    /// before it is saved (for a change, the days of its new state).
    public var days: [Day] {
        switch self {
        case .customerAdded(let c), .customerRemoved(let c), .customerChanged(_, let c): return [c.added] + c.consentDays
        case .invoiceAdded(let i), .invoiceRemoved(let i): return [i.issued, i.due]
        case .paymentAdded(let p), .paymentRemoved(let p): return [p.day] + (p.bounced.map { [$0] } ?? [])
        case .paymentBounced(_, _, let d), .paymentRestored(_, _, let d): return [d]
        case .promiseAdded(let p), .promiseRemoved(let p): return [p.due, p.made]
        case .reminderAdded(let r), .reminderRemoved(let r), .reminderChanged(_, let r):
            return [r.due, r.anchor, r.created] + [r.done, r.snoozedFrom].compactMap { $0 }
        case .contactAdded(let c), .contactRemoved(let c): return [c.day]
        case .allocated, .unallocated, .settingChanged: return []
        case .complaintAdded(let c), .complaintRemoved(let c), .complaintChanged(_, let c): return c.days
        case .planAdded(let p), .planRemoved(let p), .planChanged(_, let p): return p.days
        }
    }

    /// The customers this event concerns (for `history CUSTOMER`).
    public var customers: [CustomerID] {
        switch self {
        case .customerAdded(let c), .customerRemoved(let c): return [c.id]
        case .customerChanged(_, let a): return [a.id]
        case .invoiceAdded(let i), .invoiceRemoved(let i): return [i.customer]
        case .paymentAdded(let p), .paymentRemoved(let p): return [p.customer]
        case .paymentBounced(_, let c, _), .paymentRestored(_, let c, _): return [c]
        case .allocated, .unallocated, .settingChanged: return []
        case .promiseAdded(let p), .promiseRemoved(let p): return [p.customer]
        case .reminderAdded(let r), .reminderRemoved(let r): return r.customer.map { [$0] } ?? []
        case .reminderChanged(_, let a): return a.customer.map { [$0] } ?? []
        case .contactAdded(let c), .contactRemoved(let c): return [c.customer]
        case .complaintAdded(let c), .complaintRemoved(let c), .complaintChanged(_, let c): return [c.customer]
        case .planAdded(let p), .planRemoved(let p), .planChanged(_, let p): return [p.customer]
        }
    }
}

/// One user line's worth of changes: the unit of saving, history and undo.
public struct Step: Hashable, Sendable {
    public var seq: Int
    public var day: Day
    /// The line as the user typed it.
    public var line: String
    public var events: [Event]
    /// Set when this step takes back an earlier one.
    public var undoes: Int?

    public init(seq: Int, day: Day, line: String, events: [Event], undoes: Int? = nil) {
        self.seq = seq
        self.day = day
        self.line = line
        self.events = events
        self.undoes = undoes
    }
}

/// What `history CUSTOMER` lists: a line that changed the book, with the customers it touched.
public struct HistoryEntry: Hashable, Sendable {
    public var seq: Int
    public var day: Day
    public var line: String
    public var customers: [CustomerID]
    /// The seq of the step this one took back, for undo entries.
    public var undoes: Int?
    public var undone: Bool

    public init(seq: Int, day: Day, line: String, customers: [CustomerID], undoes: Int? = nil, undone: Bool = false) {
        self.seq = seq
        self.day = day
        self.line = line
        self.customers = customers
        self.undoes = undoes
        self.undone = undone
    }
}

/// What undo needs for a step that can still be taken back.
public struct UndoEntry: Hashable, Sendable {
    public var seq: Int
    public var line: String
    /// The inverse events, in the order they must be applied.
    public var inverse: [Event]

    public init(seq: Int, line: String, inverse: [Event]) {
        self.seq = seq
        self.line = line
        self.inverse = inverse
    }
}
