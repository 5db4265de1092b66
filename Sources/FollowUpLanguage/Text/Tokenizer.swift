/// Splits `NormalText` into tokens: letter runs, number runs, single ideographs and symbols.
enum Tokenizer {
    static func tokenize(_ text: NormalText) -> [Token] {
        let s = text.lower
        var tokens: [Token] = []
        tokens.reserveCapacity(s.count / 2 + 1)
        var i = 0
        var space = true
        let n = s.count
        while i < n {
            let c = s[i]
            if c == " " { space = true; i += 1; continue }
            if let e = emailEnd(s, i) {
                tokens.append(Token(kind: .email, text: string(s, i, e), start: i, end: e, spaceBefore: space))
                i = e; space = false; continue
            }
            if isDigit(c) {
                var j = i + 1
                var digits = String.UnicodeScalarView()
                digits.append(c)
                var grouped = false, dotted = false
                while j < n {
                    let d = s[j]
                    if isDigit(d) { digits.append(d); j += 1; continue }
                    // A grouping comma must be followed by exactly three digits.
                    if d == ",", !dotted, isGroupOfThree(s, j) {
                        grouped = true; j += 1; continue
                    }
                    if d == ".", !dotted, j + 1 < n, isDigit(s[j + 1]) {
                        dotted = true; digits.append(d); j += 1; continue
                    }
                    break
                }
                let ds = String(digits)
                tokens.append(Token(kind: .number, text: string(s, i, j), start: i, end: j, spaceBefore: space,
                                    number: numberValue(ds, grouped: grouped)))
                i = j; space = false; continue
            }
            if Normalizer.isCJK(c) {
                tokens.append(Token(kind: .cjk, text: String(Character(c)), start: i, end: i + 1, spaceBefore: space,
                                    scalar: c))
                i += 1; space = false; continue
            }
            // A possessive is its own token, so `Acme's` still holds the name `Acme`.
            if c == "'", isPossessive(s, i), let last = tokens.last, last.kind == .word, last.end == i {
                tokens.append(Token(kind: .word, text: "'s", start: i, end: i + 2, spaceBefore: false))
                i += 2; space = false; continue
            }
            if isLetter(c) {
                var j = i + 1
                while j < n {
                    let d = s[j]
                    if isLetter(d) { j += 1; continue }
                    if d == "'", j + 1 < n, isLetter(s[j + 1]), !isPossessive(s, j) { j += 1; continue }
                    break
                }
                let word = string(s, i, j)
                // Contractions typed without the apostrophe read as with it (theyll, hasnt); `whats`
                // splits like `what's` (a word and its 's).
                if let full = Shorthand.words[word] {
                    // `alot` is two words; each spans the typed word, so slots keep it as typed.
                    for (k, w) in full.enumerated() {
                        tokens.append(Token(kind: .word, text: w, start: i, end: j, spaceBefore: k == 0 ? space : true))
                    }
                } else if let full = Contractions.apostrophed[word], full.hasSuffix("'s") {
                    tokens.append(Token(kind: .word, text: String(full.dropLast(2)), start: i, end: j - 1, spaceBefore: space))
                    tokens.append(Token(kind: .word, text: "'s", start: j - 1, end: j, spaceBefore: false))
                } else {
                    tokens.append(Token(kind: .word, text: Contractions.apostrophed[word] ?? Misspellings.corrected[word] ?? word,
                                        start: i, end: j, spaceBefore: space))
                }
                i = j; space = false; continue
            }
            // Anything else is a one-scalar symbol (punctuation, currency signs, emoji…).
            tokens.append(Token(kind: .symbol, text: String(Character(c)), start: i, end: i + 1, spaceBefore: space))
            i += 1; space = false
        }
        return tokens
    }

    /// Tokens of a lexicon phrase, normalised exactly as lines are.
    static func words(_ phrase: String) -> [String] {
        tokenize(Normalizer.normalize(phrase)).map(\.text)
    }

