import FollowUpCore

/// English time grammar: each rule is a pattern over tokens and what it means relative to today.
enum TimeRulesEN {
    typealias L = TimeLexiconEN

    static let rules: [TimeRule] = dayRules + calendarRules + relativeRules + clockRules + repeatRules

    /// today, tomorrow, (next) Friday, Friday next week, the 10th, the 5th of next month.
    static let dayRules: [TimeRule] = [
        TimeRule(name: "relative day", pattern: [TP.t(L.relativeDays)]) { c, x in
            TimeValue(day: x.today.adding(days: c[0]))
        },
        TimeRule(name: "weekday", pattern: [TP.optT(L.weekdayModifiers, absent: 0), TP.t(L.weekdays),
                                             TP.g(TP.opt("."))]) { c, x in
            TimeValue(day: DateMath.weekday(c[1], modifier: c[0], today: x.today),
                      past: c[0] == 0 ? DateMath.previousWeekday(c[1], before: x.today) : nil)
        },
        TimeRule(name: "ambiguous weekday", pattern: [TP.t(ambiguousLeads), TP.t(L.ambiguousWeekdays)]) { c, x in
            TimeValue(day: DateMath.weekday(c[1], modifier: c[0], today: x.today))
        },
        TimeRule(name: "weekday of week", pattern: [TP.t(L.weekdays), TP.opt(","), TP.t(L.weekAfterWeekday)]) { c, x in
            TimeValue(day: DateMath.weekday(c[0], weekShift: c[1], from: x.today))
        },
        TimeRule(name: "ordinal day", pattern: [TP.opt("the"), TP.ordinal, TP.optT(L.monthOf, absent: -9)]) { c, x in
            guard (1...31).contains(c[0]) else { return TimeValue(impossible: "no month has a day \(c[0])") }
            if c[1] == -9 {
                return TimeValue(day: DateMath.nextDayOfMonth(c[0], from: x.today), bareDayOfMonth: c[0],
                                 past: DateMath.previousDayOfMonth(c[0], before: x.today))
            }
            return DateMath.dayInMonth(offset: c[1], day: c[0], today: x.today)
        },
    ]

    /// Dec 10, 10 Dec, December 10th 2026, 12/10, 2026-12-10, holidays.
    static let calendarRules: [TimeRule] = {
        var r: [TimeRule] = []
        let day: [TimePiece] = [TP.ordinal, TP.n(1...99)]
        for d in day {
            r.append(TimeRule(name: "month day", pattern: [TP.t(L.months), TP.g(TP.opt(".")), TP.opt("the"), d]) { c, x in
                DateMath.monthDay(month: c[0], day: c[1], year: nil, today: x.today)
            })
            r.append(TimeRule(name: "month day year",
                              pattern: [TP.t(L.months), TP.g(TP.opt(".")), TP.opt("the"), d, TP.opt(","), TP.year]) { c, x in
                DateMath.monthDay(month: c[0], day: c[1], year: c[2], today: x.today)
            })
            r.append(TimeRule(name: "day month", pattern: [TP.opt("the"), d, TP.opt("of"), TP.t(L.months)]) { c, x in
                DateMath.monthDay(month: c[1], day: c[0], year: nil, today: x.today)
            })
            r.append(TimeRule(name: "day month year",
                              pattern: [TP.opt("the"), d, TP.opt("of"), TP.t(L.months), TP.opt(","), TP.year]) { c, x in
                DateMath.monthDay(month: c[1], day: c[0], year: c[2], today: x.today)
            })
        }
        r.append(TimeRule(name: "part of month", pattern: [TP.t(L.partOfMonth), TP.t(L.months)]) { c, x in
            // The month is the nearer one, as for "Dec 10"; then the part of it.
            let first = DateMath.monthDay(month: c[1], day: 1, year: nil, today: x.today)
            guard let start = first.day else { return first }
            switch c[0] {
            case 31: return TimeValue(day: start.endOfMonth)
            case 15: return TimeValue(day: start.adding(days: 14))
            default: return TimeValue(day: start)
            }
        })
        r.append(TimeRule(name: "m/d", pattern: [TP.n(0...99), TP.g(TP.w("/")), TP.g(TP.n(0...99))]) { c, x in
            DateMath.monthDay(month: x.dayFirst ? c[1] : c[0], day: x.dayFirst ? c[0] : c[1], year: nil, today: x.today)
        })
        r.append(TimeRule(name: "m/d/y", pattern: [TP.n(0...99), TP.g(TP.w("/")), TP.g(TP.n(0...99)),
                                                   TP.g(TP.w("/")), TP.g(TP.year)]) { c, x in
            DateMath.monthDay(month: x.dayFirst ? c[1] : c[0], day: x.dayFirst ? c[0] : c[1], year: c[2], today: x.today)
        })
        r.append(TimeRule(name: "m/d/yy", pattern: [TP.n(0...99), TP.g(TP.w("/")), TP.g(TP.n(0...99)),
                                                    TP.g(TP.w("/")), TP.g(TP.n(0...99))]) { c, x in
            DateMath.monthDay(month: x.dayFirst ? c[1] : c[0], day: x.dayFirst ? c[0] : c[1], year: 2000 + c[2], today: x.today)
        })
        for sep in ["-", "/"] {
            r.append(TimeRule(name: "iso", pattern: [TP.year, TP.g(TP.w(sep)), TP.g(TP.n(0...99)), TP.g(TP.w(sep)),
                                                     TP.g(TP.n(0...99))]) { c, x in
                DateMath.monthDay(month: c[1], day: c[2], year: c[0], today: x.today)
            })
        }
        r.append(TimeRule(name: "holiday", pattern: [TP.t(L.holidays)]) { c, x in
            TimeValue(day: DateMath.holiday(c[0], today: x.today))
        })
        return r
    }()

