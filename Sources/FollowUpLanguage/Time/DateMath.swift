import FollowUpCore

/// Calendar arithmetic behind `TimeExpr.resolve`: the date conventions live here.
enum DateMath {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]
    static let weekdayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]

    /// The next `weekday` strictly after `today` ("Friday" said on a Friday is a week later).
    static func nextWeekday(_ w: Weekday, after today: Day) -> Day {
        var d = (w.rawValue - today.weekday.rawValue + 7) % 7
        if d == 0 { d = 7 }
        return today.adding(days: d)
    }

    /// A weekday relative to the week (Monday-first): shift 0 = this week, 1 = next, -1 = last.
    static func weekday(_ w: Weekday, weekShift: Int, from today: Day) -> Day {
        today.startOfWeek.adding(days: 7 * weekShift + w.rawValue)
    }

    /// "last Friday": the most recent one strictly before today.
    static func previousWeekday(_ w: Weekday, before today: Day) -> Day {
        var d = (today.weekday.rawValue - w.rawValue + 7) % 7
        if d == 0 { d = 7 }
        return today.adding(days: -d)
    }

    static func weekday(_ w: Weekday, _ modifier: WeekdayModifier, today: Day) -> Day {
        switch modifier {
        case .coming: return nextWeekday(w, after: today)
        case .nextWeek: return weekday(w, weekShift: 1, from: today)
        case .weekAfterNext: return weekday(w, weekShift: 2, from: today)
        case .last: return previousWeekday(w, before: today)
        case .thisWeek:
            // This week's while still ahead (or today); once past, the coming one — so on a
            // Sunday "this Wednesday" is three days on.
            let d = weekday(w, weekShift: 0, from: today)
            return d >= today ? d : nextWeekday(w, after: today)
        }
    }

    /// The next day whose day-of-month is `dom`, on or after today. Said on the 10th, "the 10th"
    /// is today (a salesperson saying "on the 10th" on the 10th means today, not next month).
    /// Months without that day are skipped (the 31st said in November is 31 December).
    static func nextDayOfMonth(_ dom: Int, from today: Day) -> Day? {
        guard (1...31).contains(dom) else { return nil }
        var first = today.startOfMonth
        for _ in 0..<14 {
            if let d = Day(year: first.year, month: first.month, day: dom), d >= today { return d }
            first = first.adding(months: 1)
        }
        return nil
    }

    /// The most recent day before today whose day-of-month is `dom`.
    static func previousDayOfMonth(_ dom: Int, before today: Day) -> Day? {
        guard (1...31).contains(dom) else { return nil }
        var first = today.startOfMonth
        for _ in 0..<14 {
            if let d = Day(year: first.year, month: first.month, day: dom), d < today { return d }
            first = first.adding(months: -1)
        }
        return nil
    }

    /// A two-digit year: within fifty years ahead of today, else last century (`74` → 1974).
    static func fullYear(_ y: Int, today: Day) -> Int {
        guard y < 100 else { return y }
        let century = today.year / 100 * 100
        return century + y > today.year + 50 ? century - 100 + y : century + y
    }

    /// A month and day with an optional year. Without a year: the nearer of this year's and the
    /// neighbouring year's date (`Nov 1` said on Nov 18 is seventeen days ago, `Jan 5` is next
    /// January), or with `upcoming` the next one on or after today (holidays).
    /// Impossible dates (Feb 30, month 13) give a reason instead of rolling over.
    static func monthDay(month: Int, day: Int, year: Int?, today: Day, upcoming: Bool = false) -> TimeValue {
        guard (1...12).contains(month) else {
            return TimeValue(impossible: "there is no month \(month)")
        }
        let name = monthNames[month - 1]
        guard (1...31).contains(day) else {
            return TimeValue(impossible: "\(name) has no day \(day)")
        }
        var y: Int
        if let year {
            y = fullYear(year, today: today)
        } else {
            y = today.year
            if month < today.month || (month == today.month && day < today.dayOfMonth) { y += 1 }
        }
        guard let d = Day(year: y, month: month, day: day) else {
            let len = Day.daysIn(month: month, year: y)
            if month == 2 { return TimeValue(impossible: "February has \(len) days in \(y)") }
            return TimeValue(impossible: "\(name) has only \(len) days")
        }
        if year == nil, d > today, let earlier = Day(year: y - 1, month: month, day: day) {
            if !upcoming && today.days(since: earlier) < d.days(since: today) {
                return TimeValue(day: earlier, past: earlier)
            }
            return TimeValue(day: d, past: earlier)
        }
        return TimeValue(day: d)
    }

    /// Moves `day` by `n` units. Counts are clamped so no input can overflow the arithmetic;
    /// dates that far out are refused later by the assistant.
    static func add(_ n: Int, _ unit: TimeUnit, to day: Day) -> Day {
        let n = max(-100_000, min(100_000, n))
        switch unit {
        case .minute: return day.adding(days: n / (24 * 60))
        // Without a clock, hours count only as the whole days they make.
        case .hour: return day.adding(days: n / 24)
        case .day: return day.adding(days: n)
        case .week: return day.adding(days: 7 * n)
        case .fortnight: return day.adding(days: 14 * n)
        case .halfMonth: return day.adding(days: 15 * n)
        case .month: return day.adding(months: n)
        case .quarter: return day.adding(months: 3 * n)
        case .year: return day.adding(years: n)
        case .businessDay: return addBusinessDays(n, to: day)
        }
    }

    /// Working days (Monday–Friday) after `day`: whole weeks at once, then day by day.
    static func addBusinessDays(_ n: Int, to day: Day) -> Day {
        let step = n < 0 ? -1 : 1
        var d = day.adding(days: 7 * (abs(n) / 5) * step)
        var left = abs(n) % 5
        while left > 0 {
            d = d.adding(days: step)
            if d.weekday.rawValue < 5 { left -= 1 }
        }
        return d
    }

    /// A time of day from an hour and minute with a period.
    /// With no period and `guessPM`, hours 1–6 are afternoon (people meet at 3, not at 3 a.m.).
    static func time(hour: Int, minute: Int, period: DayPeriod, guessPM: Bool) -> TimeOfDay? {
        var h = hour
        switch period {
        case .morning: if h == 12 { h = 0 }
        case .afternoon: if h < 12 { h += 12 }
        case .noon: if h >= 1 && h <= 5 { h += 12 }
        case .night: if h == 12 { h = 0 } else if h > 0 && h < 12 { h += 12 }
        case .none: if guessPM && h >= 1 && h <= 6 { h += 12 }
        }
        return TimeOfDay(hour: h, minute: minute)
    }
}
