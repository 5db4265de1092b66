import FollowUpCore

/// The lines that set one fact of a customer's file (`customer.file`). Each is a whole-line
/// pattern with the customer and the person as typed, so names stay names whatever they hold
/// (`7-Eleven is price sensitive`, 明天科技对价格很敏感). A line none fits goes on to the other
/// rules; the patterns are tried only when the line holds one of their words.
enum CustomerFileGrammar {
    /// One pattern: the fact it gives from its captures (`c` customer, `p` person, `v` value).
    struct Pattern: @unchecked Sendable {
        // Regex is immutable once built; it is only matched against.
        let regex: Regex<AnyRegexOutput>
        let lang: Lang
        let make: @Sendable (_ value: String?, _ negated: Bool, _ dayFirst: Bool) -> CustomerFileFact?
    }

    /// A fact for the file is one short sentence; longer lines skip the patterns, whose
    /// backtracking grows with the square of the length.
    static let maxLength = 300

    static func read(_ line: String, dayFirst: Bool) -> ParsedLine? {
        guard line.utf8.count <= maxLength else { return nil }
        let text = clean(line)
        let lower = text.lowercased()
        guard cueWords.contains(where: { lower.contains($0) }) else { return nil }
        for p in patterns {
            guard let m = try? p.regex.wholeMatch(in: text) else { continue }
            let cap = { (name: String) -> String? in
                guard let s = m.output[name]?.substring else { return nil }
                var t = String(s).trimmingWhitespace
                while let l = t.last, [":", ","].contains(l) { t.removeLast() }
                t = t.trimmingWhitespace
                return t.isEmpty ? nil : t
            }
            let negated = cap("n") != nil
            guard let fact = p.make(cap("v"), negated, dayFirst) else { continue }
            var slots = Slots()
            slots.customer = cap("c").map(stripPossessive)
            slots.contact = cap("p").map(stripPossessive)
            guard slots.customer != nil || slots.contact != nil else { continue }
            // A denial the pattern's name swallowed (`Acme doesn't` + `need a lot of service`):
            // the line says the opposite, so this pattern is not it.
            if let name = slots.customer?.lowercased(), denials.contains(where: { name.hasSuffix($0) }) { continue }
            slots.file = fact
            slots.value = fact.value
            var evidence: [Evidence] = [Evidence(slot: "intent", words: cueWords(text, without: [cap("c"), cap("p"), freeValue(fact) ? cap("v") : nil]))]
            if let c = slots.customer { evidence.append(Evidence(slot: "customer", words: c)) }
            if let c = slots.contact { evidence.append(Evidence(slot: "contact", words: c)) }
            if let v = cap("v") { evidence.append(Evidence(slot: "value", words: v)) }
            let language = LineParser.replyLanguage(line, detected: p.lang, names: [slots.customer, slots.contact])
            return ParsedLine(input: line, intent: .customerFile, slots: slots, language: language, evidence: evidence)
        }
        return nil
    }

    /// A note's words and a birthday's date are values; a role, a way to reach them or a tier
    /// is said by the cue itself.
    static func freeValue(_ fact: CustomerFileFact) -> Bool {
        switch fact {
        case .note, .birthday: return true
        default: return false
        }
    }

    /// The words of the line that are none of the captures: what said which fact it is
    /// (`is price sensitive`, `对价格很敏感`), for `why`.
    static func cueWords(_ text: String, without captures: [String?]) -> String {
        var rest = text
        for case let c? in captures {
            if let r = rest.firstRange(of: c) { rest.replaceSubrange(r, with: " ") }
        }
        let words = rest.split(whereSeparator: { $0 == " " }).filter { !["'s", "'", ":", ","].contains(String($0)) }
        var out = words.joined(separator: " ")
        while let f = out.first, ["'", ":", ",", " "].contains(f) { out.removeFirst() }
        if out.hasPrefix("s ") { out.removeFirst(2) }
        return out.trimmingWhitespace.isEmpty ? text : out.trimmingWhitespace
    }

