import FollowUpCore

/// One element of a time rule's pattern; capturing elements append an Int to the captures.
enum TimePiece: Sendable {
    /// One of these phrases; captures nothing.
    case word(PhraseTable<Bool>)
    /// Optionally one of these phrases; captures nothing.
    case optional(PhraseTable<Bool>)
    /// One of these phrases; captures its value.
    case table(PhraseTable<Int>)
    /// Optionally one of these phrases; captures its value, or `absent` when missing.
    case optionalTable(PhraseTable<Int>, absent: Int)
    /// An integer in range (digits, Chinese numeral, or English word when `words`); captures it.
    case number(ClosedRange<Int>, words: Bool)
    /// A four-digit year (or `二〇二六`-style digits); captures it.
    case year
    /// An ordinal day (`10th`, `1st`, `the first`); captures it.
    case ordinal
    /// The inner piece with no space before it.
    indirect case glued(TimePiece)
}

/// A time rule: a pattern and what the captured numbers mean relative to today.
struct TimeRule: Sendable {
    let name: String
    let pattern: [TimePiece]
    let produce: @Sendable ([Int], TimeContext) -> TimeValue?
}

/// What a rule can know when producing its value.
struct TimeContext: Sendable {
    let today: Day
}
