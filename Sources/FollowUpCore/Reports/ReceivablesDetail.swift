/// The outstanding receivables detail (未回收账款明细表): every open invoice with how late it
/// is, the customer's last contact, their open promise, ladder step and next action.
public struct ReceivablesDetail: Sendable {
    public struct Row: Sendable, Equatable {
        public var invoice: Invoice
        public var customerName: String
        public var outstanding: Money
        /// Days past due (zero or less while not yet due).
        public var daysOverdue: Int
        public var lastContact: ContactEntry?
        /// The customer's latest promise while it is pending or broken.
        public var promise: Promise?
        public var promiseStatus: Promise.Status?
        public var step: LadderStep
        public var action: CollectionAction
    }

    /// What the rows add up to in one currency.
    public struct Total: Sendable, Equatable {
        public var currency: Currency
        public var outstanding: Int64
        public var overdue: Int64
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
        let facts = CollectionFacts(book: book, today: today)
        var rows: [Row] = []
        for inv in book.invoices where inv.isOpen && inv.issued <= today && (only == nil || inv.customer == only) {
            let f = facts[inv.customer]
            rows.append(Row(invoice: inv, customerName: book.customer(inv.customer)?.name ?? inv.customer.description,
                            outstanding: inv.outstanding, daysOverdue: inv.daysOverdue(on: today),
                            lastContact: f.lastContact, promise: f.promise, promiseStatus: f.promiseStatus,
                            step: f.step, action: f.action))
        }
        // Per customer: the oldest invoice's lateness and what is owed, to order customers.
        var owed: [Int: Int64] = [:]
        for r in rows { owed[r.invoice.customer.raw, default: 0] += r.outstanding.minor }
        rows.sort { a, b in
            if a.invoice.customer != b.invoice.customer {
                let la = facts[a.invoice.customer].daysOverdue ?? 0, lb = facts[b.invoice.customer].daysOverdue ?? 0
                if la != lb { return la > lb }
                let oa = owed[a.invoice.customer.raw] ?? 0, ob = owed[b.invoice.customer.raw] ?? 0
                if oa != ob { return oa > ob }
                return a.invoice.customer < b.invoice.customer
            }
            return (a.invoice.due, a.invoice.id) < (b.invoice.due, b.invoice.id)
        }
        self.rows = rows
        var totals: [String: Total] = [:]
        var seen: [String: Set<Int>] = [:]
        for r in rows {
            let code = r.outstanding.currency.code
            var t = totals[code] ?? Total(currency: r.outstanding.currency, outstanding: 0, overdue: 0, invoices: 0, customers: 0)
            t.outstanding += r.outstanding.minor
            if r.daysOverdue > 0 { t.overdue += r.outstanding.minor }
            t.invoices += 1
            if seen[code, default: []].insert(r.invoice.customer.raw).inserted { t.customers += 1 }
            totals[code] = t
        }
        self.totals = totals.values.sorted { ($0.outstanding, $1.currency.code) > ($1.outstanding, $0.currency.code) }
    }
}
