/// The outstanding receivables detail (未回收账款明细表): every open invoice with how late it
/// is, and from the customer's standing their last contact, open promise, ladder step and
/// next action. An invoice (or part of one) under an unresolved complaint is listed with what is
/// disputed and by which complaints; a wholly disputed invoice has no action (it is not chased).
public struct ReceivablesDetail: Sendable {
    public struct Row: Sendable, Equatable {
        public var invoice: Invoice
        public var customerName: String
        public var outstanding: Money
        /// Days past due (zero on the due day, negative before it).
        public var daysOverdue: Int
        public var lastContact: CustomerStanding.LastContact?
        /// The customer's latest promise while it is pending or broken.
        public var promise: Promise?
        public var promiseStatus: Promise.Status?
        public var step: LadderStep
        /// Nil when there is nothing to chase yet (not due), or nothing on this invoice may be
        /// chased (all of it disputed).
        public var action: NextAction?
        /// The part of `outstanding` under unresolved complaints (zero when none), and which.
        public var disputed: Money
        public var complaints: [ComplaintID]
    }

    /// What the rows add up to in one currency.
    public struct Total: Sendable, Equatable {
        public var currency: Currency
        public var outstanding: Int64
        public var overdue: Int64
        /// The part of `outstanding` under unresolved complaints.
        public var disputed: Int64
        public var invoices: Int
        public var customers: Int
    }

    public var today: Day
    /// Customers most overdue first (then most owed), each customer's invoices by due day.
    public var rows: [Row]
    /// Per currency, the currency with the most money first.
    public var totals: [Total]

    /// As of `today`, counting invoices issued by then (as the aging report does); `customer`
    /// keeps one customer's invoices only.
    public init(book: Book, today: Day, customer only: CustomerID? = nil) {
        self.today = today
        // Only customers with something open are looked at: the rest are not copied.
        let records = book.recordsByCustomer(only: book.customersWithSomethingOpen())
        let ladder = LadderBounds(settings: book.settings)
        var standings: [CustomerStanding] = []
        for cu in book.customers where only == nil || cu.id == only {
            let r = records[cu.id.raw - 1]
            guard r.invoices.contains(where: \.isOpen) else { continue }
            let s = CustomerStanding(customer: cu, records: r, ladder: ladder, on: today)
            if s.owesSomething { standings.append(s) }
        }
        // Most overdue customers first, then those who owe most (all currencies together).
        let owed = { (s: CustomerStanding) in s.owed.reduce(Int64(0)) { $0 + $1.minor } }
        standings.sort { a, b in
            if a.oldestDaysOverdue != b.oldestDaysOverdue { return a.oldestDaysOverdue > b.oldestDaysOverdue }
            let oa = owed(a), ob = owed(b)
            return oa != ob ? oa > ob : a.id < b.id
        }
        var rows: [Row] = []
        var totals: [String: Total] = [:]
        for s in standings {
            let open = s.latestPromise.flatMap { $0.status.isOpen ? $0 : nil }
            var counted = Set<String>()
            for oi in s.openInvoices {
                rows.append(Row(invoice: oi.invoice, customerName: s.name, outstanding: oi.outstanding, daysOverdue: oi.daysOverdue,
                                lastContact: s.lastContact, promise: open?.promise, promiseStatus: open?.status,
                                step: s.ladderStep, action: oi.isFullyDisputed ? nil : s.nextAction,
                                disputed: oi.disputed, complaints: oi.disputedBy))
                let c = oi.outstanding.currency
                var t = totals[c.code] ?? Total(currency: c, outstanding: 0, overdue: 0, disputed: 0, invoices: 0, customers: 0)
                t.outstanding += oi.outstanding.minor
                if oi.isOverdue { t.overdue += oi.outstanding.minor }
                t.disputed += oi.disputed.minor
                t.invoices += 1
                if counted.insert(c.code).inserted { t.customers += 1 }
                totals[c.code] = t
            }
        }
        self.rows = rows
        self.totals = totals.values.sorted { ($0.outstanding, $1.currency.code) > ($1.outstanding, $0.currency.code) }
    }
}
