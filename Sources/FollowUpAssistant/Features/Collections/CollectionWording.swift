import FollowUpCore
import FollowUpLanguage

/// The words of collection: ladder steps, next actions, contact outcomes and excuses, and the
/// replies of the collection features (settings, the chase list, retries, credit warnings).
enum CollectionWording {
    static func step(_ s: LadderStep, _ lang: Lang) -> String {
        switch (s, lang) {
        case (.clear, .en): return "clear"
        case (.clear, .zh): return "无欠款"
        case (.notDue, .en): return "not due"
        case (.notDue, .zh): return "未到期"
        case (.courtesy, .en): return "courtesy"
        case (.courtesy, .zh): return "到期前提醒"
        case (.dueDay, .en): return "due day"
        case (.dueDay, .zh): return "到期日"
        case (.early, .en): return "early"
        case (.early, .zh): return "初期催收"
        case (.firm, .en): return "firm"
        case (.firm, .zh): return "正式催收"
        case (.hold, .en): return "hold"
        case (.hold, .zh): return "暂停供货"
        case (.escalate, .en): return "escalate"
        case (.escalate, .zh): return "升级处理"
        case (.legal, .en): return "legal"
        case (.legal, .zh): return "法律途径"
        }
    }

    static func action(_ a: NextAction, _ lang: Lang) -> String {
        switch (a, lang) {
        case (.courtesyNote, .en): return "send a courtesy note before the due day"
        case (.courtesyNote, .zh): return "发一条礼貌的付款提醒"
        case (.collectAsAgreed, .en): return "collect today as agreed"
        case (.collectAsAgreed, .zh): return "今天按约定收款"
        case (.call, .en): return "call"
        case (.call, .zh): return "打电话催款"
        case (.callForWrittenPromise, .en): return "call for a written promise"
        case (.callForWrittenPromise, .zh): return "打电话，要一份书面付款承诺"
        case (.holdSupply, .en): return "hold supply and involve a manager"
        case (.holdSupply, .zh): return "先停发货，请经理出面"
        case (.visitWithManager, .en): return "visit with a manager"
        case (.visitWithManager, .zh): return "和经理一起上门"
        case (.agencyOrLawyer, .en): return "hand to an agency or a lawyer"
        case (.agencyOrLawyer, .zh): return "交给催收机构或律师"
        }
    }

    static func outcome(_ o: ContactOutcome, _ lang: Lang) -> String {
        switch (o, lang) {
        case (.reached, .en): return "reached"
        case (.reached, .zh): return "联系上了"
        case (.noAnswer, .en): return "no answer"
        case (.noAnswer, .zh): return "没人接"
        case (.voicemail, .en): return "voicemail"
        case (.voicemail, .zh): return "留了言"
        case (.phoneOff, .en): return "phone off"
        case (.phoneOff, .zh): return "关机"
        case (.busy, .en): return "line busy"
        case (.busy, .zh): return "占线"
        case (.promised, .en): return "promised to pay"
        case (.promised, .zh): return "答应付款"
        case (.refused, .en): return "refused to pay"
        case (.refused, .zh): return "拒绝付款"
        }
    }

    static func excuse(_ e: Excuse, _ lang: Lang) -> String {
        switch (e, lang) {
        case (.noMoney, .en): return "no money"
        case (.noMoney, .zh): return "说没钱"
        case (.noInvoice, .en): return "didn't get the invoice"
        case (.noInvoice, .zh): return "说没收到发票"
        case (.bossAway, .en): return "the boss is away"
        case (.bossAway, .zh): return "说老板不在"
        case (.quality, .en): return "a quality problem"
        case (.quality, .zh): return "说质量有问题"
        case (.alwaysLate, .en): return "they always pay late"
        case (.alwaysLate, .zh): return "说一直都是晚付"
        case (.nextMonth, .en): return "will pay next month"
        case (.nextMonth, .zh): return "说下个月再付"
        case (.angry, .en): return "angry"
        case (.angry, .zh): return "很生气"
        }
    }

