import FollowUpCore

/// Chinese base rules: 明天, 下周三, 15号, 下月15号, 12月10日, 2026年12月10日, 三天后, 月底, 下午三点, 每周一…
enum TimeRulesZH {
    typealias L = TimeLexiconZH

    static let rules: [TimeRule] = dayRules + calendarRules + relativeRules + clockRules + repeatRules

    static let dayRules: [TimeRule] = [
        TimeRule(name: "relative day time", pattern: [TP.t(L.dayPeriods)]) { c in
            c.value(0, as: DayAtTime.self).map { TimeExpr(day: .relative(days: $0.days), time: $0.time) }
        },
        TimeRule(name: "relative day", pattern: [TP.t(L.relativeDays)]) { c in .on(.relative(days: c[0])) },
        TimeRule(name: "weekday", pattern: [TP.optT(L.weekModifiers, absent: .coming), TP.t(L.weekdays)]) { c in
            guard let m = c.value(0, as: WeekdayModifier.self), let w = c.value(1, as: Weekday.self) else { return nil }
            return .on(.weekday(w, m))
        },
        TimeRule(name: "day of month", pattern: [TP.n(1...99), TP.w("号", "日")]) { c in .on(.dayOfMonth(c[0])) },
    ]

    static let calendarRules: [TimeRule] = [
        TimeRule(name: "month day", pattern: [TP.n(1...99), TP.w("月", "月份"), TP.n(1...99), TP.opt("号", "日")]) { c in
            .on(.date(month: c[0], day: c[1], year: nil))
        },
        TimeRule(name: "year month day", pattern: [TP.year, TP.w("年"), TP.n(1...99), TP.w("月"), TP.n(1...99),
                                                   TP.opt("号", "日")]) { c in
            .on(.date(month: c[1], day: c[2], year: c[0]))
        },
        // 16年9月3日: a two-digit year needs 年, a month and a day.
        TimeRule(name: "short year month day", pattern: [TP.n(0...99), TP.w("年"), TP.n(1...99), TP.w("月"),
                                                         TP.n(1...99), TP.opt("号", "日")]) { c in
            .on(.date(month: c[1], day: c[2], year: c[0]))
        },
        TimeRule(name: "named year month day", pattern: [TP.t(namedYears), TP.n(1...99), TP.w("月"), TP.n(1...99),
                                                         TP.opt("号", "日")]) { c in
            .on(.dateInYear(month: c[1], day: c[2], yearsFromNow: c[0]))
        },
        TimeRule(name: "month offset day", pattern: [TP.t(L.monthModifiers), TP.n(1...99), TP.opt("号", "日")]) { c in
            .on(.nthDay(c[1], of: .offset(c[0])))
        },
        TimeRule(name: "month part", pattern: [TP.n(1...12), TP.w("月"), TP.t(monthParts)]) { c in
            c.value(1, as: MonthPart.self).map { .on(.nthDay($0.nth, of: .nearest(c[0]))) }
        },
        TimeRule(name: "holiday", pattern: [TP.t(L.holidays)]) { c in
            c.value(0, as: Holiday.self).map { .on(.holiday($0, .upcoming)) }
        },
        // A month alone, for 十月第一个星期一.
        TimeRule(name: "month", pattern: [TP.n(1...12), TP.w("月", "月份")]) { c in
            TimeExpr(partial: .month(.named(c[0], year: nil)))
        },
    ]

    static let namedYears = PhraseTable<Int>([("今年", 0), ("明年", 1), ("后年", 2), ("去年", -1)])

    /// 初 = 1st, 中/中旬 = 15th, 底/末 = last day, 下旬 = 21st.
    static let monthParts = PhraseTable<MonthPart>([
        ("初", .start), ("上旬", .start), ("中", .middle), ("中旬", .middle), ("下旬", .lateThird), ("底", .end),
        ("末", .end),
    ])

