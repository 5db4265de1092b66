/// Finds a customer name in an English line by grammar: capitalised runs, the subject before a
/// verb, the object after a command word, or the words after a preposition such as "from".
enum NameGrammarEN {
    typealias L = NameLexicon

    /// The subject between `from` and the cue (`Sunrise Hotel` in "Sunrise Hotel paid 2,400").
    static func subject(_ a: Analysis, from start: Int, to cue: Int) -> Range<Int>? {
        var from = start
        while from < cue, L.leadVerbsEN.contains(a.word(from)) { from += 1 }
        guard cue > from, cue - from <= 7 else { return nil }
        var end = cue
        while end > from, [",", ":", "-"].contains(a.word(end - 1)) { end -= 1 }
        guard end > from else { return nil }
        for i in from..<end {
            guard a.isFree(i) else { return nil }
            let t = a.tokens[i]
            if t.kind == .word {
                if L.stopEN.contains(t.text) && !L.connectorsEN.contains(t.text) { return nil }
            } else if t.kind == .symbol {
                if !L.connectorsEN.contains(t.text) { return nil }
            } else if t.kind != .number {
                return nil
            }
        }
        return trimmed(a, from..<end)
    }

    /// The name after a command word (`open Pine Dental`, `add customer Sunrise Hotel`).
    static func object(_ a: Analysis, after i: Int) -> Range<Int>? {
        let k = skip(a, i)
        if let q = quoted(a, at: k) { return q }
        return take(a, from: k)
    }

    /// A name in quotes (`"Silver Star Ltd"`).
    static func quoted(_ a: Analysis, at k: Int) -> Range<Int>? {
        guard k < a.count, a.word(k) == "\"" || a.word(k) == "'" else { return nil }
        var j = k + 1
        while j < a.count, j - k < 12, a.word(j) != a.word(k) { j += 1 }
        guard j < a.count, j > k + 1 else { return nil }
        return (k + 1)..<j
    }

