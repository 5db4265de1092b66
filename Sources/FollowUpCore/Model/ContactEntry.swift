/// One touch with a customer: a call, visit, email, message or letter.
public struct ContactEntry: Hashable, Sendable {
    public let id: ContactID
    public var customer: CustomerID
    public var day: Day
    public var channel: String
    public var note: String

    public init(id: ContactID, customer: CustomerID, day: Day, channel: String, note: String) {
        self.id = id
        self.customer = customer
        self.day = day
        self.channel = channel
        self.note = note
    }
}
