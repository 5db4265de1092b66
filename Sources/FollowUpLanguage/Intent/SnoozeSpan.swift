/// A span of hours or minutes to snooze a reminder by: `1 hour`, `30 min`, `half an hour`,
/// `1.5 hours`, `2h`, `2小时`, `半小时`, `一个半小时`, `30分钟`, `一刻钟`. Read on its own because
/// the time scanner treats a bare count of hours as no date, and `in 2 hours` as a clock time.
public enum SnoozeSpan {
    /// Minutes per unit word, English (a glued `h`/`m` only right after a number).
    static let unitsEN = PhraseTable<Int>([
        ("hour", 60), ("hours", 60), ("hr", 60), ("hrs", 60), ("h", 60),
        ("minute", 1), ("minutes", 1), ("min", 1), ("mins", 1), ("m", 1),
    ])
    /// Minutes per unit word, Chinese (个 may stand before it: 两个小时).
    static let unitsZH = PhraseTable<Int>([("小时", 60), ("钟头", 60), ("钟", 60), ("分钟", 1)])

    /// The longest a snooze by hours goes: further than a day, say the day.
    public static let maxMinutes = 24 * 60

    /// The first span on the line: minutes and the tokens that said it.
    static func find(_ a: Analysis) -> (minutes: Int, range: Range<Int>)? {
        let t = a.tokens
        var i = 0
        while i < t.count {
            // The reminder's number is no count of hours (推迟5半小时 is #5 by half an hour).
            // Nor is a name's (`3m china`: 3M is a customer, not three minutes).
            if a.marks[i] != .id, a.marks[i] != .name, let hit = english(t, at: i) ?? chinese(t, at: i) { return hit }
            i += 1
        }
        return nil
    }

    private static func english(_ t: [Token], at i: Int) -> (minutes: Int, range: Range<Int>)? {
        func word(_ k: Int) -> String { k < t.count ? t[k].text : "" }
        // half an hour, half hour, a half hour
        if word(i) == "half", word(i + 1) == "an" || word(i + 1) == "a", ["hour", "hr"].contains(word(i + 2)) { return (30, i..<(i + 3)) }
        if word(i) == "half", ["hour", "hr"].contains(word(i + 1)) { return (30, i..<(i + 2)) }
        if word(i) == "a", word(i + 1) == "half", ["hour", "hr"].contains(word(i + 2)) { return (30, i..<(i + 3)) }
        // A count: digits (1.5 too) or a number word (an hour, two hours).
        var hundredths: Int64?
        if t[i].kind == .number, let h = t[i].number?.hundredths, !(t[i].number?.grouped ?? true) {
            hundredths = h
        } else if let n = spokenCount(t[i]) {
            hundredths = Int64(n) * 100
        }
        guard let count = hundredths, count > 0, count <= 10_000 * 100, i + 1 < t.count,
              let unit = unitsEN.match(t, at: i + 1) else { return nil }
        // `2h`, `30m`: the one-letter units only glued to digits.
        let letter = ["h", "m"].contains(t[i + 1].text)
        if letter, t[i].kind != .number || t[i + 1].spaceBefore { return nil }
        var end = i + 1 + unit.length
        var minutes = Int(count) * unit.value / 100
        // an hour and a half, 2 hours and 30 minutes
        if word(end) == "and", word(end + 1) == "a", word(end + 2) == "half", unit.value == 60 {
            minutes += 30
            end += 3
        } else if word(end) == "and", end + 2 < t.count, t[end + 1].kind == .number, let n = t[end + 1].number?.int,
                  let m = unitsEN.match(t, at: end + 2), m.value == 1 {
            minutes += n
            end += 2 + m.length
        }
        return minutes > 0 ? (minutes, i..<end) : nil
    }

