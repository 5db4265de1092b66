import FollowUpCore

/// The keys of a play's `when` (docs/PLAYS.md, Conditions).
public enum ConditionKey: String, Sendable, CaseIterable, Hashable {
    case ladder
    case daysOverdue = "days_overdue"
    case amountAtLeast = "amount_at_least"
    case promise
    case firstOrder = "first_order"
    case tier
    case lastOutcome = "last_outcome"
    case excuse
    case overCreditLimit = "over_credit_limit"
    case after
    /// The script is about a complaint (a record, or complaints in general).
    case complaint
    case complaintStage = "complaint_stage"
    case cause
    case angry
    case severity
    case remedy
    case handedOff = "handed_off"
    case satisfaction
}

/// A band of days overdue: `16..30`, `91..`, `..0`.
public struct DayBand: Sendable, Equatable, CustomStringConvertible {
    public var lower: Int?
    public var upper: Int?

    public init(lower: Int?, upper: Int?) {
        self.lower = lower
        self.upper = upper
    }

    /// Reads `A..B`, `A..`, `..B` (each bound an integer, possibly negative); nil otherwise.
    public static func parse(_ text: String) -> DayBand? {
        let t = text.trimmingWhitespace
        guard let r = t.range(of: "..") else { return nil }
        let a = String(t[..<r.lowerBound]).trimmingWhitespace, b = String(t[r.upperBound...]).trimmingWhitespace
        if a.isEmpty && b.isEmpty { return nil }
        let lo = a.isEmpty ? nil : Int(a), hi = b.isEmpty ? nil : Int(b)
        if !a.isEmpty && lo == nil || !b.isEmpty && hi == nil { return nil }
        if let lo, let hi, lo > hi { return nil }
        // Bounds beyond any real ladder are typos, and keep arithmetic far from overflow.
        for v in [lo, hi].compactMap({ $0 }) where abs(v) > 100_000 { return nil }
        return DayBand(lower: lo, upper: hi)
    }

    public func contains(_ d: Int) -> Bool { (lower.map { d >= $0 } ?? true) && (upper.map { d <= $0 } ?? true) }

    public var description: String { "\(lower.map(String.init) ?? "")..\(upper.map(String.init) ?? "")" }
}

/// Every condition of a play; a missing one accepts anything.
public struct Conditions: Sendable, Equatable {
    public var ladder: [LadderStep]?
    public var daysOverdue: DayBand?
    /// Hundredths of a major unit, compared with what is owed in its own currency.
    public var amountAtLeast: Int64?
    public var promise: [PromiseState]?
    public var firstOrder: Bool?
    public var tier: [Tier]?
    public var lastOutcome: [ContactOutcome]?
    public var excuse: [Excuse]?
    public var overCreditLimit: Bool?
    public var after: [PlayEvent]?
    public var complaint: Bool?
    public var complaintStage: [ComplaintStage]?
    public var cause: [CauseMatch]?
    public var angry: Bool?
    public var severity: [ComplaintSeverity]?
    public var remedy: [Remedy]?
    public var handedOff: Bool?
    public var satisfaction: [SatisfactionState]?

    public init() {}

    /// How many conditions the play sets: more is more specific.
    public var count: Int {
        [ladder != nil, daysOverdue != nil, amountAtLeast != nil, promise != nil, firstOrder != nil, tier != nil,
         lastOutcome != nil, excuse != nil, overCreditLimit != nil, after != nil, complaint != nil, complaintStage != nil,
         cause != nil, angry != nil, severity != nil, remedy != nil, handedOff != nil, satisfaction != nil].filter { $0 }.count
    }

