/// Money a customer owes for one sale, due on a day.
public struct Invoice: Hashable, Sendable {
    public var id: InvoiceID
    public var customer: CustomerID
    /// The number on the paper invoice, or a generated `INV-<id>`.
    public var number: String
    public var amount: Money
    public var issued: Day
    public var due: Day
    /// What payments have covered so far (kept in step with payment allocations).
    public var paid: Int64

    public init(id: InvoiceID, customer: CustomerID, number: String, amount: Money, issued: Day, due: Day, paid: Int64 = 0) {
        self.id = id
        self.customer = customer
        self.number = number
        self.amount = amount
        self.issued = issued
        self.due = due
        self.paid = paid
    }

    public var outstanding: Money { Money(minor: amount.minor - paid, currency: amount.currency) }
    public var isOpen: Bool { amount.minor - paid > 0 }

    /// Days past due on `day` (zero or negative while not yet due).
    public func daysOverdue(on day: Day) -> Int { day.days(since: due) }

    public enum Status: String, Sendable { case open, partlyPaid = "partly paid", paid }

    public var status: Status {
        if paid >= amount.minor { return .paid }
        return paid > 0 ? .partlyPaid : .open
    }
}
