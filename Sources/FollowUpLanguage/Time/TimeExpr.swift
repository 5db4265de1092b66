import FollowUpCore

/// A day as the words describe it, before it is worked out against today.
indirect enum DayExpr: Sendable, Equatable {
    /// today + n (`tomorrow` = 1, `琴日` = -1).
    case relative(days: Int)
    /// `Friday`, `next Friday`, `下周五`, `last Monday`.
    case weekday(Weekday, WeekdayModifier)
    /// A weekday in a week counted from this one (`Friday next week` = 1, `monday of this week` = 0).
    case weekdayOfWeek(Weekday, weekShift: Int)
    /// A bare day of the month: the next one on or after today (`the 10th`, `10号`).
    case dayOfMonth(Int)
    /// A month and day; without a year the nearer occurrence (`Dec 10`, `2026-12-10`).
    case date(month: Int, day: Int, year: Int?)
    /// A month and day in a year named relative to this one (`明年3月5日`).
    case dateInYear(month: Int, day: Int, yearsFromNow: Int)
    /// The nth day of a month, counted from the end when negative (`the 5th of next month`,
    /// `last day of February` = -1, `下个月廿号`).
    case nthDay(Int, of: MonthRef)
    /// The nth weekday of a month, counted from the end when negative (`first Tuesday of October`).
    case nthWeekday(Int, Weekday, of: MonthRef)
    /// The first `Weekday` strictly after another day (`the Tuesday after Christmas`).
    case weekdayAfter(Weekday, DayExpr)
    case holiday(Holiday, HolidayPick)
    case span(NamedSpan)
    /// Another day moved by a count of units (`a week after tomorrow`, `2 days before the 15th`).
    case shifted(DayExpr, by: Int, TimeUnit)
    /// A day whose weekday was also said (`Sunday, Feb 10`); a mismatch is a problem, not a guess.
    case checked(DayExpr, Weekday)
}

/// Something the composition pass may still build on, but which is no date by itself.
enum PartialTime: Sendable, Equatable {
    /// A month without a day (`October`, `十月`, `next month` inside `first Monday of next month`).
    case month(MonthRef)
    /// A count of units (`a week`, `2 days`) waiting for `after tomorrow`.
    case duration(Int, TimeUnit)
    /// A signed count (`+10 days`): added to the day before it (`Dec 10 +10 days`), or
    /// alone counted from today.
    case offset(Int, TimeUnit)
}

/// One time expression found in a line, unresolved: a day, a time of day, a repetition.
struct TimeExpr: Sendable, Equatable {
    var day: DayExpr?
    var time: TimeOfDay?
    var recurrence: Recurrence?
    var partial: PartialTime?
    /// The time is an hour on the clock (`3pm`), not a part of the day (`morning`): only such a
    /// time, said with no day, means today.
    var isClock = false

    init(day: DayExpr? = nil, time: TimeOfDay? = nil, recurrence: Recurrence? = nil, partial: PartialTime? = nil) {
        self.day = day
        self.time = time
        self.recurrence = recurrence
        self.partial = partial
    }

    static func on(_ day: DayExpr) -> TimeExpr { TimeExpr(day: day) }
    /// An hour on the clock.
    static func at(_ time: TimeOfDay?) -> TimeExpr? {
        guard let time else { return nil }
        var e = TimeExpr(time: time)
        e.isClock = true
        return e
    }

    /// A part of the day said alone (`in the morning`, `下午`).
    static func during(_ time: TimeOfDay?) -> TimeExpr? { time.map { TimeExpr(time: $0) } }

    /// A weekday said alone (`Friday`), which compositions may place in a month or check a date by.
    var bareWeekday: Weekday? {
        if case .weekday(let w, .coming)? = day, time == nil, recurrence == nil { return w }
        return nil
    }

    /// A day with nothing else (no time, no repeat), to shift or check.
    var plainDay: DayExpr? { time == nil && recurrence == nil ? day : nil }
}
