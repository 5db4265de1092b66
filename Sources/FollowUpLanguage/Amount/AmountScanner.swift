/// Finds the money amount in a line: digits or Chinese numerals with currency and multipliers.
enum AmountScanner {
    /// A found amount and the tokens it covers.
    struct Found: Sendable {
        var amount: ParsedAmount
        var range: Range<Int>
    }

    /// All amounts on free tokens, left to right; claims their tokens.
    static func scan(_ a: inout Analysis) -> [Found] {
        var found: [Found] = []
        var i = 0
        while i < a.count {
            if a.isFree(i), let f = read(a, at: i) {
                found.append(f)
                a.mark(f.range, .amount)
                i = f.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    /// Words that join two amounts into a range.
    static let rangeJoiners: Set<String> = ["-", "~", "～", "to", "or", "到", "至", "或", "—", "–"]

    /// The tokens of two amounts joined as a range (`2-3k`, `2000 to 3000`, `2千到3千`), or nil:
    /// a money fact needs one amount, and taking either end would be a guess.
    static func rangeOfAmounts(_ a: Analysis, _ amounts: [Found]) -> Range<Int>? {
        guard amounts.count >= 2 else { return nil }
        let t = a.tokens
        for (x, y) in zip(amounts, amounts.dropFirst()) {
            let gap = x.range.upperBound..<y.range.lowerBound
            guard gap.count == 1, rangeJoiners.contains(t[gap.lowerBound].text) else { continue }
            return x.range.lowerBound..<y.range.upperBound
        }
        return nil
    }

    /// Reads an amount starting at token `i`.
    static func read(_ a: Analysis, at start: Int, afterSign: Bool = false) -> Found? {
        let t = a.tokens
        // "-300" standing alone is a negative amount (kept so it can be refused with a reason);
        // "INV-300" is glued to a word and stays an identifier.
        if t[start].text == "-", start + 1 < t.count, !t[start + 1].spaceBefore,
           start == 0 || t[start].spaceBefore, t[start + 1].kind == .number || AmountLexicon.prefixCurrency.match(t, at: start + 1) != nil,
           let f = read(a, at: start + 1, afterSign: true) {
            return Found(amount: ParsedAmount(hundredths: -f.amount.hundredths, currency: f.amount.currency), range: start..<f.range.upperBound)
        }
        var i = start
        var currency: String?
        if let p = AmountLexicon.prefixCurrency.match(t, at: i) {
            // "usd" or "rmb" alone is a currency code, not an amount; a number must follow.
            currency = p.value
            i += p.length
        }
        guard i < t.count, a.isFree(i) else { return nil }
        var hundredths: Int64
        var strong = currency != nil
        var j: Int
        if t[i].kind == .number, let n = t[i].number, let h = n.hundredths {
            if start > 0, currency == nil, AmountLexicon.idContext.contains(t, at: start - 1) { return nil }
            if start > 1, currency == nil, t[start - 1].text == ".", t[start - 2].text == "no" { return nil }
            // 7-Eleven: a number joined to a word by a dash is part of a name, never an amount.
            if currency == nil, i + 2 < t.count, t[i + 1].text == "-", !t[i + 1].spaceBefore, !t[i + 2].spaceBefore,
               t[i + 2].kind == .word, t[i + 2].text.count > 1 { return nil }
            hundredths = h
            j = i + 1
            // Grouped thousands or decimals look like money already.
            if n.grouped || !n.isInteger { strong = true }
            // A phone number or long id, not money.
            if !strong, n.digitCount >= 7 { return nil }
        } else if t[i].kind == .cjk, let r = ChineseNumeral.read(t, at: i) {
            hundredths = r.value.multipliedReportingOverflow(by: 100).overflow ? .max : r.value * 100
            j = i + r.length
            if r.hasLargeUnit { strong = true }
            if r.value == 0 { return nil }
        } else {
            return nil
        }
        // Multiplier: 5k, 1.2万, 5 grand.
        if j < t.count, a.isFree(j), let m = AmountLexicon.multipliers.match(t, at: j),
           t[i].kind == .number || m.value >= 10_000 {
            let isLetterK = t[j].kind == .word && t[j].text.count <= 2
            if !isLetterK || !t[j].spaceBefore {
                // Too large to hold saturates, so the amount is refused with a reason, never dropped.
                hundredths = saturated(hundredths.multipliedReportingOverflow(by: m.value))
                j += m.length
                strong = true
                // 万亿 (a trillion): a second large unit straight after the first multiplies again.
                if m.value >= 10_000, j < t.count, !t[j].spaceBefore, let m2 = AmountLexicon.multipliers.match(t, at: j),
                   m2.value >= 10_000 {
                    hundredths = saturated(hundredths.multipliedReportingOverflow(by: m2.value))
                    j += m2.length
                }
                // 3万5 = 35,000: a single digit straight after 万 counts in thousands.
                if m.value == 10_000, j < t.count, !t[j].spaceBefore, let tail = digitTail(t, j) {
                    hundredths = saturated(hundredths.addingReportingOverflow(tail.value * 100_000))
                    j += tail.length
                }
            }
        }
        // A scale word with no table entry (50 trillion) must not leave a smaller amount behind.
        if j < t.count, a.isFree(j), beyondLimit.contains(t[j].text) {
            hundredths = .max
            j += 1
            strong = true
        }
        if let s = AmountLexicon.suffixCurrency.match(t, at: j) {
            currency = currency ?? s.value
            j += s.length
            strong = true
        } else if !strong {
            if j < t.count, AmountLexicon.blockers.contains(t, at: j) || AmountLexicon.isCounted(t[j]) { return nil }
            // A number glued to letters (INV2031, A4) or followed by ':' (a time) is not money.
            if j < t.count, !t[j].spaceBefore, t[j].kind == .word || t[j].text == ":" { return nil }
            if i > 0, !afterSign, !t[i].spaceBefore, t[i - 1].kind == .word || t[i - 1].text == "-" || t[i - 1].text == "#" {
                return nil
            }
            // Bare Chinese numerals (三个, 五) are counts unless they carry a large unit.
            if t[i].kind == .cjk { return nil }
        }
        return Found(amount: ParsedAmount(hundredths: hundredths, currency: currency), range: start..<j)
    }

    /// Scale words past any amount a book keeps: the amount is read as too large.
    private static let beyondLimit: Set<String> = ["trillion", "trillions", "quadrillion", "zillion", "gazillion", "兆"]

    private static func saturated(_ r: (partialValue: Int64, overflow: Bool)) -> Int64 {
        r.overflow ? .max : r.partialValue
    }

    /// A one-digit tail after 万 (3万5, 两万五 is handled by the numeral reader).
    private static func digitTail(_ t: [Token], _ j: Int) -> (value: Int64, length: Int)? {
        if t[j].kind == .number, let n = t[j].number, n.isInteger, n.digitCount == 1, let h = n.hundredths {
            if j + 1 < t.count, AmountLexicon.multipliers.contains(t, at: j + 1) { return nil }
            return (h / 100, 1)
        }
        if t[j].kind == .cjk, let c = t[j].scalar, let d = ChineseNumeral.digits[c], d > 0 {
            if j + 1 < t.count, ChineseNumeral.isNumeral(t[j + 1]) { return nil }
            return (d, 1)
        }
        return nil
    }
}
