/// One move made on a complaint: what `ComplaintFlow.apply` takes, and what a timeline entry
/// keeps. Free text is the salesperson's own words, kept as typed.
public enum ComplaintChange: Hashable, Sendable {
    /// Step 2: the cause is found. `.unknown` records that it is not known yet: it moves a
    /// complaint from listening to analysing but does not finish the analysis.
    case causeFound(ComplaintCause)
    /// Step 3, handed on: the department that can solve it (`service`, `售后部`) and the day it
    /// will act by. The salesperson stays responsible: the complaint stays on their agenda, and
    /// comes up on the `by` day.
    case handedOff(to: String, by: Day?)
    /// Step 3 done: the solution (in words, a remedy, or both).
    case solutionFound(String?, remedy: Remedy?)
    /// Step 4: the customer was told the solution (what was said, when noted).
    case told(String?)
    /// Step 5: carried out, the customer has their fix: the complaint is resolved.
    case carriedOut(String?)
    /// Step 6: what caused it and what changes so it does not happen again. Closes it.
    case reviewed(String)
    /// Closed by hand; before resolution it needs the reason (`withdrawn by the customer`).
    case closed(String?)
    /// Opened again after resolution or closing (`the leak is back`).
    case reopened(String?)
    /// One of the three changes used to calm an angry customer.
    case cooled(CoolingMove)
    /// A reply promised to the customer by a day.
    case replyPromised(by: Day)
    /// The answer to the check-back call after resolution; not satisfied reopens it.
    case checkedBack(satisfied: Bool, words: String?)
    case severityChanged(ComplaintSeverity)
    /// A remedy given. A refund or credit note carries its amount and the `Payment` (kind
    /// refund or credit note) that reduced what is owed: see `ComplaintMoney`.
    case remedyGiven(Remedy, amount: Money?, credit: PaymentID?)
    /// A note, without moving the step.
    case note(String)
    /// The invoice the complaint disputes, and the part of it (nil: all that is still owed),
    /// said after the complaint was logged (`complaint 2 disputes 1200 of INV-2031`).
    case disputed(invoice: InvoiceID, amount: Money?)

    /// The kind of change without its facts: for messages and for the stored `move` word.
    public enum Kind: String, Sendable, CaseIterable, Equatable {
        case cause, handoff, solution, told
        case carriedOut = "carried_out"
        case reviewed, closed, reopened, cooled
        case replyPromised = "reply_promised"
        case checkedBack = "checked_back"
        case severity, remedy, note, disputed
    }

    public var kind: Kind {
        switch self {
        case .causeFound: return .cause
        case .handedOff: return .handoff
        case .solutionFound: return .solution
        case .told: return .told
        case .carriedOut: return .carriedOut
        case .reviewed: return .reviewed
        case .closed: return .closed
        case .reopened: return .reopened
        case .cooled: return .cooled
        case .replyPromised: return .replyPromised
        case .checkedBack: return .checkedBack
        case .severityChanged: return .severity
        case .remedyGiven: return .remedy
        case .note: return .note
        case .disputed: return .disputed
        }
    }

    /// The step of the six this change finishes, when it is one that moves the workflow on.
    public var finishes: ComplaintStage? {
        switch self {
        case .causeFound(let cause): return cause == .unknown ? nil : .analyse
        case .handedOff, .solutionFound: return .solve
        case .told: return .tell
        case .carriedOut: return .carryOut
        case .reviewed: return .review
        default: return nil
        }
    }

    /// The days the change holds besides its entry's day.
    public var days: [Day] {
        switch self {
        case .handedOff(_, let by): return by.map { [$0] } ?? []
        case .replyPromised(let by): return [by]
        default: return []
        }
    }
}

/// The fact a step of the workflow must leave behind before a complaint may move past it
/// (see `ComplaintFlow`).
public enum ComplaintFact: String, Sendable, CaseIterable, Equatable {
    /// Step 2: a known cause (`unknown` does not count), or a handoff.
    case cause
    /// Step 3: a solution in words, a remedy, or a handoff.
    case solution
    /// Step 4: the customer was told (or the fix was carried out, which tells them).
    case told
    /// Step 5: the fix carried out.
    case resolution
    /// Step 6: the review.
    case review

    /// The step that leaves this fact.
    public var step: ComplaintStage {
        switch self {
        case .cause: return .analyse
        case .solution: return .solve
        case .told: return .tell
        case .resolution: return .carryOut
        case .review: return .review
        }
    }
}
