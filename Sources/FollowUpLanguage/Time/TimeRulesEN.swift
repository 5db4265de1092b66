import FollowUpCore

/// English base rules: each is a pattern over tokens and the expression it describes.
enum TimeRulesEN {
    typealias L = TimeLexiconEN

    static let rules: [TimeRule] = dayRules + TimeRulesENCalendar.rules + relativeRules + clockRules + repeatRules

    /// today, tomorrow, (next) Friday, Friday next week, the 10th, the 5th of next month.
    static let dayRules: [TimeRule] = [
        TimeRule(name: "relative day", pattern: [TP.t(L.relativeDays)]) { c in .on(.relative(days: c[0])) },
        TimeRule(name: "day with period", pattern: [TP.t(L.dayPeriods)]) { c in
            c.value(0, as: DayAtTime.self).map { TimeExpr(day: .relative(days: $0.days), time: $0.time) }
        },
        TimeRule(name: "weekday", pattern: [TP.optT(L.weekdayModifiers, absent: .coming), TP.t(L.weekdays),
                                             TP.g(TP.opt("."))]) { c in
            guard let m = c.value(0, as: WeekdayModifier.self), let w = c.value(1, as: Weekday.self) else { return nil }
            return .on(.weekday(w, m))
        },
        // "sat"/"sun" are also words: a weekday only after a date word, or at the end of the line.
        TimeRule(name: "ambiguous weekday", pattern: [TP.t(ambiguousLeads), TP.t(L.ambiguousWeekdays),
                                                       TP.g(TP.opt("."))]) { c in
            guard let m = c.value(0, as: WeekdayModifier.self), let w = c.value(1, as: Weekday.self) else { return nil }
            return .on(.weekday(w, m))
        },
        TimeRule(name: "ambiguous weekday at the end", pattern: [TP.t(L.ambiguousWeekdays), TP.g(TP.opt(".")),
                                                                  .lineEnd]) { c in
            c.value(0, as: Weekday.self).map { .on(.weekday($0, .coming)) }
        },
        TimeRule(name: "weekday of week", pattern: [TP.t(L.weekdays), TP.opt(","), TP.t(L.weekAfterWeekday)]) { c in
            c.value(0, as: Weekday.self).map { .on(.weekdayOfWeek($0, weekShift: c[1])) }
        },
        TimeRule(name: "week's weekday", pattern: [TP.t(L.weekBeforeWeekday), TP.t(L.weekdays)]) { c in
            c.value(1, as: Weekday.self).map { .on(.weekdayOfWeek($0, weekShift: c[0])) }
        },
        TimeRule(name: "ordinal day", pattern: [TP.opt("the"), TP.ordinal]) { c in .on(.dayOfMonth(c[0])) },
        TimeRule(name: "ordinal of month", pattern: [TP.opt("the"), TP.ordinal, TP.t(L.monthOf)]) { c in
            .on(.nthDay(c[0], of: .offset(c[1])))
        },
        TimeRule(name: "number of month", pattern: [TP.opt("the"), TP.n(1...31), TP.w("of", "day of"),
                                                    TP.t(L.monthRefs)]) { c in
            .on(.nthDay(c[0], of: .offset(c[1])))
        },
    ]

    /// Words that make `sat`/`sun` a weekday mid-line.
    static let ambiguousLeads = PhraseTable<WeekdayModifier>([
        ("on", .coming), ("by", .coming), ("until", .coming), ("till", .coming), ("before", .coming),
        ("coming", .coming), ("this", .thisWeek), ("next", .nextWeek), ("last", .last),
    ])

