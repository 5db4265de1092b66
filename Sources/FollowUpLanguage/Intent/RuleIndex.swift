/// Which intent rules can possibly fire on a line, from the tokens their cues start with.
///
/// Each token maps to a bit mask of the rules having a cue that starts with it (one 64-bit word
/// per 64 rules); OR-ing the masks of a line's tokens gives the candidate rules in one pass, so a
/// line never pays for rules whose cue words it does not contain.
struct RuleIndex: Sendable {
    let rules: [IntentRule]
    private let words: Int
    private let masks: [TokenKey: [UInt64]]

    init(_ rules: [IntentRule]) {
        self.rules = rules
        let words = max(1, (rules.count + 63) / 64)
        var m: [TokenKey: [UInt64]] = [:]
        for (i, r) in rules.enumerated() {
            for first in r.cues.firstTokens {
                m[first, default: Array(repeating: 0, count: words)][i / 64] |= 1 << UInt64(i % 64)
            }
        }
        self.words = words
        masks = m
    }

    /// The rules, in order, whose cue can start with one of the line's tokens.
    func candidates(_ a: Analysis) -> [IntentRule] {
        var mask = Array(repeating: UInt64(0), count: words)
        for t in a.tokens {
            if let m = masks[t.key] { for w in 0..<words { mask[w] |= m[w] } }
        }
        var out: [IntentRule] = []
        for w in 0..<words {
            var bits = mask[w]
            while bits != 0 {
                out.append(rules[w * 64 + bits.trailingZeroBitCount])
                bits &= bits - 1
            }
        }
        return out
    }
}