    /// Token keys of a lexicon phrase.
    static func keys(_ phrase: String) -> [TokenKey] {
        // Most lexicon phrases are lowercase English words and single spaces, which normalise
        // to themselves and split at the spaces: keyed directly, since every process builds its
        // lexicons from thousands of them before reading its first line.
        var words: [TokenKey] = []
        var start = phrase.utf8.startIndex
        var plain = !phrase.isEmpty
        for i in phrase.utf8.indices {
            let b = phrase.utf8[i]
            if b == 0x20 {
                guard i > start, let word = plainWord(phrase.utf8[start..<i]) else { plain = false; break }
                words.append(word)
                start = phrase.utf8.index(after: i)
            } else if b < 0x61 || b > 0x7A {
                plain = false
                break
            }
        }
        if plain, start < phrase.utf8.endIndex, let word = plainWord(phrase.utf8[start...]) {
            words.append(word)
            return words
        }
        return tokenize(Normalizer.normalize(phrase)).map(\.key)
    }

    /// The key of a lowercase word as the tokenizer reads it (a slip read as its word), or nil
    /// when the tokenizer would split it (a contraction typed without its apostrophe).
    private static func plainWord(_ bytes: Substring.UTF8View) -> TokenKey? {
        let word = String(Substring(bytes))
        guard Contractions.apostrophed[word] == nil, Shorthand.words[word] == nil else { return nil }
        return TokenKey(Misspellings.corrected[word] ?? word)
    }

    /// `'s` at `i` closing a word (not `'st` or `'sun`).
    static func isPossessive(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        i + 1 < s.count && s[i] == "'" && s[i + 1] == "s" && (i + 2 == s.count || !isLetter(s[i + 2]))
    }

    static func isDigit(_ c: Unicode.Scalar) -> Bool { c.value >= 48 && c.value <= 57 }

    static func isLetter(_ c: Unicode.Scalar) -> Bool {
        if c.value < 0x80 { return (c.value >= 97 && c.value <= 122) || (c.value >= 65 && c.value <= 90) }
        if Normalizer.isCJK(c) { return false }
        // A combining mark with no precomposed form (Z̧oe) belongs to the word it marks.
        switch c.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return c.properties.isAlphabetic
        }
    }

    /// Whether the comma at `j` is followed by exactly three digits.
    private static func isGroupOfThree(_ s: [Unicode.Scalar], _ j: Int) -> Bool {
        guard j + 3 < s.count else { return false }
        for k in j + 1...j + 3 where !isDigit(s[k]) { return false }
        return !(j + 4 < s.count && isDigit(s[j + 4]))
    }

    private static func string(_ s: [Unicode.Scalar], _ a: Int, _ b: Int) -> String {
        var v = String.UnicodeScalarView()
        for k in a..<b { v.append(s[k]) }
        return String(v)
    }

    /// Parses digits (with at most one dot) into hundredths, refusing values that overflow.
    static func numberValue(_ digits: String, grouped: Bool) -> NumberValue {
        var whole: Int64 = 0
        var frac: Int64 = 0
        var fracDigits = 0
        var inFrac = false
        var overflow = false
        var count = 0
        for c in digits.unicodeScalars {
            if c == "." { inFrac = true; continue }
            let d = Int64(c.value - 48)
            count += 1
            if inFrac {
                if fracDigits < 2 { frac = frac * 10 + d; fracDigits += 1 }
            } else {
                let (m, o1) = whole.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(d)
                if o1 || o2 || a > 9_000_000_000_000_000 / 100 { overflow = true } else { whole = a }
            }
        }
        if fracDigits == 1 { frac *= 10 }
        let h: Int64? = overflow ? nil : whole * 100 + frac
        return NumberValue(hundredths: h, isInteger: !inFrac, digitCount: count, grouped: grouped, digits: digits)
    }

    /// The end of an email address starting at `i`, if one starts there.
    private static func emailEnd(_ s: [Unicode.Scalar], _ i: Int) -> Int? {
        guard isEmailChar(s[i]), i == 0 || !isEmailChar(s[i - 1]) else { return nil }
        var j = i
        var at = -1
        while j < s.count, j - i < 254 {
            let c = s[j]
            if c == "@" {
                if at >= 0 { return nil }
                at = j
            } else if !isEmailChar(c) { break }
            j += 1
        }
        guard at > i else { return nil }
        while j > at + 1, s[j - 1] == "." || s[j - 1] == "-" { j -= 1 }
        // The domain needs a dot with something on both sides.
        var dot = false
        var k = at + 2
        while k < j - 1 { if s[k] == "." { dot = true }; k += 1 }
        return dot ? j : nil
    }

    private static func isEmailChar(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 97 && c.value <= 122) || isDigit(c) || c == "." || c == "_" || c == "-" || c == "+" || c == "@"
            || (c.value >= 65 && c.value <= 90)
    }
}
