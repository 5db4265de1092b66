/// How a reminder repeats: every N days, weeks or months.
public struct Recurrence: Hashable, Sendable, CustomStringConvertible {
    public enum Unit: String, Sendable, CaseIterable { case day, week, month }

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

    private func step(_ start: Day, _ n: Int) -> Day {
        switch unit {
        case .day: return start.adding(days: every * n)
        case .week: return start.adding(days: 7 * every * n)
        case .month: return start.adding(months: every * n)
        }
    }

    /// Canonical text: `daily`, `weekly`, `monthly`, or `every 3 days`.
    public var description: String {
        if every == 1 {
            switch unit { case .day: return "daily"; case .week: return "weekly"; case .month: return "monthly" }
        }
        return "every \(every) \(unit.rawValue)s"
    }

    /// Parses the canonical text.
    public init?(text: String) {
        switch text {
        case "daily": self = .daily; return
        case "weekly": self = .weekly; return
        case "monthly": self = .monthly; return
        default: break
        }
        let p = text.split(separator: " ")
        guard p.count == 3, p[0] == "every", let n = Int(p[1]),
              let u = Unit(rawValue: String(p[2].hasSuffix("s") ? p[2].dropLast() : p[2])) else { return nil }
        self.init(every: n, unit: u)
    }

    public var chinese: String {
        switch (every, unit) {
        case (1, .day): return "每天"
        case (1, .week): return "每周"
        case (1, .month): return "每月"
        case (_, .day): return "每\(every)天"
        case (_, .week): return "每\(every)周"
        case (_, .month): return "每\(every)个月"
        }
    }
}
