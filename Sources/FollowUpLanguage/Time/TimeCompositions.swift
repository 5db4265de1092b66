import FollowUpCore

/// Rules over expressions already found (`TP.e`) and the words between them, run after the base
/// rules until nothing new appears: ordinal + weekday + "of" + month, a day + "after next",
/// a count of units + "after" + a day, a weekday + a date (checked), a part of a day + an hour.
enum TimeCompositions {
    typealias L = TimeLexiconEN

    static let english: [TimeRule] = [
        // first Tuesday of October, last Friday in October, the first Monday of next month
        TimeRule(name: "nth weekday of month", pattern: [TP.opt("the"), TP.t(L.nth), TP.e(.weekday),
                                                         TP.w("of", "in"), TP.e(.month)]) { c in
            guard let w = c.expr(1)?.bareWeekday, let m = c.expr(2)?.monthRef else { return nil }
            return .on(.nthWeekday(c[0], w, of: m))
        },
        TimeRule(name: "last weekday of month", pattern: [TP.e(.lastWeekday), TP.w("of", "in"), TP.e(.month)]) { c in
            guard case .weekday(let w, _)? = c.expr(0)?.day, let m = c.expr(1)?.monthRef else { return nil }
            return .on(.nthWeekday(-1, w, of: m))
        },
        // the third Tuesday after Christmas 2014
        TimeRule(name: "nth weekday after day", pattern: [TP.opt("the"), TP.t(L.nth), TP.e(.weekday), TP.w("after"),
                                                          TP.e(.day)]) { c in
            guard c[0] > 0, let w = c.expr(1)?.bareWeekday, let d = c.expr(2)?.plainDay else { return nil }
            return .on(.shifted(.weekdayAfter(w, d), by: c[0] - 1, .week))
        },
        TimeRule(name: "weekday after day", pattern: [TP.opt("the"), TP.e(.weekday), TP.w("after"), TP.e(.day)]) { c in
            guard let w = c.expr(0)?.bareWeekday, let d = c.expr(1)?.plainDay else { return nil }
            return .on(.weekdayAfter(w, d))
        },
        // third day of October, the 5th last day of May, last day of February
        TimeRule(name: "nth day of month", pattern: [TP.opt("the"), TP.t(L.nth), TP.w("day of", "day in"),
                                                     TP.e(.month)]) { c in
            c.expr(1)?.monthRef.map { .on(.nthDay(c[0], of: $0)) }
        },
        TimeRule(name: "nth last day of month", pattern: [TP.opt("the"), TP.t(L.nth), TP.w("last day of", "last day in"),
                                                          TP.e(.month)]) { c in
            c.expr(1)?.monthRef.map { .on(.nthDay(-abs(c[0]), of: $0)) }
        },
        TimeRule(name: "day-of-month last day of month", pattern: [TP.e(.dayOfMonth), TP.w("last day of", "last day in"),
                                                                   TP.e(.month)]) { c in
            guard case .dayOfMonth(let n)? = c.expr(0)?.day, let m = c.expr(1)?.monthRef else { return nil }
            return .on(.nthDay(-n, of: m))
        },
        TimeRule(name: "last day of month", pattern: [TP.w("last day of", "the last day of", "last day in"),
                                                      TP.e(.month)]) { c in
            c.expr(0)?.monthRef.map { .on(.nthDay(-1, of: $0)) }
        },
        // friday after next: the one after the coming one
        TimeRule(name: "after next", pattern: [TP.e(.weekday), TP.w("after next")]) { c in
            c.expr(0)?.bareWeekday.map { .on(.shifted(.weekday($0, .coming), by: 1, .week)) }
        },
        // a week after tomorrow, 2 days before the 15th, one year after Christmas
        TimeRule(name: "duration after day", pattern: [TP.e(.duration), TP.w("after", "from"), TP.e(.day)]) { c in
            shifted(c.expr(1), by: c.expr(0), sign: 1)
        },
        TimeRule(name: "duration before day", pattern: [TP.e(.duration), TP.w("before"), TP.e(.day)]) { c in
            shifted(c.expr(1), by: c.expr(0), sign: -1)
        },
        // Dec 10 +10 days, tomorrow +2 weeks
        TimeRule(name: "day with offset", pattern: [TP.e(.day), TP.e(.offset)]) { c in
            guard let d = c.expr(0)?.plainDay, case .offset(let n, let unit)? = c.expr(1)?.partial else { return nil }
            return .on(.shifted(d, by: n, unit))
        },
        // Dec 10 + 10 days, tomorrow plus 2 weeks
        TimeRule(name: "day plus duration", pattern: [TP.e(.day), TP.w("+", "plus"), TP.e(.duration)]) { c in
            shifted(c.expr(0), by: c.expr(1), sign: 1)
        },
        TimeRule(name: "day minus duration", pattern: [TP.e(.day), TP.w("-", "minus"), TP.e(.duration)]) { c in
            shifted(c.expr(0), by: c.expr(1), sign: -1)
        },
        // Sunday, Feb 10 / Feb 10, Sunday / Tuesday the 19th: the date, checked by the weekday
        TimeRule(name: "weekday date", pattern: [TP.e(.weekday), TP.opt(","), TP.e(.date)]) { c in
            checked(c.expr(1), c.expr(0))
        },
        TimeRule(name: "date weekday", pattern: [TP.e(.date), TP.opt(","), TP.e(.weekday)]) { c in
            checked(c.expr(0), c.expr(1))
        },
        // this morning at 10, tomorrow evening at 5: the hour takes the part of the day. A day and
        // a time otherwise stay two spans ("tomorrow", "at 3pm"), each with its own evidence.
        TimeRule(name: "day period at time", pattern: [TP.e(.dayWithPeriod), TP.opt(",", "at", "@"), TP.e(.clock)]) { c in
            atTime(c.expr(0), c.expr(1))
        },
    ]