    static let relativeRules: [TimeRule] = [
        TimeRule(name: "n units later", pattern: [TP.n(0...10_000), TP.t(L.units), TP.t(L.direction)]) { c in
            c.value(1, as: TimeUnit.self).map { .on(.shifted(.relative(days: 0), by: c[0] * c[2], $0)) }
        },
        TimeRule(name: "half month later", pattern: [TP.w("半个月", "半月"), TP.t(L.direction)]) { c in
            .on(.shifted(.relative(days: 0), by: c[0], .halfMonth))
        },
        TimeRule(name: "after n units", pattern: [TP.w("过", "再过", "隔"), TP.n(1...10_000), TP.t(L.units)]) { c in
            c.value(1, as: TimeUnit.self).map { .on(.shifted(.relative(days: 0), by: c[0], $0)) }
        },
        TimeRule(name: "range", pattern: [TP.t(L.ranges)]) { c in c.value(0, as: NamedSpan.self).map { .on(.span($0)) } },
    ]

    static let clockRules: [TimeRule] = [
        TimeRule(name: "period hour", pattern: [TP.optT(L.periods, absent: .none), TP.n(0...24), TP.w("点", "点钟", "时"),
                                                TP.optT(L.minuteWords, absent: 0)]) { c in
            hour(c.value(0), c[1] == 24 ? 0 : c[1], c[2])
        },
        TimeRule(name: "period hour minute", pattern: [TP.optT(L.periods, absent: .none), TP.n(0...24),
                                                       TP.w("点", "点钟", "时"), TP.n(0...59), TP.opt("分")]) { c in
            hour(c.value(0), c[1], c[2])
        },
        TimeRule(name: "period h:mm", pattern: [TP.optT(L.periods, absent: .none), TP.n(0...23), TP.g(TP.w(":")),
                                                TP.g(TP.n(0...59))]) { c in
            let period = c.value(0) ?? DayPeriod.none
            return .at(DateMath.time(hour: c[1], minute: c[2], period: period, guessPM: period == .none && c[1] <= 6))
        },
        TimeRule(name: "period", pattern: [TP.t(L.periodTimes)]) { c in .during(c.value(0, as: DayAtTime.self)?.time) },
        TimeRule(name: "day period hour", pattern: [TP.t(L.dayPeriods), TP.n(0...12), TP.w("点", "点钟", "时"),
                                                    TP.optT(L.minuteWords, absent: 0)]) { c in
            guard let p = c.value(0, as: DayAtTime.self) else { return nil }
            let period: DayPeriod = (p.time?.hour ?? 0) < 12 ? .morning : .night
            return TimeExpr(day: .relative(days: p.days),
                            time: DateMath.time(hour: c[1], minute: c[2], period: period, guessPM: false))
        },
    ]

    /// An hour with a period; without one, 1–6 are afternoon.
    static func hour(_ period: DayPeriod?, _ h: Int, _ minute: Int) -> TimeExpr? {
        let p = period ?? .none
        return .at(DateMath.time(hour: h, minute: minute, period: p, guessPM: p == .none))
    }

    static let repeatRules: [TimeRule] = [
        TimeRule(name: "repeat word", pattern: [TP.t(L.repeats)]) { c in
            c.value(0, as: Recurrence.self).map { TimeExpr(recurrence: $0) }
        },
        TimeRule(name: "month ends", pattern: [TP.t(L.monthEndRepeats)]) { _ in
            TimeExpr(day: .nthDay(-1, of: .offset(0)), recurrence: .monthEnds)
        },
        TimeRule(name: "every n units", pattern: [TP.w("每", "每隔"), TP.n(1...1000), TP.t(L.units)]) { c in
            c.value(1, as: TimeUnit.self).flatMap(TimeRulesEN.repeating(c[0])).map { TimeExpr(recurrence: $0) }
        },
        TimeRule(name: "every weekday", pattern: [TP.w("每", "每个", "逢"), TP.t(L.weekdays)]) { c in
            c.value(0, as: Weekday.self).map { TimeExpr(day: .weekday($0, .coming), recurrence: .weekly) }
        },
        TimeRule(name: "every other weekday", pattern: [TP.w("每两周", "隔周", "每隔一周"), TP.t(L.weekdays)]) { c in
            c.value(0, as: Weekday.self).map { TimeExpr(day: .weekday($0, .coming), recurrence: .every(2, .week)) }
        },
    ]
}
