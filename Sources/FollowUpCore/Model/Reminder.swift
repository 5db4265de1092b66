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
    public var created: Day

    public init(id: ReminderID, text: String, customer: CustomerID? = nil, due: Day, time: TimeOfDay? = nil,
                recurrence: Recurrence? = nil, anchor: Day? = nil, kind: ReminderKind? = nil, done: Day? = nil, snoozedFrom: Day? = nil,
                created: Day) {
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
        self.created = created
    }

    public var isOpen: Bool { done == nil && cancelled == nil }
}
