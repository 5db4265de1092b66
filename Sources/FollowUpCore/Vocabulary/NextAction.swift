/// What to do next about a customer who owes money, one per ladder step. The wording lives in
/// the assistant; plays say how.
public enum NextAction: String, Sendable, CaseIterable, Equatable {
    /// Before the due day: a friendly note that it is coming.
    case courtesyNote = "courtesy_note"
    /// On the due day: collect as agreed, on the day, never later.
    case collectAsAgreed = "collect_as_agreed"
    /// A few days late: call.
    case call
    /// Two to four weeks late: call and get a written promise.
    case callForWrittenPromise = "call_for_written_promise"
    /// A month or two late: hold the next shipment or installation and involve a manager.
    case holdSupply = "hold_supply"
    /// Two to three months late: visit, with a manager.
    case visitWithManager = "visit_with_manager"
    /// Over three months late: a collection agency or a lawyer.
    case agencyOrLawyer = "agency_or_lawyer"

    /// The action for a ladder step; nil when there is nothing to chase (clear, not due).
    public init?(step: LadderStep) {
        switch step {
        case .clear, .notDue: return nil
        case .courtesy: self = .courtesyNote
        case .dueDay: self = .collectAsAgreed
        case .early: self = .call
        case .firm: self = .callForWrittenPromise
        case .hold: self = .holdSupply
        case .escalate: self = .visitWithManager
        case .legal: self = .agencyOrLawyer
        }
    }
}
