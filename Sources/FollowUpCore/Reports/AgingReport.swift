/// Receivables by how late they are, per customer and in total, as of a day.
public struct AgingReport: Sendable, Equatable {
    /// The columns: not yet due, 1–30, 31–60, 61–90 and over 90 days past due.
    public static let bucketCount = 5

    public struct Row: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        /// Minor units per bucket.
        public var buckets: [Int64]
        public var total: Int64 { buckets.reduce(0, +) }
    }

    public struct Section: Sendable, Equatable {
        public var currency: Currency
        public var rows: [Row]
        public var totals: [Int64]
        public var total: Int64 { totals.reduce(0, +) }
    }

    public var asOf: Day
    /// One section per currency, most common first.
    public var sections: [Section]

    /// Which bucket an invoice falls in, given its days past due.
    public static func bucket(daysOverdue d: Int) -> Int {
        switch d {
        case ...0: return 0
        case 1...30: return 1
        case 31...60: return 2
        case 61...90: return 3
        default: return 4
        }
    }

    /// Builds the report. Only invoices issued by `asOf` and payments received by `asOf` count,
    /// so a past date shows the book as it stood then.
    public init(book: Book, asOf: Day) {
        self.asOf = asOf
        var paidBy = [Int64](repeating: 0, count: book.invoices.count)
        for p in book.payments where p.day <= asOf {
            for a in p.allocations { paidBy[a.invoice.raw - 1] += a.minor }
        }
        // One flat grid per currency: customer index × bucket, filled in a single pass.
        let width = AgingReport.bucketCount
        var currencyIndex: [String: Int] = [:]
        var currencies: [Currency] = []
        var grids: [[Int64]] = []
        for inv in book.invoices where inv.issued <= asOf {
            let owed = inv.amount.minor - paidBy[inv.id.raw - 1]
            guard owed > 0 else { continue }
            let code = inv.amount.currency.code
            let ci: Int
            if let known = currencyIndex[code] {
                ci = known
            } else {
                ci = currencies.count
                currencyIndex[code] = ci
                currencies.append(inv.amount.currency)
                grids.append([Int64](repeating: 0, count: book.customers.count * width))
            }
            let b = AgingReport.bucket(daysOverdue: asOf.days(since: inv.due))
            grids[ci][(inv.customer.raw - 1) * width + b] += owed
        }
        var sections: [Section] = []
        for (ci, currency) in currencies.enumerated() {
            var rows: [Row] = []
            for customer in book.customers {
                let base = (customer.id.raw - 1) * width
                let buckets = Array(grids[ci][base..<(base + width)])
                if buckets.contains(where: { $0 != 0 }) {
                    rows.append(Row(customer: customer.id, name: customer.name, buckets: buckets))
                }
            }
            // Most overdue money first, then by total, then by id for a stable order.
            rows.sort { a, b in
                let ao = a.total - a.buckets[0], bo = b.total - b.buckets[0]
                if ao != bo { return ao > bo }
                if a.total != b.total { return a.total > b.total }
                return a.customer < b.customer
            }
            var totals = [Int64](repeating: 0, count: width)
            for r in rows { for k in 0..<width { totals[k] += r.buckets[k] } }
            sections.append(Section(currency: currency, rows: rows, totals: totals))
        }
        // The currency with the most customers first.
        self.sections = sections.sorted { ($0.rows.count, $1.currency.code) > ($1.rows.count, $0.currency.code) }
    }
}
