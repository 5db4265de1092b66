/// One unit of a normalised line: a word, a number, one CJK ideograph, an email, or a symbol.
struct Token: Sendable {
    enum Kind: Sendable, Equatable { case word, number, cjk, symbol, email }

    var kind: Kind
    /// Matching form: lowercase, half-width, simplified.
    let text: String
    /// `text` packed for fast lexicon lookups.
    let key: TokenKey
    /// The ideograph of a `.cjk` token.
    var scalar: Unicode.Scalar?
    /// Scalar offsets into the `NormalText`.
    var start: Int
    var end: Int
    /// Whether a space separated this token from the previous one.
    var spaceBefore: Bool
    /// Digits of a number token with grouping commas removed (`12,500` → `12500`, `1.5` → `1.5`).
    var number: NumberValue?

    init(kind: Kind, text: String, start: Int, end: Int, spaceBefore: Bool, number: NumberValue? = nil,
         scalar: Unicode.Scalar? = nil) {
        self.kind = kind
        self.text = text
        self.key = TokenKey(text)
        self.start = start
        self.end = end
        self.spaceBefore = spaceBefore
        self.number = number
        self.scalar = scalar
    }

    var isWord: Bool { kind == .word }
    var isCJK: Bool { kind == .cjk }
}
