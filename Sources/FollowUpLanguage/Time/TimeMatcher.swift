/// Expressions found so far and the tokens they cover, for compositions to build on.
struct SpanIndex: Sendable {
    var found: [TimeScanner.Found] = []
    /// For each token, the index in `found` of the span covering it, or -1.
    var owner: [Int]

    init(count: Int) { owner = Array(repeating: -1, count: count) }

    /// The span starting exactly at token `i`.
    func span(startingAt i: Int) -> TimeScanner.Found? {
        guard i >= 0, i < owner.count, owner[i] >= 0, found[owner[i]].range.lowerBound == i else { return nil }
        return found[owner[i]]
    }

    func isCovered(_ i: Int) -> Bool { i >= 0 && i < owner.count && owner[i] >= 0 }

    /// Replaces the spans inside `hit.range` by `hit`, keeping left-to-right order.
    mutating func replace(with hit: TimeScanner.Found) {
        found.removeAll { hit.range.overlaps($0.range) }
        let at = found.firstIndex { $0.range.lowerBound > hit.range.lowerBound } ?? found.count
        found.insert(hit, at: at)
        owner = Array(repeating: -1, count: owner.count)
        for (k, f) in found.enumerated() {
            for i in f.range where i < owner.count { owner[i] = k }
        }
    }
}

/// Matches `TimeRule` patterns against tokens and found spans, greedily and without backtracking.
enum TimeMatcher {
    /// The length and captures of `rule` matched at token `i`, if it matches.
    static func match(_ rule: TimeRule, _ a: Analysis, _ spans: SpanIndex, at i: Int) -> (length: Int, captures: Captures)? {
        var j = i
        var caps = Captures()
        for piece in rule.pattern {
            guard let n = matchPiece(piece, a, spans, at: j, captures: &caps, mustGlue: false) else { return nil }
            j += n
        }
        return j > i ? (j - i, caps) : nil
    }

    /// What an optional piece does when it cannot look at token `j`.
    private static func absent(_ piece: TimePiece, _ captures: inout Captures) -> Int? {
        switch piece {
        case .optional: return 0
        case .optionalTable(_, let value): captures.items.append(value); return 0
        default: return nil
        }
    }

    /// Tokens consumed by `piece` at `j` (0 for an absent optional), or nil when it fails.
    private static func matchPiece(_ piece: TimePiece, _ a: Analysis, _ spans: SpanIndex, at j: Int,
                                   captures: inout Captures, mustGlue: Bool) -> Int? {
        let t = a.tokens
        if case .expr(let kind) = piece {
            guard let f = spans.span(startingAt: j), kind.accepts(f.expr) else { return nil }
            captures.items.append(f.expr)
            return f.range.count
        }
        if case .chineseOrdinal = piece {
            let readable = { (k: Int) in k < t.count && !spans.isCovered(k) && (a.isFree(k) || a.marks[k] == .id) }
            guard readable(j), t[j].text == "第", readable(j + 1), let r = ChineseNumeral.read(t, at: j + 1),
                  (j + 1..<j + 1 + r.length).allSatisfy(readable), let v = Int(exactly: r.value) else { return nil }
            captures.items.append(v)
            return 1 + r.length
        }
        if case .lineEnd = piece {
            return j >= t.count || (t[j].kind == .symbol && [",", ".", "!", "?", ";"].contains(t[j].text)) ? 0 : nil
        }
        if j < t.count, !a.isFree(j) || spans.isCovered(j) { return absent(piece, &captures) }
        if mustGlue, j < t.count, t[j].spaceBefore { return absent(piece, &captures) }
        switch piece {
        case .word(let table):
            return table.match(t, at: j)?.length
        case .optional(let table):
            return table.match(t, at: j)?.length ?? 0
        case .table(let table):
            guard let m = table.match(t, j) else { return nil }
            captures.items.append(m.value)
            return m.length
        case .optionalTable(let table, let absentValue):
            if let m = table.match(t, j) { captures.items.append(m.value); return m.length }
            captures.items.append(absentValue)
            return 0
        case .number(let range, let words):
            if let r = twenties(t, at: j), range.contains(r.value) {
                captures.items.append(r.value)
                return r.length
            }
            guard let r = IntegerReader.read(t, at: j, words: words), range.contains(r.value) else { return nil }
            // A number straight after another number token is part of something else.
            if t[j].kind == .number, j + 1 < t.count, t[j + 1].kind == .number, !t[j + 1].spaceBefore { return nil }
            captures.items.append(r.value)
            return r.length
        case .year:
            guard let (v, n) = year(t, at: j) else { return nil }
            captures.items.append(v)
            return n
        case .ordinal:
            guard let v = ordinal(t, at: j) else { return nil }
            captures.items.append(v.value)
            return v.length
        case .glued(let inner):
            if j < t.count, t[j].spaceBefore { return absent(inner, &captures) }
            return matchPiece(inner, a, spans, at: j, captures: &captures, mustGlue: true)
        case .dotted:
            guard j < t.count, t[j].kind == .number, let digits = t[j].number?.digits else { return nil }
            let parts = digits.split(separator: ".")
            guard parts.count == 2, [1, 2, 4].contains(parts[0].count), (1...2).contains(parts[1].count),
                  let first = Int(parts[0]), let second = Int(parts[1]) else { return nil }
            captures.items.append(first)
            captures.items.append(second)
            return 1
        case .expr, .lineEnd, .chineseOrdinal:
            return nil
        }
    }

    /// 廿 (20) and 卅 (30), with a digit after them (廿五 = 25), as days are written.
    private static func twenties(_ t: [Token], at j: Int) -> (value: Int, length: Int)? {
        guard j < t.count, let c = t[j].scalar, let tens = ["廿": 20, "卅": 30][c] else { return nil }
        if j + 1 < t.count, let u = t[j + 1].scalar, let d = ChineseNumeral.digits[u], d > 0 { return (tens + Int(d), 2) }
        return (tens, 1)
    }

    /// A four-digit year 1900–2200, or `二〇二六` / `二零一六`: four numeral digits.
    private static func year(_ t: [Token], at j: Int) -> (Int, Int)? {
        if j < t.count, t[j].kind == .number, let n = t[j].number, n.isInteger, n.digitCount == 4,
           let v = n.int, (1900...2200).contains(v) {
            return (v, 1)
        }
        var v = 0
        var k = j
        while k < t.count, k - j < 4, let c = t[k].scalar, let d = ChineseNumeral.digits[c], c != "两" {
            v = v * 10 + Int(d); k += 1
        }
        return k - j == 4 && (1900...2200).contains(v) ? (v, 4) : nil
    }

    /// `10th`, `1st`; an ordinal word only after "the" ("the first") so "first order" is no date.
    private static func ordinal(_ t: [Token], at j: Int) -> (value: Int, length: Int)? {
        guard j < t.count else { return nil }
        if t[j].kind == .number, let n = t[j].number, n.isInteger, n.digitCount <= 2, let v = n.int,
           (0...99).contains(v), j + 1 < t.count, !t[j + 1].spaceBefore,
           ["st", "nd", "rd", "th"].contains(t[j + 1].text) {
            return (v, 2)
        }
        if let v = NumberWords.ordinals[t[j].text], j > 0, t[j - 1].text == "the",
           (j > 1 && ["on", "by", "before", "until", "till", "from", "after"].contains(t[j - 2].text))
            || (j + 1 < t.count && t[j + 1].text == "of") {
            return (v, 1)
        }
        return nil
    }
}
