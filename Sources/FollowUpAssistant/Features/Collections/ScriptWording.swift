import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Every sentence the call scripts (and `plays`) say around the plays' own words, in English and Chinese.
/// Indented lines are not polished for Chinese later, so they carry full-width punctuation here.
enum ScriptWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    /// What the customer said, as a reply names it.
    static func excuse(_ e: Excuse, _ lang: Lang) -> String {
        switch e {
        case .noMoney: return t(lang, "no money this month", "这个月没钱")
        case .noInvoice: return t(lang, "we didn't get the invoice", "没收到发票")
        case .bossAway: return t(lang, "the boss is away", "老板不在")
        case .quality: return t(lang, "there is a quality problem", "货有质量问题")
        case .alwaysLate: return t(lang, "we always pay late", "我们一向晚付")
        case .nextMonth: return t(lang, "we'll pay next month", "下个月再付")
        case .angry: return t(lang, "(an angry customer)", "（客户发火）")
        }
    }

    /// The step's name as the chase list says it, capitalised for the ladder table.
    static func stepName(_ s: LadderStep, _ lang: Lang) -> String {
        CollectionWording.step(s, lang).capitalisedFirst
    }

    /// When a step applies, from the settings.
    static func band(_ s: LadderStep, _ b: LadderBounds, _ lang: Lang) -> String {
        switch s {
        case .clear: return t(lang, "nothing owed", "没有欠款")
        case .notDue: return t(lang, "owed, not due soon", "有欠款，未临近到期")
        case .courtesy: return t(lang, "due within \(b.courtesy) days", "\(b.courtesy)天内到期")
        case .dueDay: return t(lang, "on the due day", "到期当天")
        case .early: return t(lang, "1–\(b.early) days late", "逾期1–\(b.early)天")
        case .firm: return t(lang, "\(b.early + 1)–\(b.firm) days late", "逾期\(b.early + 1)–\(b.firm)天")
        case .hold: return t(lang, "\(b.firm + 1)–\(b.hold) days late", "逾期\(b.firm + 1)–\(b.hold)天")
        case .escalate: return t(lang, "\(b.hold + 1)–\(b.escalate) days late", "逾期\(b.hold + 1)–\(b.escalate)天")
        case .legal: return t(lang, "over \(b.escalate) days late", "逾期超过\(b.escalate)天")
        }
    }

    /// `Collection call: Acme Trading · firm step, 24 days late`: the step and where the customer
    /// really is (a broken promise moves the step past the days).
    static func collectHeading(_ st: CustomerStanding, _ b: LadderBounds, _ lang: Lang) -> String {
        let name = CollectionWording.step(st.ladderStep, lang)
        let d = st.openInvoices.first?.daysOverdue ?? 0
        let when: String
        if d > 0 { when = t(lang, "\(d) days late", "逾期\(d)天") }
        else if d == 0 { when = t(lang, "due today", "今天到期") }
        else { when = t(lang, "due in \(-d) days", "\(-d)天后到期") }
        let up = st.bumpedByBrokenPromise ? t(lang, ", one step up for the broken promise", "，承诺未兑现，升一级") : ""
        let step = st.ladderStep == .dueDay ? when : t(lang, "\(name) step, \(when)", "\(name) · \(when)")
        return t(lang, "Collection call: \(st.name) · \(step)\(up)", "催款电话：\(st.name) · \(step)\(up)")
    }

    static func notDueYet(_ name: String, owed: String, due: String, courtesy: Int, _ lang: Lang) -> String {
        t(lang, "\(name) owes \(owed), not due until \(due): no collection call yet. A courtesy note goes out \(courtesy) days before.",
          "\(name)欠款\(owed)，\(due)才到期，现在还不用催。到期前\(courtesy)天发个友好提醒。")
    }

    static func askFor(_ who: String, phone: String?, _ lang: Lang) -> String {
        let tail = phone.map { " · \($0)" } ?? ""
        return "  " + t(lang, "Ask for \(who)\(tail)", "找\(who)\(tail)")
    }

    static func phoneOnly(_ phone: String, _ lang: Lang) -> String { "  " + t(lang, "Phone: \(phone)", "电话：\(phone)") }

    /// One open invoice in the facts: `INV-0003 ¥8,000 due Thu 1 Oct (48 days late)`.
    static func invoice(_ o: CustomerStanding.OpenInvoice, _ lang: Lang, today: Day) -> String {
        let day = SituationBuilder.sentenceDay(o.invoice.due, lang, today: today)
        let n = o.invoice.number, m = o.outstanding.formatted
        if o.daysOverdue > 0 { return t(lang, "\(n) \(m) due \(day) (\(o.daysOverdue) days late)", "\(n) \(m)，\(day)到期（逾期\(o.daysOverdue)天）") }
        if o.daysOverdue == 0 { return t(lang, "\(n) \(m) due today", "\(n) \(m)，今天到期") }
        return t(lang, "\(n) \(m) due \(day)", "\(n) \(m)，\(day)到期")
    }

    /// `Owes ¥17,300, ¥12,500 of it overdue: INV-0001 …`: the invoices listed are the ones asked for.
    static func owes(_ total: String, overdue: String?, _ invoices: [String], more: Int, _ lang: Lang) -> String {
        let list = invoices.joined(separator: lang == .zh ? "；" : ", ")
        let rest = more > 0 ? t(lang, ", and \(more) more", "；另有\(more)张") : ""
        guard let overdue, overdue != total else {
            return "  " + t(lang, "Owes \(total): \(list)\(rest)", "欠款\(total)：\(list)\(rest)")
        }
        return "  " + t(lang, "Owes \(total), \(overdue) of it overdue: \(list)\(rest)", "欠款\(total)，其中逾期\(overdue)：\(list)\(rest)")
    }

    static func promise(_ p: Promise, _ status: Promise.Status, _ lang: Lang, today: Day) -> String {
        let day = SituationBuilder.sentenceDay(p.due, lang, today: today)
        let state: String
        switch status {
        case .broken: state = t(lang, "broken", "未兑现")
        case .pending, .replaced: state = t(lang, "pending", "待兑现")
        case .kept: state = t(lang, "kept", "已兑现")
        case .keptLate: state = t(lang, "kept late", "逾期后已兑现")
        }
        return "  " + t(lang, "Promised \(p.amount.formatted) by \(day): \(state)", "承诺\(day)前付\(p.amount.formatted)：\(state)")
    }

    static func lastSaid(_ e: Excuse, on day: Day, _ lang: Lang, today: Day) -> String {
        let d = day == today ? t(lang, "today", "今天") : SituationBuilder.sentenceDay(day, lang, today: today)
        return "  " + t(lang, "Last time (\(d)) they said: \(excuse(e, .en))", "上次（\(d)）对方说：\(excuse(e, .zh))")
    }

    static func also(_ label: PlayTopic, _ title: String, _ lang: Lang) -> String {
        let name: String
        switch label {
        case .method: name = t(lang, "Approach", "方法")
        case .credit: name = t(lang, "Credit", "信用")
        case .arrangement: name = t(lang, "Terms", "付款方式")
        default: name = t(lang, "Also", "另外")
        }
        return "  " + t(lang, "\(name): \(title)", "\(name)：\(title)")
    }

    static func beforeCall(_ lang: Lang) -> String { t(lang, "Before the call", "打电话之前") }
    static func say(_ lang: Lang) -> String { t(lang, "Say", "开口这样说") }
    static func ifTheySay(_ lang: Lang) -> String { t(lang, "If they say", "如果对方说") }
    static func close(_ lang: Lang) -> String { t(lang, "Close", "收尾") }
    static func thenClose(_ lang: Lang) -> String { t(lang, "Then close", "然后收尾") }
    static func record(_ lang: Lang) -> String { t(lang, "Afterwards, write down", "打完记下") }
    static func whatToDo(_ lang: Lang) -> String { t(lang, "What to do", "怎么做") }
    static func playsUsed(_ lang: Lang) -> String { t(lang, "Plays used", "用到的话术") }

    static func bullet(_ s: String) -> String { "  - " + s }
    static func quoted(_ s: String, _ lang: Lang) -> String { "  “" + s + "”" }
    static func objection(_ e: Excuse, _ answer: String, _ lang: Lang) -> String {
        let said = excuse(e, lang)
        return "  " + t(lang, "\(capitalised(said)): “\(answer)”", "\(said)：“\(answer)”")
    }
    static func doNote(_ s: String, _ lang: Lang) -> String { t(lang, "Do: \(s)", "要：\(s)") }
    static func dontNote(_ s: String, _ lang: Lang) -> String { t(lang, "Don't: \(s)", "不要：\(s)") }
    static func source(_ p: Play, _ lang: Lang) -> String {
        var s = "  \(p.id) · \(p.source)"
        if case .user(let path) = p.origin { s += t(lang, " (your file \(fileName(path)))", "（您的文件\(fileName(path))）") }
        return s
    }

    static func owesNothing(_ name: String, _ lang: Lang) -> String {
        t(lang, "\(name) owes nothing right now: no collection call is needed.", "\(name)目前没有欠款，不需要催款。")
    }

    static func owesNothingNow(_ name: String, _ lang: Lang) -> String {
        t(lang, "\(name) owes nothing right now; in general:", "\(name)目前没有欠款。一般可以这样应对：")
    }

    static func thanksHint(_ name: String, paid: String, on day: String, _ lang: Lang) -> String {
        t(lang, "They last paid \(paid) on \(day). A thank-you keeps the next collection easy: script thanks \(name)",
          "对方最近一次于\(day)付款\(paid)。道声谢，下次收款更顺利：\(name)感谢话术")
    }

    static func thanksHeading(_ name: String, paid: String, on day: String, _ lang: Lang) -> String {
        t(lang, "Thank-you: \(name) · paid \(paid) on \(day)", "致谢：\(name) · \(day)付款\(paid)")
    }

    static func nothingPaid(_ name: String, _ lang: Lang) -> String {
        t(lang, "\(name) has not paid anything yet, so there is no payment to thank them for. After they pay: script thanks \(name)",
          "\(name)还没有付过款，暂时没有可以致谢的回款。收到款后再用：\(name)感谢话术")
    }

    static func excuseHeading(_ e: Excuse, customer: String?, _ lang: Lang) -> String {
        if e == .angry {
            return customer.map { t(lang, "When \($0) is angry", "\($0)发火时") } ?? t(lang, "When a customer is angry", "客户发火时")
        }
        let said = excuse(e, lang)
        return customer.map { t(lang, "When \($0) says: \(said)", "\($0)说“\(said)”时") }
            ?? t(lang, "When a customer says: \(said)", "客户说“\(said)”时")
    }

    static func facts(_ st: CustomerStanding, _ lang: Lang, today: Day, zero: Currency) -> String? {
        guard let oldest = SituationBuilder.asked(st).first else { return nil }
        let owed = Words.moneys(st.owed, zero: zero)
        let day = SituationBuilder.sentenceDay(oldest.invoice.due, lang, today: today)
        if oldest.daysOverdue > 0 {
            return "  " + t(lang, "Owes \(owed), \(oldest.daysOverdue) days late (\(oldest.invoice.number), due \(day))",
                            "欠款\(owed)，逾期\(oldest.daysOverdue)天（\(oldest.invoice.number)，\(day)到期）")
        }
        return "  " + t(lang, "Owes \(owed) (\(oldest.invoice.number), due \(day))", "欠款\(owed)（\(oldest.invoice.number)，\(day)到期）")
    }

    static func noExcusePlay(_ e: Excuse, customer: String?, _ lang: Lang) -> String {
        let said = excuse(e, lang)
        if let customer {
            return t(lang, "No play in your playbook answers “\(said)” for \(Words.possessive(customer)) situation.",
                     "话术库里没有适合\(customer)目前情况、回应“\(said)”的话术。")
        }
        return t(lang, "The answers to “\(said)” need a customer's figures. Name one, for example: script excuse \(e.rawValue.replacingUnderscores) Acme",
                 "回应“\(said)”需要具体客户的数字，请说明是哪个客户，例如：东方酒店说\(said)怎么办")
    }

    static func nameACustomer(_ e: Excuse, _ lang: Lang) -> String {
        t(lang, "For the words to say with a customer's own figures, name the customer: script excuse \(e.rawValue.replacingUnderscores) Acme",
          "要带上客户的具体金额和日期，请说明客户，例如：东方酒店说\(excuse(e, .zh))怎么办")
    }

    static func whichExcuse(_ lang: Lang) -> [String] {
        [t(lang, "Which excuse? The playbook answers these:", "是哪种说法？话术库能回应这些："),
         "  " + Excuse.allCases.map { $0 == .angry ? t(lang, "an angry customer", "客户发火") : excuse($0, lang) }
            .joined(separator: lang == .zh ? "、" : " · "),
         t(lang, "For example: script excuse no money Acme", "例如：东方酒店说没钱怎么办")]
    }

    static func noLadderPlay(_ lang: Lang) -> String {
        t(lang, "No ladder play fits this step; check your play files with: plays", "没有适合这一步的催收话术，请用“话术列表”检查话术文件。")
    }

    // MARK: The ladder

    static func ladderHeading(_ lang: Lang) -> String {
        t(lang, "The collection ladder: how firmly to chase, by how late the oldest invoice is",
          "催收阶梯：按最早一张发票逾期多久，决定催得多紧")
    }

    static func ladderColumns(_ lang: Lang) -> [String] {
        [t(lang, "step", "阶段"), t(lang, "when", "时间"), t(lang, "what to do", "怎么做")]
    }

    static func ladderFoot(_ lang: Lang) -> [String] {
        [t(lang, "A broken promise moves a customer one step up. Change a bound with: set ladder.firm 45",
           "承诺未兑现的客户升一级处理。修改天数，例如：正式催款设为45天"),
         t(lang, "For one customer's script: script collect Acme", "某个客户的话术：催款话术 东方酒店")]
    }

    // MARK: Tips and why

    static func tip(_ s: String, _ lang: Lang) -> String { t(lang, "Tip: \(s)", "提示：\(s)") }

    /// `why` after a script: the plays chosen and the conditions that made them fit.
    static func why(_ choices: [Choice], _ lang: Lang) -> [Reply.Line] {
        guard !choices.isEmpty else { return [] }
        var lines = [Reply.Line(t(lang, "Plays chosen, and the conditions that fit:", "选用的话术，以及符合的条件："))]
        for ch in choices {
            let why = ch.matched.isEmpty ? t(lang, "no conditions (fits any customer)", "无条件（适用于任何客户）")
                : ch.matched.map(\.description).joined(separator: lang == .zh ? "；" : "; ")
            lines.append(Reply.Line("  \(ch.play.id) · \(why)"))
        }
        return lines
    }

    /// A problem in a play file, for replies: `mine.yaml line 4 (collect.firm): …`.
    static func issue(_ i: PlayIssue, _ lang: Lang) -> String {
        var s = "  " + fileName(i.file)
        if let line = i.line { s += t(lang, " line \(line)", " 第\(line)行") }
        if let play = i.play { s += " (\(play))" }
        return s + (lang == .zh ? "：" : ": ") + PlaysWording.reason(i.reason, lang)
    }

    static func issuesHeading(_ n: Int, _ lang: Lang) -> String {
        t(lang, "Your play files have \(Words.plural(n, "problem", "problems")); what they spoil was skipped:",
          "您的话术文件有\(n)个问题，有问题的部分已跳过：")
    }

    static func fileName(_ path: String) -> String { path.split(separator: "/").last.map(String.init) ?? path }

    static func capitalised(_ s: String) -> String { s.capitalisedFirst }
}

extension String {
    var capitalisedFirst: String { prefix(1).uppercased() + dropFirst() }
    var replacingUnderscores: String { String(map { $0 == "_" ? " " : $0 }) }
}

extension Lang {
    /// The play language for a reply language.
    var play: PlayLanguage { self == .zh ? .zh : .en }
}
