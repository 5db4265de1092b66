/// What each customer owes and how much of it is overdue on a day, per currency, in one pass
/// over the invoices: the customer list and its CSV read the same sums.
public struct CustomerBalances: Sendable {
    /// By customer index (`id - 1`), then currency code.
    public let owed: [[String: Money]]
    public let overdue: [[String: Money]]

    public init(book: Book, on day: Day) {
        var owed = [[String: Money]](repeating: [:], count: book.customers.count)
        var overdue = [[String: Money]](repeating: [:], count: book.customers.count)
        for inv in book.invoices where inv.isOpen {
            let k = inv.customer.raw - 1
            guard owed.indices.contains(k) else { continue }
            let o = inv.outstanding, code = o.currency.code
            owed[k][code] = (owed[k][code] ?? .zero(o.currency)) + o
            if inv.due < day { overdue[k][code] = (overdue[k][code] ?? .zero(o.currency)) + o }
        }
        self.owed = owed
        self.overdue = overdue
    }
}
