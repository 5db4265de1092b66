import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Turns a customer's standing into the `Situation` plays are chosen and filled from, with
/// every placeholder worded in both languages.
enum SituationBuilder {
    /// Invoices named one by one in `{invoices}`; more are counted.
    static let invoicesNamed = 3

    static func situation(_ st: CustomerStanding, _ c: Context, excuse: Excuse? = nil, after: PlayEvent? = nil) -> Situation {
        var s = Situation(step: st.ladderStep,
                          daysOverdue: st.openInvoices.first?.daysOverdue,
                          owed: st.owed.first { $0.currency == c.defaultCurrency } ?? st.owed.first,
                          promise: st.promiseState, firstOrder: st.firstOrder, tier: st.tier,
                          lastOutcome: st.lastContact?.outcome, excuse: excuse ?? st.lastContact?.excuse,
                          overCreditLimit: st.overCreditLimit, after: after)
        for lang in [Lang.en, .zh] {
            s.values[lang.play] = values(st, c, lang)
        }
        return s
    }

    /// In a reply to a payment, `first_order` means no invoice had been paid in full before it,
    /// so the thanks for a first order can match (docs/PLAYS.md).
    static func firstOrderBeforeLastPayment(_ cu: Customer, _ records: CustomerRecords, _ c: Context) -> Bool {
        var before = records
        guard let last = before.payments.indices.last(where: { before.payments[$0].isReceived }) else { return true }
        before.payments.remove(at: last)
        return c.standing(of: cu, records: before).firstOrder
    }

    /// The invoices a collection call asks about: the overdue ones, else all open ones; never
    /// one whose whole amount a complaint disputes.
    static func asked(_ st: CustomerStanding) -> [CustomerStanding.OpenInvoice] {
        let chased = st.openInvoices.filter { $0.toChase.minor > 0 }
        let late = chased.filter(\.isOverdue)
        return late.isEmpty ? chased : late
    }

    static func values(_ st: CustomerStanding, _ c: Context, _ lang: Lang) -> [Placeholder: String] {
        var v: [Placeholder: String] = [:]
        let zero = c.defaultCurrency
        v[.customer] = st.name
        v[.contact] = st.customer.contacts.first.map { ContactAddress.addressed($0, lang) }
        if st.owesSomething {
            v[.owed] = sentenceMoneys(st.owed, lang, zero: zero)
            let ask = asked(st)
            // What the call asks for leaves out what complaints dispute.
            v[.amount] = sentenceMoneys(st.overdue.isEmpty ? st.toChase : st.overdue, lang, zero: zero)
            if !st.overdue.isEmpty { v[.overdue] = sentenceMoneys(st.overdue, lang, zero: zero) }
            v[.invoices] = invoiceList(ask.map(\.invoice.number), lang)
            if let oldest = ask.first {
                v[.due] = sentenceDay(oldest.invoice.due, lang, today: c.today)
                if oldest.daysOverdue > 0 { v[.days] = String(oldest.daysOverdue) }
            }
            if let d = proposeDay(st, today: c.today) { v[.proposeDay] = sentenceDay(d, lang, today: c.today, weekday: true) }
        }
        if let p = st.latestPromise?.promise {
            v[.promiseAmount] = p.amount.formatted
            v[.promiseDay] = sentenceDay(p.due, lang, today: c.today)
        }
        if let p = st.lastPayment {
            v[.paidAmount] = p.amount.formatted
            v[.paidDay] = sentenceDay(p.day, lang, today: c.today)
        }
        if let limit = st.creditLimit {
            v[.creditLimit] = limit.formatted
            v[.creditUsed] = (st.creditUsed ?? .zero(limit.currency)).formatted
        }
        return v
    }

    /// Amounts in several currencies inside a sentence: `¥8,000 and $500`; 「¥8,000和$500」.
    static func sentenceMoneys(_ list: [Money], _ lang: Lang, zero: Currency) -> String {
        let nonZero = list.filter { $0.minor != 0 }
        guard nonZero.count > 1 else { return Words.moneys(list, zero: zero) }
        return nonZero.map(\.formatted).joined(separator: lang == .zh ? "和" : " and ")
    }

    /// `INV-0003` alone in English; 「INV-0003和INV-0007」, 「INV-1、INV-2、INV-3等5张」.
    static func invoiceList(_ numbers: [String], _ lang: Lang) -> String? {
        guard !numbers.isEmpty else { return nil }
        switch lang {
        case .en:
            // English lines say "invoice {invoices} … was due": one invoice only, so several
            // fall back to the line without invoice numbers rather than read "was" for two.
            return numbers.count == 1 ? numbers[0] : nil
        case .zh:
            let shown = Array(numbers.prefix(invoicesNamed))
            if numbers.count > shown.count { return shown.joined(separator: "、") + "等\(numbers.count)张" }
            return shown.count == 1 ? shown[0] : shown.dropLast().joined(separator: "、") + "和" + (shown.last ?? "")
        }
    }

