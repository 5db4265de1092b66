/// How firmly to chase a customer, by how late their oldest open invoice is. The order is the
/// order of escalation: a broken promise moves a customer one step up.
public enum LadderStep: String, Sendable, CaseIterable, Comparable {
    /// Nothing owed.
    case clear
    /// Owed, nothing due soon.
    case notDue = "not_due"
    /// Due within the courtesy window: a friendly note before the day.
    case courtesy
    /// Due today: collect as agreed, on the day.
    case dueDay = "due_day"
    /// 1 to 15 days late.
    case early
    /// 16 to 30 days late: ask for a written promise.
    case firm
    /// 31 to 60 days late: hold the next shipment or installation, involve a manager.
    case hold
    /// 61 to 90 days late.
    case escalate
    /// Over 90 days late: a collection agency or legal action.
    case legal

    public static func < (a: LadderStep, b: LadderStep) -> Bool {
        a.rank < b.rank
    }

    /// The position in the ladder (the order of `allCases`).
    public var rank: Int { LadderStep.allCases.firstIndex(of: self) ?? 0
    }

    /// The next step up, for a broken promise (the last step stays).
    public var next: LadderStep {
        switch self {
        case .clear, .notDue: return self
        case .courtesy, .dueDay: return .early
        case .early: return .firm
        case .firm: return .hold
        case .hold: return .escalate
        case .escalate, .legal: return .legal
        }
    }
}
