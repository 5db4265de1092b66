import FollowUpCore

/// Calendar arithmetic shared by the English and Chinese time rules.
enum DateMath {
    static let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August",
                             "September", "October", "November", "December"]

    /// The next `weekday` strictly after `today` ("Friday" said on a Friday is a week later).
    static func nextWeekday(_ w: Int, after today: Day) -> Day {
        var d = (w - today.weekday.rawValue + 7) % 7
        if d == 0 { d = 7 }
        return today.adding(days: d)
    }

    /// A weekday relative to the week (Monday-first): shift 0 = this week, 1 = next, -1 = last.
    static func weekday(_ w: Int, weekShift: Int, from today: Day) -> Day {
        today.startOfWeek.adding(days: 7 * weekShift + w)
    }

    /// "this Friday": this week's when still ahead (or today), otherwise the next one.
    static func thisWeekday(_ w: Int, from today: Day) -> Day {
        let d = weekday(w, weekShift: 0, from: today)
        return d >= today ? d : nextWeekday(w, after: today)
    }

    /// "last Friday": the most recent one strictly before today.
    static func previousWeekday(_ w: Int, before today: Day) -> Day {
        var d = (today.weekday.rawValue - w + 7) % 7
        if d == 0 { d = 7 }
        return today.adding(days: -d)
    }

    /// Resolves a weekday with a modifier: 0 = bare/coming, 1 = next week, -1 = last, 2 = this week,
    /// 3 = the week after next.
    static func weekday(_ w: Int, modifier: Int, today: Day) -> Day {
        switch modifier {
        case 1: return weekday(w, weekShift: 1, from: today)
        case 3: return weekday(w, weekShift: 2, from: today)
        case -1: return previousWeekday(w, before: today)
        case 2: return thisWeekday(w, from: today)
        default: return nextWeekday(w, after: today)
        }
    }

    /// The next day whose day-of-month is `dom`, on or after today. Said on the 10th, "the 10th"
    /// is today (a salesperson saying "on the 10th" on the 10th means today, not next month).
    /// Months without that day are skipped (the 31st said in November is 31 December).
    static func nextDayOfMonth(_ dom: Int, from today: Day) -> Day? {
        guard (1...31).contains(dom) else { return nil }
        var y = today.year, m = today.month
        for _ in 0..<14 {
            if let d = Day(year: y, month: m, day: dom), d >= today { return d }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return nil
    }

    /// The most recent day before today whose day-of-month is `dom`.
    static func previousDayOfMonth(_ dom: Int, before today: Day) -> Day? {
        guard (1...31).contains(dom) else { return nil }
        var y = today.year, m = today.month
        for _ in 0..<14 {
            if let d = Day(year: y, month: m, day: dom), d < today { return d }
            m -= 1
            if m < 1 { m = 12; y -= 1 }
        }
        return nil
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
            y = year < 100 ? 2000 + year : year
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

    /// A day in a month offset from this one (`下月15号` = offset 1, day 15).
    static func dayInMonth(offset: Int, day: Int, today: Day) -> TimeValue {
        let first = today.startOfMonth.adding(months: offset)
        return monthDay(month: first.month, day: day, year: first.year, today: today)
    }

    /// Adds `n` units (1 day, 2 week, 3 month, 4 year) to today.
    static func add(_ n: Int, unit: Int, to today: Day) -> Day {
        let n = max(-100_000, min(100_000, n))
        switch unit {
        case 2: return today.adding(days: 7 * n)
        case 3: return today.adding(months: n)
        case 4: return today.adding(years: n)
        case 5: return addBusinessDays(n, to: today)
        default: return today.adding(days: n)
        }
    }

    static func addBusinessDays(_ n: Int, to today: Day) -> Day {
        var d = today
        var left = abs(n)
        let step = n < 0 ? -1 : 1
        while left > 0 {
            d = d.adding(days: step)
            if d.weekday.rawValue < 5 { left -= 1 }
        }
        return d
    }

    /// The next occurrence of a fixed yearly date, on or after today.
    static func nextAnnual(month: Int, day: Int, today: Day) -> Day? {
        monthDay(month: month, day: day, year: nil, today: today, upcoming: true).day
    }

    /// Holiday codes in the lexicons: `month*100+day` for Gregorian dates, `lunar + month*100+day`
    /// for lunar feasts (春节 10101, 中秋 10815), and `lunarNewYearsEve` for 除夕, whose day is
    /// 29 or 30 of the twelfth month depending on the year.
    static let lunar = 10_000
    static let lunarNewYearsEve = 20_000

    /// The next day of a holiday code on or after today (holidays always look ahead).
    static func holiday(_ code: Int, today: Day) -> Day? {
        if code == lunarNewYearsEve { return LunarCalendar.nextNewYearsEve(onOrAfter: today) }
        if code > lunar {
            let md = code - lunar
            return LunarCalendar.next(month: md / 100, day: md % 100, onOrAfter: today)
        }
        return nextAnnual(month: code / 100, day: code % 100, today: today)
    }

    /// A time of day from an hour and minute with a period: 0 none, 1 am, 2 pm, 3 noon, 4 night.
    /// With no period, hours 1–6 are taken as afternoon (people meet at 3, not at 3 a.m.).
    static func time(hour: Int, minute: Int, period: Int, guessPM: Bool) -> TimeOfDay? {
        var h = hour
        switch period {
        case 1: if h == 12 { h = 0 }
        case 2: if h < 12 { h += 12 }
        case 3: if h >= 1 && h <= 5 { h += 12 }
        case 4: if h == 12 { h = 0 } else if h < 12 && h >= 5 { h += 12 } else if h < 5 && h > 0 { h += 12 }
        default: if guessPM && h >= 1 && h <= 6 { h += 12 }
        }
        return TimeOfDay(hour: h, minute: minute)
    }
}
