/// What has been recognised in a line so far: its tokens and which tokens each finding claimed.
struct Analysis: Sendable {
    /// What claimed a token.
    enum Mark: UInt8, Sendable { case free, time, amount, id, phone, email, invoice, name, filler }

    let text: NormalText
    let tokens: [Token]
    var marks: [Mark]

    init(_ text: NormalText) {
        self.text = text
        tokens = Tokenizer.tokenize(text)
        marks = Array(repeating: .free, count: tokens.count)
    }

    var language: Lang { text.language }
    var count: Int { tokens.count }

    func isFree(_ i: Int) -> Bool { i >= 0 && i < marks.count && marks[i] == .free }

    mutating func mark(_ range: Range<Int>, _ m: Mark) {
        for i in range where i >= 0 && i < marks.count { marks[i] = m }
    }

    /// The token text at `i`, or "" outside the line.
    func word(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].text : "" }

    /// Whether `r` ends in an English ordinal's suffix (`2nd`, `3rd`): a count of times, never a
    /// complaint's number.
    func endsInOrdinal(_ r: Range<Int>) -> Bool { ["st", "nd", "rd", "th"].contains(word(r.upperBound - 1)) }

    /// The display text of tokens `range`.
    func originalText(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return text.originalText(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// The tokens of `range` exactly as typed (full-width forms kept), for evidence.
    func typedText(_ range: Range<Int>) -> String {
        guard !range.isEmpty, range.lowerBound >= 0, range.upperBound <= tokens.count else { return "" }
        return text.typedText(tokens[range.lowerBound].start..<tokens[range.upperBound - 1].end)
    }

    /// Whether token `i` starts with an uppercase letter as typed.
    func isCapitalised(_ i: Int) -> Bool {
        guard i >= 0, i < tokens.count, tokens[i].kind == .word else { return false }
        return text.original[tokens[i].start].properties.isUppercase
    }

    /// Whether token `i` touches the previous one (no space between).
    func glued(_ i: Int) -> Bool { i > 0 && i < tokens.count && !tokens[i].spaceBefore }
}
