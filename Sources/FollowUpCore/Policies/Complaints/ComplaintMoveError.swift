/// Why a move on a complaint is refused. Each case carries what a message needs; the assistant
/// words them (with the line to type instead).
public enum ComplaintMoveError: Error, Equatable, Sendable {
    /// The complaint is closed: only a reopen, a check-back answer or a note may follow.
    case closed(ComplaintID)
    /// The move would skip steps whose facts are not recorded and not given with it: `move`
    /// finishes `step`, the complaint is at `at`, and `missing` lists the facts lacking, in
    /// step order.
    case missingFacts(ComplaintID, move: ComplaintChange.Kind, at: ComplaintStage, missing: [ComplaintFact])
    /// A check-back answer before the complaint was resolved.
    case notResolved(ComplaintID, at: ComplaintStage)
    /// A move on a step before the fix, after the fix was carried out on `resolved`: going back
    /// takes a reopen.
    case afterResolution(ComplaintID, move: ComplaintChange.Kind, resolved: Day)
    /// Reopening a complaint that is still open and unresolved.
    case notReopenable(ComplaintID, at: ComplaintStage)
    /// A handoff that names no department.
    case noDepartment(ComplaintID)
    /// A move that needs words and has none: a review, a note, a solution with neither words nor
    /// a remedy, closing an unresolved complaint without the reason.
    case needsWords(ComplaintID, move: ComplaintChange.Kind)
    /// The move is dated before the complaint was received.
    case beforeReceived(ComplaintID, day: Day, received: Day)
    /// The move is dated before the latest move in the timeline (moves stay in order).
    case beforeLastMove(ComplaintID, day: Day, last: Day)
    /// A reply or handoff day that has already passed.
    case dayPassed(ComplaintID, move: ComplaintChange.Kind, day: Day, today: Day)
    /// A refund or credit note without its amount and credit, or an amount on a remedy that
    /// moves no money.
    case remedyAmount(ComplaintID, Remedy)
}
