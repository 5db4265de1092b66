import FollowUpCore

/// The lines about occasions and greetings, each a whole-line pattern with the customer as typed
/// (so `Sunday Bakery was founded on 2001-03-08` and 明天科技成立于2001年3月8日 keep their names):
/// a founding day and holiday greetings on or off (`customer.file`), how many days ahead a
/// greeting comes up (`setting.set`, `greetings.lead`), and the list (`greetings.list`).
enum OccasionGrammar {
    struct Pattern: @unchecked Sendable {
        // Regex is immutable once built; it is only matched against.
        let regex: Regex<AnyRegexOutput>
        let lang: Lang
        let make: @Sendable (_ value: String?, _ dayFirst: Bool) -> Reading?
    }

    enum Reading {
        case fact(CustomerFileFact)
        case lead(Int)
        case list
    }

    static let maxLength = 200

    /// Words at least one pattern needs.
    static let cueWords = ["found", "establish", "incorporat", "holiday", "greet", "occasion",
                           "成立", "创立", "创办", "节日", "问候"]

    static func read(_ line: String, dayFirst: Bool) -> ParsedLine? {
        guard line.utf8.count <= maxLength else { return nil }
        let text = CustomerFileGrammar.clean(line)
        let lower = text.lowercased()
        guard cueWords.contains(where: { lower.contains($0) }) else { return nil }
        for p in patterns {
            guard let m = try? p.regex.wholeMatch(in: text) else { continue }
            let cap = { (name: String) -> String? in
                guard let s = m.output[name]?.substring else { return nil }
                let t = String(s).trimmingWhitespace
                return t.isEmpty ? nil : t
            }
            guard let reading = p.make(cap("v"), dayFirst) else { continue }
            var slots = Slots()
            var evidence: [Evidence] = []
            let intent: Intent
            switch reading {
            case .fact(let fact):
                guard let c = cap("c").map(CustomerFileGrammar.stripPossessive), !c.isEmpty else { continue }
                intent = .customerFile
                slots.customer = c
                slots.file = fact
                slots.value = fact.value
                evidence.append(Evidence(slot: "intent", words: CustomerFileGrammar.cueWords(text, without: [c, cap("v")])))
                evidence.append(Evidence(slot: "customer", words: c))
            case .lead(let days):
                intent = .settingSet
                slots.setting = .greetingsLead
                slots.value = String(days)
                evidence.append(Evidence(slot: "setting", words: text))
            case .list:
                intent = .greetingsList
                evidence.append(Evidence(slot: "intent", words: text))
            }
            if let v = cap("v") { evidence.append(Evidence(slot: "value", words: v)) }
            let language = LineParser.replyLanguage(line, detected: p.lang, names: [slots.customer])
            return ParsedLine(input: line, intent: intent, slots: slots, language: language, evidence: evidence)
        }
        return nil
    }

    /// A founding day, with its year when said (the anniversary then counts the years).
    static func founded(_ v: String?, _ dayFirst: Bool) -> Reading? {
        guard let v, let md = BirthdayWords.read(v, dayFirst: dayFirst) else { return nil }
        return .fact(.founded(md))
    }

    /// 1…30 as digits or Chinese numerals (五, 十, 两).
    static func days(_ v: String?) -> Reading? {
        guard let v else { return nil }
        let n = Int(v) ?? chineseNumber(v)
        guard let n, Occasions.leadRange.contains(n) else { return nil }
        return .lead(n)
    }

