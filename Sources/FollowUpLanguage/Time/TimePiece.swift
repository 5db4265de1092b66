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

extension TimePiece {
    /// Tokens of words this piece can match (numbers aside), to skip positions no rule can use.
    var words: Set<TokenKey> {
        switch self {
        case .word(let t), .optional(let t): return t.firstTokens
        case .table(let t), .optionalTable(let t, _): return t.firstTokens
        case .glued(let inner): return inner.words
        case .number(_, let words): return words ? Set(NumberWords.values.keys.map(TokenKey.init)) : []
        case .year, .ordinal: return Set(NumberWords.ordinals.keys.map(TokenKey.init))
        }
    }
}