    /// The conditions that hold, as `key: value` facts of the situation, or nil when one does not.
    public func check(_ s: Situation) -> [MatchedCondition]? {
        var matched: [MatchedCondition] = []
        func need(_ key: ConditionKey, _ ok: Bool, _ value: String) -> Bool {
            if ok { matched.append(MatchedCondition(key: key, value: value)) }
            return ok
        }
        if let ladder, !need(.ladder, ladder.contains(s.step), s.step.rawValue) { return nil }
        if let band = daysOverdue {
            guard let d = s.daysOverdue, need(.daysOverdue, band.contains(d), "\(d) in \(band)") else { return nil }
        }
        if let least = amountAtLeast {
            guard let owed = s.owed else { return nil }
            // Hundredths of a major unit in the owed currency's minor units, without overflow.
            let scale = owed.currency.scale
            let (threshold, overflow) = least.multipliedReportingOverflow(by: scale)
            let minor = overflow ? Int64.max : threshold / 100
            guard need(.amountAtLeast, owed.minor >= minor, owed.plain) else { return nil }
        }
        if let promise, !need(.promise, promise.contains(s.promise), s.promise.rawValue) { return nil }
        if let firstOrder, !need(.firstOrder, firstOrder == s.firstOrder, String(s.firstOrder)) { return nil }
        if let tier, !need(.tier, tier.contains(s.tier), s.tier.rawValue) { return nil }
        if let lastOutcome {
            guard let o = s.lastOutcome, need(.lastOutcome, lastOutcome.contains(o), o.rawValue) else { return nil }
        }
        if let excuse {
            guard let e = s.excuse, need(.excuse, excuse.contains(e), e.rawValue) else { return nil }
        }
        if let overCreditLimit, !need(.overCreditLimit, overCreditLimit == s.overCreditLimit, String(s.overCreditLimit)) {
            return nil
        }
        if let after {
            guard let e = s.after, need(.after, after.contains(e), e.rawValue) else { return nil }
        }
        return checkComplaint(s, matched)
    }

    /// The complaint conditions: each fails when the situation is about no complaint.
    private func checkComplaint(_ s: Situation, _ before: [MatchedCondition]) -> [MatchedCondition]? {
        var matched = before
        func need(_ key: ConditionKey, _ ok: Bool, _ value: String) -> Bool {
            if ok { matched.append(MatchedCondition(key: key, value: value)) }
            return ok
        }
        if let complaint, !need(.complaint, complaint == (s.complaint != nil), String(s.complaint != nil)) { return nil }
        let facts = [complaintStage != nil, cause != nil, angry != nil, severity != nil, remedy != nil, handedOff != nil,
                     satisfaction != nil]
        guard facts.contains(true) else { return matched }
        guard let f = s.complaint else { return nil }
        if let complaintStage, !need(.complaintStage, complaintStage.contains(f.stage), f.stage.rawValue) { return nil }
        if let cause, !need(.cause, cause.contains { $0.matches(f.cause) }, f.cause.rawValue) { return nil }
        if let angry, !need(.angry, angry == f.angry, String(f.angry)) { return nil }
        if let severity, !need(.severity, severity.contains(f.severity), f.severity.rawValue) { return nil }
        if let remedy {
            guard let r = f.remedy, need(.remedy, remedy.contains(r), r.rawValue) else { return nil }
        }
        if let handedOff, !need(.handedOff, handedOff == f.handedOff, String(f.handedOff)) { return nil }
        if let satisfaction, !need(.satisfaction, satisfaction.contains(f.satisfaction), f.satisfaction.rawValue) { return nil }
        return matched
    }
}

/// One condition that held, with the situation's value: `ladder: firm`, `promise: broken`.
public struct MatchedCondition: Sendable, Equatable, CustomStringConvertible {
    public let key: ConditionKey
    public let value: String

    public var description: String { "\(key.rawValue): \(value)" }
}

/// A `cause` condition's value: one cause (`product_defect`) or a whole party (`product`, `salesperson`).
public struct CauseMatch: RawRepresentable, CaseIterable, Sendable, Hashable {
    public let rawValue: String

    public init?(rawValue: String) {
        guard Self.allCases.contains(where: { $0.rawValue == rawValue }) else { return nil }
        self.rawValue = rawValue
    }

    private init(known: String) { rawValue = known }

    /// The parties first, then the causes (`unknown` is both, listed once).
    public static let allCases: [CauseMatch] = {
        var names = ComplaintCause.Party.allCases.map(\.rawValue)
        for c in ComplaintCause.allCases where !names.contains(c.rawValue) { names.append(c.rawValue) }
        return names.map { CauseMatch(known: $0) }
    }()

    public func matches(_ cause: ComplaintCause) -> Bool { rawValue == cause.rawValue || rawValue == cause.party.rawValue }
}
