/// Which intent rules can possibly fire on a line, from the tokens their cues start with.
///
/// Each token maps to a bit mask of the rules having a cue that starts with it; OR-ing the masks
/// of a line's tokens gives the candidate rules in one pass, so a line never pays for rules
/// whose cue words it does not contain.
struct RuleIndex: Sendable {
    let rules: [IntentRule]
    private let masks: [TokenKey: UInt64]

    init(_ rules: [IntentRule]) {
        self.rules = rules
        var m: [TokenKey: UInt64] = [:]
        for (i, r) in rules.enumerated() where i < 64 {
            for first in r.cues.firstTokens { m[first, default: 0] |= (1 << UInt64(i)) }
        }
        masks = m
    }

    /// The rules, in order, whose cue can start with one of the line's tokens.
    func candidates(_ a: Analysis) -> [IntentRule] {
        guard rules.count <= 64 else { return rules }
        var mask: UInt64 = 0
        for t in a.tokens { if let m = masks[t.key] { mask |= m } }
        var out: [IntentRule] = []
        var i = 0
        while mask != 0, i < rules.count {
            if mask & 1 == 1 { out.append(rules[i]) }
            mask >>= 1
            i += 1
        }
        return out
    }
}
