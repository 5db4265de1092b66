/// When a plan's touches fall (seed 004 篇1), and what starting and stopping a plan change.
///
/// A touch's first day is `days(n)` after the start, or `months(n)` after it on the same day of
/// the month (the month's last day when it is shorter); a repeating touch then comes `every`
/// times the plan's `slowdown`. `afterVisit` touches are not made at the start: they follow
/// each visit logged while the plan runs.
///
/// The start day may be up to `maxDaysBack` days ago (a plan started on paper last week): a
/// one-off touch already past is left out — it was done or it is too late — and a repeating
/// one starts at its first occurrence on or after today, keeping its schedule (its anchor is
/// the day it was planned for). Further back is refused: such a plan is mostly missed touches.
/// Up to `maxDaysAhead` days ahead is allowed (a job that starts next month); further ahead is
/// refused, since the plan would sit on nobody's agenda for months.
public enum PlanCadence {
    public static let maxDaysBack = 30
    public static let maxDaysAhead = 90

    /// Why a start day cannot be used.
    public enum StartDayProblem: Error, Equatable, Sendable {
        case tooFarBack(limit: Int)
        case tooFarAhead(limit: Int)
    }

    /// nil when a plan may start on `start` as seen on `today`.
    public static func check(start: Day, today: Day) -> StartDayProblem? {
        let offset = start.days(since: today)
        if offset < -maxDaysBack { return .tooFarBack(limit: maxDaysBack) }
        if offset > maxDaysAhead { return .tooFarAhead(limit: maxDaysAhead) }
        return nil
    }

    /// One touch as scheduled for a plan: what the reminder for it carries.
    public struct Scheduled: Hashable, Sendable {
        public var touch: PlanTouch
        /// The channel after the plan's push-backs.
        public var channel: Channel
        /// The touch's own kind, else its channel's.
        public var kind: ReminderKind
        /// The day the schedule counts from: the touch's first day as planned.
        public var anchor: Day
        /// Its first occurrence on or after today (the anchor when that is still ahead).
        public var due: Day
        /// How it repeats, slowed by the plan's push-backs; nil: once.
        public var every: Recurrence?

        /// `touch` planned for `day`, as `plan`'s push-backs left it (its channel moved, its
        /// repeat slowed): anchored and due on that day, or the working day after for a call or
        /// a visit. The one place a touch's channel, kind and repeat are worked out.
        init(_ touch: PlanTouch, of plan: FollowUpPlan, on day: Day) {
            self.touch = touch
            channel = plan.channel(for: touch.channel)
            kind = touch.kind ?? ReminderKind(channel)
            anchor = PlanCadence.workingDay(day, for: channel)
            due = anchor
            every = touch.every.map { PlanCadence.slowed($0, by: plan.slowdown) }
        }
    }

    /// A repeat spaced `factor` times as far apart (at most the longest repeat a reminder takes).
    public static func slowed(_ r: Recurrence, by factor: Int) -> Recurrence {
        guard factor > 1 else { return r }
        return Recurrence(every: min(r.every * factor, 1000), unit: r.unit) ?? r
    }

    /// The first day of a touch for a plan started on `start`; nil for an after-visit touch.
    public static func firstDay(_ when: PlanTouch.When, start: Day) -> Day? {
        switch when {
        case .days(let n): return start.adding(days: n)
        case .months(let n): return start.adding(months: n)
        case .afterVisit: return nil
        }
    }

    /// A call or a visit is made on a working day: one falling on a Saturday or Sunday moves to
    /// the Monday (a text or an email may go any day).
    public static func workingDay(_ day: Day, for channel: Channel) -> Day {
        guard channel == .call || channel == .visit else { return day }
        var d = day
        while !d.isWorkingDay { d = d.adding(days: 1) }
        return d
    }

    /// The touches a start makes, as seen on `today`, earliest first (file order within a day).
    public static func schedule(_ touches: [PlanTouch], for plan: FollowUpPlan, today: Day) -> [Scheduled] {
        var out: [Scheduled] = []
        for t in touches {
            guard let planned = firstDay(t.when, start: plan.started) else { continue }
            var s = Scheduled(t, of: plan, on: planned)
            if s.anchor < today {
                // One-off and past: left out. Repeating: its next occurrence from today on.
                guard let every = s.every else { continue }
                s.due = every.firstAfter(today.adding(days: -1), from: s.anchor)
            }
            out.append(s)
        }
        return out.enumerated().sorted { a, b in a.1.due != b.1.due ? a.1.due < b.1.due : a.0 < b.0 }.map(\.1)
    }

    /// The reminders for scheduled touches, numbered from `firstID` in order; `words` gives each
    /// one's text and draft message (the assistant's, in the user's and the contact's language).
    public static func reminders(_ scheduled: [Scheduled], plan: FollowUpPlan, firstID: ReminderID, created: Day,
                                 words: (Scheduled) -> (text: String, message: String?)) -> [Reminder] {
        scheduled.enumerated().map { i, s in
            let w = words(s)
            return Reminder(id: ReminderID(firstID.raw + i), text: w.text, customer: plan.customer, due: s.due,
                            recurrence: s.every, anchor: s.anchor, kind: s.kind, created: created,
                            plan: plan.id, touch: s.touch.key, message: w.message)
        }
    }

    /// The open touches of a plan: the reminders naming it, not done and not deleted.
    public static func openTouches(of plan: PlanID, in book: Book) -> [Reminder] {
        book.reminders.filter { $0.plan == plan && $0.isOpen }
    }

    /// Stopping a plan on `day`: the plan marked stopped, then each open touch cancelled.
    /// Touches already done stay as they are. Nothing for a plan already stopped.
    public static func stop(_ plan: FollowUpPlan, in book: Book, on day: Day) -> [Event] {
        guard plan.isActive else { return [] }
        var after = plan
        after.stopped = day
        var events: [Event] = [.planChanged(before: plan, after: after)]
        for r in openTouches(of: plan.id, in: book) {
            var cancelled = r
            cancelled.cancelled = day
            events.append(.reminderChanged(before: r, after: cancelled))
        }
        return events
    }

    /// What starting a plan changes: the plan running for the customer stopped (its open touches
    /// cancelled), the new plan added, then its touches. All of it is one step.
    public struct Start: Sendable {
        public var plan: FollowUpPlan
        public var reminders: [Reminder]
        /// The plan it stopped, and how many of that plan's touches were cancelled.
        public var stopped: FollowUpPlan?
        public var cancelled: Int
        public var events: [Event]
    }

    /// Starts `play` for a customer on `start` (checked with `check(start:today:)` first).
    public static func start(play: String, touches: [PlanTouch], customer: CustomerID, contact: String?, on start: Day,
                             in book: Book, today: Day, words: (Scheduled) -> (text: String, message: String?)) -> Start {
        var events: [Event] = []
        let running = book.activePlan(of: customer)
        var cancelled = 0
        if let running {
            let stop = stop(running, in: book, on: today)
            cancelled = stop.count - 1
            events += stop
        }
        let plan = FollowUpPlan(id: book.nextPlanID, customer: customer, contact: contact, play: play, started: start)
        let scheduled = schedule(touches, for: plan, today: today)
        let made = reminders(scheduled, plan: plan, firstID: book.nextReminderID, created: today, words: words)
        events.append(.planAdded(plan))
        events += made.map { .reminderAdded($0) }
        return Start(plan: plan, reminders: made, stopped: running, cancelled: cancelled, events: events)
    }
}
