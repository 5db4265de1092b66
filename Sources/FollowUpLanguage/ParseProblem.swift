/// Something in a line that was recognised but cannot be right, such as a date that does not exist.
public enum ParseProblem: Sendable, Equatable {
    /// The words that named the date, and why it cannot be a day (`Feb 30`, "February has 28 days in 2027").
    case impossibleDate(words: String, reason: String)
    /// An amount that is zero or negative where a positive one is needed.
    case badAmount(words: String)
    /// Words next to the filled slots that the reading does not explain, and why they matter.
    /// The line must not be recorded as read: a wrong record is worse than a question.
    case unexplained(Doubt, words: String)
}

/// Why words left over from a reading stop it from being recorded.
public enum Doubt: String, Sendable, Equatable {
    /// Words the reading has no place for ("signed contract", 又下了一单).
    case unknownWords
    /// Words that take money back (bounced, refund, 退货).
    case reversal
    /// Words that say it did not happen (didn't, 没有).
    case negation
    /// Words that make it uncertain (if, maybe, 可能).
    case condition
    /// Words that make a money fact repeat (every friday, 每月): one is kept at a time.
    case repeating
    /// Two amounts joined as a range (2-3k, 2000 to 3000, 两三千, 2千到3千): which one is meant.
    case range
}