    /// in 3 days, 2 weeks from now, 3 days ago, 3 fridays from now, next week, end of the month.
    static let relativeRules: [TimeRule] = [
        TimeRule(name: "in n units", pattern: [TP.w("in", "within", "after", "in about", "in another"),
                                               TP.n(0...10_000, words: true), TP.opt("more"), TP.t(L.units),
                                               TP.opt("time")]) { c in
            fromToday(c[0], c.value(1))
        },
        TimeRule(name: "in a unit", pattern: [TP.w("in", "within"), TP.opt("a", "one"), TP.t(L.units)]) { c in
            fromToday(1, c.value(0))
        },
        TimeRule(name: "n units from now", pattern: [TP.n(0...10_000, words: true), TP.t(L.units),
                                                     TP.t(L.afterCount)]) { c in
            fromToday(c[0], c.value(1))
        },
        TimeRule(name: "upcoming n units", pattern: [TP.w("upcoming"), TP.n(0...10_000, words: true), TP.t(L.units)]) { c in
            fromToday(c[0], c.value(1))
        },
        TimeRule(name: "n upcoming units", pattern: [TP.n(0...10_000, words: true), TP.w("upcoming"), TP.t(L.units)]) { c in
            fromToday(c[0], c.value(1))
        },
        TimeRule(name: "a unit from now", pattern: [TP.w("a", "one"), TP.t(L.units), TP.t(L.afterCount)]) { c in
            fromToday(1, c.value(0))
        },
        TimeRule(name: "n units ago", pattern: [TP.n(0...10_000, words: true), TP.t(L.units), TP.w("ago", "back")]) { c in
            fromToday(-c[0], c.value(1))
        },
        TimeRule(name: "a unit ago", pattern: [TP.w("a", "one"), TP.t(L.units), TP.w("ago", "back")]) { c in
            fromToday(-1, c.value(0))
        },
        TimeRule(name: "for n units", pattern: [TP.w("for", "by", "another"), TP.n(1...1000, words: true), TP.t(L.units)]) { c in
            fromToday(c[0], c.value(1))
        },
        TimeRule(name: "for a unit", pattern: [TP.w("for a", "for one", "for another"), TP.t(L.units)]) { c in
            fromToday(1, c.value(0))
        },
        // "3 fridays from now": the coming Friday is the first.
        TimeRule(name: "n weekdays from now", pattern: [TP.n(1...1000, words: true), TP.t(L.weekdaysPlural),
                                                        TP.t(L.afterCount)]) { c in
            c.value(1, as: Weekday.self).map { .on(.shifted(.weekday($0, .coming), by: c[0] - 1, .week)) }
        },
        TimeRule(name: "n weekdays ago", pattern: [TP.n(1...1000, words: true), TP.t(L.weekdaysPlural),
                                                   TP.w("ago", "back")]) { c in
            c.value(1, as: Weekday.self).map { .on(.shifted(.weekday($0, .last), by: 1 - c[0], .week)) }
        },
        TimeRule(name: "range", pattern: [TP.t(L.ranges)]) { c in c.value(0, as: NamedSpan.self).map { .on(.span($0)) } },
        // Pieces for compositions: "a week" (after tomorrow), "October" (first Tuesday of).
        TimeRule(name: "duration", pattern: [TP.n(1...10_000, words: true), TP.t(L.units)]) { c in
            c.value(1, as: TimeUnit.self).map { TimeExpr(partial: .duration(c[0], $0)) }
        },
        TimeRule(name: "signed count", pattern: [TP.w("+"), TP.g(TP.n(1...10_000)), TP.t(L.units)]) { c in
            c.value(1, as: TimeUnit.self).map { TimeExpr(partial: .offset(c[0], $0)) }
        },
        TimeRule(name: "a duration", pattern: [TP.w("a", "one"), TP.t(L.units)]) { c in
            c.value(0, as: TimeUnit.self).map { TimeExpr(partial: .duration(1, $0)) }
        },
        TimeRule(name: "month", pattern: [TP.t(L.months)]) { c in TimeExpr(partial: .month(.named(c[0], year: nil))) },
        TimeRule(name: "month year", pattern: [TP.t(L.months), TP.opt(","), TP.year]) { c in
            TimeExpr(partial: .month(.named(c[0], year: c[1])))
        },
    ]

    /// Today moved by a count of units; `in 2 hours` stays today, having no clock to add to.
    static func fromToday(_ n: Int, _ unit: TimeUnit?) -> TimeExpr? {
        unit.map { .on(.shifted(.relative(days: 0), by: n, $0)) }
    }

