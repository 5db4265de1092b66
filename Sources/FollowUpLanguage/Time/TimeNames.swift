import FollowUpCore

/// What a word before a weekday does to it (`next Friday`, `下周五`, `last Monday`).
enum WeekdayModifier: Sendable, Equatable {
    /// Bare or "coming": the next one strictly after today.
    case coming
    /// "this": this week's when still ahead (or today), otherwise the coming one.
    case thisWeek
    /// "next", 下: the one in next week (Monday-first weeks).
    case nextWeek
    /// "next next", 下下: the one in the week after next.
    case weekAfterNext
    /// "last", 上: the most recent one strictly before today.
    case last
}

/// A unit of a count of time (`3 days`, `两周`, `a fortnight`).
enum TimeUnit: Sendable, Equatable {
    case minute, hour, day, week, fortnight, halfMonth, month, quarter, year, businessDay
}

/// A time of day word after an hour (`3 pm`, `下午三点`).
enum DayPeriod: Sendable, Equatable {
    case none, morning, afternoon, noon, night
}

/// Named stretches and boundaries relative to today (`next week`, `end of month`, `月初`).
enum NamedSpan: Sendable, Equatable {
    case thisWeek, laterThisWeek, nextWeek, lastWeek, weekAfterNext, startOfNextWeek
    case endOfWeek, endOfNextWeek, weekend, nextWeekend
    case thisMonth, nextMonth, lastMonth, startOfNextMonth, midMonth, midNextMonth, endOfMonth, endOfNextMonth
    case endOfYear, startOfNextYear
}

/// A holiday by how its day is found.
enum Holiday: Sendable, Equatable {
    /// The same Gregorian day every year (Christmas: 12, 25).
    case fixed(month: Int, day: Int)
    /// A day of the Chinese lunar calendar (春节: 1, 1; 中秋: 8, 15).
    case lunar(month: Int, day: Int)
    /// 除夕, the last day of the twelfth lunar month (the 29th or the 30th).
    case lunarNewYearsEve
}

/// Which occurrence of a holiday: the coming one, the last one, or the one in a given year.
enum HolidayPick: Sendable, Equatable {
    case upcoming, previous
    case year(Int)
}

/// A month named relative to today or by name.
enum MonthRef: Sendable, Equatable {
    /// This month (0), next month (1), last month (-1).
    case offset(Int)
    /// A named month: in `year`, or without one the first whose day asked for is not past.
    case named(Int, year: Int?)
    /// A named month taken as the nearer of this year's and a neighbouring year's (`mid December`).
    case nearest(Int)
}

/// A part of a month given as a day: the 1st, 15th, 21st or last day (`月初`, `mid`, `下旬`, `end of`).
enum MonthPart: Sendable, Equatable {
    case start, middle, lateThird, end

    /// The day within the month, counting from the end when negative.
    var nth: Int {
        switch self {
        case .start: return 1
        case .middle: return 15
        case .lateThird: return 21
        case .end: return -1
        }
    }
}

/// A relative day with a time (`今晚` is today at 20:00).
struct DayAtTime: Sendable, Equatable {
    let days: Int
    let time: TimeOfDay?

    init(_ days: Int, _ hour: Int, _ minute: Int = 0) {
        self.days = days
        time = TimeOfDay(hour: hour, minute: minute)
    }
}

extension Recurrence {
    /// A repeat from the lexicons, whose counts are constants within range.
    static func every(_ n: Int, _ unit: Unit) -> Recurrence { Recurrence(every: n, unit: unit) ?? .daily }
}
