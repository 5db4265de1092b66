/// What to do next about a customer's money, as the collection reports show it.
public enum CollectionAction: String, Sendable, CaseIterable, Equatable {
    /// Nothing owed, or nothing due soon.
    case none
    /// A friendly note before the due day.
    case courtesyNote = "courtesy_note"
    /// Due today: collect as agreed, on the day.
    case collectAsAgreed = "collect_as_agreed"
    /// A promised payment is due: check it came in, call if not.
    case checkPromise = "check_promise"
    /// 1 to 15 days late: a call.
    case call
    /// 16 to 30 days late: ask for a written promise.
    case writtenPromise = "written_promise"
    /// 31 to 60 days late: hold the next shipment or installation, involve a manager.
    case holdSupply = "hold_supply"
    /// 61 to 90 days late: escalate (a manager's visit, a formal letter).
    case escalate
    /// Over 90 days late: a collection agency or legal action.
    case agencyOrLegal = "agency_or_legal"
    /// A promise was broken: call today for a new day and amount, in writing.
    case callAboutBrokenPromise = "call_broken_promise"
}

/// The ladder step and next action of the collection reports: the one place those two columns
/// come from, so they can read `CustomerStanding` instead once it lands. Bands as docs/PLAYS.md.
public enum ReportLadder {
    /// Days before a due day that a courtesy note is sent.
    public static let courtesyDays = 3

    /// The step for a customer whose oldest open invoice is `daysOverdue` late (nil when nothing
    /// is owed; zero or less while not due), whose next due day is `daysToNextDue` away, and
    /// whose latest promise is broken while they still owe (`brokenPromise`: one step up).
    public static func step(daysOverdue: Int?, daysToNextDue: Int?, brokenPromise: Bool) -> LadderStep {
        guard let late = daysOverdue else { return .clear }
        let base: LadderStep
        switch late {
        case 91...: base = .legal
        case 61...90: base = .escalate
        case 31...60: base = .hold
        case 16...30: base = .firm
        case 1...15: base = .early
        case 0: base = .dueDay
        default:
            if let next = daysToNextDue, next <= courtesyDays { base = .courtesy } else { base = .notDue }
        }
        return brokenPromise ? base.next : base
    }

    /// The next action for a step; a broken promise is called about first, and a pending one
    /// is waited for (checked on its day) rather than chased.
    public static func action(_ step: LadderStep, brokenPromise: Bool, pendingPromise: Bool = false) -> CollectionAction {
        if brokenPromise { return .callAboutBrokenPromise }
        if pendingPromise, step != .clear { return .checkPromise }
        switch step {
        case .clear, .notDue: return .none
        case .courtesy: return .courtesyNote
        case .dueDay: return .collectAsAgreed
        case .early: return .call
        case .firm: return .writtenPromise
        case .hold: return .holdSupply
        case .escalate: return .escalate
        case .legal: return .agencyOrLegal
        }
    }
}
