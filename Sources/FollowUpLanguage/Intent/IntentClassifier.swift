/// Chooses the intent of an analysed line: the first rule of its language whose cue, position,
/// conditions and name requirements all fit.
enum IntentClassifier {
    /// The facts about a line that rules' conditions look at.
    struct Facts: Sendable {
        var hasAmount: Bool
        var hasInvoice: Bool
        var hasId: Bool
        /// A bare day-of-month (`2号`) that can stand for an id (`2号提醒完成了`).
        var hasBareDay: Bool
        var hasDate: Bool
        var known: Range<Int>?
        /// The bare day number opens the line (`3号转给售后部`): it can name a complaint.
        var leadingDay = false
    }

    /// English words that are never customer names on their own.
    static let vocabularyEN: Set<String> = {
        var v = NameLexicon.stopEN.union(NameLexicon.skipEN)
        for r in IntentRulesEN.rules { for c in r.cueWords { for w in Tokenizer.words(c) { v.insert(w) } } }
        for w in ["i", "ok", "okay", "hi", "hello", "hey", "thanks", "thank", "yes", "no", "please", "sorry", "dear",
                  "good", "great", "nice", "weather", "send", "ask", "get", "make", "let", "collect", "goods",
                  "survey", "quote", "price", "order", "delivery", "samples", "sample", "cash", "money", "also",
                  "they", "we", "you", "he", "she", "mr", "mrs", "ms", "dr", "manager", "boss", "liu", "all"] {
            v.insert(w)
        }
        return v
    }()

    static let enIndex = RuleIndex(IntentRulesEN.rules)
    static let zhIndex = RuleIndex(IntentRulesZH.rules)

    static func classify(_ a: Analysis, facts: Facts) -> IntentMatch {
        let start = contentStart(a)
        if facts.hasDate, onlyTime(a, from: start) { return IntentMatch(intent: .agenda) }
        let primary = a.language == .zh ? zhIndex : enIndex
        // A Chinese line that opens with an English command (`add customer 明天科技, 联系人 张总`)
        // is that command: the cue that opens a line says what it is for.
        if a.language == .zh, start < a.tokens.count, a.tokens[start].kind == .word,
           a.tokens[start].text.unicodeScalars.allSatisfy({ $0.isASCII }),
           let m = classify(a, facts: facts, rules: enIndex.candidates(a), start: start),
           m.cue?.lowerBound == start {
            return m
        }
        if let m = classify(a, facts: facts, rules: primary.candidates(a), start: start) { return m }
        // Mixed lines (`Got ¥8,800 from 东方酒店`) may use the other language's grammar.
        if a.language == .zh, a.tokens.contains(where: { $0.kind == .word && $0.text.count > 1 }),
           let m = classify(a, facts: facts, rules: enIndex.candidates(a), start: start) {
            return m
        }
        return IntentMatch(intent: .unknown)
    }

    private static func classify(_ a: Analysis, facts: Facts, rules: [IntentRule], start: Int) -> IntentMatch? {
        for rule in rules {
            if let u = rule.unless, u.firstMatch(a.tokens) != nil { continue }
            guard let cue = findCue(rule, a, start: start) else { continue }
            if let also = rule.also, also.firstMatch(a.tokens, from: cue.upperBound) == nil { continue }
            var ok = true
            for need in rule.needs {
                switch need {
                case .amount: ok = ok && facts.hasAmount
                case .amountOrInvoice: ok = ok && (facts.hasAmount || facts.hasInvoice)
                case .noAmount: ok = ok && !facts.hasAmount
                case .id: ok = ok && (facts.hasId || facts.hasBareDay)
                case .noId: ok = ok && !facts.hasId
                case .date: ok = ok && facts.hasDate
                case .complaintRef: ok = ok && (facts.hasId || facts.leadingDay)
                case .noName:
                    ok = ok && facts.known == nil
                        && (a.language == .zh || NameGrammarEN.capitalisedRuns(a, vocabulary: vocabularyEN).isEmpty)
                case .planCustomer: ok = ok && PlanRules.namesCustomer(a, intent: rule.intent, cue: cue)
                case .name: break
                }
            }
            guard ok else { continue }
            let customer = facts.known ?? findName(rule, a, cue: cue, start: start)
            if rule.needs.contains(.name), customer == nil { continue }
            return IntentMatch(intent: rule.intent, cue: cue, customer: customer)
        }
        return nil
    }

    /// The line read as `intent`, by that intent's rules alone, if they fit.
    static func reading(_ intent: Intent, _ a: Analysis, facts: Facts) -> IntentMatch? {
        let start = contentStart(a)
        for index in a.language == .zh ? [zhIndex, enIndex] : [enIndex] {
            let rules = index.candidates(a).filter { $0.intent == intent }
            if let m = classify(a, facts: facts, rules: rules, start: start) { return m }
        }
        return nil
    }

    /// Intents that change the book: a line that starts as one of them but was read as another
    /// gets a question instead of a guess.
    static let actions: Set<Intent> = [.invoiceAdd, .paymentRecord, .promiseRecord, .reminderAdd, .contactLog, .complaintLog]