    /// Full-width colons and commas as ASCII, curly apostrophes straight, no end punctuation.
    static func clean(_ line: String) -> String {
        var s = String(line.map { ch -> Character in
            switch ch {
            case "：": return ":"
            case "，": return ","
            case "’", "‘": return "'"
            default: return ch
            }
        }).trimmingWhitespace
        while let last = s.last, [".", "。", "!", "！"].contains(last) { s.removeLast() }
        return s.trimmingWhitespace
    }

    static func stripPossessive(_ s: String) -> String {
        var t = s
        if t.lowercased().hasSuffix("'s") { t.removeLast(2) } else if t.hasSuffix("s'") { t.removeLast() }
        return t.trimmingWhitespace
    }

    static let denials = [" doesn't", " does not", " don't", " do not", " isn't", " is not", " not", " never", " no longer",
                          " doesnt", " dont", " isnt", " arent", " aren't", " wont", " won't",
                          "不", "没", "没有", "不太"]

    /// Words at least one pattern needs: lines without any skip the patterns.
    static let cueWords = ["buyer", "influencer", "user", "decision", "budget", "birthday", "born", "prefer", "like", "note",
                           "support", "attention", "maintenance", "evaluator", "technical", "signs",
                           "price", "service", "long-term", "long term", "key", "regular", "watch", "signs",
                           "生日", "负责人", "决策", "使用", "用户", "影响", "喜欢", "偏好", "习惯", "备注", "价格", "服务",
                           "长期", "设为", "设成", "列为", "定为", "改为", "拍板", "出生", "采购", "老板", "一把手", "说了算", "做主", "管钱", "管技术", "用的人"]

    // MARK: Words

    static let rolesEN = "(?<v>economic buyer|economic decision maker|budget holder|budget owner|decision maker|the one who signs" +
        "|technical buyer|technical decision maker|technical evaluator|technical lead|technical contact|tech buyer" +
        "|end user|user buyer|user|influencer)"
    static let rolesZH = "(?<v>经济决策人|经济购买者|经济买家|拍板的人|拍板人|拍板的|决策人|管钱的人|管钱的|财务负责人|说了算的人|说了算的|做主的人|做主的" +
        "|老板娘|老板|一把手|技术负责人|技术决策人|技术把关人|技术购买者|技术买家|管技术的人|管技术的" +
        "|使用者|用户|使用人|最终用户|用的人|影响者|影响人|有影响力的人)"

    static func role(_ v: String?) -> ContactRole? {
        guard let v = v?.lowercased() else { return nil }
        if ["user", "end user", "user buyer", "使用者", "用户", "使用人", "最终用户", "用的人"].contains(v) { return .user }
        if v.contains("technical") || v.contains("tech ") || v.hasPrefix("技术") || v.hasPrefix("管技术") { return .technicalBuyer }
        if v.contains("influencer") || v.hasPrefix("影响") || v == "有影响力的人" { return .influencer }
        return .economicBuyer
    }

    static let methodsEN = "(?<v>wechat|weixin|email|e-mail|emails|mail|phone|phone calls|calls|a call|calling|texts|text messages|text|sms" +
        "|visits|a visit|visiting|in person|letters|letter|post)"
    static let methodsZH = "(?<v>上门拜访|微信|电话|打电话|邮件|电子邮件|电邮|短信|上门|拜访|见面|当面|信件|写信)"

    static func method(_ v: String?) -> ContactMethod? {
        guard let v = v?.lowercased() else { return nil }
        switch v {
        case "wechat", "weixin", "微信": return .wechat
        case "email", "e-mail", "emails", "mail", "邮件", "电子邮件", "电邮": return .email
        case "phone", "phone calls", "calls", "a call", "calling", "电话", "打电话": return .call
        case "texts", "text messages", "text", "sms", "短信": return .sms
        case "visits", "a visit", "visiting", "in person", "上门拜访", "上门", "拜访", "见面", "当面": return .visit
        case "letters", "letter", "post", "信件", "写信": return .letter
        default: return nil
        }
    }

