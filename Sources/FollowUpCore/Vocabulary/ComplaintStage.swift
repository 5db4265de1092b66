/// Where a complaint is in the six-step workflow (seeds 001, 客户投诉处理过程), then closed.
///
/// A complaint counts as resolved once it has been carried out (the customer has their fix);
/// the review that follows is the salesperson's own, and closing ends it.
public enum ComplaintStage: String, Sendable, CaseIterable, Equatable, Comparable {
    /// Step 1: let them talk, never argue, write it down.
    case listen
    /// Step 2: find the cause (salesperson, customer, product).
    case analyse
    /// Step 3: find a solution, or hand it to the department that can (who, by when).
    case solve
    /// Step 4: tell the customer the solution and win their agreement.
    case tell
    /// Step 5: carry it out quickly.
    case carryOut = "carry_out"
    /// Step 6: review what caused it and what changes so it does not happen again.
    case review
    /// Done with: reviewed, or closed by hand.
    case closed

    /// 1…6 for the six steps, 7 for closed.
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    public static func < (a: Self, b: Self) -> Bool { a.number < b.number }

    /// The stage after this one (closed stays closed).
    public var next: ComplaintStage {
        switch self {
        case .listen: return .analyse
        case .analyse: return .solve
        case .solve: return .tell
        case .tell: return .carryOut
        case .carryOut: return .review
        case .review, .closed: return .closed
        }
    }
}
