import FollowUpCore

/// What a reply was just about, for tips: a payment or a promise recorded on this line.
public enum PlayEvent: String, Sendable, CaseIterable, Hashable {
    case payment, promise
}

/// Where one customer stands, as plays look at it: what selection tests and what fills the
/// placeholders. The assistant builds it from the book's standing of the customer; the playbook
/// knows nothing of the book.
public struct Situation: Sendable, Equatable {
    public var step: LadderStep
    /// The oldest open invoice's days past due (negative while not yet due); nil when nothing is owed.
    public var daysOverdue: Int?
    /// Everything owed, in the currency asked for; nil when nothing is owed.
    public var owed: Money?
    /// Where the latest promise stands (`none`: never promised).
    public var promise: PromiseState
    /// No invoice of theirs has been paid in full yet.
    public var firstOrder: Bool
    public var tier: Tier
    public var lastOutcome: ContactOutcome?
    /// What the customer said (the last contact), or the excuse a script was asked about.
    public var excuse: Excuse?
    public var overCreditLimit: Bool
    /// A payment or promise recorded on this very line (tips).
    public var after: PlayEvent?
    /// The placeholder values, per language, already worded (amounts, days, names).
    public var values: [PlayLanguage: [Placeholder: String]]

    public init(step: LadderStep = .clear, daysOverdue: Int? = nil, owed: Money? = nil, promise: PromiseState = .none,
                firstOrder: Bool = false, tier: Tier = .regular, lastOutcome: ContactOutcome? = nil, excuse: Excuse? = nil,
                overCreditLimit: Bool = false, after: PlayEvent? = nil, values: [PlayLanguage: [Placeholder: String]] = [:]) {
        self.step = step
        self.daysOverdue = daysOverdue
        self.owed = owed
        self.promise = promise
        self.firstOrder = firstOrder
        self.tier = tier
        self.lastOutcome = lastOutcome
        self.excuse = excuse
        self.overCreditLimit = overCreditLimit
        self.after = after
        self.values = values
    }

    /// No customer at all: nothing owed, nothing to fill.
    public static let general = Situation()
}
