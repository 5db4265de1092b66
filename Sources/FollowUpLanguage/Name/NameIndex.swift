import FollowUpCore

/// The names known in the book, indexed by first token for longest-match lookup in a line.
///
/// Besides whole names it knows the shorter ways people say them: a multi-word name's leading
/// words (`summit` for Summit 2000 Co., `golden harvest` for Golden Harvest Foods) unless they
/// are only ordinary vocabulary, time or amount words (`May`, `Sunday`, `Pay` alone), and a
/// Chinese name without its place in brackets or its legal form (`大众五金`). Whole names win.
struct NameIndex: Sendable {
    private let table: PhraseTable<Bool>
    private let shortened: PhraseTable<Bool>

    init(_ names: [String]) {
        var cleaned: [String] = []
        var shorts: Set<String> = []
        cleaned.reserveCapacity(names.count)
        for n in names {
            var s = n.trimmingWhitespace
            while s.hasSuffix(".") { s.removeLast() }
            if s.unicodeScalars.count >= 2 || s.unicodeScalars.contains(where: Normalizer.isCJK) { cleaned.append(s) }
            // 7 eleven for 7-Eleven Shanghai: the leading words typed without their dash too.
            // Amy Ng for the contact Dr. Amy Ng.
            let short = NameIndex.shortForms(of: s) + [PersonName.withoutHonorific(s)?.lowercased()].compactMap { $0 }
            for w in short + ([s] + short).flatMap(NameIndex.hyphenForms) { shorts.insert(w) }
        }
        table = PhraseTable(cleaned)
        for n in cleaned { shorts.remove(n.lowercased()) }
        shortened = PhraseTable(Array(shorts))
    }

    var isEmpty: Bool { table.isEmpty }

    /// The longest known name in the line (first by position), as token range; else the longest
    /// short form of one.
    func find(in a: Analysis) -> Range<Int>? {
        guard !table.isEmpty else { return nil }
        return longest(table, in: a) ?? longest(shortened, in: a)
    }

    private func longest(_ t: PhraseTable<Bool>, in a: Analysis) -> Range<Int>? {
        var best: Range<Int>?
        var i = 0
        while i < a.count {
            if a.isFree(i), let m = t.match(a.tokens, at: i), (i..<(i + m.length)).allSatisfy({ a.isFree($0) }),
               i + m.length == a.count || a.tokens[i + m.length].spaceBefore || a.tokens[i + m.length].kind != .word
                || a.tokens[i + m.length].text == "'s" {
                if m.length > (best?.count ?? 0) { best = i..<(i + m.length) }
                i += m.length
                continue
            }
            i += 1
        }
        return best
    }

    /// The leading words of a Latin-script name of two or more words (`golden`, `golden harvest`
    /// for Golden Harvest Foods), each when it can stand for the name: not a plain number, and
    /// not made only of ordinary vocabulary, time or amount words.
    static func shortForms(of name: String) -> [String] {
        guard !name.unicodeScalars.contains(where: Normalizer.isCJK) else { return chineseShortForms(of: name) }
        let parts = name.lowercased().split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        guard parts.count >= 2 else { return [] }
        var out: [String] = []
        for k in 1..<parts.count {
            let prefix = parts[0..<k].joined(separator: " ")
            let tokens = Tokenizer.tokenize(Normalizer.normalize(prefix))
            guard prefix.unicodeScalars.count >= 2, tokens.contains(where: { $0.kind == .word }) else { continue }
            if tokens.allSatisfy({ $0.kind == .word && isOrdinary($0) }) { continue }
            out.append(prefix)
        }
        return out
    }

    /// A Latin name with a hyphen as people type it in a hurry: `7 eleven` and `7eleven` for
    /// 7-Eleven, `coca cola` for Coca-Cola.
    static func hyphenForms(of name: String) -> [String] {
        guard name.contains("-"), !name.unicodeScalars.contains(where: Normalizer.isCJK) else { return [] }
        let lower = name.lowercased()
        let spaced = String(lower.map { $0 == "-" ? " " : $0 })
        let joined = String(lower.filter { $0 != "-" })
        return [spaced, joined].filter { $0 != lower && $0.unicodeScalars.count >= 2 }
    }

    /// Legal forms people leave out when they say a Chinese company's name.
    static let legalForms = ["股份有限公司", "有限责任公司", "有限公司", "公司", "集团"]

    /// The kind of place a shop's name ends with (酒楼, 超市), left out when said in a hurry.
    static let tradeForms = ["大酒楼", "大酒店", "酒楼", "酒店", "酒家", "饭店", "餐厅", "餐馆", "超市", "商行", "商店", "宾馆", "药房", "门店"]

    /// A Chinese company's name as people say it: without the place in brackets and the legal
    /// form (大众五金 for 大众五金(上海)有限公司, 华强电子 for 华强电子有限公司).
    static func chineseShortForms(of name: String) -> [String] {
        var out: [String] = []
        var base = name
        if let open = base.firstIndex(where: { $0 == "(" || $0 == "（" }) { base = String(base[..<open]) }
        for form in legalForms where base.hasSuffix(form) {
            base = String(base.dropLast(form.count))
            break
        }
        base = base.trimmingWhitespace
        if base.count >= 2, base != name { out.append(base) }
        // 八方来财 for 八方来财酒楼: the kind of place is often left out; a name of three
        // characters or more without it still says which customer.
        for form in tradeForms where base.hasSuffix(form) && base.count - form.count >= 3 {
            out.append(String(base.dropLast(form.count)))
            break
        }
        return out
    }

    /// A word that means something by itself in a line, so it cannot stand for a name alone.
    private static func isOrdinary(_ w: Token) -> Bool {
        IntentClassifier.vocabularyEN.contains(w.text) || TimeScanner.english.canStart(with: w.key)
            || AmountLexicon.suffixCurrency.contains([w], at: 0) || AmountLexicon.prefixCurrency.contains([w], at: 0)
            || NumberWords.values[w.text] != nil || NumberWords.ordinals[w.text] != nil
    }
}

extension NameIndex {
    /// The line with an apostrophe put back into a possessive typed without it (`tom harts
    /// birthday`, `3m chinas economic buyer`): a word ending in `s` that closes a name of the book
    /// only without its `s`, while no name ends with it as typed (`Harbor Foods` stays). Nil when
    /// the line has none.
    func possessivesRestored(_ line: String) -> String? {
        guard !table.isEmpty else { return nil }
        let text = Normalizer.normalize(line)
        guard text.language == .en else { return nil }
        let tokens = Tokenizer.tokenize(text)
        var cuts: [Int] = []
        for (i, t) in tokens.enumerated() where t.kind == .word && t.text.count >= 3 && t.text.hasSuffix("s")
            && !t.text.hasSuffix("ss") && (i + 1 == tokens.count || tokens[i + 1].spaceBefore) {
            var bare = tokens
            bare[i] = Token(kind: .word, text: String(t.text.dropLast()), start: t.start, end: t.end - 1, spaceBefore: t.spaceBefore)
            let closes = { (ts: [Token], t: PhraseTable<Bool>) in
                (max(0, i - 6)...i).contains { k in t.matches(ts, at: k).contains { k + $0.length == i + 1 } }
            }
            if closes(tokens, table) || closes(tokens, shortened) { continue }
            if closes(bare, table) || closes(bare, shortened) { cuts.append(t.end - 1) }
        }
        guard !cuts.isEmpty else { return nil }
        var out = text.original
        for c in cuts.reversed() { out.insert("'", at: c) }
        var s = String.UnicodeScalarView()
        s.append(contentsOf: out)
        return String(s)
    }
}
