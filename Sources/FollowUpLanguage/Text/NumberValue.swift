/// The value of a number token, exact to hundredths.
struct NumberValue: Sendable, Equatable {
    /// Value × 100, or nil when it does not fit.
    var hundredths: Int64?
    /// True when there is no decimal point.
    var isInteger: Bool
    /// Count of digits as typed.
    var digitCount: Int
    /// True when grouping commas were used (`12,500`).
    var grouped: Bool
    /// The digits as typed without commas (`13912345678`).
    var digits: String

    /// The integer value when it is a whole number that fits comfortably.
    var int: Int? {
        guard isInteger, let h = hundredths else { return nil }
        return Int(h / 100)
    }
}
