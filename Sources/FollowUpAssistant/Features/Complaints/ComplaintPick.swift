import FollowUpCore
import FollowUpLanguage

/// Which complaint a line means: its number (`complaint 3`, `#3`, 3号投诉), the one picked from a
/// list, or the one complaint of the customer it names that the move can apply to. Several
/// candidates ask which; none refuses. Never a guess.
enum ComplaintPick {
    /// Which complaints a move can mean when only the customer is named.
    enum Scope: Equatable, Sendable {
        /// Not yet resolved: most moves.
        case open
        /// Resolved and not closed: the check-back, the review, closing.
        case resolved
        /// Resolved or closed: reopening.
        case done
        /// Any of them: showing one.
        case any

        func admits(_ x: Complaint) -> Bool {
            switch self {
            case .open: return x.isUnresolved
            case .resolved: return x.resolved != nil && x.stage != .closed
            case .done: return x.resolved != nil || x.stage == .closed
            case .any: return true
            }
        }
    }

    /// The scope a move looks in.
    static func scope(for move: ComplaintMove?) -> Scope {
        switch move {
        case .checkBack?, .review?: return .resolved
        case .close?: return .any
        case .reopen?: return .done
        default: return .open
        }
    }

    /// The complaint `p` means, or a question (`Ask`) or `Problem` when it cannot tell.
    static func complaint(_ p: ParsedLine, _ c: Context, scope: Scope, example: String) throws -> Complaint {
        if let id = c.decisions.complaint, let x = c.book.complaint(id) { return x }
        if let n = p.slots.id {
            guard let x = c.book.complaint(ComplaintID(n)) else { throw Problem.complaint(.unknown(n)) }
            // A number and a customer that do not go together: say so rather than pick one.
            if p.slots.customer != nil || p.slots.contact != nil, c.decisions.customer == nil,
               case .one(let id) = CustomerResolver.resolve(p.slots.customer ?? p.slots.contact ?? "", in: c.book, index: c.index),
               id != x.customer {
                throw Problem.complaint(.notTheirs(n, owner: c.book.customer(x.customer)?.name ?? "", named: c.book.customer(id)?.name ?? ""))
            }
            return x
        }
        guard p.slots.customer != nil || p.slots.contact != nil || c.decisions.customer != nil else {
            throw Problem.complaint(.which(example: example, open: c.book.complaints.filter(\.isOpen).count))
        }
        let (cu, _) = try c.customer(p, example: example, offerAdd: false)
        let theirs = c.book.complaints(of: cu.id)
        guard let newest = theirs.last else { throw Problem.complaint(.none(cu.name)) }
        let fits = theirs.filter(scope.admits)
        if fits.count == 1 { return fits[0] }
        if fits.isEmpty {
            // The flow says why the move does not fit their only complaint (closed, not resolved…).
            if theirs.count == 1 { return newest }
            throw Problem.complaint(.noneFits(cu.name, scope: scope))
        }
        let options = fits.prefix(9).map { ComplaintWording.choice($0, c) }
        let lines = NumberedChoice.lines(ComplaintWording.whichOne(cu.name, fits.count, c.lang), options: options, c.lang)
        throw Ask(question: .chooseComplaint(fits.prefix(9).map(\.id), resume: p), lines: lines)
    }
}