    static func chineseNumber(_ s: String) -> Int? {
        let digits: [Character: Int] = ["零": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        let chars = Array(s)
        if let i = chars.firstIndex(of: "十") {
            let tens = i == 0 ? 1 : (chars.count > 0 ? digits[chars[0]] : nil)
            let ones = i + 1 < chars.count ? digits[chars[i + 1]] : 0
            guard let tens, let ones, i <= 1, chars.count <= i + 2 else { return nil }
            return tens * 10 + ones
        }
        guard chars.count == 1 else { return nil }
        return digits[chars[0]]
    }

    static let patterns: [Pattern] = {
        var out: [Pattern] = []
        func en(_ p: String, _ make: @escaping @Sendable (String?, Bool) -> Reading?) {
            if let r = try? Regex(p).ignoresCase() { out.append(Pattern(regex: r, lang: .en, make: make)) }
        }
        func zh(_ p: String, _ make: @escaping @Sendable (String?, Bool) -> Reading?) {
            if let r = try? Regex(p) { out.append(Pattern(regex: r, lang: .zh, make: make)) }
        }
        let off: @Sendable (String?, Bool) -> Reading? = { _, _ in .fact(.holidayGreetings(false)) }
        let on: @Sendable (String?, Bool) -> Reading? = { _, _ in .fact(.holidayGreetings(true)) }
        let list: @Sendable (String?, Bool) -> Reading? = { _, _ in .list }
        // The list.
        en("(?:show |list )?(?:me )?(?:the |my )?(?:upcoming |next |coming )?(?:greetings|occasions|greetings due|holiday greetings)" +
           "(?: due)?(?: this month| next 30 days| in the next 30 days)?", list)
        en("(?:what|which) (?:greetings|occasions) are (?:coming|coming up|due)", list)
        zh("(?:最近|近期|接下来|未来30天)的?(?:节日问候|问候|节日|纪念日)(?:有哪些|列表)?", list)
        zh("(?:节日问候|问候)(?:列表|清单|安排)", list)
        // How many days ahead.
        en("greet (?:customers )?(?<v>\\d+) days? (?:ahead|before|in advance|early)", { v, _ in days(v) })
        en("(?:set )?greetings?(?:\\.| )lead (?:to |=\\s*)?(?<v>\\d+)(?: days?)?", { v, _ in days(v) })
        en("(?:send |show )?greetings (?<v>\\d+) days? (?:ahead|before|in advance|early)", { v, _ in days(v) })
        zh("(?:节日问候|问候)?提前(?<v>\\d+|[一二两三四五六七八九十]+)天(?:提醒)?(?:发)?(?:节日)?问候", { v, _ in days(v) })
        zh("问候提前(?<v>\\d+|[一二两三四五六七八九十]+)天(?:提醒)?", { v, _ in days(v) })
        // Holiday greetings off, then on (the off lines hold the on lines' words).
        en("(?:no|no more|stop|stop sending|don't send|do not send) holiday greetings (?:for|to) (?<c>.+)", off)
        en("(?<c>.+?) (?:gets|wants) no holiday greetings", off)
        en("(?:send |resume |restart )?holiday greetings (?:for|to) (?<c>.+?)(?: again)?", on)
        zh("(?<c>.+?)(?:不发|不要发|不用发|不再发|别发)节日问候", off)
        zh("(?:不给|别给|不要给|不再给)(?<c>.+?)发节日问候", off)
        zh("(?<c>.+?)(?:恢复|重新发|继续发|又要发)节日问候", on)
        zh("(?:恢复给|重新给|继续给)(?<c>.+?)发节日问候", on)
        // The founding day.
        let founded: @Sendable (String?, Bool) -> Reading? = { v, d in OccasionGrammar.founded(v, d) }
        en("(?<c>.+?) was (?:founded|established|set up|incorporated) (?:on |in )?(?<v>.+)", founded)
        en("(?<c>.+?)'s? (?:founding day|founding date|date of founding) (?:is |was )?(?:on )?(?<v>.+)", founded)
        zh("(?<c>.+?)的?(?:成立于|创立于|创办于|成立时间是|成立日期是|成立日期为|成立日是|成立日为|成立纪念日是|成立纪念日为|成立日子是)(?<v>.+)", founded)
        zh("(?<c>.+?)(?:是|于)?(?<v>[0-9一二三四五六七八九十零〇年月日号]+?)(?:成立|创立|创办)的?", founded)
        return out
    }()
}
