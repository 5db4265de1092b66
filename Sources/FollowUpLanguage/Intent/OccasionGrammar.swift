import FollowUpCore

/// The lines about occasions and greetings, each a whole-line pattern with the customer as typed
/// (so `Sunday Bakery was founded on 2001-03-08` and 明天科技成立于2001年3月8日 keep their names):
/// a founding day and holiday greetings on or off (`customer.file`), how many days ahead a
/// greeting comes up (`setting.set`, `greetings.lead`), the list (`greetings.list`), and a
/// greeting sent (`sent the mid-autumn greeting to acme`, 给东方酒店发了中秋祝福): a `contact.log`
/// with `topic` `greeting`, `value` the occasion's kind and `channel` when the line says one.
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
        case greeted(Occasion.Kind)
    }

    static let maxLength = 200

    /// Words at least one pattern needs.
    static let cueWords = ["found", "establish", "incorporat", "holiday", "greet", "occasion", "wish", "card", "festival",
                           "birthday", "christmas", "xmas", "new year", "anniversar", "mid-autumn", "mid autumn",
                           "成立", "创立", "创办", "节日", "问候", "祝福", "贺卡", "生日", "中秋", "春节", "元宵", "端午",
                           "重阳", "圣诞", "元旦", "新年", "周年"]

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
            case .greeted(let kind):
                guard let c = cap("c").map(CustomerFileGrammar.stripPossessive).map(withoutWay), !c.isEmpty else { continue }
                intent = .contactLog
                slots.customer = c
                slots.topic = "greeting"
                slots.value = kind.rawValue
                let way = channel(in: lower)
                slots.channel = way?.0
                evidence.append(Evidence(slot: "intent", words: CustomerFileGrammar.cueWords(text, without: [c, cap("v")])))
                evidence.append(Evidence(slot: "customer", words: c))
                if let way { evidence.append(Evidence(slot: "channel", words: way.1)) }
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

    /// The occasion a greeting was for, from its words: `mid-autumn`, `happy new year`, 中秋, 生日.
    static func occasion(_ words: String) -> Occasion.Kind? {
        var w = words.lowercased().trimmingWhitespace
        for prefix in ["a ", "an ", "the ", "her ", "his ", "their ", "its ", "my ", "our ", "happy ", "merry ", "a happy ", "a merry "]
        where w.hasPrefix(prefix) {
            w = String(w.dropFirst(prefix.count))
        }
        // 春节 is a name of its own: look the words up before each ending is dropped.
        for suffix in ["的", "节日", "节", " festival", " greetings", " greeting", " wishes"] where w.hasSuffix(suffix) && w.count > suffix.count {
            if let kind = occasionWords[w] { return kind }
            w = String(w.dropLast(suffix.count)).trimmingWhitespace
        }
        return occasionWords[w]
    }

    /// The Chinese occasion words, longest first, as a regex alternation.
    static let zhOccasionWords = ["元旦", "新年", "春节", "新春", "过年", "中秋", "元宵", "端午", "重阳", "圣诞", "生日",
                                  "成立纪念日", "成立周年", "周年庆", "司庆", "首单周年", "首单纪念日"]
        .sorted { $0.count > $1.count }.joined(separator: "|")

    /// A name without the way the greeting went said after it (`7-eleven by email`, `acme via
    /// wechat`): `channel(in:)` reads the way from the whole line.
    static func withoutWay(_ name: String) -> String {
        let ways = ["email", "e-mail", "mail", "text", "texts", "sms", "message", "wechat", "phone", "call", "card", "letter", "post"]
        let words = name.split(separator: " ").map(String.init)
        guard words.count >= 2, ["by", "via", "over", "on", "thru", "through"].contains(words[words.count - 2].lowercased()),
              ways.contains(words[words.count - 1].lowercased()) else { return name }
        return words.count > 2 ? words.dropLast(2).joined(separator: " ") : name
    }

    static let occasionWords: [String: Occasion.Kind] = {
        var out: [String: Occasion.Kind] = [:]
        let table: [(Occasion.Kind, [String])] = [
            (.birthday, ["birthday", "bday", "b-day", "生日"]),
            (.midAutumn, ["mid-autumn", "mid autumn", "midautumn", "moon", "mooncake", "中秋"]),
            (.newYear, ["new year", "new year's", "new years", "new year's day", "new years day", "元旦", "新年"]),
            (.springFestival, ["spring", "chinese new year", "lunar new year", "cny", "春节", "新春", "过年"]),
            (.lantern, ["lantern", "元宵"]),
            (.dragonBoat, ["dragon boat", "dragon-boat", "duanwu", "端午"]),
            (.doubleNinth, ["double ninth", "double-ninth", "chongyang", "重阳"]),
            (.christmas, ["christmas", "xmas", "x-mas", "圣诞"]),
            (.founding, ["founding", "founding day", "founding anniversary", "company anniversary", "anniversary of founding",
                         "成立纪念日", "成立周年", "周年庆", "司庆", "成立"]),
            (.firstOrder, ["first order anniversary", "first-order anniversary", "first order", "首单周年", "首单纪念日", "首单"]),
        ]
        for (kind, words) in table { for w in words { out[w] = kind } }
        return out
    }()

    /// The way a greeting went, when the line says it; nil leaves it to the default (a text message).
    static func channel(in lower: String) -> (Channel, String)? {
        // Text messages before letters: 短信 holds 信.
        let ways: [(Channel, [String])] = [
            (.email, ["e-mail", "email", "emailed", "e-mailed", "mailed", "邮件"]),
            (.call, ["called", "phoned", "rang", "call", "phone", "电话"]),
            (.visit, ["visited", "拜访", "上门"]), (.sms, ["texted", "text", "sms", "message", "wechat", "短信", "微信", "信息"]),
            (.letter, ["card", "letter", "贺卡", "信件", "寄"]),
        ]
        // English words whole (`Orange Co` holds no `rang`), Chinese anywhere.
        let tokens = Set(lower.split { !$0.isLetter && $0 != "-" }.map(String.init))
        for (channel, words) in ways {
            if let w = words.first(where: { w in
                w.unicodeScalars.contains(where: Normalizer.isCJK) ? lower.contains(w) : tokens.contains(w)
            }) { return (channel, w) }
        }
        return nil
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
        // `upcoming birthdays`, `bdays coming up`: the list holds them with the other occasions.
        en("(?:show |list )?(?:me )?(?:the |my |any )?(?:upcoming |next |coming )?(?:birthdays|anniversaries|occasions|greetings)" +
           "(?: coming up| coming| due| soon| this month)", list)
        en("(?:show |list )?(?:me )?(?:the |my |any )?(?:upcoming|next|coming) (?:birthdays|anniversaries)", list)
        zh("(?:最近|近期|接下来|未来30天)的?(?:节日问候|问候|节日|纪念日)(?:有哪些|列表)?", list)
        zh("(?:节日问候|问候)(?:列表|清单|安排)?", list)
        zh("(?:有哪些|有什么)(?:节日问候|要发的问候|节日要问候)", list)
        // Asked in passing: 最近有啥节日, 这个月有什么要问候的.
        zh("(?:最近|近期|接下来|这个月|这周|下个月|未来30天)?(?:有啥|有什么|有哪些|要发啥|要发什么)(?:节日|节|问候|纪念日|节日问候|生日|要问候)" +
           "(?:要问候|要发|要送)?的?(?:吗|呀|啊)?", list)
        // How many days ahead.
        en("greet (?:customers )?(?<v>\\d+) days? (?:ahead|before|in advance|early)", { v, _ in days(v) })
        en("(?:set )?greetings?(?:\\.| )lead (?:to |=\\s*)?(?<v>\\d+)(?: days?)?", { v, _ in days(v) })
        en("(?:send |show )?greetings (?<v>\\d+) days? (?:ahead|before|in advance|early)", { v, _ in days(v) })
        zh("(?:节日问候|问候)?提前(?<v>\\d+|[一二两三四五六七八九十]+)天(?:提醒)?(?:发)?(?:节日)?问候", { v, _ in days(v) })
        zh("问候提前(?<v>\\d+|[一二两三四五六七八九十]+)天(?:提醒)?", { v, _ in days(v) })
        // Holiday greetings off, then on (the off lines hold the on lines' words).
        // `4` is a hurried `for`.
        en("(?:no|no more|stop|stop sending|don't send|do not send) holiday greetings (?:for|to|4) (?<c>.+)", off)
        en("(?<c>.+?) (?:gets|wants) no holiday greetings", off)
        en("(?:send |resume |restart )?holiday greetings (?:for|to|4) (?<c>.+?)(?: again)?", on)
        zh("(?<c>.+?)(?:不发|不要发|不用发|不再发|别发|不要|不用|不需要|不想要)节日(?:问候|祝福)", off)
        zh("(?:不给|别给|不要给|不再给|不用给)(?<c>.+?)发节日(?:问候|祝福)", off)
        zh("(?<c>.+?)(?:恢复|重新发|继续发|又要发)节日问候", on)
        zh("(?:恢复给|重新给|继续给)(?<c>.+?)发节日问候", on)
        // A greeting sent for an occasion; the occasion's words must name one, or the line is
        // something else (`called acme for the invoice`).
        let greeted: @Sendable (String?, Bool) -> Reading? = { v, _ in
            v.flatMap { OccasionGrammar.occasion(OccasionGrammar.withoutWay($0)) }.map { .greeted($0) }
        }
        let sent = "(?:i |we )?(?:just )?(?:sent|texted|emailed|e-mailed|mailed|wechatted|messaged|gave|wrote|posted)"
        let thing = "(?:greeting|greetings|wishes|wish|card|message|text|email|note|gift|sms)"
        en("\(sent) (?:a |an |the |my |our )?(?<v>.+?) \(thing) (?:to|for) (?<c>.+)", greeted)
        en("\(sent) (?<c>.+?) (?:a |an |the |my |our )(?<v>.+?) \(thing)", greeted)
        en("(?:i |we )?(?:greeted|wished|congratulated) (?<c>.+?) (?:for|on) (?<v>.+)", greeted)
        // A call or visit is a greeting only when it was for the occasion: `called acme on
        // new year's day` says when, not why.
        en("(?:i |we )?(?:called|phoned|rang|visited|texted|emailed) (?<c>.+?) (?:to wish them (?:a )?|to greet them for |for )(?<v>.+)", greeted)
        en("(?:i |we )?(?:greeted|wished) (?<c>.+?) (?:a |an )?(?<v>(?:happy|merry) .+)", greeted)
        zh("(?:已经|已|刚|刚刚)?(?:给|向|跟)(?<c>.+?)(?:发了|发过|发|送了|送过|送|寄了|寄|打了个电话|打了电话|打电话|打过电话)" +
           "(?:个|一个|一条|条|一封|封|一张|张|份|一份|句|一句)?(?<v>[^，,。]+?)(?:祝福|问候|贺卡|短信|红包|礼物|邮件|微信)(?:了)?", greeted)
        zh("(?<c>.+?)的(?<v>[^，,。]+?)(?:祝福|问候|贺卡)(?:已经|已)?(?:发了|发过了|发出去了|发出了|送到了|寄出了|寄了)", greeted)
        // Without 的 (华新超市圣诞祝福发了) the occasion must be one of its words, so the name ends there.
        zh("(?<c>.+?)\\s*(?<v>\(zhOccasionWords))节?(?:的)?(?:祝福|问候|贺卡)\\s*(?:已经|已|也)?" +
           "(?:发了|发过了|发出去了|发出了|发过去了|发完了|送到了|寄出了|寄了)", greeted)
        // The founding day.
        let founded: @Sendable (String?, Bool) -> Reading? = { v, d in OccasionGrammar.founded(v, d) }
        en("(?<c>.+?) was (?:founded|established|set up|incorporated) (?:on |in )?(?<v>.+)", founded)
        // `sunday bakery founded 2011-06-01`: without `was`; the rest must be a day, or it is no founding.
        en("(?<c>.+?) (?:founded|established|incorporated) (?:on |in )?(?<v>.+)", founded)
        en("(?<c>.+?)'s? (?:founding day|founding date|date of founding) (?:is |was )?(?:on )?(?<v>.+)", founded)
        zh("(?<c>.+?)的?(?:成立于|创立于|创办于|成立时间是|成立日期是|成立日期为|成立日是|成立日为|成立纪念日是|成立纪念日为|成立日子是)(?<v>.+)", founded)
        zh("(?<c>.+?)(?:是|于)?(?<v>[0-9一二三四五六七八九十零〇年月日号]+?)(?:成立|创立|创办)的?", founded)
        // The field name then the day, hurried: 三元里大排档成立日 12月1号.
        zh("(?<c>.+?)的?\\s*(?:成立日|成立日期|成立纪念日|成立时间|成立的日子|司庆)\\s*(?:是|为|在)?\\s*(?<v>[0-9一二三四五六七八九十零〇].*)", founded)
        return out
    }()
}
