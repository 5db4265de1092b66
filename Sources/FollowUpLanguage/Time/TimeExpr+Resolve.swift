import FollowUpCore

extension TimeExpr {
    /// Works the expression out against today: the one place the date conventions apply.
    func resolve(_ today: Day) -> TimeValue {
        var v = day?.resolve(today) ?? TimeValue()
        v.time = time
        v.recurrence = recurrence
        return v
    }
}

extension DayExpr {
    func resolve(_ today: Day) -> TimeValue {
        switch self {
        case .relative(let n):
            return TimeValue(day: today.adding(days: n))
        case .weekday(let w, let modifier):
            return TimeValue(day: DateMath.weekday(w, modifier, today: today),
                             past: modifier == .coming ? DateMath.previousWeekday(w, before: today) : nil)
        case .weekdayOfWeek(let w, let shift):
            return TimeValue(day: DateMath.weekday(w, weekShift: shift, from: today))
        case .dayOfMonth(let dom):
            guard (1...31).contains(dom) else { return TimeValue(impossible: "no month has a day \(dom)") }
            return TimeValue(day: DateMath.nextDayOfMonth(dom, from: today), bareDayOfMonth: dom,
                             past: DateMath.previousDayOfMonth(dom, before: today))
        case .date(let month, let day, let year):
            return DateMath.monthDay(month: month, day: day, year: year, today: today)
        case .dateInYear(let month, let day, let years):
            return DateMath.monthDay(month: month, day: day, year: today.year + years, today: today)
        case .nthDay(let n, let ref):
            return MonthMath.inMonth(ref, today: today) { MonthMath.nthDay(n, of: $0) }
        case .nthWeekday(let n, let w, let ref):
            return MonthMath.inMonth(ref, today: today) { MonthMath.nthWeekday(n, w, of: $0) }
        case .weekdayAfter(let w, let base):
            var v = base.resolve(today)
            guard let d = v.day else { return v }
            v = TimeValue(day: DateMath.nextWeekday(w, after: d))
            return v
        case .holiday(let h, let pick):
            return TimeValue(day: HolidayMath.day(h, pick, today: today))
        case .span(let s):
            return SpanMath.value(s, today: today)
        case .shifted(let base, let n, let unit):
            var v = base.resolve(today)
            guard let d = v.day else { return v }
            v.day = DateMath.add(n, unit, to: d)
            v.until = nil
            v.past = nil
            v.bareDayOfMonth = nil
            return v
        case .checked(let base, let w):
            return DayExpr.checked(base, w, today: today)
        }
    }
}

extension DayExpr {
    /// A day said with its weekday. When the nearer reading (`Sep 20` in February is last
    /// September's) is not on that weekday, the next occurrence may be; when neither is, the
    /// words disagree and the line is refused with the reason.
    static func checked(_ base: DayExpr, _ w: Weekday, today: Day) -> TimeValue {
        let v = base.resolve(today)
        var candidates = [v.day]
        if case .date(let m, let d, nil) = base {
            candidates.append(DateMath.monthDay(month: m, day: d, year: nil, today: today, upcoming: true).day)
        }
        let days = candidates.compactMap { $0 }
        if let match = days.first(where: { $0.weekday == w }) { return TimeValue(day: match) }
        guard let d = v.day else { return v }
        return TimeValue(impossible: "\(MonthMath.long(d)) is a \(DateMath.weekdayNames[d.weekday.rawValue]), "
                         + "not a \(DateMath.weekdayNames[w.rawValue])")
    }
}
