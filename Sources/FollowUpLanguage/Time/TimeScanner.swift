import FollowUpCore

/// Finds time expressions in a line, Duckling-style: base rules find spans, compositions build
/// on the spans found until nothing new appears, and only then is each expression resolved
/// against today.
enum TimeScanner {
    /// One time expression and the tokens it covers.
    struct Found: Sendable {
        var expr: TimeExpr
        var range: Range<Int>
        /// Filled at the end of scanning.
        var value = TimeValue()

        init(expr: TimeExpr, range: Range<Int>) {
            self.expr = expr
            self.range = range
        }
    }

    static let english = TimeGrammar(rules: TimeRulesEN.rules, compositions: TimeCompositions.english,
                                     leadIns: TimeLexiconEN.leadIns, trailers: PhraseTable<Bool>([String]()))
    /// Chinese lines often mix in English words, times (15:30) and ISO dates, so both grammars run.
    static let chinese = TimeGrammar(rules: TimeRulesZH.rules + TimeRulesEN.rules,
                                     compositions: TimeCompositions.chinese + TimeCompositions.english,
                                     leadIns: TimeLexiconZH.leadIns, trailers: TimeLexiconZH.trailers)

    /// All time expressions on free tokens, left to right, resolved; claims their tokens.
    static func scan(_ a: inout Analysis, today: Day, dayFirst: Bool = false, now: TimeOfDay? = nil) -> [Found] {
        let grammar = a.language == .zh ? chinese : english
        var spans = SpanIndex(count: a.count)
        findBase(grammar, a, &spans, dayFirst: dayFirst)
        compose(grammar, a, &spans, dayFirst: dayFirst)
        var found = spans.found.compactMap(standingAlone)
        let hasDay = found.contains { $0.expr.day != nil }
        for k in found.indices {
            found[k].value = found[k].expr.resolve(today)
            // `in 2 hours` is a clock time when the clock knows the time (a live session).
            if let now, case .shifted(.relative(days: 0), let n, let unit)? = found[k].expr.day, found[k].expr.time == nil,
               unit == .hour || unit == .minute {
                let minutes = now.minutes + (unit == .hour ? min(n, 10_000) * 60 : min(n, 600_000))
                found[k].value.day = today.adding(days: minutes / 1440)
                found[k].value.time = TimeOfDay(hour: (minutes % 1440) / 60, minute: minutes % 60)
            }
            // A time with no day anywhere on the line is today's ("at 3pm").
            if !hasDay, found[k].expr.isClock, found[k].value.day == nil { found[k].value.day = today }
            found[k].range = widened(found[k], grammar, a, spans)
            a.mark(found[k].range, .time)
        }
        return found
    }

    /// A span as a result: partials left over are no date and are dropped, except a signed
    /// count, which alone counts from today (`+10 days`).
    private static func standingAlone(_ f: Found) -> Found? {
        switch f.expr.partial {
        case nil: return f
        case .offset(let n, let unit)?: return Found(expr: .on(.shifted(.relative(days: 0), by: n, unit)), range: f.range)
        case .month?, .duration?: return nil
        }
    }

    /// Base rules: the longest match at each free token, left to right, without overlaps.
    private static func findBase(_ g: TimeGrammar, _ a: Analysis, _ spans: inout SpanIndex, dayFirst: Bool) {
        var i = 0
        while i < a.count {
            guard a.isFree(i), let (start, m) = bestStart(g, a, spans, at: i, dayFirst: dayFirst) else { i += 1; continue }
            let hit = Found(expr: m.expr, range: start..<(start + m.length))
            spans.found.append(hit)
            for k in hit.range { spans.owner[k] = spans.found.count - 1 }
            i = hit.range.upperBound
        }
    }

