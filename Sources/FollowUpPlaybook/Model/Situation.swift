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
    /// The complaint a script is about; nil when it is about none.
    public var complaint: ComplaintFacts?
    /// The placeholder values, per language, already worded (amounts, days, names).
    public var values: [PlayLanguage: [Placeholder: String]]

    public init(step: LadderStep = .clear, daysOverdue: Int? = nil, owed: Money? = nil, promise: PromiseState = .none,
                firstOrder: Bool = false, tier: Tier = .regular, lastOutcome: ContactOutcome? = nil, excuse: Excuse? = nil,
                overCreditLimit: Bool = false, after: PlayEvent? = nil, complaint: ComplaintFacts? = nil, values: [PlayLanguage: [Placeholder: String]] = [:]) {
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
        self.complaint = complaint
        self.values = values
    }

    /// No customer at all: nothing owed, nothing to fill.
    public static let general = Situation()
}

/// Where the satisfaction check-back of a resolved complaint stands.
public enum SatisfactionState: String, Sendable, CaseIterable, Hashable {
    /// Not asked yet (or nothing to ask about: not resolved).
    case notAsked = "not_asked"
    case satisfied
    case notSatisfied = "not_satisfied"
}

/// A complaint as plays look at it: what its conditions test. A general complaint script (no
/// record) is a complaint at its first step with the cause unknown.
public struct ComplaintFacts: Sendable, Equatable {
    public var stage: ComplaintStage
    /// `unknown` until it is found.
    public var cause: ComplaintCause
    public var angry: Bool
    public var severity: ComplaintSeverity
    /// The latest remedy given or chosen, if any.
    public var remedy: Remedy?
    public var handedOff: Bool
    public var satisfaction: SatisfactionState

    public init(stage: ComplaintStage = .listen, cause: ComplaintCause = .unknown, angry: Bool = false,
                severity: ComplaintSeverity = .normal, remedy: Remedy? = nil, handedOff: Bool = false,
                satisfaction: SatisfactionState = .notAsked) {
        self.stage = stage
        self.cause = cause
        self.angry = angry
        self.severity = severity
        self.remedy = remedy
        self.handedOff = handedOff
        self.satisfaction = satisfaction
    }
}
