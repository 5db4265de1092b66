/// A typed id: `#3` of one kind of record can never be mistaken for `#3` of another.
public struct EntityID<Entity>: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let raw: Int
    public init(_ raw: Int) { self.raw = raw }
    public static func < (a: Self, b: Self) -> Bool { a.raw < b.raw }
    public var description: String { "#\(raw)" }
}

public typealias CustomerID = EntityID<Customer>
public typealias InvoiceID = EntityID<Invoice>
public typealias PaymentID = EntityID<Payment>
public typealias PromiseID = EntityID<Promise>
public typealias ReminderID = EntityID<Reminder>
public typealias ContactID = EntityID<ContactEntry>
public typealias ComplaintID = EntityID<Complaint>
public typealias PlanID = EntityID<FollowUpPlan>