    // MARK: The chase list

    static func chaseHeading(_ lang: Lang) -> String { lang == .zh ? "今天要催的" : "To chase today" }

    /// One customer to chase: name, what is overdue (or due), a broken promise, step and action.
    static func chaseLine(_ e: ChaseList.Entry, zero: Currency, _ lang: Lang, today: Day) -> String {
        let s = e.standing
        var parts = [s.name]
        if s.isOverdue {
            let amount = Words.moneys(s.overdue, zero: zero)
            let several = s.openInvoices.filter(\.isOverdue).count > 1
            parts.append(lang == .zh
                ? "\(amount)，\(several ? "最长" : "")逾期\(s.oldestDaysOverdue)天"
                : "\(amount) overdue, \(several ? "up to " : "")\(Words.plural(s.oldestDaysOverdue, "day", "days"))")
        } else if let first = s.openInvoices.first {
            let due = first.invoice.due
            let owed = Words.moneys(s.openInvoices.filter { $0.invoice.due == due }.reduce(into: [Money]()) { sums, o in
                if let k = sums.firstIndex(where: { $0.currency == o.outstanding.currency }) { sums[k] = sums[k] + o.outstanding }
                else { sums.append(o.outstanding) }
            }, zero: zero)
            let when = due == today ? (lang == .zh ? "今天" : "today") : Words.day(due, lang, today: today)
            parts.append(lang == .zh ? "\(owed) \(when)到期" : "\(owed) due \(when)")
        }
        if s.promiseState == .broken, let p = s.latestPromise?.promise {
            parts.append(lang == .zh ? "承诺\(Words.day(p.due, lang, today: today))前付\(p.amount.formatted)未兑现"
                                     : "promise of \(p.amount.formatted) by \(Words.day(p.due, lang, today: today)) broken")
        }
        var step = self.step(s.ladderStep, lang)
        if s.bumpedByBrokenPromise { step += lang == .zh ? "（升一级）" : " (up a step)" }
        parts.append(step + (lang == .zh ? "：" : ": ") + self.action(e.action, lang))
        return parts.joined(separator: " · ")
    }

    /// After a late invoice whose customer promised a day still ahead: why it is not chased.
    static func waiting(_ p: Promise, _ lang: Lang, today: Day) -> String {
        lang == .zh ? "（已答应\(Words.day(p.due, lang, today: today))前付\(p.amount.formatted)）"
            : " (promised \(p.amount.formatted) by \(Words.day(p.due, lang, today: today)))"
    }

    /// The line after a long chase list.
    static func chaseMore(_ n: Int, _ lang: Lang) -> String {
        lang == .zh ? "…另有\(n)个客户要催。输入“账龄”查看全部欠款。"
            : "…and \(Words.plural(n, "more customer", "more customers")) to chase. Type 'aging' for everything owed."
    }

    // MARK: Settings

    /// The reply to a changed ladder bound: the whole ladder as it now stands.
    static func ladderSet(_ b: LadderBounds, _ lang: Lang) -> String {
        lang == .zh
            ? "催款阶梯已更新：到期前\(b.courtesy)天礼貌提醒；逾期1–\(b.early)天初期催收，\(b.early + 1)–\(b.firm)天正式催收，"
                + "\(b.firm + 1)–\(b.hold)天暂停供货，\(b.hold + 1)–\(b.escalate)天升级处理，超过\(b.escalate)天走法律途径。"
            : "Ladder updated: courtesy note \(b.courtesy) days before the due day; early 1–\(b.early) days late, "
                + "firm \(b.early + 1)–\(b.firm), hold \(b.firm + 1)–\(b.hold), escalate \(b.hold + 1)–\(b.escalate), legal after \(b.escalate)."
    }

    static func retrySet(_ days: Int, _ lang: Lang) -> String {
        lang == .zh ? "电话没打通时，\(days)个工作日后再打。"
            : "A call that doesn't get through is now tried again after \(Words.plural(days, "working day", "working days"))."
    }
}
