/// Where "today" comes from: the system clock when live, a fixed day in tests and replays.
public protocol Clock: Sendable {
    func today() -> Day
}

/// A clock frozen on one day (`--today`, tests).
public struct FixedClock: Clock {
    public let day: Day
    public init(_ day: Day) { self.day = day }
    public func today() -> Day { day }
}
