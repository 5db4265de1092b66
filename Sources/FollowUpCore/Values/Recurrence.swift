/// How a reminder repeats: every N days, weeks or months, every working day, or on the last day
/// of every N months.
public struct Recurrence: Hashable, Sendable, CustomStringConvertible {
    /// `weekday`: Monday to Friday, skipping Saturday and Sunday. `monthEnd`: the last day of the month.
    public enum Unit: String, Sendable, CaseIterable { case day, week, month, weekday, monthEnd }

    public let every: Int
    public let unit: Unit

    public init?(every: Int, unit: Unit) {
        guard every >= 1, every <= 1000 else { return nil }
        self.every = every
        self.unit = unit
    }

    public static let daily = Recurrence(every: 1, unit: .day)!
    public static let weekly = Recurrence(every: 1, unit: .week)!
    public static let monthly = Recurrence(every: 1, unit: .month)!
    public static let weekdays = Recurrence(every: 1, unit: .weekday)!
    public static let monthEnds = Recurrence(every: 1, unit: .monthEnd)!

    /// The next occurrence after `day`.
    public func next(after day: Day) -> Day { step(day, 1) }

    /// The first occurrence strictly after `today`, stepping from `from`.
    /// Months step from the anchor so the 31st stays the 31st where the month has one.
    public func firstAfter(_ today: Day, from start: Day) -> Day {
        var n = 1
        var d = step(start, n)
        while d <= today { n += 1; d = step(start, n) }
        return d
    }

    /// The latest occurrence on or before `today`, stepping from `start` (`start` itself when
    /// `today` is before it). A repeating reminder left undone shows this one: the ones before
    /// it were missed, and a missed occurrence is no backlog.
    public func latest(onOrBefore today: Day, from start: Day) -> Day {
        guard today > start else { return start }
        // Jump close from a low estimate (no unit is shorter than its estimate), then step on.
        let days = today.ordinal - start.ordinal
        let shortest: Int
        switch unit {
        case .day: shortest = every
        case .week: shortest = 7 * every
        case .month, .monthEnd: shortest = 31 * every
        case .weekday: shortest = every * 7 / 5 + 2
        }
        var n = max(0, days / shortest - 1)
        while n > 0, step(start, n) > today { n -= 1 }
        while step(start, n + 1) <= today { n += 1 }
        return n == 0 ? start : step(start, n)
    }

    private func step(_ start: Day, _ n: Int) -> Day {
        switch unit {
        case .day: return start.adding(days: every * n)
        case .week: return start.adding(days: 7 * every * n)
        case .month: return start.adding(months: every * n)
        case .monthEnd: return start.adding(months: every * n).endOfMonth
        case .weekday: return Recurrence.weekdays(after: start, n * every)
        }
    }

    /// The `n`th working day after `start`: whole weeks at once, then day by day.
    private static func weekdays(after start: Day, _ n: Int) -> Day {
        // From a weekend day, count from the Friday before it.
        let from = !start.isWorkingDay ? start.adding(days: 4 - start.weekday.rawValue) : start
        var d = from.adding(days: 7 * (n / 5))
        var left = n % 5
        while left > 0 {
            d = d.adding(days: 1)
            if d.isWorkingDay { left -= 1 }
        }
        return d
    }

    /// Canonical text: `daily`, `weekly`, `monthly`, `weekdays`, `month ends`, or `every 3 days`.
    public var description: String {
        if every == 1 {
            switch unit {
            case .day: return "daily"
            case .week: return "weekly"
            case .month: return "monthly"
            case .weekday: return "weekdays"
            case .monthEnd: return "month ends"
            }
        }
        return unit == .monthEnd ? "every \(every) month ends" : "every \(every) \(unit.rawValue)s"
    }

    /// Parses the canonical text.
    public init?(text: String) {
        switch text {
        case "daily": self = .daily; return
        case "weekly": self = .weekly; return
        case "monthly": self = .monthly; return
        case "weekdays": self = .weekdays; return
        case "month ends": self = .monthEnds; return
        default: break
        }
        let p = text.split(separator: " ")
        if p.count == 4, p[0] == "every", let n = Int(p[1]), p[2] == "month", p[3] == "ends" {
            self.init(every: n, unit: .monthEnd)
            return
        }
        guard p.count == 3, p[0] == "every", let n = Int(p[1]),
              let u = Unit(rawValue: String(p[2].hasSuffix("s") ? p[2].dropLast() : p[2])) else { return nil }
        self.init(every: n, unit: u)
    }

    public var chinese: String {
        switch (every, unit) {
        case (1, .day): return "每天"
        case (1, .week): return "每周"
        case (1, .month): return "每月"
        case (1, .weekday): return "每个工作日"
        case (1, .monthEnd): return "每月最后一天"
        case (_, .weekday): return "每\(every)个工作日"
        case (_, .monthEnd): return "每\(every)个月的最后一天"
        case (_, .day): return "每\(every)天"
        case (_, .week): return "每\(every)周"
        case (_, .month): return "每\(every)个月"
        }
    }
}
