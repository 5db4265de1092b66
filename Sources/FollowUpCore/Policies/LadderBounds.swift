/// Where the ladder's steps begin, in days: each bound is a book setting (`ladder.courtesy`,
/// `ladder.early`, `ladder.firm`, `ladder.hold`, `ladder.escalate`), so a salesperson whose
/// customers all pay at 45 days can move the firm step.
public struct LadderBounds: Sendable, Equatable {
    /// Days before the due day that a courtesy note is sent.
    public var courtesy: Int
    /// The last day late of the `early` step (1…early).
    public var early: Int
    /// The last day late of the `firm` step (early+1…firm).
    public var firm: Int
    /// The last day late of the `hold` step (firm+1…hold).
    public var hold: Int
    /// The last day late of the `escalate` step; later is `legal`.
    public var escalate: Int

    public static let standard = LadderBounds(courtesy: 3, early: 15, firm: 30, hold: 60, escalate: 90)
    /// The setting keys, in ladder order (the ladder's `BookSetting`s).
    public static let keys = BookSetting.allCases.filter(\.isLadder).map(\.rawValue)
    /// The largest bound accepted: ten years (a bigger one is a typo).
    public static let maxDays = 3650

    public init(courtesy: Int, early: Int, firm: Int, hold: Int, escalate: Int) {
        self.courtesy = courtesy
        self.early = early
        self.firm = firm
        self.hold = hold
        self.escalate = escalate
    }

    /// The bounds a book's settings give; a missing or unreadable setting keeps its default,
    /// and a set that does not rise step by step falls back to the defaults whole.
    public init(settings: [String: String]) {
        var b = LadderBounds.standard
        for key in LadderBounds.keys {
            if let text = settings[key], let n = Int(text) { b[key] = n }
        }
        self = b.isValid ? b : .standard
    }

    /// The bound a setting key names.
    public subscript(key: String) -> Int? {
        get {
            switch key {
            case "ladder.courtesy": return courtesy
            case "ladder.early": return early
            case "ladder.firm": return firm
            case "ladder.hold": return hold
            case "ladder.escalate": return escalate
            default: return nil
            }
        }
        set {
            guard let v = newValue else { return }
            switch key {
            case "ladder.courtesy": courtesy = v
            case "ladder.early": early = v
            case "ladder.firm": firm = v
            case "ladder.hold": hold = v
            case "ladder.escalate": escalate = v
            default: break
            }
        }
    }

    /// Each late step must be at least a day long and come after the one before.
    public var isValid: Bool {
        (0...LadderBounds.maxDays).contains(courtesy) && early >= 1 && early < firm && firm < hold
            && hold < escalate && escalate <= LadderBounds.maxDays
    }

    /// Why setting `key` to `days` is refused, or nil when it fits beside the other bounds.
    public func refusal(setting key: String, to days: Int) -> Refusal? {
        guard self[key] != nil else { return .unknownKey }
        guard (0...LadderBounds.maxDays).contains(days) else { return .outOfRange }
        var after = self
        after[key] = days
        return after.isValid ? nil : .outOfOrder
    }

    public enum Refusal: Sendable, Equatable {
        case unknownKey
        /// Below 0 or beyond `maxDays`.
        case outOfRange
        /// The bounds would no longer rise step by step (early < firm < hold < escalate).
        case outOfOrder
    }

    /// The step for the oldest open invoice, given how many days past due it is (negative
    /// while not yet due). Only for a customer who owes something.
    public func step(daysOverdue d: Int) -> LadderStep {
        if d < 0 { return -d <= courtesy ? .courtesy : .notDue }
        if d == 0 { return .dueDay }
        if d <= early { return .early }
        if d <= firm { return .firm }
        if d <= hold { return .hold }
        if d <= escalate { return .escalate }
        return .legal
    }
}
