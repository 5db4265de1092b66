import FollowUpCore
import FollowUpLanguage

/// What the satisfaction replies say, in English and Chinese.
enum SatisfactionWording {
    /// The words left of a line once its name and verb are gone, without the joining words a
    /// name left behind (`the AC units to`, `的设备`).
    static func cleaned(_ s: String) -> String {
        var t = s.trimmingWhitespace
        // `happy w the delivery`, `loved the delivery`: the thing asked about, not their words.
        for head in ["with ", "w/ ", "w "] where t.lowercased().hasPrefix(head) { t = String(t.dropFirst(head.count)).trimmingWhitespace }
        if ["the delivery", "the installation", "the delivery and installation", "delivery", "the install", "it",
            "everything", "the service", "the goods", "installation", "install"].contains(t.lowercased()) { return "" }
        for tail in [" to", " at", " for", ",", "，", "了"] where t.hasSuffix(tail) { t = String(t.dropLast(tail.count)).trimmingWhitespace }
        for head in ["的", "给", ",", "，", "说", "said ", "says "] where t.lowercased().hasPrefix(head) {
            t = String(t.dropFirst(head.count)).trimmingWhitespace
        }
        return t
    }

    static func kind(_ k: ServiceKind, _ lang: Lang) -> String {
        switch (k, lang) {
        case (.delivery, .en): return "delivery"
        case (.delivery, .zh): return "送货"
        case (.installation, .en): return "installation"
        case (.installation, .zh): return "安装"
        }
    }

    static func daysSet(_ days: Int, _ c: Context) -> String {
        c.t("Satisfaction calls now fall \(Words.plural(days, "day", "days")) after a delivery or installation (the ones already on the agenda stay).",
            "送货或安装\(days)天后安排满意度回访（已排好的不变）。")
    }

    static func recorded(_ k: ServiceKind, what: String, customer: String, day: Day, _ c: Context) -> String {
        let note = what.isEmpty ? "" : " — \(what)"
        return c.t("Recorded: \(kind(k, .en)) for \(customer), \(c.day(day))\(note)",
                   "已记录：\(c.day(day)) 给\(customer)\(kind(k, .zh))\(note)")
    }

    /// The reminder's own text: what to ask on the call (seeds 000: how it works in use, what
    /// could be better).
    static func callText(_ k: ServiceKind, what: String, customer: String, _ c: Context) -> String {
        let thing = what.isEmpty ? "" : c.t(" (\(what))", "（\(what)）")
        return c.t("satisfaction call to \(customer): are they happy with the \(kind(k, .en))\(thing)? Ask what could be better",
                   "满意度回访\(customer)：对这次\(kind(k, .zh))\(thing)满意吗？问问哪里还可以改进")
    }

    static func callPlanned(_ r: Reminder, customer: String, _ c: Context) -> String {
        c.t("Satisfaction call on the agenda for \(c.day(r.due)) (reminder \(r.id)). Their answer: \"\(customer) is happy\" or \"\(customer) not satisfied, what is wrong\". What to ask: script satisfaction",
            "满意度回访已排在\(c.day(r.due))（提醒\(r.id)）。客户回答后输入：“\(customer)很满意”或“\(customer)不太满意，说……”。怎么问：满意度回访话术")
    }

    static func offerComplaint(_ customer: String, _ words: String, _ c: Context) -> String {
        c.t("\(customer) is not satisfied: \"\(words)\". Log a complaint with their words too? (yes/no; no records the answer only)",
            "\(customer)不满意：“\(words)”。要同时用客户原话记录一个投诉吗？（是/否；选否只记录回访结果）")
    }

    static func answered(_ satisfied: Bool, words: String, customer: String, calls: [ReminderID], _ c: Context) -> String {
        let said = words.isEmpty ? "" : c.t(" — \"\(words)\"", "——“\(words)”")
        let done = calls.isEmpty ? ""
            : c.t("; satisfaction call done (\(calls.map(\.description).joined(separator: ", ")))",
                  "；满意度回访已完成（\(calls.map(\.description).joined(separator: "、"))）")
        return satisfied
            ? c.t("Recorded: \(customer) is satisfied\(said)\(done)", "已记录：\(customer)满意\(said)\(done)")
            : c.t("Recorded: \(customer) is not satisfied\(said)\(done)", "已记录：\(customer)不满意\(said)\(done)")
    }

    static func complaintHint(_ customer: String, _ c: Context) -> String {
        c.t("To log it as a complaint: log complaint from \(customer): what is wrong",
            "要记为投诉：记录投诉：\(customer)说……")
    }

    static func scriptHint(_ satisfied: Bool, _ c: Context) -> String {
        satisfied
            ? c.t("How to take praise and ask for a referral: script satisfaction", "怎样回应表扬、请客户推荐：满意度回访话术")
            : c.t("How to take a complaint on the call: script satisfaction", "回访中听到抱怨怎么接：满意度回访话术")
    }

    static func heading(_ r: SatisfactionReport, _ c: Context) -> String {
        switch (r.from, r.to) {
        case (nil, nil): return c.t("Satisfaction", "满意度")
        case (let f?, nil): return c.t("Satisfaction since \(c.day(f))", "满意度（\(c.day(f))起）")
        case (nil, let t?): return c.t("Satisfaction up to \(c.day(t))", "满意度（截至\(c.day(t))）")
        case (let f?, let t?): return c.t("Satisfaction \(c.day(f)) to \(c.day(t))", "满意度（\(c.day(f))至\(c.day(t))）")
        }
    }

    static func nothing(_ lang: Lang) -> String {
        lang == .zh ? "这段时间没有满意度回访。送货或安装后输入“给东方酒店送货了”，回访会排进日程。"
            : "No satisfaction calls in this period. After a delivery, type \"delivered the AC units to Acme\" and the call goes on the agenda."
    }

    static func summary(_ r: SatisfactionReport, _ c: Context) -> String {
        let share = r.satisfiedPercent.map { c.t(", \($0)% satisfied", "，满意\($0)%") } ?? ""
        return c.t("\(Words.plural(r.due, "call", "calls")) due, \(r.answered) answered\(share).",
                   "应回访\(r.due)次，已回答\(r.answered)次\(share)。")
    }

    static func unhappyLine(_ a: SatisfactionReport.Answer, _ c: Context) -> String {
        let name = c.book.customer(a.customer)?.name ?? a.customer.description
        let from = a.complaint.map { c.t(" (check-back of complaint \($0))", "（投诉\($0)的回访）") } ?? ""
        let words = a.words.isEmpty ? c.t("no words recorded", "没有记录原话") : c.t("\"\(a.words)\"", "“\(a.words)”")
        return "\(c.day(a.day)) · \(name) · \(words)\(from)"
    }

    static func foot(_ lang: Lang) -> String {
        lang == .zh ? "不满意的客户大多不会主动说，只会悄悄离开：回访就是听到的机会。导出：满意度 --csv"
            : "Most unhappy customers leave without a word; the call is the chance to hear them. As CSV: satisfaction --csv"
    }
}
