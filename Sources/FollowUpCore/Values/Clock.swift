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

/// A clock frozen on one day (`--today`, tests).
public struct FixedClock: Clock {
    public let day: Day
    public init(_ day: Day) { self.day = day }
    public func today() -> Day { day }
}
