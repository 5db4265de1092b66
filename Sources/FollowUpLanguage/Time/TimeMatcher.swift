/// Matches `TimeRule` patterns against tokens, greedily and without backtracking.
enum TimeMatcher {
    /// The length and captures of `rule` matched at token `i`, if it matches.
    static func match(_ rule: TimeRule, _ a: Analysis, at i: Int) -> (length: Int, captures: [Int])? {
        var j = i
        var caps: [Int] = []
        for piece in rule.pattern {
            guard let n = matchPiece(piece, a, at: j, captures: &caps, mustGlue: false) else { return nil }
            j += n
        }
        return j > i ? (j - i, caps) : nil
    }

    /// Tokens consumed by `piece` at `j` (0 for an absent optional), or nil when it fails.
    private static func matchPiece(_ piece: TimePiece, _ a: Analysis, at j: Int, captures: inout [Int],
                                   mustGlue: Bool) -> Int? {
        let t = a.tokens
        if j < t.count, !a.isFree(j) {
            switch piece {
            case .optional: return 0
            case .optionalTable(_, let absent): captures.append(absent); return 0
            default: return nil
            }
        }
        if mustGlue, j < t.count, t[j].spaceBefore {
            switch piece {
            case .optional: return 0
            case .optionalTable(_, let absent): captures.append(absent); return 0
            default: return nil
            }
        }
        switch piece {
        case .word(let table):
            return table.match(t, at: j)?.length
        case .optional(let table):
            return table.match(t, at: j)?.length ?? 0
        case .table(let table):
            guard let m = table.match(t, at: j) else { return nil }
            captures.append(m.value)
            return m.length
        case .optionalTable(let table, let absent):
            if let m = table.match(t, at: j) { captures.append(m.value); return m.length }
            captures.append(absent)
            return 0
        case .number(let range, let words):
            guard let r = IntegerReader.read(t, at: j, words: words), range.contains(r.value) else { return nil }
            // A number straight after another number token is part of something else.
            if t[j].kind == .number, j + 1 < t.count, t[j + 1].kind == .number, !t[j + 1].spaceBefore { return nil }
            captures.append(r.value)
            return r.length
        case .year:
            if j < t.count, t[j].kind == .number, let n = t[j].number, n.isInteger, n.digitCount == 4,
               let v = n.int, (1900...2200).contains(v) {
                captures.append(v)
                return 1
            }
            // 二〇二六 / 二零二六: four numeral digits.
            var v = 0
            var k = j
            while k < t.count, k - j < 4, let c = t[k].scalar, let d = ChineseNumeral.digits[c], c != "两" {
                v = v * 10 + Int(d); k += 1
            }
            if k - j == 4, (1900...2200).contains(v) { captures.append(v); return 4 }
            return nil
        case .ordinal:
            guard j < t.count else { return nil }
            if t[j].kind == .number, let n = t[j].number, n.isInteger, n.digitCount <= 2, let v = n.int,
               (0...99).contains(v), j + 1 < t.count, !t[j + 1].spaceBefore,
               ["st", "nd", "rd", "th"].contains(t[j + 1].text) {
                captures.append(v)
                return 2
            }
            // Ordinal words need "the" ("the first"), or "first order" would be a date.
            if let v = NumberWords.ordinals[t[j].text], j > 0, t[j - 1].text == "the",
               (j > 1 && ["on", "by", "before", "until", "till", "from", "after"].contains(t[j - 2].text))
                || (j + 1 < t.count && t[j + 1].text == "of") {
                captures.append(v)
                return 1
            }
            return nil
        case .glued(let inner):
            if j < t.count, t[j].spaceBefore {
                switch inner {
                case .optional: return 0
                case .optionalTable(_, let absent): captures.append(absent); return 0
                default: return nil
                }
            }
            return matchPiece(inner, a, at: j, captures: &captures, mustGlue: true)
        }
    }
}
