/// A customer's word that they will pay an amount by a day.
public struct Promise: Hashable, Sendable {
    public let id: PromiseID
    public var customer: CustomerID
    public var amount: Money
    public var due: Day
    public var made: Day
    /// The first payment that can keep it: payments recorded before the promise was made do not.
    /// Nil for promises from books that did not record it; then the day it was made decides.
    public var countsFrom: PaymentID?

    public init(id: PromiseID, customer: CustomerID, amount: Money, due: Day, made: Day, countsFrom: PaymentID? = nil) {
        self.id = id
        self.customer = customer
        self.amount = amount
        self.due = due
        self.made = made
        self.countsFrom = countsFrom
    }

    /// Where a promise stands, judged from the payments received since it was made.
    public enum Status: String, Sendable {
        case pending, kept, broken
    }
}