    /// in 3 days, 2 weeks from now, 3 days ago, next week, end of the month.
    static let relativeRules: [TimeRule] = [
        TimeRule(name: "in n units", pattern: [TP.w("in", "within", "after", "in about", "in another"),
                                               TP.n(0...10_000, words: true), TP.t(L.units), TP.opt("time")]) { c, x in
            TimeValue(day: offset(c[0], c[1], x.today))
        },
        TimeRule(name: "in a unit", pattern: [TP.w("in", "within"), TP.opt("a", "one"), TP.t(L.units)]) { c, x in
            TimeValue(day: offset(1, c[0], x.today))
        },
        TimeRule(name: "n units from now", pattern: [TP.n(0...10_000, words: true), TP.t(L.units),
                                                     TP.w("from now", "from today", "later", "hence", "after today", "out")]) { c, x in
            TimeValue(day: offset(c[0], c[1], x.today))
        },
        TimeRule(name: "a unit from now", pattern: [TP.w("a", "one"), TP.t(L.units), TP.w("from now", "from today", "later")]) { c, x in
            TimeValue(day: offset(1, c[0], x.today))
        },
        TimeRule(name: "n units ago", pattern: [TP.n(0...10_000, words: true), TP.t(L.units), TP.w("ago", "back")]) { c, x in
            TimeValue(day: offset(-c[0], c[1], x.today))
        },
        TimeRule(name: "for n units", pattern: [TP.w("for", "by", "another"), TP.n(1...1000, words: true), TP.t(L.units)]) { c, x in
            TimeValue(day: offset(c[0], c[1], x.today))
        },
        TimeRule(name: "for a unit", pattern: [TP.w("for a", "for one", "for another"), TP.t(L.units)]) { c, x in
            TimeValue(day: offset(1, c[0], x.today))
        },
        TimeRule(name: "range", pattern: [TP.t(L.ranges)]) { c, x in range(c[0], x.today) },
    ]

