/// Something to do on a day, optionally for a customer, optionally repeating.
public struct Reminder: Hashable, Sendable {
    public var id: ReminderID
    public var text: String
    public var customer: CustomerID?
    public var due: Day
    public var time: TimeOfDay?
    public var recurrence: Recurrence?
    /// The day a repeating schedule counts from, so a monthly 31st stays the 31st and a snooze
    /// moves one occurrence without shifting the ones after it.
    public var anchor: Day
    /// What kind of task it is: a call, a visit, collecting…
    public var kind: ReminderKind?
    public var done: Day?
    /// The day it was deleted: kept, so `undo` and the history still know it, but never due again.
    public var cancelled: Day?
    /// The day it was due before the last snooze.
    public var snoozedFrom: Day?
    /// Its time before the first snooze of this occurrence (nil: it had none), so a repeating
    /// reminder snoozed by hours gets its own time back at the next occurrence.
    public var snoozedFromTime: TimeOfDay?
    /// A repeating reminder's last `done`: the day it was marked, so a second `done` before the
    /// next occurrence says so instead of skipping that one too.
    public var lastDone: Day?
    public var created: Day
    /// The follow-up plan this reminder is a touch of, and the touch's key in the plan's play.
    public var plan: PlanID?
    public var touch: String?
    /// The draft message of a plan's touch, worded when it was planned in the contact's language.
    public var message: String?

    public init(id: ReminderID, text: String, customer: CustomerID? = nil, due: Day, time: TimeOfDay? = nil,
                recurrence: Recurrence? = nil, anchor: Day? = nil, kind: ReminderKind? = nil, done: Day? = nil, snoozedFrom: Day? = nil,
                lastDone: Day? = nil, created: Day, plan: PlanID? = nil, touch: String? = nil, message: String? = nil) {
        self.id = id
        self.text = text
        self.customer = customer
        self.due = due
        self.time = time
        self.recurrence = recurrence
        self.anchor = anchor ?? due
        self.kind = kind
        self.done = done
        self.snoozedFrom = snoozedFrom
        self.lastDone = lastDone
        self.created = created
        self.plan = plan
        self.touch = touch
        self.message = message
    }

    public var isOpen: Bool { done == nil && cancelled == nil }

    /// How many days a follow-up plan's one-off touch may be missed before its moment is gone.
    public static let touchLapseDays = 7

    /// A plan's one-off touch still open more than `touchLapseDays` after its day: a first text
    /// or a greeting a fortnight late says nothing, so the agenda and the opening line leave it
    /// out (nothing piles up, as with missed repeating reminders) and `plan X` shows it missed;
    /// `done N`, `skip N` and `snooze N` still take it.
    public func isLapsedTouch(on today: Day) -> Bool {
        plan != nil && recurrence == nil && isOpen && due.adding(days: Reminder.touchLapseDays) < today
    }

    /// The day it stands on as seen on `today`. A repeating reminder is *missed* once its next
    /// occurrence has come: then only the latest occurrence on or before today counts (daily:
    /// today; every working day: today, or Friday's at a weekend; weekly: this week's day, at
    /// most six days late; monthly: this month's day once it has come, else last month's).
    /// Otherwise, and for a one-off reminder, its due day.
    public func current(on today: Day) -> Day {
        guard let recurrence, due < today else { return due }
        return max(due, recurrence.latest(onOrBefore: today, from: anchor))
    }

    /// The next occurrence of a repeating reminder after `day`, as it will stand: the schedule's
    /// day and, if a snooze moved this one's time, the time it had before.
    public func rolledOn(past day: Day) -> Reminder {
        var r = self
        guard let recurrence else { return r }
        r.due = recurrence.firstAfter(day, from: anchor)
        r.forgetSnooze()
        return r
    }

    /// Drops the snooze of an occurrence that no longer comes: the time it had before the
    /// snooze comes back (a time kept without a snooze is never read, and goes).
    public mutating func forgetSnooze() {
        if snoozedFrom != nil { time = snoozedFromTime }
        snoozedFrom = nil
        snoozedFromTime = nil
    }

    /// The reminder as lists show it on `today`: due on its current occurrence.
    public func standing(on today: Day) -> Reminder {
        var r = self
        r.due = current(on: today)
        return r
    }

    /// A repeating reminder done for now: marked done, not snoozed since, and its next
    /// occurrence still to come. A second `done` then says when it was done.
    public func doneForNow(on today: Day) -> Day? {
        guard recurrence != nil, let lastDone, snoozedFrom == nil, current(on: today) > today else { return nil }
        return lastDone
    }
}