    static let tiersEN = "(?<v>key|regular|watch|watched|normal|vip)"
    static let tiersZH = "(?<v>大客户|重点客户|关键客户|核心客户|普通客户|一般客户|常规客户|观察客户|关注客户|观察名单)"

    static func tier(_ v: String?) -> Tier? {
        guard let v = v?.lowercased() else { return nil }
        if ["key", "vip", "大客户", "重点客户", "关键客户", "核心客户"].contains(v) { return .key }
        if ["watch", "watched", "观察客户", "关注客户", "观察名单"].contains(v) { return .watch }
        return .regular
    }

    // MARK: Patterns

    static let patterns: [Pattern] = {
        var out: [Pattern] = []
        func en(_ p: String, _ make: @escaping @Sendable (String?, Bool, Bool) -> CustomerFileFact?) {
            if let r = try? Regex(p).ignoresCase() { out.append(Pattern(regex: r, lang: .en, make: make)) }
        }
        func zh(_ p: String, _ make: @escaping @Sendable (String?, Bool, Bool) -> CustomerFileFact?) {
            if let r = try? Regex(p) { out.append(Pattern(regex: r, lang: .zh, make: make)) }
        }
        let roleFact: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { v, _, _ in role(v).map { .role($0) } }
        let article = "(?:the |a |an |their |our )?"
        // Roles.
        en("(?<p>.+?) is " + article + "(?<c>.+?)'s? " + rolesEN, roleFact)
        en("(?<p>.+?) is " + article + rolesEN + " (?:at|for|of|in) (?<c>.+)", roleFact)
        en("(?:set |make |mark )?(?<c>.+?)'s? " + rolesEN + " is (?<p>.+)", roleFact)
        en("(?:set|make|mark) (?<p>.+?) (?:as )?" + article + "(?<c>.+?)'s? " + rolesEN, roleFact)
        en("(?:set|make|mark) (?<p>.+?) (?:as )?" + article + rolesEN + " (?:at|for|of) (?<c>.+)", roleFact)
        zh("(?<p>.+?)是(?<c>.+?)的" + rolesZH, roleFact)
        zh("(?<c>.+?)的" + rolesZH + "是(?<p>.+)", roleFact)
        // A role said as what they do needs no 的 before it: 李姐是华新超市说了算的人.
        zh("(?<p>.+?)是(?<c>.+?)(?<v>说了算的人|说了算的|做主的人|做主的|拍板的人|拍板的|管钱的人|管钱的|管技术的人|管技术的)", roleFact)
        zh("(?:把)?(?<p>.+?)(?:设为|设成|定为|标记为)(?<c>.+?)的" + rolesZH, roleFact)
        // Birthdays: the date read here, so a year given or not stays so.
        let birthday: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { v, _, dayFirst in
            v.flatMap { BirthdayWords.read($0, dayFirst: dayFirst) }.map { .birthday($0) }
        }
        en("(?<p>.+?)'s birthday (?:is )?(?:on )?(?<v>.+)", birthday)
        en("(?:the )?birthday of (?<p>.+?) (?:is )?(?:on )?(?<v>.+)", birthday)
        en("(?<p>.+?),? birthday:? (?:is )?(?:on )?(?<v>.+)", birthday)
        en("(?<p>.+?) was born (?:on )?(?<v>.+)", birthday)
        en("(?<p>.+?) has (?:a |her |his |their )?birthday (?:on )?(?<v>.+)", birthday)
        zh("(?<p>.+?)的?生日(?:是|为|在)?:?\\s*(?<v>.+)", birthday)
        zh("(?<p>.+?)(?:是|于)?(?<v>[0-9一二三四五六七八九十零〇年月日号]+?)出生的?", birthday)
        // How they like to be reached; anything else they prefer is a note.
        let prefers: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { v, _, _ in method(v).map { .prefers($0) } }
        let reachedBy = "(?:to be reached by |to be reached on |to be contacted by |to be contacted on |contact by |contact via " +
            "|contact on |being contacted by |being reached by |to hear from us by |to talk by |to talk on |to use |using |)"
        en("(?<c>.+?) (?:prefers?|likes?) " + reachedBy + methodsEN + "(?: messages| contact| calls)?", prefers)
        en("(?<c>[^,]+?) prefers? (?<v>.+)", { v, _, _ in v.map { .note("prefers " + $0) } })
        zh("(?<c>.+?)(?:更喜欢|喜欢|偏好|习惯|希望|偏爱)(?:用|通过|走|打|发)?" + methodsZH + "(?:联系|沟通|交流|联络)?", prefers)
        zh("(?<c>[^,]+?)(?:偏好|偏爱)(?<v>.+)", { v, _, _ in v.map { .note("偏好" + $0) } })
        // Notes.
        let note: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { v, _, _ in v.map { .note($0) } }
        en("(?:add )?(?:a )?notes? (?:for|on|about|to) (?<c>.+?)\\s*:\\s*(?<v>.+)", note)
        en("(?<c>[^,:]+?)(?:'s)? notes?\\s*:\\s*(?<v>.+)", note)
        zh("(?:给|为)?(?<c>.+?)(?:加|添加|写)?(?:一条)?备注\\s*:?\\s*(?<v>.+)", note)
        zh("备注\\s*(?<c>.+?)\\s*:\\s*(?<v>.+)", note)
        // Seed 002's judgements.
        let price: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { _, n, _ in .price(n ? .low : .high) }
        let degree = "(?:very |quite |really |extremely |highly |a bit |somewhat |rather |so |too )?"
        en("(?<c>.+?) (?:is|are)(?<n> not|n't)? " + degree + "price[- ]sensitive", price)
        en("(?<c>.+?) (?:isn't|aren't)(?<n>) " + degree + "price[- ]sensitive", { _, _, _ in .price(.low) })
        en("(?<c>.+?) (?:is|are)(?<n> not|n't)? " + degree + "sensitive (?:to|about) (?:the )?prices?", price)
        en("(?<c>.+?) (?:cares|care) (?:a lot |very much |a great deal )?about (?:the )?prices?", price)
        en("(?<c>.+?) (?:doesn't|does not|don't|do not)(?<n>) care (?:much )?about (?:the )?prices?", { _, _, _ in .price(.low) })
        zh("(?<c>.+?)对价格(?<n>不太|不怎么|不是很|不)?(?:很|非常|特别|比较|十分|挺|相当)?(?:敏感|在意|在乎)", price)
        zh("(?<c>.+?)(?<n>不)?(?:很|非常|特别|比较|十分)?(?:在意|在乎|看重)价格", price)
        zh("(?<c>.+?)价格敏感(?:度)?(?:很|非常|比较)?(?<v>高|低)?", { v, _, _ in .price(v == "低" ? .low : .high) })
        let muchService = "(?:a lot of|lots of|much|a great deal of|high|plenty of|a high level of|extra|intensive|heavy)"
        let littleService = "(?:little|not much|low|hardly any|minimal|very little|almost no|a little)"
        en("(?<c>.+?) (?:needs?|requires?|expects?|wants?|demands?) " + muchService + " (?:of )?(?:service|support|attention)",
           { _, _, _ in .service(.high) })
        en("(?<c>.+?) (?:needs?|requires?|expects?|wants?) " + littleService + " (?:service|support|attention)",
           { _, _, _ in .service(.low) })
        en("(?<c>.+?) (?:doesn't|does not|don't|do not) (?:need|require|expect|want) (?:much|a lot of|lots of) (?:service|support|attention)",
           { _, _, _ in .service(.low) })
        en("(?<c>.+?) (?:is|are) (?:very |quite |a )?(?<v>high|low)[- ]maintenance", { v, _, _ in .service(v?.lowercased() == "low" ? .low : .high) })
        zh("(?<c>.+?)需要(?:很多|大量|较多|更多|很高的|高水平的|很好的)(?:的)?服务", { _, _, _ in .service(.high) })
        zh("(?<c>.+?)(?:不需要太多|不太需要|不需要很多|需要很少的|需要的很少的|几乎不需要)(?:的)?服务", { _, _, _ in .service(.low) })
        zh("(?<c>.+?)(?:对)?服务(?:水准|水平)?要求(?:很|非常|比较|特别|挺|太)?(?<v>高|低|不高|多|少|不多)(?:了|的)?",
           { v, _, _ in .service(v == "高" || v == "多" ? .high : .low) })
        let longTerm = "long[- ]term (?:partnership|partner|relationship|cooperation|collaboration|business|deal)s?"
        en("(?<c>.+?) (?:doesn't want|does not want|don't want|is not interested in|isn't interested in|is not looking for" +
           "|isn't looking for) (?:a |any )?" + longTerm, { _, _, _ in .partnership(false) })
        en("(?<c>.+?) (?:wants|would like|is looking for|are looking for|is interested in|seeks|hopes for|wishes for|want|is keen on) " +
           "(?:a |to build a |to have a |to form a )?" + longTerm, { _, _, _ in .partnership(true) })
        zh("(?<c>.+?)(?<n>不想|不希望|不愿意|无意|没兴趣)?(?:想|希望|愿意|想要|有意|打算)?(?:和我们|与我们|跟我们|和我司|与我司)?(?:建立|发展)?长期(?:合作|伙伴关系|合作关系|合作伙伴)",
           { _, n, _ in .partnership(!n) })
        // The tier by hand.
        let tierFact: @Sendable (String?, Bool, Bool) -> CustomerFileFact? = { v, _, _ in tier(v).map { .tier($0) } }
        // `set Acme tier to key` and `Acme is now a key customer` stay customer updates, as before.
        en("(?:make|mark|tag|flag) (?<c>.+?) (?:as )?(?:a |an )?" + tiersEN + "(?: account| customer| client)?", tierFact)
        en("(?<c>.+?) is (?:a |an )?" + tiersEN + " account", tierFact)
        en("(?:put )?(?<c>.+?) on (?:the )?watch ?list(?<v>)", { _, _, _ in .tier(.watch) })
        zh("(?:把|将)?(?<c>.+?)(?:设为|设成|列为|定为|改为|升级为|降为|标记为|列入)" + tiersZH, tierFact)
        return out
    }()
}

