import FollowUpCore

/// Chinese time grammar: 明天, 下周三, 15号, 下月15号, 12月10日, 三天后, 月底, 下午三点, 每周一…
enum TimeRulesZH {
    typealias L = TimeLexiconZH

    static let rules: [TimeRule] = dayRules + calendarRules + relativeRules + clockRules + repeatRules

    /// Relative days with a part of the day (今晚 = today 20:00).
    static let relativeDayTimes = PhraseTable<Int>([
        ("今晚", 1200), ("今早", 540), ("明早", 10540), ("明晚", 11200),
    ])

    static let dayRules: [TimeRule] = [
        TimeRule(name: "relative day time", pattern: [TP.t(relativeDayTimes)]) { c, x in
            TimeValue(day: x.today.adding(days: c[0] / 10000),
                      time: TimeOfDay(hour: (c[0] % 10000) / 60, minute: (c[0] % 10000) % 60))
        },
        TimeRule(name: "relative day", pattern: [TP.t(L.relativeDays)]) { c, x in
            TimeValue(day: x.today.adding(days: c[0]))
        },
        TimeRule(name: "weekday", pattern: [TP.optT(L.weekModifiers, absent: 0), TP.t(L.weekdays)]) { c, x in
            TimeValue(day: DateMath.weekday(c[1], modifier: c[0], today: x.today),
                      past: c[0] == 0 ? DateMath.previousWeekday(c[1], before: x.today) : nil)
        },
        TimeRule(name: "day of month", pattern: [TP.n(1...99), TP.w("号", "日")]) { c, x in
            guard (1...31).contains(c[0]) else { return TimeValue(impossible: "no month has a day \(c[0])") }
            return TimeValue(day: DateMath.nextDayOfMonth(c[0], from: x.today), bareDayOfMonth: c[0],
                             past: DateMath.previousDayOfMonth(c[0], before: x.today))
        },
    ]

    static let calendarRules: [TimeRule] = [
        TimeRule(name: "month day", pattern: [TP.n(1...99), TP.w("月", "月份"), TP.n(1...99), TP.opt("号", "日")]) { c, x in
            DateMath.monthDay(month: c[0], day: c[1], year: nil, today: x.today)
        },
        TimeRule(name: "year month day", pattern: [TP.year, TP.w("年"), TP.n(1...99), TP.w("月"), TP.n(1...99),
                                                   TP.opt("号", "日")]) { c, x in
            DateMath.monthDay(month: c[1], day: c[2], year: c[0], today: x.today)
        },
        TimeRule(name: "named year month day", pattern: [TP.t(namedYears), TP.n(1...99), TP.w("月"), TP.n(1...99),
                                                         TP.opt("号", "日")]) { c, x in
            DateMath.monthDay(month: c[1], day: c[2], year: x.today.year + c[0], today: x.today)
        },
        TimeRule(name: "month offset day", pattern: [TP.t(L.monthModifiers), TP.n(1...99), TP.opt("号", "日")]) { c, x in
            DateMath.dayInMonth(offset: c[0], day: c[1], today: x.today)
        },
        TimeRule(name: "month part", pattern: [TP.n(1...12), TP.w("月"), TP.t(monthParts)]) { c, x in
            if c[1] == 31 {
                let first = DateMath.monthDay(month: c[0], day: 1, year: nil, today: x.today.startOfMonth)
                return TimeValue(day: first.day?.endOfMonth)
            }
            return DateMath.monthDay(month: c[0], day: c[1], year: nil, today: x.today.startOfMonth)
        },
        TimeRule(name: "holiday", pattern: [TP.t(L.holidays)]) { c, x in
            TimeValue(day: DateMath.holiday(c[0], today: x.today))
        },
    ]

    static let namedYears = PhraseTable<Int>([("今年", 0), ("明年", 1), ("后年", 2), ("去年", -1)])

    /// 初 = 1st, 中/中旬 = 15th, 底/末 = last day (31 stands for the month's end), 下旬 = 21st.
    static let monthParts = PhraseTable<Int>([
        ("初", 1), ("上旬", 1), ("中", 15), ("中旬", 15), ("下旬", 21), ("底", 31), ("末", 31),
    ])

    static let relativeRules: [TimeRule] = [
        TimeRule(name: "n units later", pattern: [TP.n(0...10_000), TP.t(L.units), TP.t(L.direction)]) { c, x in
            TimeValue(day: DateMath.add(c[0] * c[2], unit: c[1], to: x.today))
        },
        TimeRule(name: "half month later", pattern: [TP.w("半个月", "半月"), TP.t(L.direction)]) { c, x in
            TimeValue(day: x.today.adding(days: 15 * c[0]))
        },
        TimeRule(name: "after n units", pattern: [TP.w("过", "再过", "隔"), TP.n(1...10_000), TP.t(L.units)]) { c, x in
            TimeValue(day: DateMath.add(c[0], unit: c[1], to: x.today))
        },
        TimeRule(name: "range", pattern: [TP.t(L.ranges)]) { c, x in TimeRulesEN.range(c[0], x.today) },
    ]

    static let clockRules: [TimeRule] = [
        TimeRule(name: "period hour", pattern: [TP.optT(L.periods, absent: 0), TP.n(0...24), TP.w("点", "点钟", "时"),
                                                TP.optT(L.minuteWords, absent: 0)]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[1] == 24 ? 0 : c[1], minute: c[2], period: c[0], guessPM: c[0] == 0))
        },
        TimeRule(name: "period hour minute", pattern: [TP.optT(L.periods, absent: 0), TP.n(0...24),
                                                       TP.w("点", "点钟", "时"), TP.n(0...59), TP.opt("分")]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[1], minute: c[2], period: c[0], guessPM: c[0] == 0))
        },
        TimeRule(name: "period h:mm", pattern: [TP.optT(L.periods, absent: 0), TP.n(0...23), TP.g(TP.w(":")),
                                                TP.g(TP.n(0...59))]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[1], minute: c[2], period: c[0], guessPM: c[0] == 0 && c[1] <= 6))
        },
        TimeRule(name: "period", pattern: [TP.t(L.periodTimes)]) { c, _ in
            TimeValue(time: TimeOfDay(hour: c[0] / 60, minute: c[0] % 60))
        },
    ]

    static let repeatRules: [TimeRule] = [
        TimeRule(name: "repeat word", pattern: [TP.t(L.repeats)]) { c, _ in TimeRulesEN.repeatValue(c[0]) },
        TimeRule(name: "every n units", pattern: [TP.w("每", "每隔"), TP.n(1...1000), TP.t(L.units)]) { c, _ in
            let unit: Recurrence.Unit = c[1] == 3 ? .month : (c[1] == 2 ? .week : .day)
            return TimeValue(recurrence: Recurrence(every: c[1] == 4 ? c[0] * 12 : c[0], unit: c[1] == 4 ? .month : unit))
        },
        TimeRule(name: "every weekday", pattern: [TP.w("每", "每个"), TP.t(L.weekdays)]) { c, x in
            TimeValue(day: DateMath.nextWeekday(c[0], after: x.today), recurrence: .weekly)
        },
    ]
}