    /// A day inside a sentence: `Thu 1 Oct`; 「10月1日」, with the weekday when asked (a day to propose).
    static func sentenceDay(_ d: Day, _ lang: Lang, today: Day, weekday: Bool = false) -> String {
        guard lang == .zh else { return Words.day(d, .en, today: today) }
        let (y, m, dd) = d.parts
        let base = (y == today.year ? "" : "\(y)年") + "\(m)月\(dd)日"
        return weekday ? base + "（\(d.weekday.chinese)）" : base
    }

    /// The day to propose in the close: the due day while it is still ahead, else a working day
    /// soon, sooner the later the step (a broken promise has already moved the step up).
    static func proposeDay(_ st: CustomerStanding, today: Day) -> Day? {
        let days: Int
        switch st.ladderStep {
        case .clear: return nil
        case .notDue, .courtesy: return st.nextDue ?? today
        case .dueDay: days = 1
        case .early: days = 5
        case .firm: days = 3
        case .hold: days = 2
        case .escalate, .legal: days = 1
        }
        return workingDay(onOrAfter: today.adding(days: days))
    }

    /// Saturday and Sunday move to Monday.
    static func workingDay(onOrAfter d: Day) -> Day {
        switch d.weekday {
        case .saturday: return d.adding(days: 2)
        case .sunday: return d.adding(days: 1)
        default: return d
        }
    }
}

/// How a contact person is addressed on a call: `Li Wei`; 李伟, 王经理, 张总.
enum ContactAddress {
    /// Endings that already make a Chinese name an address (张总, 王经理).
    static let addressEndings = ["总", "经理", "老板", "主任", "会计", "总监", "厂长", "店长", "先生", "女士", "小姐", "老师", "董", "姐", "哥", "科长", "处长", "部长", "主管"]

    /// A title as the address after a surname: 经理 → 王经理, general manager → 王总.
    static let titleAddress: [String: String] = [
        "经理": "经理", "总经理": "总", "副总": "总", "总监": "总监", "老板": "老板", "老板娘": "老板娘", "董事长": "董",
        "会计": "会计", "主管": "主管", "店长": "店长", "厂长": "厂长", "采购经理": "经理",
        "manager": "经理", "general manager": "总", "gm": "总", "director": "总监", "owner": "老板", "boss": "老板",
        "ceo": "总", "president": "总", "chairman": "董", "accountant": "会计", "finance manager": "经理",
        "purchasing manager": "经理", "sales manager": "经理", "store manager": "店长", "office manager": "经理",
        "vice president": "总", "vp": "总",
    ]

    static func addressed(_ p: ContactPerson, _ lang: Lang) -> String {
        let name = p.name.trimmingWhitespace
        guard lang == .zh, isChinese(name) else { return name }
        if addressEndings.contains(where: { name.hasSuffix($0) && name.count > $0.count }) { return name }
        // A full name (two or three characters) and a known title: surname + title.
        if (2...3).contains(name.count), let title = p.title?.lowercased(), let t = titleAddress[title], let surname = name.first {
            return String(surname) + t
        }
        return name
    }

    /// Who to ask for, with the title when known: `Li Wei (finance manager)`; 李伟（财务）.
    static func who(_ p: ContactPerson, _ lang: Lang) -> String {
        guard let typed = p.title, !typed.isEmpty else { return p.name }
        let title = translatedTitle(typed, lang)
        return lang == .zh ? "\(p.name)（\(title)）" : "\(p.name) (\(title))"
    }

    /// A title as typed, in the reply's language when it is one of the known titles.
    static func translatedTitle(_ title: String, _ lang: Lang) -> String {
        let key = title.lowercased()
        switch lang {
        case .zh: return isChinese(title) ? title : titlesEN[key] ?? title
        case .en: return isChinese(title) ? titlesZH[title] ?? title : title
        }
    }

    static let titlesEN: [String: String] = [
        "manager": "经理", "general manager": "总经理", "gm": "总经理", "director": "总监", "owner": "老板", "boss": "老板",
        "buyer": "采购", "purchaser": "采购", "purchasing": "采购", "purchasing manager": "采购经理", "procurement": "采购",
        "accountant": "会计", "accounts": "财务", "accounts payable": "应付账款", "finance": "财务", "finance manager": "财务经理",
        "cfo": "财务总监", "ceo": "总裁", "coo": "运营总监", "president": "总裁", "vice president": "副总", "vp": "副总",
        "chairman": "董事长", "sales manager": "销售经理", "assistant": "助理", "secretary": "秘书", "store manager": "店长",
        "office manager": "办公室主任", "head of purchasing": "采购主管", "partner": "合伙人",
    ]

    static let titlesZH: [String: String] = [
        "经理": "manager", "总经理": "general manager", "副总": "deputy general manager", "总监": "director", "老板": "owner",
        "老板娘": "owner", "财务": "finance", "会计": "accountant", "出纳": "cashier", "采购": "buyer", "采购经理": "purchasing manager",
        "主管": "supervisor", "董事长": "chairman", "店长": "store manager", "负责人": "person in charge", "助理": "assistant",
        "秘书": "secretary", "厂长": "factory manager",
    ]

    static func isChinese(_ s: String) -> Bool {
        s.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }
    }
}