    static let chinese: [TimeRule] = [
        // 十月第一个星期一, 十月的第一个星期一
        TimeRule(name: "nth weekday of month", pattern: [TP.e(.month), TP.opt("的"), TP.chineseOrdinal,
                                                         TP.opt("个"), TP.e(.weekday)]) { c in
            guard let m = c.expr(0)?.monthRef, let w = c.expr(2)?.bareWeekday else { return nil }
            return .on(.nthWeekday(c[1], w, of: m))
        },
        TimeRule(name: "last weekday of month", pattern: [TP.e(.month), TP.opt("的"), TP.w("最后一个", "最后"),
                                                          TP.e(.weekday)]) { c in
            guard let m = c.expr(0)?.monthRef, let w = c.expr(1)?.bareWeekday else { return nil }
            return .on(.nthWeekday(-1, w, of: m))
        },
        // 15号前两天, 周五后三天, 圣诞节之后一周: a count of units from another day
        TimeRule(name: "days around a day", pattern: [TP.e(.day), TP.t(TimeLexiconZH.direction), TP.n(1...10_000),
                                                       TP.t(TimeLexiconZH.units)]) { c in
            guard let d = c.expr(0)?.plainDay, let unit = c.value(3, as: TimeUnit.self) else { return nil }
            return .on(.shifted(d, by: c[1] * c[2], unit))
        },
        // 二月最后一天, 下个月的最后一天
        TimeRule(name: "last day of month", pattern: [TP.e(.month), TP.opt("的"), TP.w("最后一天")]) { c in
            c.expr(0)?.monthRef.map { .on(.nthDay(-1, of: $0)) }
        },
        // 周日, 二月十号 / 二月十号周日
        TimeRule(name: "weekday date", pattern: [TP.e(.weekday), TP.opt(","), TP.e(.date)]) { c in
            checked(c.expr(1), c.expr(0))
        },
        TimeRule(name: "date weekday", pattern: [TP.e(.date), TP.opt(",", "("), TP.e(.weekday), TP.opt(")")]) { c in
            checked(c.expr(0), c.expr(1))
        },
    ]

    static func shifted(_ day: TimeExpr?, by duration: TimeExpr?, sign: Int) -> TimeExpr? {
        guard let d = day?.plainDay, case .duration(let n, let unit)? = duration?.partial else { return nil }
        return .on(.shifted(d, by: sign * n, unit))
    }

    static func checked(_ date: TimeExpr?, _ weekday: TimeExpr?) -> TimeExpr? {
        guard let d = date?.plainDay, let w = weekday?.bareWeekday else { return nil }
        return .on(.checked(d, w))
    }

    /// A day with a clock time; a part of the day said with the day ("this morning") only sets
    /// whether the hour is morning or afternoon.
    static func atTime(_ day: TimeExpr?, _ clock: TimeExpr?) -> TimeExpr? {
        guard var e = day, let t = clock?.time, let part = e.time else { return nil }
        if part.hour >= 12, t.hour < 12 {
            e.time = TimeOfDay(hour: t.hour + 12, minute: t.minute)
        } else if part.hour < 12, t.hour > 12 {
            // "this morning at 3": the hour guessed as afternoon is the morning's.
            e.time = TimeOfDay(hour: t.hour - 12, minute: t.minute)
        } else {
            e.time = t
        }
        return e
    }
}
