import FollowUpCore
import FollowUpLanguage

/// Why a fact for a customer's file could not be set.
enum CustomerFileProblem: Error, Equatable {
    /// A birthday for someone who is no contact of any customer.
    case unknownPerson(String)
    /// The person is a contact at several customers: which one.
    case personAtSeveral(String, customers: [String])
    /// A birthday typed for a company (its founding day is another fact).
    case companyBirthday(String)
    /// A key-account report for a period still to come.
    case futurePeriod(Day)
}

/// Every word of the customer file and of the lines that set its facts, in both languages.
enum CustomerFileWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    // MARK: Vocabulary

    static func role(_ r: ContactRole, _ lang: Lang) -> String {
        switch r {
        case .user: return t(lang, "user", "使用者")
        case .economicBuyer: return t(lang, "economic buyer", "经济决策人")
        case .technicalBuyer: return t(lang, "technical buyer", "技术把关人")
        case .influencer: return t(lang, "influencer", "影响者")
        }
    }

    static func method(_ m: ContactMethod, _ lang: Lang) -> String {
        switch m {
        case .call: return t(lang, "phone calls", "电话")
        case .visit: return t(lang, "visits", "上门拜访")
        case .email: return t(lang, "email", "邮件")
        case .sms: return t(lang, "text messages", "短信")
        case .letter: return t(lang, "letters", "信件")
        case .wechat: return t(lang, "WeChat", "微信")
        }
    }

    static func tier(_ tier: Tier, _ lang: Lang) -> String {
        switch tier {
        case .key: return t(lang, "key", "大客户")
        case .regular: return t(lang, "regular", "普通客户")
        case .watch: return t(lang, "watch", "观察客户")
        }
    }

    /// The line that sets a tier, as the user would type it.
    static func tierLine(_ name: String, _ tier: Tier, _ lang: Lang) -> String {
        switch tier {
        case .key: return t(lang, "make \(name) a key account", "把\(name)设为大客户")
        case .regular: return t(lang, "make \(name) a regular account", "把\(name)设为普通客户")
        case .watch: return t(lang, "make \(name) a watch account", "把\(name)设为观察客户")
        }
    }

    static func birthday(_ b: MonthDay, _ lang: Lang) -> String {
        let en = "\(b.day) \(Words.monthsShort[b.month - 1])" + (b.year.map { " \($0)" } ?? "")
        let zh = (b.year.map { "\($0)年" } ?? "") + "\(b.month)月\(b.day)日"
        return t(lang, en, zh)
    }

    static func price(_ d: Degree, _ lang: Lang) -> String {
        d == .high ? t(lang, "price sensitive", "对价格敏感") : t(lang, "not price sensitive", "对价格不敏感")
    }

    static func service(_ d: Degree, _ lang: Lang) -> String {
        d == .high ? t(lang, "needs a lot of service", "需要很多服务") : t(lang, "needs little service", "需要的服务不多")
    }

    static func partnership(_ yes: Bool, _ lang: Lang) -> String {
        yes ? t(lang, "wants a long-term partnership", "希望长期合作") : t(lang, "no long-term partnership wanted", "无意长期合作")
    }

    // MARK: Replies to setting a fact

    static func roleSet(_ person: String, _ customer: String, _ r: ContactRole, added: Bool, was: ContactRole?, _ lang: Lang) -> String {
        let role = role(r, lang)
        if added {
            return t(lang, "Added \(person) to \(Words.possessive(customer)) contacts as \(role).", "已把\(person)加为\(customer)的联系人（\(role)）。")
        }
        let before = was.map { t(lang, " (was \(Self.role($0, lang)))", "（原为\(Self.role($0, lang))）") } ?? ""
        return t(lang, "\(person) is now \(Words.possessive(customer)) \(role)\(before).", "已记录：\(person)是\(customer)的\(role)\(before)。")
    }

    static func birthdaySet(_ person: String, _ customer: String, _ b: MonthDay, added: Bool, _ lang: Lang) -> String {
        let also = added ? t(lang, ", added to their contacts", "，并已加为联系人") : ""
        return t(lang, "\(person)'s birthday (\(customer)\(also)): \(birthday(b, .en)).",
                 "已记录\(person)（\(customer)\(also)）的生日：\(birthday(b, .zh))。")
    }

    static func prefersSet(_ customer: String, _ m: ContactMethod, was: ContactMethod?, _ lang: Lang) -> String {
        let before = was.map { t(lang, " (was \(method($0, lang)))", "（原为\(method($0, lang))）") } ?? ""
        return t(lang, "\(customer) prefers \(method(m, lang))\(before).", "已记录：\(customer)喜欢用\(method(m, lang))联系\(before)。")
    }

    static func noteAdded(_ customer: String, _ note: String, _ lang: Lang) -> String {
        t(lang, "Note added to \(Words.possessive(customer)) file: \(note)", "已给\(customer)的档案添加备注：\(note)")
    }

    static func judged(_ customer: String, _ what: String, _ lang: Lang) -> String {
        t(lang, "\(customer): \(what) (counted in the key-account score).", "已记录：\(customer)\(what)（计入大客户评分）。")
    }

    static func tierSet(_ customer: String, _ tier: Tier, was: Tier, _ lang: Lang) -> String {
        t(lang, "\(customer) is now a \(Self.tier(tier, lang)) account (was \(Self.tier(was, lang))).",
          "已把\(customer)设为\(Self.tier(tier, lang))（原为\(Self.tier(was, lang))）。")
    }

    static func already(_ customer: String, _ lang: Lang) -> String {
        t(lang, "\(Words.possessive(customer)) file already says so: nothing changed.", "\(customer)的档案里已经是这样，没有改动。")
    }

    static func problem(_ p: CustomerFileProblem, _ lang: Lang) -> String {
        switch p {
        case .unknownPerson(let name):
            return t(lang, "“\(name)” is not a contact of any customer. Say whose first, for example: \(name) is Acme's user, then the birthday again.",
                     "“\(name)”不是任何客户的联系人。请先说明是哪家客户的，例如：\(name)是东方酒店的使用者，然后再记生日。")
        case .personAtSeveral(let name, let customers):
            let first = customers.first ?? "Acme"
            return t(lang, "“\(name)” is a contact at \(customers.joined(separator: ", ")). Say which, for example: \(name) at \(first): birthday May 3",
                     "“\(name)”是\(customers.joined(separator: "、"))的联系人。请说明是哪家的，例如：\(first)的\(name)生日5月3日")
        case .futurePeriod(let d):
            return t(lang, "The period starts on \(d.iso), still to come: key accounts look back. Try: key accounts this year",
                     "这个期间从\(d.iso)开始，还没到：大客户分析只看过去。试试：今年大客户")
        case .companyBirthday(let name):
            return t(lang, "\(name) is a customer, not a person: a birthday belongs to one of their contacts, for example: Li Wei's birthday is May 3",
                     "\(name)是客户，不是个人：生日要记在联系人身上，例如：张总生日3月5日")
        }
    }

    // MARK: The file

    static func since(_ d: String, _ lang: Lang) -> String { t(lang, "customer since \(d)", "\(d)起为客户") }
    static func tierWord(_ tier: Tier, _ lang: Lang) -> String { t(lang, "\(Self.tier(tier, lang)) account", Self.tier(tier, lang)) }
    static func contactsHeading(_ lang: Lang) -> String { t(lang, "Contacts:", "联系人：") }
    static func birthdayCell(_ b: MonthDay, inDays: Int?, _ lang: Lang) -> String {
        let soon: String
        switch inDays {
        case 0?: soon = t(lang, ", today", "，就是今天")
        case let n? where n <= 30: soon = t(lang, ", in \(Words.plural(n, "day", "days"))", "，还有\(n)天")
        default: soon = ""
        }
        return t(lang, "birthday \(birthday(b, lang))\(soon)", "生日\(birthday(b, lang))\(soon)")
    }

    /// `emails agreed Mon 2 Mar` / `同意接收邮件（3月2日 周一）`; the company's says it is the company's.
    static func consentCell(_ e: EmailConsent, company: Bool, _ c: Context) -> String {
        let day = c.day(e.day)
        switch (e.agreed, company) {
        case (true, false): return c.t("emails agreed \(day)", "同意接收邮件（\(day)）")
        case (false, false): return c.t("no emails (declined \(day))", "拒收邮件（\(day)）")
        case (true, true): return c.t("company emails agreed \(day)", "公司同意接收邮件（\(day)）")
        case (false, true): return c.t("no company emails (declined \(day))", "公司拒收邮件（\(day)）")
        }
    }

    static func buying(count: Int, totals: String, last: String?, _ lang: Lang) -> String {
        guard count > 0 else { return t(lang, "Buys: no invoices yet", "采购：还没有发票") }
        let lastText = last.map { t(lang, " · last order \($0)", " · 最近一单\($0)") } ?? ""
        return t(lang, "Buys: \(Words.plural(count, "invoice", "invoices")), \(totals) in all\(lastText)",
                 "采购：\(count)张发票，共\(totals)\(lastText)")
    }

    /// `invoices`: how many they have had; with none, there is no habit to speak of.
    static func paying(owed: String, paidThisYear: String, late: Int?, firstOrder: Bool, invoices: Int, _ lang: Lang) -> String {
        let habit: String
        if invoices == 0 { return t(lang, "Pays: \(owed) · paid this year \(paidThisYear)", "付款：\(owed) · 今年已付\(paidThisYear)") }
        if firstOrder { habit = t(lang, "no invoice paid in full yet", "还没有付清过发票") }
        else if let late, late > 0 { habit = t(lang, "pays \(Words.plural(late, "day", "days")) late on average", "平均晚付\(late)天") }
        else { habit = t(lang, "pays on time on average", "平均按时付款") }
        return t(lang, "Pays: \(owed) · paid this year \(paidThisYear) · \(habit)", "付款：\(owed) · 今年已付\(paidThisYear) · \(habit)")
    }

    static func prefers(_ m: ContactMethod, _ lang: Lang) -> String { t(lang, "prefers \(method(m, lang))", "喜欢用\(method(m, lang))联系") }
    static func judgedHeading(_ lang: Lang) -> String { t(lang, "Preferences: ", "偏好：") }
    static func notesHeading(_ lang: Lang) -> String { t(lang, "Notes:", "备注：") }
    static func timelineHeading(_ lang: Lang) -> String { t(lang, "Timeline (newest first):", "往来记录（最新在前）：") }
    static func timelineEmpty(_ lang: Lang) -> String { t(lang, "Timeline: nothing logged yet", "往来记录：暂无") }
    static func more(_ n: Int, _ lang: Lang) -> String { t(lang, "and \(n) more (history for all)", "还有\(n)条（输入“历史”查看全部）") }

    /// One touch as the timeline says it: a delivery, a satisfaction answer, or a plain contact.
    static func touch(_ e: ContactEntry, _ lang: Lang) -> String {
        let note = e.note.isEmpty ? "" : t(lang, ": \(e.note)", "：\(e.note)")
        if let s = e.service {
            return s == .installation ? t(lang, "installation\(note)", "安装\(note)") : t(lang, "delivery\(note)", "送货\(note)")
        }
        if let yes = e.satisfied {
            return yes ? t(lang, "satisfaction call: satisfied\(note)", "满意度回访：满意\(note)")
                : t(lang, "satisfaction call: not satisfied\(note)", "满意度回访：不满意\(note)")
        }
        return t(lang, "\(Words.channel(e.channel, .en))\(note)", "\(Words.channel(e.channel, .zh))联系\(note)")
    }

    static func promise(_ text: String, _ lang: Lang) -> String { t(lang, "promised \(text)", "承诺\(text)") }

    static func complaint(_ c: Complaint, _ lang: Lang) -> String {
        let state = c.isOpen ? t(lang, "open", "处理中") : t(lang, "closed", "已结案")
        return t(lang, "complaint \(c.id): \(c.words) (\(state))", "投诉\(c.id)：\(c.words)（\(state)）")
    }
}