    /// at 3pm, 15:30, 3:30 pm, at 3, noon, in the morning, 8 tonight.
    static let clockRules: [TimeRule] = [
        TimeRule(name: "h ampm", pattern: [TP.n(1...12), TP.t(L.ampm)]) { c in
            .at(DateMath.time(hour: c[0], minute: 0, period: c.value(1) ?? .none, guessPM: false))
        },
        TimeRule(name: "h letter", pattern: [TP.n(1...12), TP.g(TP.t(L.ampmLetters)), TP.g(TP.opt("."))]) { c in
            .at(DateMath.time(hour: c[0], minute: 0, period: c.value(1) ?? .none, guessPM: false))
        },
        TimeRule(name: "h:mm ampm", pattern: [TP.n(0...23), TP.g(TP.w(":", ".")), TP.g(TP.n(0...59)), TP.t(L.ampm)]) { c in
            .at(DateMath.time(hour: c[0], minute: c[1], period: c.value(2) ?? .none, guessPM: false))
        },
        TimeRule(name: "h:mm", pattern: [TP.n(0...23), TP.g(TP.w(":")), TP.g(TP.n(0...59))]) { c in
            .at(DateMath.time(hour: c[0], minute: c[1], period: .none, guessPM: c[0] <= 6 && c[0] > 0))
        },
        TimeRule(name: "at h", pattern: [TP.w("at", "around", "about", "@"), TP.n(0...23),
                                         TP.opt("o'clock", "oclock", "sharp")]) { c in
            .at(DateMath.time(hour: c[0], minute: 0, period: .none, guessPM: true))
        },
        TimeRule(name: "h o'clock", pattern: [TP.n(0...23), TP.w("o'clock", "oclock")]) { c in
            .at(DateMath.time(hour: c[0], minute: 0, period: .none, guessPM: true))
        },
        TimeRule(name: "h day period", pattern: [TP.n(1...12), TP.t(L.dayPeriods)]) { c in
            guard let p = c.value(1, as: DayAtTime.self) else { return nil }
            let period: DayPeriod = (p.time?.hour ?? 0) < 12 ? .morning : .afternoon
            return TimeExpr(day: .relative(days: p.days), time: DateMath.time(hour: c[0], minute: 0, period: period,
                                                                             guessPM: false))
        },
        TimeRule(name: "period", pattern: [TP.opt("in the", "this", "the", "in", "at"), TP.t(L.periods)]) { c in
            .during(c.value(0, as: DayAtTime.self)?.time)
        },
    ]

    /// daily, every 2 weeks, every Monday, on Mondays, last day of every month.
    static let repeatRules: [TimeRule] = [
        TimeRule(name: "repeat word", pattern: [TP.t(L.repeats)]) { c in
            c.value(0, as: Recurrence.self).map { TimeExpr(recurrence: $0) }
        },
        TimeRule(name: "month ends", pattern: [TP.t(L.monthEndRepeats)]) { _ in
            TimeExpr(day: .nthDay(-1, of: .offset(0)), recurrence: .monthEnds)
        },
        TimeRule(name: "every n units", pattern: [TP.w("every", "each"), TP.n(1...1000, words: true), TP.t(L.units)]) { c in
            c.value(1, as: TimeUnit.self).flatMap(repeating(c[0])).map { TimeExpr(recurrence: $0) }
        },
        TimeRule(name: "every weekday", pattern: [TP.w("every", "each"), TP.t(L.weekdays)]) { c in
            c.value(0, as: Weekday.self).map { TimeExpr(day: .weekday($0, .coming), recurrence: .weekly) }
        },
        TimeRule(name: "every other weekday", pattern: [TP.w("every other", "every second", "every 2nd", "alternate"),
                                                         TP.t(L.weekdays)]) { c in
            c.value(0, as: Weekday.self).map { TimeExpr(day: .weekday($0, .coming), recurrence: .every(2, .week)) }
        },
        TimeRule(name: "every weekday plural", pattern: [TP.opt("on", "every"), TP.t(L.weekdaysPlural)]) { c in
            c.value(0, as: Weekday.self).map { TimeExpr(day: .weekday($0, .coming), recurrence: .weekly) }
        },
    ]

    /// A repeat of `n` units, when the unit repeats.
    static func repeating(_ n: Int) -> (TimeUnit) -> Recurrence? {
        { unit in
            switch unit {
            case .day: return Recurrence(every: n, unit: .day)
            case .week: return Recurrence(every: n, unit: .week)
            case .fortnight: return Recurrence(every: 2 * n, unit: .week)
            case .month: return Recurrence(every: n, unit: .month)
            case .quarter: return Recurrence(every: 3 * n, unit: .month)
            case .year: return Recurrence(every: 12 * n, unit: .month)
            case .businessDay: return Recurrence(every: n, unit: .weekday)
            case .minute, .hour, .halfMonth: return nil
            }
        }
    }
}