/// A birthday as said: `May 3`, `3 May`, `May 3rd, 1980`, `1980-05-03`, `5/3`, 3月5日, 1980年3月5号,
/// 三月五日. Nil for anything else, and for a day no calendar has.
enum BirthdayWords {
    static let monthNames: [(String, Int)] = [
        ("january", 1), ("jan", 1), ("february", 2), ("feb", 2), ("march", 3), ("mar", 3), ("april", 4), ("apr", 4),
        ("may", 5), ("june", 6), ("jun", 6), ("july", 7), ("jul", 7), ("august", 8), ("aug", 8), ("september", 9),
        ("sept", 9), ("sep", 9), ("october", 10), ("oct", 10), ("november", 11), ("nov", 11), ("december", 12), ("dec", 12),
    ]

    static func read(_ words: String, dayFirst: Bool) -> MonthDay? {
        let s = words.lowercased().trimmingWhitespace
        if s.unicodeScalars.contains(where: Normalizer.isCJK) || s.contains("月") { return chinese(s) }
        // Word tokens: letters and digits, the rest separates.
        var tokens: [String] = []
        var cur = ""
        for ch in s {
            if ch.isLetter || ch.isNumber { cur.append(ch) } else if !cur.isEmpty { tokens.append(cur); cur = "" }
        }
        if !cur.isEmpty { tokens.append(cur) }
        tokens.removeAll { ["of", "the", "on", "born", "in"].contains($0) }
        func number(_ t: String) -> Int? {
            var d = t
            for suffix in ["st", "nd", "rd", "th"] where d.hasSuffix(suffix) && d.count > 2 { d.removeLast(2) }
            return Int(d)
        }
        func month(_ t: String) -> Int? { monthNames.first { $0.0 == t }?.1 }
        switch tokens.count {
        case 2:
            if let m = month(tokens[0]), let d = number(tokens[1]) { return MonthDay(month: m, day: d) }
            if let d = number(tokens[0]), let m = month(tokens[1]) { return MonthDay(month: m, day: d) }
            if let a = Int(tokens[0]), let b = Int(tokens[1]), s.contains("/") {
                return dayFirst ? MonthDay(month: b, day: a) : MonthDay(month: a, day: b)
            }
            if let a = Int(tokens[0]), let b = Int(tokens[1]), s.contains("-") { return MonthDay(month: a, day: b) }
            // Dotted (3.15): only when one order alone is a date; 5.3 could be either and is refused.
            if let a = Int(tokens[0]), let b = Int(tokens[1]), s.contains(".") {
                let dm = MonthDay(month: b, day: a)
                let md = MonthDay(month: a, day: b)
                if (dm == nil) != (md == nil) { return dm ?? md }
            }
        case 3:
            if let m = month(tokens[0]), let d = number(tokens[1]), let y = Int(tokens[2]), tokens[2].count == 4 {
                return MonthDay(month: m, day: d, year: y)
            }
            if let d = number(tokens[0]), let m = month(tokens[1]), let y = Int(tokens[2]), tokens[2].count == 4 {
                return MonthDay(month: m, day: d, year: y)
            }
            if tokens[0].count == 4, let y = Int(tokens[0]), let m = Int(tokens[1]), let d = Int(tokens[2]) {
                return MonthDay(month: m, day: d, year: y)
            }
        default: break
        }
        return nil
    }

