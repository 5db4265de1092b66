/// The rules of moving a complaint through the six steps of seeds 001 (客户投诉处理过程): listen
/// and record → analyse the cause → solve or hand off → tell the customer → carry it out →
/// review → closed. Pure functions: the assistant applies a line's changes to the record and
/// saves the result as one `Event.complaintChanged`.
///
/// `stage` is the step to do next. A change that finishes a step moves the complaint to the
/// step after it. Each step leaves a fact (`ComplaintFact`), and a change may finish a later
/// step than the current one only when the facts of every step in between are recorded (or
/// given on the same line, as earlier changes of the list passed to `apply`):
/// - listen and record: the customer's words — always there once the complaint is logged;
/// - analyse: a known cause (`unknown` moves the complaint to analysing but does not finish
///   it), or a handoff (the department that can solve it finds the cause);
/// - solve: a solution in words, a remedy offered or given, or a handoff;
/// - tell: the customer told, or the fix carried out (which tells them);
/// - carry out: the day it was carried out (resolved);
/// - review: the review in words; it closes the complaint.
/// So "resolved" on a complaint still at listen needs a cause and a solution.
///
/// While the complaint is unresolved, a cause, a solution, a handoff or a telling on a step
/// already passed corrects the record without moving back. After the fix, those are refused:
/// going back takes a reopen. A reopen (after the fix or after closing) returns to analysing:
/// the trouble came back, so the cause is looked at again (the one found stays recorded). A
/// not-satisfied check-back returns to solving: the customer rejects the fix, not the
/// diagnosis. Both clear the solution, handoff, telling, fix and review, so the steps are done
/// again; the remedies given stay (their money is in the book).
public enum ComplaintFlow {
    /// `changes` applied in order, all or nothing: a line that says several things
    /// ("resolved: it was a product defect, we replaced the seal").
    public static func apply(_ changes: [ComplaintChange], to complaint: Complaint, on day: Day,
                             rules: ComplaintRules = .standard) throws(ComplaintMoveError) -> Complaint {
        var c = complaint
        for change in changes { c = try apply(change, to: c, on: day, rules: rules) }
        return c
    }

    /// The complaint after `change`, made on `day`, with the change added to its timeline.
    public static func apply(_ change: ComplaintChange, to complaint: Complaint, on day: Day,
                             rules: ComplaintRules = .standard) throws(ComplaintMoveError) -> Complaint {
        var c = complaint
        let id = c.id
        let kind = change.kind
        guard day >= c.received else { throw .beforeReceived(id, day: day, received: c.received) }
        guard day >= c.lastMove else { throw .beforeLastMove(id, day: day, last: c.lastMove) }
        if c.stage == .closed, kind != .reopened, kind != .checkedBack, kind != .note { throw .closed(id) }
        var entry = change

        switch change {
        case .causeFound(let cause):
            try beforeFix(c, kind)
            c.cause = cause
            if cause == .unknown {
                if c.stage == .listen { move(&c, to: .analyse, on: day) }
            } else {
                try finish(.analyse, &c, kind, day)
            }
        case .handedOff(let to, let by):
            try beforeFix(c, kind)
            let department = to.trimmingWhitespace
            guard !department.isEmpty else { throw .noDepartment(id) }
            if let by, by < day { throw .dayPassed(id, move: kind, day: by, today: day) }
            c.handoff = Complaint.Handoff(to: department, by: by, day: day)
            entry = .handedOff(to: department, by: by)
            try finish(.solve, &c, kind, day)
        case .solutionFound(let text, let remedy):
            try beforeFix(c, kind)
            let words = text.map(\.trimmingWhitespace).flatMap { $0.isEmpty ? nil : $0 }
            guard words != nil || remedy != nil else { throw .needsWords(id, move: kind) }
            if let words { c.solution = words }
            if let remedy { c.remedy = remedy }
            entry = .solutionFound(words, remedy: remedy)
            try finish(.solve, &c, kind, day)
        case .told(let text):
            try beforeFix(c, kind)
            c.told = day
            c.replyBy = nil
            entry = .told(cleaned(text))
            try finish(.tell, &c, kind, day)
        case .carriedOut(let text):
            try beforeFix(c, kind)
            c.resolved = day
            c.checkBack = day.adding(days: rules.checkBackDays)
            c.replyBy = nil
            entry = .carriedOut(cleaned(text))
            try finish(.carryOut, &c, kind, day)
        case .reviewed(let text):
            guard let words = cleaned(text) else { throw .needsWords(id, move: kind) }
            c.review = words
            entry = .reviewed(words)
            try finish(.review, &c, kind, day)
        case .closed(let text):
            let words = cleaned(text)
            // Ending a complaint without a fix ends its dispute: the reason must be on record.
            if c.resolved == nil, words == nil { throw .needsWords(id, move: kind) }
            c.replyBy = nil
            move(&c, to: .closed, on: day)
            entry = .closed(words)
        case .reopened(let text):
            guard c.stage == .closed || c.resolved != nil else { throw .notReopenable(id, at: c.stage) }
            reopen(&c, to: .analyse, on: day)
            entry = .reopened(cleaned(text))
        case .cooled(let m):
            if !c.cooling.contains(m) { c.cooling.append(m) }
        case .replyPromised(let by):
            guard by >= day else { throw .dayPassed(id, move: kind, day: by, today: day) }
            c.replyBy = by
        case .checkedBack(let satisfied, let text):
            guard c.resolved != nil else { throw .notResolved(id, at: c.stage) }
            c.satisfaction = Complaint.Satisfaction(satisfied: satisfied, words: cleaned(text), day: day)
            c.checkBack = nil
            if !satisfied { reopen(&c, to: .solve, on: day) }
            entry = .checkedBack(satisfied: satisfied, words: cleaned(text))
        case .severityChanged(let s):
            c.severity = s
        case .remedyGiven(let remedy, let amount, let credit):
            if remedy.movesMoney {
                guard let amount, amount.minor > 0, credit != nil else { throw .remedyAmount(id, remedy) }
            } else {
                guard amount == nil, credit == nil else { throw .remedyAmount(id, remedy) }
            }
            c.remedies.append(Complaint.RemedyEntry(remedy: remedy, amount: amount, credit: credit, day: day))
            // A remedy given is a solution found, unless one is already on record.
            if c.remedy == nil, c.resolved == nil { c.remedy = remedy }
        case .note(let text):
            guard let words = cleaned(text) else { throw .needsWords(id, move: kind) }
            entry = .note(words)
        case .disputed(let invoice, let amount):
            // A dispute stands while the customer waits for a fix; after it, the chase resumes.
            try beforeFix(c, kind)
            c.invoice = invoice
            c.disputed = amount
        }
        c.timeline.append(ComplaintEntry(day: day, stage: c.stage, change: entry))
        return c
    }

