import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// What a push-back and the touches a visit adds say, in English and Chinese.
enum PlanPushBackWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    /// `first contact plan`, 初次联系跟进: the plan's tag, as its touches name it.
    static func planName(_ play: Play?, id: String, _ plays: Playbook, _ lang: Lang) -> String {
        play.map { PlanWording.planTag($0, lang) } ?? PlanWording.planName(id: id, plays, lang)
    }

    /// How the touches going by a channel are called: `Calls`, 电话.
    static func touchesBy(_ c: Channel, _ lang: Lang) -> String {
        switch c {
        case .call: return t(lang, "Calls", "电话")
        case .visit: return t(lang, "Visits", "拜访")
        case .email: return t(lang, "Emails", "邮件")
        case .sms: return t(lang, "Text messages", "短信")
        case .letter: return t(lang, "Letters", "信件")
        }
    }

    /// The way a channel goes: `by text message`, 改发短信.
    static func by(_ c: Channel, _ lang: Lang) -> String {
        switch c {
        case .call: return t(lang, "by phone", "改打电话")
        case .visit: return t(lang, "by visit", "改为拜访")
        case .email: return t(lang, "by email", "改发邮件")
        case .sms: return t(lang, "by text message", "改发短信")
        case .letter: return t(lang, "by letter", "改寄信")
        }
    }

    static func noted(_ customer: String, words: String, _ lang: Lang) -> String {
        let said = words.isEmpty ? "" : t(lang, " (“\(words)”)", "（“\(words)”）")
        return t(lang, "Noted \(Words.possessive(customer)) push-back\(said).", "已记下\(customer)的抵触\(said)。")
    }

    /// `Calls in Acme's after-sale plan now go by text message (2 touches).`
    static func rechanneled(_ customer: String, plan: String, from: Channel, to: Channel, count: Int, why: String?, _ lang: Lang) -> String {
        let n = t(lang, Words.plural(count, "touch", "touches"), "\(count)次联系")
        let reason = why.map { t(lang, "; \($0)", "；\($0)") } ?? ""
        return t(lang, "\(touchesBy(from, .en)) in \(Words.possessive(customer)) \(plan) now go \(by(to, .en)) (\(n)\(reason)).",
                 "\(customer)的\(plan)里的\(touchesBy(from, .zh))\(by(to, .zh))（\(n)\(reason)）。")
    }

    /// Why email, or why not: the consent that allowed it, or the missing one.
    static func emailBecause(_ who: String, _ lang: Lang) -> String {
        t(lang, "\(who) agreed to emails", "\(who)同意接收邮件")
    }

    /// Why not email: no yes on record, or no address to write to.
    static func noEmail(_ who: String, agreed: Bool, _ lang: Lang) -> String {
        agreed ? t(lang, "no email address for \(who)", "没有\(who)的邮箱")
            : t(lang, "\(who) has not agreed to emails", "\(who)没有同意接收邮件")
    }

    /// `#3 text · a useful tip: now every 6 days instead of every 3 days; next Tue 15 Dec`.
    static func slowedTouch(_ text: String, from: Recurrence, to: Recurrence, next: String, _ lang: Lang) -> String {
        t(lang, "\(text): now \(to.description) instead of \(from.description); next \(next)",
          "\(text)：改为\(to.chinese)一次（原来\(from.chinese)），下次\(next)")
    }

    static func slowedHeading(_ customer: String, plan: String, _ lang: Lang) -> String {
        t(lang, "\(Words.possessive(customer)) \(plan) slowed: repeating touches spaced twice as far apart.",
          "\(customer)的\(plan)放慢了：重复的联系间隔加倍。")
    }

    static func nothingRepeats(_ lang: Lang) -> String {
        t(lang, "  No repeating touch is open, so no day moved; touches added later (after a visit) follow the slower pace.",
          "  目前没有重复的联系，日期都没有变；之后（拜访后）新加的联系按放慢后的节奏。")
    }

    static func slowedInstead(_ channel: Channel, _ lang: Lang) -> String {
        t(lang, "  No open touch goes \(by(channel, .en)) that could move elsewhere, so the plan slowed instead.",
          "  计划里没有可以改换方式的\(Words.channel(channel, .zh))联系，所以改为放慢节奏。")
    }

    /// After the first or second push-back: how many are left before the advice is to stop.
    static func remaining(_ count: Int, customer: String, _ lang: Lang) -> String {
        count < PlanPushBack.limit
            ? t(lang, "  If they push back again, the plan eases once more; type undo to take this back.",
                "  再有抵触会再调整一次；输入“撤销”可以取消这次修改。")
            : t(lang, "  That is the \(count == 2 ? "second" : "\(count)th") push-back; after another, stop the plan: stop the plan for \(customer)",
                "  这是第\(count)次抵触；再有的话就停掉计划：停止\(customer)的跟进计划")
    }

    static func exhausted(_ customer: String, plan: String, _ count: Int, words: String, _ lang: Lang) -> [String] {
        let note = words.isEmpty ? "…" : words
        return [t(lang, "\(customer) has pushed back on the \(plan) \(count) times already; nothing was changed.",
           "\(customer)对\(plan)已经抵触过\(count)次了，这次没有做任何修改。"),
         t(lang, "  Easing it further would only keep a customer who said no on your agenda. To stop it: stop the plan for \(customer)",
           "  再放慢也只是让说了“不”的客户留在日程上。停止计划：停止\(customer)的跟进计划"),
         t(lang, "  To keep what they said: note for \(customer): \(note)", "  要记下客户的话：\(customer)备注：\(note)")]
    }

    static func noPlan(_ customer: String, words: String, _ lang: Lang) -> [String] {
        let note = words.isEmpty ? "…" : words
        return [t(lang, "\(customer) has no follow-up plan running, so there is nothing to ease; nothing was changed.",
                  "\(customer)没有进行中的跟进计划，没有可以放缓的，没有做任何修改。"),
                t(lang, "  To keep what they said: note for \(customer): \(note)", "  要记下客户的话：\(customer)备注：\(note)")]
    }

    static func example(_ lang: Lang) -> String { t(lang, "Acme said stop calling", "东方酒店说别老打电话") }

    // MARK: After a visit

    /// `Added by the first contact plan:`, then each touch on its own line.
    /// A touch the visit did: `Done by the visit: #4 Call Li Wei at Acme: book a visit (…)`.
    static func doneByVisit(_ r: Reminder, _ lang: Lang) -> String {
        t(lang, "Done by the visit: \(r.id) \(r.text)", "这次拜访已完成：\(r.id) \(r.text)")
    }

    static func afterVisit(_ plan: String, _ lang: Lang) -> String {
        t(lang, "Added by the \(plan) after the visit:", "按\(plan)在拜访后加上：")
    }
}