    /// 3月5日, 3月5号, 1980年3月5日, 三月初五 is lunar and refused; 三月五日 is read.
    static func chinese(_ s: String) -> MonthDay? {
        var year: Int?, month: Int?, day: Int?
        var cur = ""
        for ch in s {
            switch ch {
            case "年": year = value(cur); cur = ""
            case "月": month = value(cur); cur = ""
            case "日", "号": day = value(cur); cur = ""
            case " ": continue
            default: cur.append(ch)
            }
        }
        if day == nil, !cur.isEmpty { day = value(cur); cur = "" }
        guard cur.isEmpty, let m = month, let d = day else { return nil }
        if let y = year, y < 100 { return nil }
        return MonthDay(month: m, day: d, year: year)
    }

    /// Digits, or Chinese numerals up to 31 (十二, 二十五, 三十一); a four-digit year in digits
    /// or digit by digit (一九八零).
    static func value(_ s: String) -> Int? {
        if let n = Int(s) { return n }
        let digits: [Character: Int] = ["零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                                        "八": 8, "九": 9]
        let chars = Array(s)
        guard !chars.isEmpty else { return nil }
        if chars.count == 4, chars.allSatisfy({ digits[$0] != nil }) {
            return chars.reduce(0) { $0 * 10 + (digits[$1] ?? 0) }
        }
        if let k = chars.firstIndex(of: "十") {
            let tens = k == 0 ? 1 : (k == 1 ? digits[chars[0]] : nil)
            let ones = k + 1 < chars.count ? (k + 2 == chars.count ? digits[chars[k + 1]] : nil) : 0
            guard let t = tens, let o = ones else { return nil }
            return t * 10 + o
        }
        if chars.count == 1 { return digits[chars[0]] }
        return nil
    }
}