    /// Whether the complaint holds `fact` (see the type's description).
    public static func has(_ fact: ComplaintFact, _ c: Complaint) -> Bool {
        switch fact {
        case .cause: return (c.cause != nil && c.cause != .unknown) || c.handoff != nil
        case .solution: return c.solution != nil || c.remedy != nil || c.handoff != nil
        case .told: return c.told != nil || c.resolved != nil
        case .resolution: return c.resolved != nil
        case .review: return c.review != nil
        }
    }

    /// The fact the complaint's current step must leave before it moves on; nil at listen
    /// (the words are recorded) and when closed.
    public static func needed(at stage: ComplaintStage) -> ComplaintFact? {
        ComplaintFact.allCases.first { $0.step == stage }
    }

    /// The facts missing on the steps from the complaint's stage up to (not including) `step`.
    public static func missing(before step: ComplaintStage, _ c: Complaint) -> [ComplaintFact] {
        ComplaintFact.allCases.filter { $0.step >= c.stage && $0.step < step && !has($0, c) }
    }

    // MARK: Helpers

    /// Moves on past `step` when the complaint is at it or before it and the facts of the steps
    /// in between are there; a step already passed is a correction that moves nothing.
    private static func finish(_ step: ComplaintStage, _ c: inout Complaint, _ kind: ComplaintChange.Kind,
                               _ day: Day) throws(ComplaintMoveError) {
        guard c.stage <= step else { return }
        let lacking = missing(before: step, c)
        guard lacking.isEmpty else { throw .missingFacts(c.id, move: kind, at: c.stage, missing: lacking) }
        move(&c, to: step.next, on: day)
    }

    /// Steps before the fix may not be redone after it without a reopen.
    private static func beforeFix(_ c: Complaint, _ kind: ComplaintChange.Kind) throws(ComplaintMoveError) {
        if let r = c.resolved { throw .afterResolution(c.id, move: kind, resolved: r) }
    }

    private static func move(_ c: inout Complaint, to stage: ComplaintStage, on day: Day) {
        guard c.stage != stage else { return }
        c.stage = stage
        c.stageSince = day
    }

    private static func reopen(_ c: inout Complaint, to stage: ComplaintStage, on day: Day) {
        c.resolved = nil
        c.checkBack = nil
        c.told = nil
        c.review = nil
        c.solution = nil
        c.remedy = nil
        c.handoff = nil
        c.stage = stage
        c.stageSince = day
    }

    private static func cleaned(_ text: String?) -> String? {
        guard let t = text?.trimmingWhitespace, !t.isEmpty else { return nil }
        return t
    }
}
