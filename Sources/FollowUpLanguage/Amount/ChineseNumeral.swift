/// Reads Chinese numerals, including financial forms and the spoken tail (三千五 = 3500).
enum ChineseNumeral {
    /// Digit values of numeral characters (plain and financial forms).
    static let digits: [Unicode.Scalar: Int64] = [
        "零": 0, "〇": 0, "一": 1, "壹": 1, "二": 2, "贰": 2, "两": 2, "俩": 2, "三": 3, "叁": 3,
        "四": 4, "肆": 4, "五": 5, "伍": 5, "六": 6, "陆": 6, "七": 7, "柒": 7, "八": 8, "捌": 8,
        "九": 9, "玖": 9,
    ]

    /// Unit characters below ten thousand.
    static let smallUnits: [Unicode.Scalar: Int64] = ["十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000]

    /// Section units.
    static let bigUnits: [Unicode.Scalar: Int64] = ["万": 10_000, "亿": 100_000_000]

    /// A numeral read from tokens.
    struct Reading: Sendable, Equatable {
        var value: Int64
        var length: Int
        /// True when a 百/千/万/亿 appeared (so it reads as a quantity, not a small count).
        var hasLargeUnit: Bool
    }

    static func isNumeral(_ t: Token) -> Bool {
        guard let c = t.scalar else { return false }
        return digits[c] != nil || smallUnits[c] != nil || bigUnits[c] != nil
    }

    /// Reads the numeral starting at token `i`; nil when none starts there.
    static func read(_ tokens: [Token], at i: Int) -> Reading? {
        var total: Int64 = 0, section: Int64 = 0, number: Int64 = 0
        var lastUnit: Int64 = 0
        var afterZero = false
        var sawDigitOrUnit = false
        var large = false
        var j = i
        var lastWasUnit = false
        while j < tokens.count, tokens[j].kind == .cjk, j - i < 24, let t = tokens[j].scalar {
            if let d = digits[t] {
                // Two digits in a row (一二) is not one numeral, except after 零.
                if sawDigitOrUnit && !lastWasUnit && !afterZero && d != 0 { break }
                if d == 0 { afterZero = true } else { number = d }
                lastWasUnit = false
            } else if let u = smallUnits[t] {
                if number == 0 && u == 10 { number = 1 }
                if number == 0 { break }
                section += number * u
                number = 0; lastUnit = u; afterZero = false; lastWasUnit = true
                if u >= 100 { large = true }
            } else if let u = bigUnits[t] {
                if section + number == 0 { break }
                let (m, o) = (section + number).multipliedReportingOverflow(by: u)
                if o || total > Int64.max / 4 { break }
                total += m
                section = 0; number = 0; lastUnit = u; afterZero = false; lastWasUnit = true
                large = true
            } else {
                break
            }
            sawDigitOrUnit = true
            j += 1
        }
        guard j > i else { return nil }
        // Spoken tail: 三千五 → 3500, 两万五 → 25000, 一百二 → 120 (not after 零).
        if number > 0, !afterZero, lastUnit >= 100, j - i >= 3, !lastWasUnit {
            number *= lastUnit / 10
        }
        let value = total + section + number
        return Reading(value: value, length: j - i, hasLargeUnit: large)
    }
}
