/// `--csv` after a report's words, found on the raw line before anything else reads it, so that
/// only the flag itself is taken: `add customer CSV Trading` and `"--csv"` in quotes stay words.
///
/// The flag is `--csv` (also `-csv`, a dash or full-width dashes, any case) standing alone: at
/// the start, after a space or after Chinese text, and followed by a space, `=` or the end. The
/// word after it is the file to write when it is quoted or looks like a path (it has a dot, a
/// slash or starts with `~`): `aging --csv aging.csv`, `--csv "my aging.csv"`, `--csv=out.csv`.
/// Anything else after the flag stays part of the line (`aging --csv as of Dec 1`).
/// Said in words at the very end of a line, it is the same, printed: `aging as csv`,
/// `open invoices in csv format`, `账龄导出csv`.
public enum CSVFlag {
    /// Trailing words that ask for CSV (after a space in English).
    static let phrases = ["as csv", "in csv", "to csv", "as a csv", "into csv", "as csv file", "in csv format",
                          "csv format", "as a csv file"]
    static let phrasesZH = ["导出csv", "导出成csv", "导出为csv", "转成csv", "csv格式", "导出csv文件", "出csv"]

    /// The line without the flag (and its file), and the request; nil when there is no flag.
    public static func split(_ line: String) -> (line: String, csv: CSVRequest)? {
        // Only what the parser reads: a longer line is analysed no further than that anyway.
        guard line.utf8.count <= 4 * Normalizer.maxScalars else { return nil }
        if let found = flag(line) { return found }
        let trimmed = line.trimmingSpaces
        // The words may be followed by the file: `aging as csv to aging.csv`, `账龄导出csv到账龄.csv`.
        var body = trimmed, path: String?
        if let cut = trimmed.lastIndex(of: " "), looksLikePath(String(trimmed[trimmed.index(after: cut)...]), quoted: false) {
            path = String(trimmed[trimmed.index(after: cut)...])
            body = String(trimmed[..<cut]).trimmingSpaces
        }
        for connector in [" to", " into", "到", "为", "成"] where path != nil && body.lowercased().hasSuffix(connector) {
            body = String(body.dropLast(connector.count)).trimmingSpaces
            break
        }
        let lower = body.lowercased()
        for p in phrases where lower.hasSuffix(" " + p) {
            return (String(body.dropLast(p.count)).trimmingSpaces, CSVRequest(path: path))
        }
        for p in phrasesZH where lower.hasSuffix(p) && lower.count > p.count {
            return (String(body.dropLast(p.count)).trimmingSpaces, CSVRequest(path: path))
        }
        // `账龄导出csv到账龄.csv`: the file glued on after 到/为/成.
        let chars = Array(trimmed), lowered = Array(trimmed.lowercased())
        guard chars.count == lowered.count else { return nil }
        for p in phrasesZH {
            for c in ["到", "为", "成"] {
                let needle = Array(p + c)
                guard lowered.count > needle.count else { continue }
                for i in 1...(lowered.count - needle.count) where Array(lowered[i..<(i + needle.count)]) == needle {
                    let rest = String(chars[(i + needle.count)...]).trimmingSpaces
                    if !rest.isEmpty, !rest.contains(" "), looksLikePath(rest, quoted: false) {
                        return (String(chars[..<i]).trimmingSpaces, CSVRequest(path: rest))
                    }
                }
            }
        }
        return nil
    }

    private static func flag(_ line: String) -> (line: String, csv: CSVRequest)? {
        let s = Array(line.unicodeScalars)
        var i = 0
        var quote: Unicode.Scalar?
        while i < s.count {
            let c = s[i]
            if let q = quote {
                if c == q { quote = nil }
                i += 1
                continue
            }
            if let close = quotes[c] {
                quote = close
                i += 1
                continue
            }
            if let end = flagEnd(s, at: i) {
                var rest = end
                var path: String?
                if rest < s.count, s[rest] == "=" {
                    let (p, after) = word(s, from: rest + 1)
                    path = p
                    rest = after
                } else {
                    let (p, after) = word(s, from: rest)
                    if let p, after > rest, looksLikePath(p, quoted: isQuote(s, from: rest)) {
                        path = p
                        rest = after
                    }
                }
                let before = String(String.UnicodeScalarView(s[0..<i])).trimmingSpaces
                let after = rest < s.count ? String(String.UnicodeScalarView(s[rest...])).trimmingSpaces : ""
                let joined = [before, after].filter { !$0.isEmpty }.joined(separator: " ")
                return (joined, CSVRequest(path: path.flatMap { $0.isEmpty ? nil : $0 }))
            }
            i += 1
        }
        return nil
    }

    /// Quotes that make the words inside them words (an apostrophe is no quote: `Acme's`).
    private static let quotes: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "“": "”", "「": "」"]
    /// Quotes around a file name, single ones too.
    private static let closing: [Unicode.Scalar: Unicode.Scalar] = ["\"": "\"", "“": "”", "「": "」", "'": "'"]

    private static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\u{3000}" || c == "\u{00A0}" }

    private static func isDash(_ c: Unicode.Scalar) -> Bool { c == "-" || c == "—" || c == "–" || c == "－" }

    /// The index after a flag starting at `i`, or nil.
    private static func flagEnd(_ s: [Unicode.Scalar], at i: Int) -> Int? {
        guard isDash(s[i]) else { return nil }
        if i > 0 {
            let b = s[i - 1]
            guard isSpace(b) || b.value >= 0x2E80 else { return nil }
        }
        var j = i
        while j < s.count, j - i < 2, isDash(s[j]) { j += 1 }
        let word: [Unicode.Scalar] = ["c", "s", "v"]
        guard j + 3 <= s.count else { return nil }
        for k in 0..<3 {
            let v = s[j + k].value
            let lower = (v >= 0xFF21 && v <= 0xFF5A) ? v - 0xFEE0 : v
            guard let u = Unicode.Scalar(lower), u.properties.lowercaseMapping == String(word[k]) else { return nil }
        }
        let end = j + 3
        guard end == s.count || isSpace(s[end]) || s[end] == "=" else { return nil }
        return end
    }

    private static func isQuote(_ s: [Unicode.Scalar], from i: Int) -> Bool {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        return j < s.count && closing[s[j]] != nil
    }

    /// The word (or quoted text) after spaces from `i`, and the index after it.
    private static func word(_ s: [Unicode.Scalar], from i: Int) -> (String?, Int) {
        var j = i
        while j < s.count, isSpace(s[j]) { j += 1 }
        guard j < s.count else { return (nil, i) }
        if let close = closing[s[j]] {
            var k = j + 1
            while k < s.count, s[k] != close { k += 1 }
            let text = String(String.UnicodeScalarView(s[(j + 1)..<min(k, s.count)]))
            return (text, min(k + 1, s.count))
        }
        var k = j
        while k < s.count, !isSpace(s[k]) { k += 1 }
        return (String(String.UnicodeScalarView(s[j..<k])), k)
    }

    private static func looksLikePath(_ w: String, quoted: Bool) -> Bool {
        quoted || w.contains(".") || w.contains("/") || w.hasPrefix("~")
    }
}

extension String {
    /// Without leading and trailing spaces (ASCII, ideographic and no-break).
    var trimmingSpaces: String {
        var v = Substring(self)
        while let f = v.first, f == " " || f == "\t" || f == "\u{3000}" || f == "\u{00A0}" { v = v.dropFirst() }
        while let l = v.last, l == " " || l == "\t" || l == "\u{3000}" || l == "\u{00A0}" { v = v.dropLast() }
        return String(v)
    }
}
