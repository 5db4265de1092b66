/// English number words used in counts ("in two weeks", "every three days").
enum NumberWords {
    static let values: [String: Int] = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
        "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
        "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
        "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "ninety": 90,
        "a": 1, "an": 1, "couple": 2, "few": 3, "several": 3,
    ]

    /// Ordinal words (`first` … `thirty-first` in their one-word forms).
    static let ordinals: [String: Int] = [
        "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
        "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15,
        "twentieth": 20, "thirtieth": 30,
    ]
}

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
