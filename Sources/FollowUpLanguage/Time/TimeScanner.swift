import FollowUpCore

/// Finds time expressions in a line with the rules of its language; longest match wins.
enum TimeScanner {
    /// One time expression and the tokens it covers.
    struct Found: Sendable {
        var value: TimeValue
        var range: Range<Int>
    }

    static let english = Grammar(rules: TimeRulesEN.rules, leadIns: TimeLexiconEN.leadIns,
                                 trailers: PhraseTable<Bool>([String]()))
    /// Chinese lines often mix in English words, times (15:30) and ISO dates, so both grammars run.
    static let chinese = Grammar(rules: TimeRulesZH.rules + TimeRulesEN.rules,
                                 leadIns: TimeLexiconZH.leadIns, trailers: TimeLexiconZH.trailers)

    /// A language's rules with the lead-in and trailing words that may wrap a match.
    struct Grammar: Sendable {
        let rules: [TimeRule]
        let leadIns: PhraseTable<Bool>
        let trailers: PhraseTable<Bool>
        /// Word tokens that can start a time expression; other words are skipped at once.
        let starters: Set<TokenKey>

        init(rules: [TimeRule], leadIns: PhraseTable<Bool>, trailers: PhraseTable<Bool>) {
            self.rules = rules
            self.leadIns = leadIns
            self.trailers = trailers
            var s = leadIns.firstTokens
            for r in rules {
                for p in r.pattern { s.formUnion(p.words) }
            }
            starters = s
        }

        /// Whether any rule could start at token `t` (numbers and numerals always can).
        func canStart(_ t: Token) -> Bool {
            switch t.kind {
            case .number: return true
            case .cjk: return ChineseNumeral.isNumeral(t) || starters.contains(t.key)
            case .email: return false
            default: return starters.contains(t.key)
            }
        }
    }

    /// All time expressions on free tokens, left to right; claims their tokens.
    static func scan(_ a: inout Analysis, today: Day, dayFirst: Bool = false) -> [Found] {
        let grammar = a.language == .zh ? chinese : english
        let ctx = TimeContext(today: today, dayFirst: dayFirst)
        var found: [Found] = []
        var i = 0
        while i < a.count {
            guard a.isFree(i), grammar.canStart(a.tokens[i]), let f = best(grammar, a, at: i, ctx) else { i += 1; continue }
            var end = f.range.upperBound
            if let t = grammar.trailers.match(a.tokens, at: end), f.value.day != nil { end += t.length }
            let hit = Found(value: f.value, range: f.range.lowerBound..<end)
            found.append(hit)
            a.mark(hit.range, .time)
            i = end
        }
        return found
    }

    /// The longest rule match at `i`, with or without a lead-in word before it.
    private static func best(_ g: Grammar, _ a: Analysis, at i: Int, _ ctx: TimeContext) -> Found? {
        var bestFound: Found?
        if let m = longest(g, a, at: i, ctx) { bestFound = Found(value: m.value, range: i..<(i + m.length)) }
        if let lead = g.leadIns.match(a.tokens, at: i), a.isFree(i + lead.length),
           let m = longest(g, a, at: i + lead.length, ctx) {
            let len = lead.length + m.length
            if len > (bestFound?.range.count ?? 0) { bestFound = Found(value: m.value, range: i..<(i + len)) }
        }
        return bestFound
    }

    private static func longest(_ g: Grammar, _ a: Analysis, at i: Int, _ ctx: TimeContext)
        -> (length: Int, value: TimeValue)? {
        var best: (length: Int, value: TimeValue)?
        for rule in g.rules {
            guard let m = TimeMatcher.match(rule, a, at: i), m.length > (best?.length ?? 0),
                  let v = rule.produce(m.captures, ctx) else { continue }
            best = (m.length, v)
        }
        return best
    }
}
