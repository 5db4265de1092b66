import FollowUpCore

/// What one time expression means: a day or range, a time of day, a repetition, or a problem.
struct TimeValue: Sendable, Equatable {
    var day: Day?
    var until: Day?
    var time: TimeOfDay?
    var recurrence: Recurrence?
    /// Why the words cannot name a real day (`February has 28 days in 2027`).
    var impossible: String?
    /// Set for a bare day-of-month (`2号`), which can also be an id (`2号提醒完成了`).
    var bareDayOfMonth: Int?
    /// The most recent past day the same words could name (`Monday`, `the 5th`, `12月5日`), for
    /// lines about what already happened (`paid on Monday`).
    var past: Day?

    init(day: Day? = nil, until: Day? = nil, time: TimeOfDay? = nil, recurrence: Recurrence? = nil,
         impossible: String? = nil, bareDayOfMonth: Int? = nil, past: Day? = nil) {
        self.day = day
        self.until = until
        self.time = time
        self.recurrence = recurrence
        self.impossible = impossible
        self.bareDayOfMonth = bareDayOfMonth
        self.past = past
    }
}
