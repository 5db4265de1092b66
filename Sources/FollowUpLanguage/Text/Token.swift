/// One unit of a normalised line: a word, a number, one CJK ideograph, an email, or a symbol.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, number, cjk, symbol, email }

    var kind: Kind
    /// Matching form: lowercase, half-width, simplified.
    var text: String
    /// Scalar offsets into the `NormalText`.
    var start: Int
    var end: Int
    /// Whether a space separated this token from the previous one.
    var spaceBefore: Bool
    /// Digits of a number token with grouping commas removed (`12,500` → `12500`, `1.5` → `1.5`).
    var number: NumberValue?

    var isWord: Bool { kind == .word }
    var isCJK: Bool { kind == .cjk }
}

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
