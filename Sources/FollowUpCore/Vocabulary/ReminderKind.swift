/// What kind of task a reminder is: a way of reaching the customer, or what it is about.
/// The raw values are what books store.
public enum ReminderKind: String, Sendable, CaseIterable, Equatable {
    case call, visit, email, sms, letter
    /// Chasing a payment.
    case collect
    case complaint, thanks, greeting, survey, delivery, quote, sample

    /// The kind for a way of reaching the customer.
    public init(_ channel: Channel) {
        switch channel {
        case .call: self = .call
        case .visit: self = .visit
        case .email: self = .email
        case .sms: self = .sms
        case .letter: self = .letter
        }
    }
}

extension Channel {
    /// The way of reaching the customer a reminder's kind names (`ReminderKind.init(_:)` the other
    /// way); nil for kinds that name a purpose, not a channel.
    public init?(_ kind: ReminderKind) {
        switch kind {
        case .call: self = .call
        case .visit: self = .visit
        case .email: self = .email
        case .sms: self = .sms
        case .letter: self = .letter
        case .collect, .complaint, .thanks, .greeting, .survey, .delivery, .quote, .sample: return nil
        }
    }
}
