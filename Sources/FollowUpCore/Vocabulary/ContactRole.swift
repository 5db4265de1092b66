/// The part a contact plays in a customer's buying (seed 004, the buyers to find in the middle
/// stage): who uses what is bought, who signs off the money, who judges it technically, and who
/// sways the others. Raw values are what books store and `parse --json` prints.
public enum ContactRole: String, Sendable, CaseIterable, Equatable {
    case user
    case economicBuyer = "economic_buyer"
    case technicalBuyer = "technical_buyer"
    case influencer
}

/// How a customer likes to be reached (`Acme prefers WeChat`): the channels of contacts plus
/// WeChat, which a salesperson uses but no contact records as a channel of its own.
public enum ContactMethod: String, Sendable, CaseIterable, Equatable {
    case call, visit, email, sms, letter, wechat
}

/// A judgement the user makes of a customer for the key-account score (seed 002's criteria):
/// a lot or a little (of service needed, of price sensitivity).
public enum Degree: String, Sendable, CaseIterable, Equatable {
    case high, low
}

/// What revenue a key-account report counts: invoiced in the period, or money received in it.
public enum RevenueBasis: String, Sendable, CaseIterable, Equatable {
    case invoiced, paid
}
