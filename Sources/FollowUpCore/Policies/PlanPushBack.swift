/// What a customer's push-back does to their running plan (seed 004 篇3, when a customer refuses
/// or pushes back hard: contact them less often — weekly becomes fortnightly — or another way,
/// by email or text message).
///
/// - Objecting to a channel (`stop calling`) moves that channel's open touches to email when the
///   person the plan addresses (else the company) agreed to emails and has an address, else to
///   text messages; touches already on the way they object to are left alone, and with no open
///   touch on that channel (or nowhere else to move them) the plan slows instead.
/// - Objecting to how often (`too often`), or to nothing in particular, slows the plan: each
///   open repeating touch's spacing doubles and its next occurrence moves to at least today plus
///   the new spacing. One-off touches keep their day.
/// - Both named: both changes, as one push-back.
/// - A third push-back changes nothing: twice eased is enough, and the answer is to stop the plan.
///
/// The words they said are kept on each adjustment, so the plan shows why it changed; the
/// push-back is not logged as a contact, since how it was said (a call, a visit) is not known.
public enum PlanPushBack {
    /// Push-backs a plan absorbs; the next one changes nothing.
    public static let limit = 2
    /// How much each slowing spaces repeating touches out.
    public static let factor = 2

    /// What the customer objected to.
    public struct Objection: Hashable, Sendable {
        /// The way of contact they object to (`stop calling`: call); nil when none is named.
        public var channel: Channel?
        /// They object to how often (`too often`, 天天).
        public var often: Bool

        public init(channel: Channel? = nil, often: Bool = false) {
            self.channel = channel
            self.often = often
        }
    }

    /// A touch reminder before and after the push-back.
    public struct TouchChange: Hashable, Sendable {
        public var before: Reminder
        public var after: Reminder
        /// The channel it went by, and goes by now (the same when only slowed; nil when the
        /// play no longer has the touch and its kind is no channel).
        public var from: Channel?
        public var to: Channel?
    }

    public struct Result: Hashable, Sendable {
        /// The plan with this push-back's adjustments added.
        public var plan: FollowUpPlan
        /// The adjustments added, in order (a rechannelling before a slowing).
        public var added: [PlanAdjustment]
        public var changes: [TouchChange]
        /// A channel was named but no open touch went by it (or there was nowhere to move them),
        /// so the plan slowed instead.
        public var slowedInstead: Bool
    }

    public enum Outcome: Hashable, Sendable {
        case changed(Result)
        /// The plan was eased `limit` times already: nothing changes.
        case exhausted(pushBacks: Int)
    }

    /// How many push-backs a plan has had. One push-back adds a rechannelling, a slowing, or a
    /// rechannelling then a slowing on the same day with the same words (both named); any other
    /// adjustment starts the next push-back, so the same words said twice in a day count twice.
    public static func count(_ plan: FollowUpPlan) -> Int {
        var n = 0
        var previous: PlanAdjustment?
        for a in plan.adjustments {
            if let p = previous, case .rechanneled = p.change, case .slowed = a.change, p.day == a.day, p.words == a.words {
                previous = nil
                continue
            }
            n += 1
            previous = a
        }
        return n
    }

    /// The push-back's changes. `touches` are the reminders naming the plan (closed ones are
    /// left alone); `cadence` the play's touches, which give each touch's planned channel;
    /// `emailAllowed` whether the addressed person (or company) agreed to emails and has an
    /// address.
    public static func apply(plan: FollowUpPlan, touches: [Reminder], cadence: [PlanTouch], objection: Objection,
                             emailAllowed: Bool, words: String, today: Day) -> Outcome {
        let done = count(plan)
        guard done < limit else { return .exhausted(pushBacks: done) }
        var plan = plan
        var added: [PlanAdjustment] = []
        let original = touches.filter { $0.plan == plan.id && $0.isOpen }
        var now = original
        // Each touch's channel before this push-back: from its key in the play, else (a touch
        // the play no longer has) from its kind when that is a channel.
        let was: [Channel?] = original.map { r in
            cadence.first { $0.key == r.touch }.map { plan.channel(for: $0.channel) } ?? r.kind.flatMap { Channel(rawValue: $0.rawValue) }
        }
        var goes = was
        var slow = objection.often || objection.channel == nil
        var slowedInstead = false
        if let from = objection.channel {
            let to: Channel? = emailAllowed && from != .email ? .email : (from != .sms ? .sms : nil)
            let moving = original.indices.filter { was[$0] == from }
            if let to, !moving.isEmpty {
                added.append(PlanAdjustment(day: today, change: .rechanneled(from: from, to: to), words: words))
                for k in moving {
                    // A kind that is more than its channel (a survey call) stays what it is.
                    if now[k].kind == nil || now[k].kind == ReminderKind(from) { now[k].kind = ReminderKind(to) }
                    goes[k] = to
                }
            } else if !slow {
                slow = true
                slowedInstead = true
            }
        }
        if slow {
            added.append(PlanAdjustment(day: today, change: .slowed(factor: factor), words: words))
            for k in now.indices { if let r = slowedDown(now[k], today: today, channel: goes[k]) { now[k] = r } }
        }
        var changes: [TouchChange] = []
        for k in original.indices where now[k] != original[k] || goes[k] != was[k] {
            changes.append(TouchChange(before: original[k], after: now[k], from: was[k], to: goes[k]))
        }
        plan.adjustments += added
        return .changed(Result(plan: plan, added: added, changes: changes, slowedInstead: slowedInstead))
    }

    /// A repeating touch spaced `factor` times as far apart, its next occurrence no sooner than
    /// today plus the new spacing (nor sooner than it was); nil for a one-off touch. The spacing
    /// is the one `PlanCadence` gives touches made later, so both agree. A call or visit lands on
    /// a working day (`PlanCadence.workingDay`).
    public static func slowedDown(_ r: Reminder, today: Day, channel: Channel? = nil) -> Reminder? {
        guard let rec = r.recurrence else { return nil }
        let wider = PlanCadence.slowed(rec, by: factor)
        var out = r
        out.recurrence = wider
        let next = max(r.due, wider.next(after: today))
        out.due = channel.map { PlanCadence.workingDay(next, for: $0) } ?? next
        out.anchor = out.due
        // A snooze was of an occurrence that no longer comes: its own time comes back.
        out.forgetSnooze()
        return out
    }
}
