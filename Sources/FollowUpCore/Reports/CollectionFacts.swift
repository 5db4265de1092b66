/// What the collection reports need about each customer as of a day, gathered in one pass over
/// the book: how late their oldest open invoice is, their latest promise, their last contact,
/// and from those their ladder step and next action.
public struct CollectionFacts: Sendable {
    public struct Customer: Sendable, Equatable {
        /// Days past due of the oldest open invoice (zero or less while none is due); nil when
        /// nothing is owed.
        public var daysOverdue: Int?
        /// The nearest due day of an open invoice on or after today.
        public var nextDue: Day?
        /// The latest promise, when it is still pending or was broken (a kept one needs nothing).
        public var promise: Promise?
        public var promiseStatus: Promise.Status?
        public var lastContact: ContactEntry?
        public var step: LadderStep = .clear
        public var action: CollectionAction = .none

        /// The latest promise was broken and money is still owed.
        public var brokenPromise: Bool { promiseStatus == .broken && daysOverdue != nil }
    }

    public let today: Day
    private var facts: [Customer]

    /// The facts for `customer` (all empty for an unknown id).
    public subscript(_ customer: CustomerID) -> Customer {
        customer.raw >= 1 && customer.raw <= facts.count ? facts[customer.raw - 1] : Customer()
    }

    /// Only invoices issued by `today` count, as in the aging report.
    public init(book: Book, today: Day) {
        self.today = today
        var facts = [Customer](repeating: Customer(), count: book.customers.count)
        for inv in book.invoices where inv.isOpen && inv.issued <= today {
            let k = inv.customer.raw - 1
            let late = today.days(since: inv.due)
            facts[k].daysOverdue = max(facts[k].daysOverdue ?? late, late)
            if inv.due >= today { facts[k].nextDue = min(facts[k].nextDue ?? inv.due, inv.due) }
        }
        var latest = [Promise?](repeating: nil, count: book.customers.count)
        for p in book.promises { latest[p.customer.raw - 1] = p }
        let payments = book.paymentsByCustomer()
        for (k, p) in latest.enumerated() {
            guard let p else { continue }
            let status = book.status(of: p, on: today, payments: payments[p.customer.raw] ?? [])
            if status != .kept {
                facts[k].promise = p
                facts[k].promiseStatus = status
            }
        }
        for c in book.contacts where c.day <= today {
            let k = c.customer.raw - 1
            if let last = facts[k].lastContact, last.day > c.day { continue }
            facts[k].lastContact = c
        }
        for k in facts.indices {
            let f = facts[k]
            let toNext = f.nextDue.map { $0.days(since: today) }
            facts[k].step = ReportLadder.step(daysOverdue: f.daysOverdue, daysToNextDue: toNext, brokenPromise: f.brokenPromise)
            facts[k].action = ReportLadder.action(facts[k].step, brokenPromise: f.brokenPromise,
                                                  pendingPromise: f.promiseStatus == .pending)
        }
        self.facts = facts
    }
}
