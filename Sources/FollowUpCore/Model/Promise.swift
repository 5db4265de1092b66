/// A customer's word that they will pay an amount by a day.
public struct Promise: Hashable, Sendable {
    public var id: PromiseID
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

    /// Where a promise stands, judged from the payments received since it was made
    /// (`PromiseRules`).
    public enum Status: String, Sendable, CaseIterable {
        case pending, kept, broken
        /// Broken, then paid in full after its day: it no longer needs chasing.
        case keptLate = "kept late"
        /// A later promise was made while this one was still pending: the later one counts.
        case replaced

        /// Still something to chase or wait for.
        public var isOpen: Bool { self == .pending || self == .broken }

        /// The state plays and the standing speak of (`replaced` is never a customer's latest).
        public var state: PromiseState {
            switch self {
            case .pending, .replaced: return .pending
            case .kept: return .kept
            case .broken: return .broken
            case .keptLate: return .keptLate
            }
        }
    }
}
