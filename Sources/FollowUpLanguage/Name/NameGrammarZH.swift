/// Finds a customer name in a Chinese line by grammar: the subject before a verb, or the words
/// after a trigger such as 给/找/去, cut at company suffixes, titles and action words.
enum NameGrammarZH {
    typealias L = NameLexicon

    /// The subject from `from` up to the cue (`东方酒店` in 东方酒店投诉…).
    static func subject(_ a: Analysis, from: Int, to cue: Int) -> Range<Int>? {
        var start = from
        while start < cue, let m = L.leadZH.match(a.tokens, at: start) { start += m.length }
        if let m = L.triggersZH.match(a.tokens, at: start), start + m.length < cue { start += m.length }
        return take(a, from: start, limit: cue)
    }

    /// The name after a command word (`新增客户东方酒店`).
    static func object(_ a: Analysis, after i: Int) -> Range<Int>? {
        take(a, from: skip(a, i), limit: a.count)
    }

    /// The name after the first trigger word (给/找/去/拜访…) that has one.
    static func triggered(_ a: Analysis, avoiding cue: Range<Int>) -> Range<Int>? {
        var i = 0
        while i < a.count {
            if a.isFree(i), let m = L.triggersZH.match(a.tokens, at: i) {
                if let r = take(a, from: skip(a, i + m.length), limit: a.count), !r.overlaps(cue) { return r }
                i += m.length
            } else {
                i += 1
            }
        }
        return nil
    }

    static func skip(_ a: Analysis, _ i: Int) -> Int {
        var k = i
        while k < a.count, a.isFree(k), let m = L.skipZH.match(a.tokens, at: k) { k += m.length }
        return k
    }

    /// Name characters from `i`: stops at punctuation, findings, action words; ends after a
    /// company suffix or a personal title.
    static func take(_ a: Analysis, from i: Int, limit: Int) -> Range<Int>? {
        let t = a.tokens
        let limit = min(limit, a.count)
        guard i < limit, a.isFree(i), t[i].kind == .cjk || t[i].kind == .word else { return nil }
        if let s = L.stopZH.match(t, at: i), s.length >= 2 { return nil }
        if L.pronounsZH.contains(t[i].text) { return nil }
        if L.quantityZH.match(t, at: i) != nil { return nil }
        // 客户老板, 对方财务, 客户一直拖: "the customer" and what they do, not a name.
        if L.genericOwnersZH.match(t, at: i) != nil { return nil }
        var j = i
        while j < limit, a.isFree(j), j - i < 16 {
            let tok = t[j]
            if tok.kind == .symbol, !["&", "-", "(", ")", "."].contains(tok.text) { break }
            // An English word after a space ends a Chinese name (`how to handle 恒通 they say…`).
            if j > i, tok.kind == .word, tok.spaceBefore, t[j - 1].kind == .cjk { break }
            if tok.kind == .number, j == i { break }
            if j > i, let s = L.companySuffixes.match(t, at: j), j + s.length <= limit {
                j += s.length
                while j < limit, let more = L.companySuffixes.match(t, at: j), j + more.length <= limit { j += more.length }
                return i..<j
            }
            if j > i, let title = L.titles.match(t, at: j), j + title.length <= limit, j - i <= 2 {
                return i..<(j + title.length)
            }
            if j > i, let s = L.stopZH.match(t, at: j), s.length >= 2 || j - i >= 2 {
                // 八方来财酒楼: a one-character stop inside a name that a distinctive suffix ends a
                // character or two later is part of the name.
                guard s.length == 1, let end = suffixSoon(a, after: j, limit: limit) else { break }
                return i..<end
            }
            j += 1
        }
        // Trailing particles are not part of a name.
        while j > i, ["的", "了", "说", "也", "都"].contains(t[j - 1].text) { j -= 1 }
        guard j - i >= 2 || (j > i && t[i].kind == .word) else { return nil }
        if L.genericZH.contains(a.text.originalText(t[i].start..<t[j - 1].end)) { return nil }
        return i..<j
    }

    /// The end of a distinctive company suffix (酒楼, 科技, 集团; not the generic 公司 or 店) that
    /// starts two or three characters after `j`, with only free characters and no stop word between.
    static func suffixSoon(_ a: Analysis, after j: Int, limit: Int) -> Int? {
        for gap in 2...3 {
            let k = j + gap
            guard k < limit, (j..<k).allSatisfy({ a.isFree($0) && a.tokens[$0].kind == .cjk }) else { return nil }
            if (j + 1..<k).contains(where: { L.stopZH.match(a.tokens, at: $0) != nil }) { return nil }
            if let m = L.companySuffixes.match(a.tokens, at: k), m.length >= 2, k + m.length <= limit,
               !["公司", "商店", "中心"].contains(a.originalText(k..<(k + m.length))) {
                return k + m.length
            }
        }
        return nil
    }

    /// Whether a range ends with a personal title (刘总, 陈经理).
    static func endsWithTitle(_ a: Analysis, _ r: Range<Int>) -> Bool {
        for k in r where k > r.lowerBound {
            if let m = L.titles.match(a.tokens, at: k), k + m.length == r.upperBound { return true }
        }
        return false
    }
}