    /// at 3pm, 15:30, 3:30 pm, at 3, noon, in the morning.
    static let clockRules: [TimeRule] = [
        TimeRule(name: "h ampm", pattern: [TP.n(1...12), TP.t(L.ampm)]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[0], minute: 0, period: c[1], guessPM: false))
        },
        TimeRule(name: "h:mm ampm", pattern: [TP.n(0...23), TP.g(TP.w(":", ".")), TP.g(TP.n(0...59)), TP.t(L.ampm)]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[0], minute: c[1], period: c[2], guessPM: false))
        },
        TimeRule(name: "h:mm", pattern: [TP.n(0...23), TP.g(TP.w(":")), TP.g(TP.n(0...59))]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[0], minute: c[1], period: 0, guessPM: c[0] <= 6 && c[0] > 0))
        },
        TimeRule(name: "at h", pattern: [TP.w("at", "around", "about"), TP.n(0...23), TP.opt("o'clock", "oclock", "sharp")]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[0], minute: 0, period: 0, guessPM: true))
        },
        TimeRule(name: "h o'clock", pattern: [TP.n(0...23), TP.w("o'clock", "oclock")]) { c, _ in
            TimeValue(time: DateMath.time(hour: c[0], minute: 0, period: 0, guessPM: true))
        },
        TimeRule(name: "period", pattern: [TP.opt("in the", "this", "the", "in", "at"), TP.t(L.periods)]) { c, _ in
            TimeValue(time: TimeOfDay(hour: c[0] / 60, minute: c[0] % 60))
        },
        TimeRule(name: "tonight", pattern: [TP.w("tonight", "tonite")]) { _, x in
            TimeValue(day: x.today, time: TimeOfDay(hour: 20, minute: 0))
        },
    ]

    /// daily, every 2 weeks, every Monday, on Mondays.
    static let repeatRules: [TimeRule] = [
        TimeRule(name: "repeat word", pattern: [TP.t(L.repeats)]) { c, _ in
            repeatValue(c[0])
        },
        TimeRule(name: "every n units", pattern: [TP.w("every", "each"), TP.n(1...1000, words: true), TP.t(L.units)]) { c, _ in
            let unit: Recurrence.Unit = c[1] == 3 ? .month : (c[1] == 2 || c[1] == 6 ? .week : .day)
            let n = c[1] == 4 ? c[0] * 12 : (c[1] == 6 ? c[0] * 2 : c[0])
            return TimeValue(recurrence: Recurrence(every: n, unit: c[1] == 4 ? .month : unit))
        },
        TimeRule(name: "every weekday", pattern: [TP.w("every", "each"), TP.t(L.weekdays)]) { c, x in
            TimeValue(day: DateMath.nextWeekday(c[0], after: x.today), recurrence: .weekly)
        },
        TimeRule(name: "every other weekday", pattern: [TP.w("every other", "every second", "every 2nd", "alternate"),
                                                         TP.t(L.weekdays)]) { c, x in
            TimeValue(day: DateMath.nextWeekday(c[0], after: x.today), recurrence: Recurrence(every: 2, unit: .week))
        },
        TimeRule(name: "every weekday plural", pattern: [TP.opt("on", "every"), TP.t(L.weekdaysPlural)]) { c, x in
            TimeValue(day: DateMath.nextWeekday(c[0], after: x.today), recurrence: .weekly)
        },
    ]

    /// Words that make `sat`/`sun` a weekday, with the weekday modifier they carry.
    static let ambiguousLeads = PhraseTable<Int>([
        ("on", 0), ("by", 0), ("until", 0), ("this", 2), ("next", 1), ("last", -1), ("coming", 0),
        ("before", 0), ("till", 0),
    ])

    /// A repeat code (every*10 + unit) as a value.
    static func repeatValue(_ code: Int) -> TimeValue? {
        let every = code / 10, u = code % 10
        let unit: Recurrence.Unit = u == 3 ? .month : (u == 2 ? .week : .day)
        guard let r = Recurrence(every: every, unit: unit) else { return nil }
        return TimeValue(recurrence: r)
    }

    /// Today moved by a count of units (6 = fortnights).
    static func offset(_ n: Int, _ unit: Int, _ today: Day) -> Day {
        unit == 6 ? DateMath.add(2 * n, unit: 2, to: today) : DateMath.add(n, unit: unit, to: today)
    }

    /// Named ranges. End of the week is Friday — the end of the working week, when a customer
    /// promises to pay "by end of week" — or the next Friday once this week's has passed.
    static func range(_ code: Int, _ today: Day) -> TimeValue? {
        let monday = today.startOfWeek
        switch code {
        case 1: return TimeValue(day: monday.adding(days: 7), until: monday.adding(days: 13))
        case 2: return TimeValue(day: today, until: monday.adding(days: 6))
        case 3: return TimeValue(day: monday.adding(days: -7), until: monday.adding(days: -1))
        case 4:
            let first = today.startOfMonth.adding(months: 1)
            return TimeValue(day: first, until: first.endOfMonth)
        case 5: return TimeValue(day: today, until: today.endOfMonth)
        case 6: return TimeValue(day: today.endOfMonth)
        case 7:
            let friday = monday.adding(days: 4)
            return TimeValue(day: friday >= today ? friday : friday.adding(days: 7))
        case 8: return TimeValue(day: today.startOfMonth.adding(months: 1).endOfMonth)
        case 9: return TimeValue(day: monday.adding(days: 11))
        case 10: return TimeValue(day: Day(year: today.year, month: 12, day: 31))
        case 11: return TimeValue(day: today.startOfMonth.adding(months: 1))
        case 12:
            let sat = monday.adding(days: 5)
            return TimeValue(day: sat >= today ? sat : today, until: monday.adding(days: 6))
        case 13: return TimeValue(day: monday.adding(days: 12), until: monday.adding(days: 13))
        case 15: return TimeValue(day: Day(year: today.year + 1, month: 1, day: 1))
        case 16:
            let mid = today.startOfMonth.adding(days: 14)
            return TimeValue(day: mid >= today ? mid : today.startOfMonth.adding(months: 1).adding(days: 14))
        case 17: return TimeValue(day: today.startOfMonth.adding(months: 1).adding(days: 14))
        case 18:
            let first = today.startOfMonth.adding(months: -1)
            return TimeValue(day: first, until: first.endOfMonth)
        case 19: return TimeValue(day: monday.adding(days: 14), until: monday.adding(days: 20))
        case 20: return TimeValue(day: today.adding(days: 1) <= monday.adding(days: 6) ? today.adding(days: 1) : today,
                                  until: monday.adding(days: 6))
        case 21: return TimeValue(day: today, until: today.endOfMonth)
        case 22: return TimeValue(day: monday.adding(days: 7))
        default: return nil
        }
    }
}
