/// A time rule: a pattern over tokens (and, for compositions, over expressions already found)
/// and the expression its captures describe.
struct TimeRule: Sendable {
    let name: String
    let pattern: [TimePiece]
    let produce: @Sendable (Captures) -> TimeExpr?
}

/// What a match captured, in pattern order: numbers, lexicon values, and found expressions.
struct Captures: Sendable {
    var items: [any Sendable] = []
    /// Read `12/10` as 12 October (the book's setting).
    var dayFirst = false

    /// The number captured at `i` (0 when that capture is no number).
    subscript(i: Int) -> Int { value(i) ?? 0 }

    /// The capture at `i` as a `T`, or nil.
    func value<T>(_ i: Int, as: T.Type = T.self) -> T? { i < items.count ? items[i] as? T : nil }

    func expr(_ i: Int) -> TimeExpr? { value(i) }
}
