import FollowUpCore

/// English calendar dates: Dec 10, 10 Dec, December 10th 2026, 12/10, 2026-12-10, 25.05.2015, holidays.
enum TimeRulesENCalendar {
    typealias L = TimeLexiconEN

    static let rules: [TimeRule] = monthDayRules + numericRules + holidayRules

    static let monthDayRules: [TimeRule] = {
        var r: [TimeRule] = []
        for d in [TP.ordinal, TP.n(1...99), TP.t(L.ordinalWords)] {
            r.append(TimeRule(name: "month day", pattern: [TP.t(L.months), TP.g(TP.opt(".")), TP.opt("the"), d]) { c in
                .on(.date(month: c[0], day: c[1], year: nil))
            })
            r.append(TimeRule(name: "month day year", pattern: [TP.t(L.months), TP.g(TP.opt(".")), TP.opt("the"), d,
                                                                TP.opt(","), TP.year]) { c in
                .on(.date(month: c[0], day: c[1], year: c[2]))
            })
            r.append(TimeRule(name: "day month", pattern: [TP.opt("the"), d, TP.opt("of"), TP.t(L.months)]) { c in
                .on(.date(month: c[1], day: c[0], year: nil))
            })
            r.append(TimeRule(name: "day month year", pattern: [TP.opt("the"), d, TP.opt("of"), TP.t(L.months),
                                                                TP.opt(","), TP.year]) { c in
                .on(.date(month: c[1], day: c[0], year: c[2]))
            })
        }
        // 31-Oct-74, 31/Oct/1974: a day, a month name and a year joined by dashes or slashes.
        for sep in ["-", "/"] {
            r.append(TimeRule(name: "d-mon-y", pattern: [TP.n(1...31), TP.g(TP.w(sep)), TP.g(TP.t(L.months)),
                                                         TP.g(TP.w(sep)), TP.g(TP.n(0...9999))]) { c in
                .on(.date(month: c[1], day: c[0], year: c[2]))
            })
        }
        r.append(TimeRule(name: "part of month", pattern: [TP.t(L.partOfMonth), TP.t(L.months)]) { c in
            c.value(0, as: MonthPart.self).map { .on(.nthDay($0.nth, of: .nearest(c[1]))) }
        })
        return r
    }()

    /// 12/10, 12/10/2026, 12/10/26, 2026-12-10, 2026/12/10, 2026.12.10, 25.05.2015, 05-25-2015.
    static let numericRules: [TimeRule] = {
        var r: [TimeRule] = []
        r.append(TimeRule(name: "m/d", pattern: [TP.n(0...99), TP.g(TP.w("/")), TP.g(TP.n(0...99))]) { c in
            ordered(c[0], c[1], year: nil, dayFirst: c.dayFirst)
        })
        for sep in ["/", "-"] {
            r.append(TimeRule(name: "m/d/y", pattern: [TP.n(0...99), TP.g(TP.w(sep)), TP.g(TP.n(0...99)),
                                                       TP.g(TP.w(sep)), TP.g(TP.year)]) { c in
                ordered(c[0], c[1], year: c[2], dayFirst: c.dayFirst)
            })
            r.append(TimeRule(name: "m/d/yy", pattern: [TP.n(0...99), TP.g(TP.w(sep)), TP.g(TP.n(0...99)),
                                                        TP.g(TP.w(sep)), TP.g(TP.n(0...99))]) { c in
                ordered(c[0], c[1], year: c[2], dayFirst: c.dayFirst)
            })
        }
        for sep in ["-", "/"] {
            r.append(TimeRule(name: "iso", pattern: [TP.year, TP.g(TP.w(sep)), TP.g(TP.n(0...99)), TP.g(TP.w(sep)),
                                                     TP.g(TP.n(0...99))]) { c in
                .on(.date(month: c[1], day: c[2], year: c[0]))
            })
        }
        // Dotted dates are European, day first, whatever the book's setting — unless only the
        // other order is a date (10.31.1974). The tokenizer reads 25.05 as one number.
        r.append(TimeRule(name: "d.m.y", pattern: [TP.dotted, TP.g(TP.w(".")), TP.g(TP.year)]) { c in
            c[1] > 12 && c[0] <= 12 ? .on(.date(month: c[0], day: c[1], year: c[2]))
                : .on(.date(month: c[1], day: c[0], year: c[2]))
        })
        r.append(TimeRule(name: "y.m.d", pattern: [TP.dotted, TP.g(TP.w(".")), TP.g(TP.n(1...31))]) { c in
            (1900...2200).contains(c[0]) ? .on(.date(month: c[1], day: c[2], year: c[0])) : nil
        })
        return r
    }()

    /// Month/day in the book's order (`dayFirst`: 12/10 is 12 October).
    static func ordered(_ first: Int, _ second: Int, year: Int?, dayFirst: Bool) -> TimeExpr {
        .on(.date(month: dayFirst ? second : first, day: dayFirst ? first : second, year: year))
    }

    /// christmas, next halloween, last chinese new year, christmas 2014.
    static let holidayRules: [TimeRule] = [
        TimeRule(name: "holiday", pattern: [TP.optT(holidayPicks, absent: .upcoming), TP.t(L.holidays)]) { c in
            guard let pick = c.value(0, as: HolidayPick.self), let h = c.value(1, as: Holiday.self) else { return nil }
            return .on(.holiday(h, pick))
        },
        TimeRule(name: "holiday year", pattern: [TP.t(L.holidays), TP.opt("of", "in"), TP.year]) { c in
            c.value(0, as: Holiday.self).map { .on(.holiday($0, .year(c[1]))) }
        },
    ]

    static let holidayPicks = PhraseTable<HolidayPick>([
        ("next", .upcoming), ("this", .upcoming), ("coming", .upcoming), ("last", .previous),
        ("past", .previous),
    ])
}
