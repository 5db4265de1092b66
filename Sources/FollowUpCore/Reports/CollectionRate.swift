/// How well money due in a period was collected, and days sales outstanding, per currency.
///
/// Due in the period: what was still owed at its start on invoices already overdue then, plus
/// what was still owed at its start on invoices whose due day falls inside it (credit notes of
/// the period, goods returned, and refunds reduce it). Collected: payments received in the period and
/// applied to those invoices (a bounced payment counts for nothing; money paid ahead on
/// invoices due later is not in either figure). Rate = collected ÷ due.
///
/// DSO = receivables at the period's end ÷ sales in the period (invoices issued in it) × days
/// in the period. Only invoices issued by the period's end count.
public struct CollectionRate: Sendable {
    public struct Section: Sendable, Equatable {
        public var currency: Currency
        /// Minor units due in the period (see the type's description).
        public var due: Int64
        public var collected: Int64
        /// What was owed at the end of the period.
        public var receivables: Int64
        /// Invoices issued in the period.
        public var sales: Int64
        /// Invoices counted in `due`.
        public var invoices: Int

        /// Collected ÷ due in tenths of a percent, rounded; nil when nothing was due.
        public var ratePermille: Int? {
            guard due > 0 else { return nil }
            // 128 bits: a book's amounts (up to 1e16 minor units) times 1000 overflow 64.
            return Int(clamping: (Int128(collected) * 1000 + Int128(due) / 2) / Int128(due))
        }

        /// Days sales outstanding, rounded to whole days; nil without sales in the period.
        public func dso(days: Int) -> Int? {
            guard sales > 0 else { return nil }
            return Int(clamping: (Int128(receivables) * Int128(days) + Int128(sales) / 2) / Int128(sales))
        }
    }

    public var from: Day
    public var to: Day
    /// Days in the period, both ends counted.
    public var days: Int { to.days(since: from) + 1 }
    /// One per currency with anything due, received, owed or sold; most money due first.
    public var sections: [Section]

    /// The figures for `from...to`; `customer` keeps one customer's invoices only.
    public init(book: Book, from: Day, to: Day, customer only: CustomerID? = nil) {
        self.from = from
        self.to = to
        let n = book.invoices.count
        var paidBefore = [Int64](repeating: 0, count: n)
        var paidByEnd = [Int64](repeating: 0, count: n)
        var credited = [Int64](repeating: 0, count: n)
        var collected = [Int64](repeating: 0, count: n)
        for p in book.payments where only == nil || p.customer == only {
            for a in p.allocations {
                let i = a.invoice.raw - 1
                guard i >= 0, i < n else { continue }
                if p.day < from { paidBefore[i] += a.minor }
                if p.day <= to { paidByEnd[i] += a.minor }
                if p.day >= from, p.day <= to {
                    if p.isReceived { collected[i] += a.minor } else { credited[i] += a.minor }
                }
            }
        }
        var sections: [String: Section] = [:]
        for inv in book.invoices where inv.issued <= to && (only == nil || inv.customer == only) {
            let i = inv.id.raw - 1
            let code = inv.amount.currency.code
            var s = sections[code] ?? Section(currency: inv.amount.currency, due: 0, collected: 0, receivables: 0, sales: 0, invoices: 0)
            if inv.issued >= from { s.sales += inv.amount.minor }
            s.receivables += max(0, inv.amount.minor - paidByEnd[i])
            if inv.due <= to {
                let owedAtStart = inv.amount.minor - paidBefore[i]
                let due = max(0, owedAtStart - credited[i])
                if due > 0 {
                    s.due += due
                    s.collected += min(collected[i], due)
                    s.invoices += 1
                }
            }
            sections[code] = s
        }
        self.sections = sections.values
            .filter { $0.due > 0 || $0.receivables > 0 || $0.sales > 0 }
            .sorted { ($0.due, $1.currency.code) > ($1.due, $0.currency.code) }
    }
}
