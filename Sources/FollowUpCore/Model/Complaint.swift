/// A customer's complaint and everything done about it: one record that a step replaces whole
/// (`Event.complaintChanged`), so undo of any move is exact.
public struct Complaint: Hashable, Sendable {
    public var id: ComplaintID
    public var customer: CustomerID
    /// The person who complained (`王经理`, `Zhang`), when named.
    public var contact: String?
    /// What happened, in the customer's own words.
    public var words: String
    public var received: Day
    /// The product it concerns, when named (`AC unit`, `空调`).
    public var product: String?
    /// The invoice it concerns: while the complaint is unresolved, that invoice (or `disputed`
    /// of it) is not chased.
    public var invoice: InvoiceID?
    /// The part of the invoice in dispute; nil with an invoice means all that is still owed on it.
    /// While the complaint is unresolved, `CustomerStanding` leaves this much of the invoice
    /// (at most what is still owed on it) out of what is chased.
    public var disputed: Money?
    public var severity: ComplaintSeverity
    public var angry: Bool
    public var stage: ComplaintStage
    /// The day the complaint reached its current stage (a step with no progress comes up on the agenda).
    public var stageSince: Day
    public var cause: ComplaintCause?
    /// Handed to the department that can solve it.
    public var handoff: Handoff?
    /// The solution, as said to the customer.
    public var solution: String?
    /// The remedy the solution offers (repair, replace, refund…), when it names one.
    public var remedy: Remedy?
    /// The day the customer was told the solution (step 4).
    public var told: Day?
    /// The remedies given, in order.
    public var remedies: [RemedyEntry]
    /// The cooling moves used on an angry customer.
    public var cooling: [CoolingMove]
    /// The day a reply was promised to the customer.
    public var replyBy: Day?
    /// The day it was carried out: the customer has their fix. Nil while unresolved.
    public var resolved: Day?
    /// What caused it and what changes so it does not happen again (step 6).
    public var review: String?
    /// When to call and ask whether they are satisfied (after resolution).
    public var checkBack: Day?
    public var satisfaction: Satisfaction?
    /// Every move, in order: what the `complaint 3` timeline shows.
    public var timeline: [ComplaintEntry]

    public init(id: ComplaintID, customer: CustomerID, contact: String? = nil, words: String, received: Day,
                product: String? = nil, invoice: InvoiceID? = nil, disputed: Money? = nil,
                severity: ComplaintSeverity = .normal, angry: Bool = false, stage: ComplaintStage = .listen,
                stageSince: Day? = nil, cause: ComplaintCause? = nil, handoff: Handoff? = nil, solution: String? = nil,
                remedy: Remedy? = nil, told: Day? = nil, remedies: [RemedyEntry] = [], cooling: [CoolingMove] = [], replyBy: Day? = nil, resolved: Day? = nil,
                review: String? = nil, checkBack: Day? = nil, satisfaction: Satisfaction? = nil,
                timeline: [ComplaintEntry] = []) {
        self.id = id
        self.customer = customer
        self.contact = contact
        self.words = words
        self.received = received
        self.product = product
        self.invoice = invoice
        self.disputed = disputed
        self.severity = severity
        self.angry = angry
        self.stage = stage
        self.stageSince = stageSince ?? received
        self.cause = cause
        self.handoff = handoff
        self.solution = solution
        self.remedy = remedy
        self.told = told
        self.remedies = remedies
        self.cooling = cooling
        self.replyBy = replyBy
        self.resolved = resolved
        self.review = review
        self.checkBack = checkBack
        self.satisfaction = satisfaction
        self.timeline = timeline
    }

    /// Not closed: something is still to be done about it (the review after the fix included).
    public var isOpen: Bool { stage != .closed }

    /// Not carried out and not closed: the customer is still waiting for a fix, and its invoice
    /// (or `disputed` of it) is in dispute.
    public var isUnresolved: Bool { resolved == nil && stage != .closed }

    /// Whether the complaint disputes its invoice on `day`: received by then and not resolved by
    /// then (a complaint closed without a fix no longer disputes anything).
    public func disputes(on day: Day) -> Bool {
        guard invoice != nil, received <= day, stage != .closed || resolved != nil else { return false }
        return resolved.map { $0 > day } ?? true
    }

    /// The day of the latest move, or the day it was received.
    public var lastMove: Day { timeline.last?.day ?? received }

    /// Every day the record holds, for `Event.days`.
    public var days: [Day] {
        var d = [received, stageSince]
        d += [told, replyBy, resolved, checkBack, handoff?.day, handoff?.by, satisfaction?.day].compactMap { $0 }
        d += remedies.map(\.day)
        for e in timeline {
            d.append(e.day)
            d += e.change.days
        }
        return d
    }

    /// Days since it was received.
    public func age(on day: Day) -> Int { day.days(since: received) }

    /// The complaint handed to a department that can solve it; the salesperson stays responsible
    /// until it is taken over.
    public struct Handoff: Hashable, Sendable {
        /// Who took it (`service`, `售后部`).
        public var to: String
        /// The day they will act by, when said.
        public var by: Day?
        public var day: Day

        public init(to: String, by: Day? = nil, day: Day) {
            self.to = to
            self.by = by
            self.day = day
        }
    }

    /// A remedy given; a credit note or refund names the payment record that reduced what is owed.
    public struct RemedyEntry: Hashable, Sendable {
        public var remedy: Remedy
        public var amount: Money?
        /// The credit (a `Payment` of kind credit note) this remedy recorded.
        public var credit: PaymentID?
        public var day: Day

        public init(remedy: Remedy, amount: Money? = nil, credit: PaymentID? = nil, day: Day) {
            self.remedy = remedy
            self.amount = amount
            self.credit = credit
            self.day = day
        }
    }

    /// The answer to the satisfaction check-back call.
    public struct Satisfaction: Hashable, Sendable {
        public var satisfied: Bool
        /// Their words, when recorded.
        public var words: String?
        public var day: Day

        public init(satisfied: Bool, words: String? = nil, day: Day) {
            self.satisfied = satisfied
            self.words = words
            self.day = day
        }
    }
}

/// One move in a complaint's timeline: the change made, on which day, and the stage it left the
/// complaint at. The change itself is kept (not words), so `complaint 3` can word the timeline
/// in either language.
public struct ComplaintEntry: Hashable, Sendable {
    public var day: Day
    /// The stage after the change.
    public var stage: ComplaintStage
    public var change: ComplaintChange

    public init(day: Day, stage: ComplaintStage, change: ComplaintChange) {
        self.day = day
        self.stage = stage
        self.change = change
    }
}
