/// One touch with a customer: a call, visit, email, message or letter, how it went, and what
/// the customer said when it was one of the common reasons for not paying.
public struct ContactEntry: Hashable, Sendable {
    public var id: ContactID
    public var customer: CustomerID
    public var day: Day
    public var channel: Channel
    public var note: String
    /// How it went (no answer, reached, promised…), when the line said so.
    public var outcome: ContactOutcome?
    /// The reason the customer gave for not paying, when the line said one.
    public var excuse: Excuse?
    /// Set when the contact is a delivery or an installation: a satisfaction call follows.
    public var service: ServiceKind?
    /// Set when the contact is the answer to a satisfaction call; the note holds their words.
    public var satisfied: Bool?
    /// Set when the contact was an occasion's greeting (`sent the mid-autumn greeting to Acme`):
    /// that occasion is then ticked off (`Occasions`). For a birthday, whose (the contact's name).
    public var greeting: Occasion.Kind? = nil
    public var greetingFor: String? = nil

    public init(id: ContactID, customer: CustomerID, day: Day, channel: Channel, note: String,
                outcome: ContactOutcome? = nil, excuse: Excuse? = nil, service: ServiceKind? = nil, satisfied: Bool? = nil) {
        self.id = id
        self.customer = customer
        self.day = day
        self.channel = channel
        self.note = note
        self.outcome = outcome
        self.excuse = excuse
        self.service = service
        self.satisfied = satisfied
    }
}