    private static func chinese(_ t: [Token], at i: Int) -> (minutes: Int, range: Range<Int>)? {
        func word(_ k: Int) -> String { k < t.count ? t[k].text : "" }
        // 一刻钟, 半小时, 半个小时, 半个钟头
        if word(i) == "一", word(i + 1) == "刻" { return (15, i..<(i + (word(i + 2) == "钟" ? 3 : 2))) }
        if word(i) == "半" {
            var k = i + 1
            if word(k) == "个" { k += 1 }
            if let u = unitsZH.match(t, at: k), u.value == 60 { return (30, i..<(k + u.length)) }
            return nil
        }
        var count: Int64
        var k: Int
        if t[i].kind == .number, let h = t[i].number?.hundredths {
            count = h
            k = i + 1
        } else if t[i].kind == .cjk, let r = ChineseNumeral.read(t, at: i), !r.hasLargeUnit, r.value > 0 {
            count = r.value * 100
            k = i + r.length
        } else {
            return nil
        }
        guard count > 0, count <= 10_000 * 100 else { return nil }
        if word(k) == "个" { k += 1 }
        // 一个半小时: the half before the unit, after 个.
        var half = false
        if word(k) == "半", word(k - 1) == "个" { half = true; k += 1 }
        guard let u = unitsZH.match(t, at: k) else { return nil }
        // 钟 alone is an hour only after 个 (一个钟); 3钟 is no span.
        if u.length == 1, word(k) == "钟", word(k - 1) != "个" { return nil }
        var minutes = Int(count) * u.value / 100 + (half && u.value == 60 ? 30 : 0)
        var end = k + u.length
        // 1小时30分钟, 一小时二十分
        if u.value == 60, end < t.count {
            if t[end].kind == .number, let n = t[end].number?.int, word(end + 1) == "分" {
                minutes += n
                end += word(end + 2) == "钟" ? 3 : 2
            } else if t[end].kind == .cjk, let r = ChineseNumeral.read(t, at: end), word(end + r.length) == "分" {
                minutes += Int(r.value)
                end += r.length + (word(end + r.length + 1) == "钟" ? 2 : 1)
            }
        }
        return minutes > 0 ? (minutes, i..<end) : nil
    }

    /// A count said as a word (`an`, `two`), not a vague one (`a few`, `several`, `a couple`).
    private static func spokenCount(_ t: Token) -> Int? {
        guard t.kind == .word, !["few", "several", "couple"].contains(t.text) else { return nil }
        return NumberWords.values[t.text]
    }

    /// Days per unit word: a snooze by days said bare (`snooze 3 2 days`, `push it a week`,
    /// 推迟两天, 往后推一周), which the time scanner reads only after `in` or `by`.
    static let dayUnits = PhraseTable<Int>([
        ("day", 1), ("days", 1), ("week", 7), ("weeks", 7), ("wk", 7), ("wks", 7),
        ("天", 1), ("日", 1), ("周", 7), ("星期", 7), ("个星期", 7), ("礼拜", 7), ("个礼拜", 7),
    ])

    /// The longest a snooze by days goes; further, say the day.
    public static let maxDays = 365

    /// The first bare count of days or weeks on the line, not part of a name or a reminder's number.
    static func days(_ a: Analysis) -> (days: Int, range: Range<Int>)? {
        let t = a.tokens
        for i in t.indices where a.marks[i] != .id && a.marks[i] != .name {
            var count: Int?
            var k = i + 1
            if t[i].kind == .number, let n = t[i].number?.int, !(t[i].number?.grouped ?? true) {
                count = n
            } else if let n = spokenCount(t[i]) {
                count = n
            } else if t[i].kind == .word, t[i].text == "a" || t[i].text == "one" {
                count = 1
            } else if t[i].kind == .cjk, let r = ChineseNumeral.read(t, at: i), !r.hasLargeUnit, r.value > 0 {
                count = Int(r.value)
                k = i + r.length
            }
            guard let n = count, n > 0, k < t.count, a.marks[k] != .name, let u = dayUnits.match(t, at: k) else { continue }
            let total = n * u.value
            return total <= maxDays ? (total, i..<(k + u.length)) : (maxDays + 1, i..<(k + u.length))
        }
        return nil
    }
}
