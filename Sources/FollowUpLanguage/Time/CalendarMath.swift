import FollowUpCore

/// Days counted within a month.
enum MonthMath {
    /// "Sunday 10 February 2013"-style text for reasons.
    static func long(_ d: Day) -> String { "\(d.dayOfMonth) \(DateMath.monthNames[d.month - 1]) \(d.year)" }

    /// Picks a day in the month `ref` names; a named month without a year is this year's unless
    /// the day picked in it has passed, then next year's.
    static func inMonth(_ ref: MonthRef, today: Day, pick: (Day) -> TimeValue) -> TimeValue {
        switch ref {
        case .offset(let k):
            return pick(today.startOfMonth.adding(months: max(-1200, min(1200, k))))
        case .named(let m, let year):
            guard (1...12).contains(m) else { return TimeValue(impossible: "there is no month \(m)") }
            let y = year.map { DateMath.fullYear($0, today: today) } ?? today.year
            guard let first = Day(year: y, month: m, day: 1) else { return TimeValue(impossible: "there is no year \(y)") }
            let v = pick(first)
            if year == nil, let d = v.day, d < today, let later = Day(year: y + 1, month: m, day: 1) { return pick(later) }
            return v
        case .nearest(let m):
            let first = DateMath.monthDay(month: m, day: 1, year: nil, today: today.startOfMonth)
            guard let start = first.day else { return first }
            return pick(start)
        }
    }

    /// The nth day of the month starting at `first`; negative counts from its end (-1 = last day).
    static func nthDay(_ n: Int, of first: Day) -> TimeValue {
        let len = Day.daysIn(month: first.month, year: first.year)
        let name = DateMath.monthNames[first.month - 1]
        if n > 0 {
            guard n <= len else {
                if first.month == 2 { return TimeValue(impossible: "February has \(len) days in \(first.year)") }
                return TimeValue(impossible: n > 31 ? "no month has a day \(n)" : "\(name) has only \(len) days")
            }
            return TimeValue(day: first.adding(days: n - 1))
        }
        guard n < 0, -n <= len else { return TimeValue(impossible: "\(name) has only \(len) days") }
        return TimeValue(day: first.endOfMonth.adding(days: n + 1))
    }

    /// The nth `w` of the month starting at `first`; negative counts from its end.
    static func nthWeekday(_ n: Int, _ w: Weekday, of first: Day) -> TimeValue {
        let d: Day
        if n > 0 {
            d = first.adding(days: (w.rawValue - first.weekday.rawValue + 7) % 7 + 7 * (n - 1))
        } else {
            let last = first.endOfMonth
            d = last.adding(days: -((last.weekday.rawValue - w.rawValue + 7) % 7) + 7 * (n + 1))
        }
        guard n != 0, d.month == first.month, d.year == first.year else {
            return TimeValue(impossible: "\(DateMath.monthNames[first.month - 1]) \(first.year) has no such "
                             + DateMath.weekdayNames[w.rawValue])
        }
        return TimeValue(day: d)
    }
}

/// The days of holidays.
enum HolidayMath {
    static func day(_ h: Holiday, _ pick: HolidayPick, today: Day) -> Day? {
        switch pick {
        case .upcoming:
            return ((today.year - 1)...(today.year + 1)).lazy.compactMap { inYear(h, $0) }.first { $0 >= today }
        case .previous:
            return ((today.year - 2)...today.year).reversed().lazy.compactMap { inYear(h, $0) }.first { $0 < today }
        case .year(let y):
            return inYear(h, DateMath.fullYear(y, today: today))
        }
    }

    /// The holiday in Gregorian year `y` (lunar feasts by their lunar year, which starts in it).
    static func inYear(_ h: Holiday, _ y: Int) -> Day? {
        switch h {
        case .fixed(let m, let d): return Day(year: y, month: m, day: d)
        case .lunar(let m, let d): return LunarCalendar.day(year: y, month: m, day: d)
        case .lunarNewYearsEve: return LunarCalendar.newYear(y)?.adding(days: -1)
        }
    }
}

/// Named stretches of days. End of the week is Friday — the end of the working week, when a
/// customer promises to pay "by end of week" — or the next Friday once this week's has passed.
enum SpanMath {
    static func value(_ s: NamedSpan, today: Day) -> TimeValue {
        let monday = today.startOfWeek
        let sunday = monday.adding(days: 6)
        let nextFirst = today.startOfMonth.adding(months: 1)
        switch s {
        case .thisWeek: return TimeValue(day: today, until: sunday)
        case .laterThisWeek:
            let tomorrow = today.adding(days: 1)
            return TimeValue(day: tomorrow <= sunday ? tomorrow : today, until: sunday)
        case .nextWeek: return TimeValue(day: monday.adding(days: 7), until: monday.adding(days: 13))
        case .lastWeek: return TimeValue(day: monday.adding(days: -7), until: monday.adding(days: -1))
        case .weekAfterNext: return TimeValue(day: monday.adding(days: 14), until: monday.adding(days: 20))
        case .startOfNextWeek: return TimeValue(day: monday.adding(days: 7))
        case .endOfWeek:
            let friday = monday.adding(days: 4)
            return TimeValue(day: friday >= today ? friday : friday.adding(days: 7))
        case .endOfNextWeek: return TimeValue(day: monday.adding(days: 11))
        case .weekend:
            let saturday = monday.adding(days: 5)
            return TimeValue(day: saturday >= today ? saturday : today, until: sunday)
        case .nextWeekend: return TimeValue(day: monday.adding(days: 12), until: monday.adding(days: 13))
        case .thisMonth: return TimeValue(day: today, until: today.endOfMonth)
        case .nextMonth: return TimeValue(day: nextFirst, until: nextFirst.endOfMonth)
        case .lastMonth:
            let first = today.startOfMonth.adding(months: -1)
            return TimeValue(day: first, until: first.endOfMonth)
        case .startOfNextMonth: return TimeValue(day: nextFirst)
        case .midMonth:
            let mid = today.startOfMonth.adding(days: 14)
            return TimeValue(day: mid >= today ? mid : nextFirst.adding(days: 14))
        case .midNextMonth: return TimeValue(day: nextFirst.adding(days: 14))
        case .endOfMonth: return TimeValue(day: today.endOfMonth)
        case .endOfNextMonth: return TimeValue(day: nextFirst.endOfMonth)
        case .endOfYear: return TimeValue(day: Day(year: today.year, month: 12, day: 31))
        case .startOfNextYear: return TimeValue(day: Day(year: today.year + 1, month: 1, day: 1))
        }
    }
}
