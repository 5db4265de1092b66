/// A customer's word that they will pay an amount by a day.
public struct Promise: Hashable, Sendable {
    public let id: PromiseID
    public var customer: CustomerID
    public var amount: Money
    public var due: Day
    public var made: Day

    public init(id: PromiseID, customer: CustomerID, amount: Money, due: Day, made: Day) {
        self.id = id
        self.customer = customer
        self.amount = amount
        self.due = due
        self.made = made
    }

    /// Where a promise stands, judged from the payments received since it was made.
    public enum Status: String, Sendable {
        case pending, kept, broken
    }
}
