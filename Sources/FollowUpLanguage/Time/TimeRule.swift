/// A time rule: a pattern and what the captured numbers mean relative to today.
struct TimeRule: Sendable {
    let name: String
    let pattern: [TimePiece]
    let produce: @Sendable ([Int], TimeContext) -> TimeValue?
}
