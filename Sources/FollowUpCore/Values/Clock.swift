/// Where "today" comes from: the system clock when live, a fixed day in tests and replays.
public protocol Clock: Sendable {
    func today() -> Day
    /// The time of day, when the clock knows it: `in 2 hours` counts from it. A frozen clock
    /// (tests, replays) has none, so a replay never depends on the hour it runs at.
    func now() -> TimeOfDay?
}

extension Clock {
    public func now() -> TimeOfDay? { nil }
}

/// A clock frozen on one day (`--today`, tests), and at one time of day when given one
/// (`--today "2026-11-18 09:30"`), so a replay that snoozes by hours stays exact.
public struct FixedClock: Clock {
    public let day: Day
    public let time: TimeOfDay?
    public init(_ day: Day, time: TimeOfDay? = nil) {
        self.day = day
        self.time = time
    }
    public func today() -> Day { day }
    public func now() -> TimeOfDay? { time }

    /// `YYYY-MM-DD`, optionally followed by a time (`YYYY-MM-DD HH:MM` or `YYYY-MM-DDTHH:MM`).
    public static func parse(_ text: String) -> (Day, TimeOfDay?)? {
        let t = text.trimmingWhitespace
        guard t.count >= 10, let day = Day(iso: String(t.prefix(10))) else { return nil }
        var rest = Substring(t.dropFirst(10))
        if rest.isEmpty { return (day, nil) }
        guard rest.first == " " || rest.first == "T" else { return nil }
        rest = rest.dropFirst()
        guard let time = TimeOfDay(text: String(rest).trimmingWhitespace) else { return nil }
        return (day, time)
    }
}