    /// The longest match at `i`, or after a lead-in word there when that reaches further
    /// (`at 3:30` is the clock time 3:30, not "at 3"); the lead-in is attached at the end.
    private static func bestStart(_ g: TimeGrammar, _ a: Analysis, _ spans: SpanIndex, at i: Int, dayFirst: Bool)
        -> (Int, (length: Int, expr: TimeExpr))? {
        var best: (Int, (length: Int, expr: TimeExpr))?
        if let m = longest(g.rules, a, spans, at: i, dayFirst: dayFirst) { best = (i, m) }
        if let lead = g.leadIns.match(a.tokens, at: i), a.isFree(i + lead.length),
           let m = longest(g.rules, a, spans, at: i + lead.length, dayFirst: dayFirst),
           lead.length + m.length > (best?.1.length ?? 0) {
            best = (i + lead.length, m)
        }
        return best
    }

    /// Compositions over the spans found, repeated until none applies. Each success covers more
    /// tokens or fewer spans, so this ends; it only starts at spans and at the words compositions
    /// begin with, so it stays linear in the line.
    private static func compose(_ g: TimeGrammar, _ a: Analysis, _ spans: inout SpanIndex, dayFirst: Bool) {
        guard !spans.found.isEmpty else { return }
        var changed = true
        while changed {
            changed = false
            var i = 0
            while i < a.count {
                let start = spans.span(startingAt: i)
                guard start != nil || (!spans.isCovered(i) && a.isFree(i)),
                      let m = longest(g.compositions, a, spans, at: i, dayFirst: dayFirst),
                      m.length > (start?.range.count ?? 0) else {
                    i = spans.span(startingAt: i)?.range.upperBound ?? (i + 1)
                    continue
                }
                spans.replace(with: Found(expr: m.expr, range: i..<(i + m.length)))
                changed = true
                i += m.length
            }
        }
    }

    private static func longest(_ index: TimeRuleIndex, _ a: Analysis, _ spans: SpanIndex, at i: Int, dayFirst: Bool)
        -> (length: Int, expr: TimeExpr)? {
        guard i < a.count else { return nil }
        var best: (length: Int, expr: TimeExpr)?
        for k in index.candidates(a.tokens[i], atSpan: spans.span(startingAt: i) != nil) {
            let rule = index.rules[k]
            guard let m = TimeMatcher.match(rule, a, spans, at: i), m.length > (best?.length ?? 0) else { continue }
            var caps = m.captures
            caps.dayFirst = dayFirst
            if let e = rule.produce(caps) { best = (m.length, e) }
        }
        return best
    }

    /// The span with a lead-in word before it (`by Friday`) and, for a day, a trailing word
    /// after it (`周五前`) when those tokens belong to nothing else.
    private static func widened(_ f: Found, _ g: TimeGrammar, _ a: Analysis, _ spans: SpanIndex) -> Range<Int> {
        var lower = f.range.lowerBound
        var upper = f.range.upperBound
        for back in 1...3 where lower - back >= 0 {
            let s = lower - back
            guard (s..<lower).allSatisfy({ a.isFree($0) && !spans.isCovered($0) }),
                  let m = g.leadIns.match(a.tokens, at: s), m.length == back else { continue }
            lower = s
            break
        }
        if f.value.day != nil, a.isFree(upper), !spans.isCovered(upper), let t = g.trailers.match(a.tokens, at: upper) {
            upper += t.length
        }
        return lower..<upper
    }
}

/// A language's rules and compositions with the lead-in and trailing words that may wrap a match.
struct TimeGrammar: Sendable {
    let rules: TimeRuleIndex
    let compositions: TimeRuleIndex
    let leadIns: PhraseTable<Bool>
    let trailers: PhraseTable<Bool>

    init(rules: [TimeRule], compositions: [TimeRule], leadIns: PhraseTable<Bool>, trailers: PhraseTable<Bool>) {
        self.rules = TimeRuleIndex(rules)
        self.compositions = TimeRuleIndex(compositions)
        self.leadIns = leadIns
        self.trailers = trailers
    }

    /// Whether a time expression can start with this word (`may`, `sunday`, `tomorrow`, `by`).
    func canStart(with key: TokenKey) -> Bool {
        rules.starts(with: key) || compositions.starts(with: key) || leadIns.firstTokens.contains(key)
    }
}