    /// A name after a trigger word anywhere in the line, or the best capitalised run.
    static func triggered(_ a: Analysis, vocabulary: Set<String>, avoiding cue: Range<Int>) -> Range<Int>? {
        let runs = capitalisedRuns(a, vocabulary: vocabulary).filter { !$0.overlaps(cue) }
        if !runs.isEmpty {
            for r in runs where precededByTrigger(a, r.lowerBound) { return r }
            return runs.first
        }
        var i = 0
        while i < a.count {
            if a.isFree(i), let m = L.triggersEN.match(a.tokens, at: i) {
                let k = skip(a, i + m.length)
                // Weak triggers (`to review aging`) need a skipped verb or a capital after them.
                let weak = L.weakTriggersEN.contains(a.word(i)) && k == i + m.length && !a.isCapitalised(k)
                if !weak, let r = take(a, from: k, vocabulary: vocabulary), !r.overlaps(cue) { return r }
                i += m.length
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Runs of capitalised words that are not ordinary vocabulary (`Kite Logistics`).
    static func capitalisedRuns(_ a: Analysis, vocabulary: Set<String>) -> [Range<Int>] {
        var runs: [Range<Int>] = []
        var i = 0
        func isNameWord(_ k: Int) -> Bool {
            guard a.isFree(k), a.tokens[k].kind == .word, a.isCapitalised(k) else { return false }
            return !vocabulary.contains(a.tokens[k].text) && !vocabulary.contains(stripPossessive(a.tokens[k].text))
        }
        while i < a.count {
            guard isNameWord(i) else { i += 1; continue }
            var j = i + 1
            while j < a.count, a.isFree(j) {
                if isNameWord(j) { j += 1; continue }
                let t = a.tokens[j]
                if L.connectorsEN.contains(t.text), j + 1 < a.count, isNameWord(j + 1) { j += 2; continue }
                if t.text == ".", !t.spaceBefore, ["co", "inc", "ltd", "corp", "bros", "st"].contains(a.word(j - 1)) {
                    j += 1; continue
                }
                if t.kind == .number, !t.spaceBefore || (j + 1 < a.count && isNameWord(j + 1)) { j += 1; continue }
                break
            }
            // 7-Eleven: a number glued to the run by a dash belongs to it.
            let start = i >= 2 && a.tokens[i - 1].text == "-" && !a.tokens[i].spaceBefore && !a.tokens[i - 1].spaceBefore
                && a.tokens[i - 2].kind == .number && a.isFree(i - 1) && a.isFree(i - 2) ? i - 2 : i
            runs.append(start..<j)
            i = j
        }
        return runs
    }

    /// Whether a trigger word (possibly followed by skipped words) comes just before `i`.
    static func precededByTrigger(_ a: Analysis, _ i: Int) -> Bool {
        var k = i - 1
        while k >= 0 {
            if L.triggersEN.match(a.tokens, at: k) != nil, ["from", "at", "with", "to", "for", "call", "visit",
                                                           "email", "invoice", "customer", "client", "about",
                                                           "ask", "chase", "remind", "contact", "on", "of", "by",
                                                           "tell", "thank", "meet", "see", "text"].contains(a.word(k)) {
                return true
            }
            if L.skipEN.contains(a.word(k)) { k -= 1; continue }
            return false
        }
        return false
    }

    /// Index after skipping filler words (`to call`, `from customer`).
    static func skip(_ a: Analysis, _ i: Int) -> Int {
        var k = i
        while k < a.count, a.isFree(k), L.skipEN.contains(a.tokens[k].text), !a.isCapitalised(k) || k == i { k += 1 }
        return k
    }

    /// Words from `i` up to a stop word, punctuation or another finding (at most six).
    static func take(_ a: Analysis, from i: Int, vocabulary: Set<String> = []) -> Range<Int>? {
        if i < a.count, a.tokens[i].kind == .cjk { return NameGrammarZH.take(a, from: i, limit: a.count) }
        // 7-Eleven: a number joined to a word by a dash starts a name.
        if i + 2 < a.count, a.tokens[i].kind == .number, a.isFree(i), a.isFree(i + 1), a.tokens[i + 1].text == "-",
           !a.tokens[i + 1].spaceBefore, !a.tokens[i + 2].spaceBefore, a.tokens[i + 2].kind == .word,
           let rest = take(a, from: i + 2, vocabulary: []) {
            return i..<rest.upperBound
        }
        guard i < a.count, a.isFree(i), a.tokens[i].kind == .word else { return nil }
        let first = a.tokens[i].text
        if L.stopEN.contains(first) || L.skipEN.contains(first) { return nil }
        if !a.isCapitalised(i), vocabulary.contains(first) { return nil }
        let capital = a.isCapitalised(i)
        var j = i + 1
        while j < a.count, a.isFree(j), j - i < 6 {
            let t = a.tokens[j]
            if t.kind == .word {
                if L.stopEN.contains(t.text) && !(capital && a.isCapitalised(j)) { break }
                if capital && !a.isCapitalised(j) && !L.connectorsEN.contains(t.text) { break }
                j += 1
            } else if L.connectorsEN.contains(t.text), j + 1 < a.count, a.isFree(j + 1), a.tokens[j + 1].kind == .word {
                j += 1
            } else if t.kind == .number, !t.spaceBefore {
                j += 1
            } else {
                break
            }
        }
        return trimmed(a, i..<j)
    }

    /// The range without trailing connectors.
    static func trimmed(_ a: Analysis, _ r: Range<Int>) -> Range<Int>? {
        var hi = r.upperBound
        while hi > r.lowerBound, L.connectorsEN.contains(a.word(hi - 1)), a.word(hi - 1) != "." { hi -= 1 }
        var lo = r.lowerBound
        while lo < hi, ["the", "a", "an"].contains(a.word(lo)), hi - lo > 1 { lo += 1 }
        return hi > lo ? lo..<hi : nil
    }

    static func stripPossessive(_ s: String) -> String {
        s.hasSuffix("'s") ? String(s.dropLast(2)) : s
    }
}
