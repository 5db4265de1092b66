/// Something in a line that was recognised but cannot be right, such as a date that does not exist.
public enum ParseProblem: Sendable, Equatable {
    /// The words that named the date, and why it cannot be a day (`Feb 30`, "February has 28 days in 2027").
    case impossibleDate(words: String, reason: String)
    /// An amount that is zero or negative where a positive one is needed.
    case badAmount(words: String)
}
