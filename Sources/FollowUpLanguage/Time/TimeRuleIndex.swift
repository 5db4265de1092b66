/// The rules that can start at a token, so each position tries a handful of rules, not all.
struct TimeRuleIndex: Sendable {
    let rules: [TimeRule]
    private let byWord: [TokenKey: [Int]]
    /// Rules that may start with a number or a numeral.
    private let byNumber: [Int]
    /// Compositions that start with a span already found.
    private let bySpan: [Int]

    init(_ rules: [TimeRule]) {
        self.rules = rules
        var byWord: [TokenKey: [Int]] = [:], byNumber: [Int] = [], bySpan: [Int] = []
        for (k, rule) in rules.enumerated() {
            let s = Starts(rule.pattern)
            for w in s.words { byWord[w, default: []].append(k) }
            if s.number { byNumber.append(k) }
            if s.span { bySpan.append(k) }
        }
        self.byWord = byWord
        self.byNumber = byNumber
        self.bySpan = bySpan
    }

    /// Indexes into `rules` that may match at `t`, in rule order (earlier rules win ties).
    /// Whether some rule can start with this word.
    func starts(with key: TokenKey) -> Bool { byWord[key] != nil }

    func candidates(_ t: Token, atSpan: Bool) -> [Int] {
        let isNumber = t.kind == .number || ChineseNumeral.isNumeral(t) || t.text == "廿" || t.text == "卅"
        var lists: [[Int]] = []
        if let w = byWord[t.key] { lists.append(w) }
        if isNumber { lists.append(byNumber) }
        if atSpan { lists.append(bySpan) }
        if lists.count == 1 { return lists[0] }
        return Array(Set(lists.joined())).sorted()
    }

    /// What the first tokens of a pattern can be: optional and empty pieces let the next one start.
    private struct Starts {
        var words: Set<TokenKey> = []
        var number = false
        var span = false

        init(_ pattern: [TimePiece]) {
            for piece in pattern where !add(piece) { break }
        }

        /// Adds what `piece` can start with; true when the pattern may also start after it.
        private mutating func add(_ piece: TimePiece) -> Bool {
            switch piece {
            case .word(let t), .optional(let t):
                words.formUnion(t.firstTokens)
                if case .optional = piece { return true }
                return false
            case .table(let t):
                words.formUnion(t.firstTokens)
                return false
            case .optionalTable(let t, _):
                words.formUnion(t.firstTokens)
                return true
            case .number, .year, .ordinal, .dotted:
                number = true
                words.formUnion(piece.words)
                return false
            case .chineseOrdinal:
                words.formUnion(piece.words)
                return false
            case .expr:
                span = true
                return false
            case .lineEnd:
                return true
            case .glued(let inner):
                return add(inner)
            }
        }
    }
}
