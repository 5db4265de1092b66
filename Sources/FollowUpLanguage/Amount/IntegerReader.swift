/// Reads an integer at a token: digits, a Chinese numeral, or (when allowed) an English word.
enum IntegerReader {
    struct Reading: Sendable { var value: Int; var length: Int }

    static func read(_ tokens: [Token], at i: Int, words: Bool) -> Reading? {
        guard i >= 0, i < tokens.count else { return nil }
        let t = tokens[i]
        switch t.kind {
        case .number:
            guard let n = t.number, n.isInteger, !n.grouped, n.digitCount <= 9, let v = n.int else { return nil }
            return Reading(value: v, length: 1)
        case .cjk:
            guard let r = ChineseNumeral.read(tokens, at: i), r.value < 1_000_000_000 else { return nil }
            return Reading(value: Int(r.value), length: r.length)
        case .word:
            guard words else { return nil }
            if t.text == "a", i + 1 < tokens.count, tokens[i + 1].text == "couple" {
                let of = i + 2 < tokens.count && tokens[i + 2].text == "of" ? 1 : 0
                return Reading(value: 2, length: 2 + of)
            }
            if t.text == "a", i + 1 < tokens.count, tokens[i + 1].text == "few" { return Reading(value: 3, length: 2) }
            guard let v = NumberWords.values[t.text] else { return nil }
            // twenty-one / twenty one
            if v >= 20, v % 10 == 0 {
                var j = i + 1
                if j < tokens.count, tokens[j].text == "-" { j += 1 }
                if j < tokens.count, let u = NumberWords.values[tokens[j].text], u < 10, tokens[j].text != "a",
                   tokens[j].text != "an" {
                    return Reading(value: v + u, length: j - i + 1)
                }
            }
            return Reading(value: v, length: 1)
        default:
            return nil
        }
    }
}
