/// Chinese punctuation for Chinese replies: `:` `,` `(` `)` `?` next to Chinese text become
/// their full-width forms, while times (15:00), amounts (¥8,000) and ids (#3) are left as they are.
enum ChineseTypography {
    static func polish(_ line: String) -> String {
        let s = Array(line.unicodeScalars)
        var out = String.UnicodeScalarView()
        // Whether each open parenthesis was widened, so its partner matches.
        var opened: [Bool] = []
        for (i, c) in s.enumerated() {
            let before = i > 0 ? s[i - 1] : nil
            let after = i + 1 < s.count ? s[i + 1] : nil
            let nearCJK = isCJK(before) || isCJK(after)
            switch c {
            case ":" where isCJK(before):
                out.append("：")
            // A grouping comma is always followed by a digit; before Chinese it is punctuation.
            case "," where isCJK(before) || isCJK(after):
                out.append("，")
            case "?" where isCJK(before) || isCJK(after) || after == "(":
                out.append("？")
            case "(":
                let wide = nearCJK || isCJK(before.flatMap { _ in lastNonSpace(s, before: i) })
                    || isCJK(afterClosing(s, from: i))
                opened.append(wide)
                if wide, out.last == " " { out.removeLast() }
                out.append(wide ? "（" : "(")
            case ")":
                let wide = opened.popLast() ?? isCJK(before)
                out.append(wide ? "）" : ")")
            case " " where (out.last == "：" || out.last == "，" || out.last == "）") && isCJK(after):
                continue
            default:
                out.append(c)
            }
        }
        return String(out)
    }

    /// The character after the parenthesis that closes the one at `i` (`(#1)。` → `。`).
    private static func afterClosing(_ s: [Unicode.Scalar], from i: Int) -> Unicode.Scalar? {
        var depth = 0
        var j = i
        while j < s.count {
            if s[j] == "(" { depth += 1 }
            if s[j] == ")" {
                depth -= 1
                if depth == 0 { return j + 1 < s.count ? s[j + 1] : nil }
            }
            j += 1
        }
        return nil
    }

    private static func lastNonSpace(_ s: [Unicode.Scalar], before i: Int) -> Unicode.Scalar? {
        var j = i - 1
        while j >= 0, s[j] == " " { j -= 1 }
        return j >= 0 ? s[j] : nil
    }

    private static func isCJK(_ c: Unicode.Scalar?) -> Bool {
        guard let v = c?.value else { return false }
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0x3000 && v <= 0x303F)
            || (v >= 0xFF00 && v <= 0xFFEF)
    }
}