    /// A second reading of the line, or nil. Only when the chosen action's cue comes late while
    /// the line begins with the cue of a different action ("called Acme, they will pay Friday"
    /// is read as a promise but begins as a call): then the line could be either.
    static func alternative(to m: IntentMatch, _ a: Analysis, facts: Facts) -> IntentMatch? {
        guard actions.contains(m.intent), let cue = m.cue else { return nil }
        var head = contentStart(a)
        // The line's head runs through a leading name, also behind one particle (给东方酒店…).
        if let name = m.customer, name.lowerBound <= head + 1 { head = name.upperBound }
        guard cue.lowerBound > head else { return nil }
        let start = contentStart(a)
        let rules = (a.language == .zh ? zhIndex : enIndex).candidates(a)
        // The longest cue wins ("打了电话" is a call, though "打了" alone can be a payment).
        var best: IntentMatch?
        for rule in rules where rule.intent != m.intent && actions.contains(rule.intent) {
            guard let alt = classify(a, facts: facts, rules: [rule], start: start), let altCue = alt.cue,
                  altCue.lowerBound <= head, !altCue.overlaps(cue) else { continue }
            if altCue.count > (best?.cue?.count ?? 0) { best = alt }
        }
        return best
    }

    /// The first token after polite fillers, leading time words and punctuation.
    static func contentStart(_ a: Analysis) -> Int {
        var i = 0
        while i < a.count {
            if a.marks[i] == .time { i += 1; continue }
            if a.tokens[i].kind == .symbol, [",", ".", ":", "!", "-", "~"].contains(a.tokens[i].text) { i += 1; continue }
            if let m = Politeness.fillers.match(a.tokens, at: i) { i += m.length; continue }
            break
        }
        return i
    }

    /// The end of meaningful content: trailing punctuation, closers and time words dropped.
    static func contentEnd(_ a: Analysis) -> Int {
        var e = a.count
        while e > 0 {
            let t = a.tokens[e - 1]
            if t.kind == .symbol, [".", "!", "?", ",", "~"].contains(t.text) { e -= 1; continue }
            if Politeness.closers.contains(a.tokens, at: e - 1) { e -= 1; continue }
            break
        }
        return e
    }

    /// True when everything meaningful in the line is time ("tomorrow?", 明天).
    static func onlyTime(_ a: Analysis, from start: Int) -> Bool {
        let end = contentEnd(a)
        var sawTime = false
        var i = 0
        while i < end {
            if a.marks[i] == .time { sawTime = true; i += 1; continue }
            if let m = Politeness.fillers.match(a.tokens, at: i) { i += m.length; continue }
            if a.tokens[i].kind == .symbol { i += 1; continue }
            return false
        }
        return sawTime
    }

    /// Where the rule's cue stands in the line, honouring its position requirement.
    static func findCue(_ rule: IntentRule, _ a: Analysis, start: Int) -> Range<Int>? {
        func usable(_ r: Range<Int>) -> Bool {
            r.allSatisfy { a.marks[$0] == .free || a.marks[$0] == .time || a.marks[$0] == .amount }
                && !(a.language == .en && r.lowerBound > 0 && !a.tokens[r.lowerBound].spaceBefore
                     && a.tokens[r.lowerBound - 1].kind == .word)
        }
        switch rule.position {
        case .start, .whole:
            guard let m = rule.cues.match(a.tokens, at: start) else { return nil }
            let r = start..<(start + m.length)
            guard usable(r) else { return nil }
            if rule.position == .whole {
                let end = contentEnd(a)
                guard r.upperBound >= end || (r.upperBound..<end).allSatisfy({ a.marks[$0] == .time }) else { return nil }
            }
            return r
        case .anywhere:
            var i = 0
            while i < a.count {
                for m in rule.cues.matches(a.tokens, at: i) {
                    let r = i..<(i + m.length)
                    if usable(r) { return r }
                }
                i += 1
            }
            return nil
        }
    }

    /// The customer by the rule's name ways, in order.
    static func findName(_ rule: IntentRule, _ a: Analysis, cue: Range<Int>, start: Int) -> Range<Int>? {
        for way in rule.names {
            let found: Range<Int>?
            let english = rule.cueWords.first.map { w in !w.unicodeScalars.contains(where: Normalizer.isCJK) } ?? true
            switch (way, english ? Lang.en : Lang.zh) {
            case (.subject, .en): found = NameGrammarEN.subject(a, from: start, to: cue.lowerBound)
            case (.subject, .zh): found = NameGrammarZH.subject(a, from: start, to: cue.lowerBound)
            case (.object, .en): found = NameGrammarEN.object(a, after: cue.upperBound)
            case (.object, .zh): found = NameGrammarZH.object(a, after: cue.upperBound)
            case (.triggers, .en): found = NameGrammarEN.triggered(a, vocabulary: vocabularyEN, avoiding: cue)
            case (.triggers, .zh): found = NameGrammarZH.triggered(a, avoiding: cue)
            }
            if let found, !found.overlaps(cue) { return found }
        }
        return nil
    }
}
