import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Every text of the follow-up plans, in English and Chinese.
enum PlanWording {
    private static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    // MARK: Touches

    /// How a touch goes out: `text`, `call`; 短信, 电话.
    static func channel(_ ch: Channel, _ lang: Lang) -> String {
        lang == .zh ? Words.channel(ch, .zh) : (ch == .sms ? "text" : ch.rawValue)
    }

    /// Reaching someone by a channel: `Text Li Wei`, `给王经理发短信`.
    static func reach(_ ch: Channel, _ who: String, _ lang: Lang) -> String {
        switch (ch, lang) {
        case (.call, .en): return "Call \(who)"
        case (.visit, .en): return "Visit \(who)"
        case (.email, .en): return "Email \(who)"
        case (.sms, .en): return "Text \(who)"
        case (.letter, .en): return "Write to \(who)"
        case (.call, .zh): return "给\(who)打电话"
        case (.visit, .zh): return "拜访\(who)"
        case (.email, .zh): return "给\(who)发邮件"
        case (.sms, .zh): return "给\(who)发短信"
        case (.letter, .zh): return "给\(who)写信"
        }
    }

    /// What a touch of the bundled plans is for, by its key; another plan's key is shown as
    /// its words (`thank_you` → `thank you`).
    static func what(_ key: String, _ lang: Lang) -> String {
        let known: [String: (String, String)] = [
            "intro": ("who you are and where to find you", "介绍自己和公司地址"),
            "greeting": ("a friendly greeting", "问候"),
            "tip": ("a useful tip", "小知识"),
            "book_visit": ("book a visit", "约拜访时间"),
            "visit_feedback": ("how the visit went", "拜访后回访"),
            "feedback": ("how the work is going", "施工回访"),
            "first_month": ("a month on, is anything inconvenient", "完工满一个月回访"),
            "regular": ("checking in", "例行回访"),
            "chase_email": ("did the quote arrive", "确认报价已收到"),
            "call": ("what they think of the quote", "询问对报价的意见"),
        ]
        if let w = known[key] { return t(lang, w.0, w.1) }
        return key.replacingOccurrences(of: "_", with: " ")
    }

    /// The short name before `plan`: hyphened in English, as a compound before a noun is
    /// (`first-contact plan`, `during-the-job plan`).
    private static func modifier(_ play: Play, _ lang: Lang) -> String {
        let short = PlanCatalog.shortName(play, lang.play)
        return lang == .zh ? short : short.replacingOccurrences(of: " ", with: "-")
    }

    /// `after-sale plan`, 售后跟进: how a touch names its plan.
    static func planTag(_ play: Play, _ lang: Lang) -> String {
        t(lang, "\(modifier(play, lang)) plan", "\(modifier(play, lang))跟进")
    }

    /// `the after-sale plan`, 售后跟进计划: a plan in a sentence.
    static func planName(_ play: Play, _ lang: Lang) -> String {
        t(lang, "the \(modifier(play, lang)) plan", "\(modifier(play, lang))跟进计划")
    }

    /// A plan named by its play id when the play is gone (a user's file removed).
    static func planName(id: String, _ plays: Playbook, _ lang: Lang) -> String {
        plays.play(id).map { planName($0, lang) } ?? t(lang, "the plan \(id)", "跟进计划\(id)")
    }

    /// The reminder's text: `Text Li Wei at Acme: a useful tip (after-sale plan)`,
    /// `给东方酒店王经理发短信：小知识（售后跟进）`.
    static func touchText(_ ch: Channel, key: String, who: String, play: Play, _ lang: Lang) -> String {
        t(lang, "\(reach(ch, who, lang)): \(what(key, lang)) (\(planTag(play, lang)))",
          "\(reach(ch, who, lang))：\(what(key, lang))（\(planTag(play, lang))）")
    }

    /// Whom a touch addresses in its text: `Li Wei at Acme`, 东方酒店王经理; the customer alone.
    static func who(person: String?, customer: String, _ lang: Lang) -> String {
        guard let person, person != customer else { return customer }
        return t(lang, "\(person) at \(customer)", "\(customer)\(person)")
    }

    static func repeats(_ r: Recurrence, _ lang: Lang) -> String { lang == .zh ? r.chinese : r.description }

    /// One touch of a reply or of `plan X`: `#5 Fri 1 Jan · call · a month on… (every 2 months)`.
    static func touchLine(_ r: Reminder, channel ch: Channel?, _ c: Context) -> String {
        let doing = r.touch.map { what($0, c.lang) } ?? r.text
        var s = "\(r.id) \(c.day(r.current(on: c.today))) · " + (ch.map { channel($0, c.lang) + " · " } ?? "") + doing
        if let rec = r.recurrence { s += t(c.lang, " (\(repeats(rec, .en)))", "（\(repeats(rec, .zh))）") }
        return s
    }

    // MARK: Start

    static func started(_ play: Play, customer: String, person: String?, from: Day, count: Int, _ c: Context) -> String {
        let whom = person.map { t(c.lang, "\(customer) (\($0))", "\(customer)（\($0)）") } ?? customer
        return t(c.lang, "Started \(planName(play, .en)) for \(whom) from \(c.day(from)): \(Words.plural(count, "touch", "touches")).",
                 "已为\(whom)启动\(planName(play, .zh))，从\(c.day(from))开始，共\(count)项联系。")
    }

    static func moreTouches(_ n: Int, _ c: Context) -> String {
        t(c.lang, "  …and \(Words.plural(n, "more touch", "more touches")); see them with: plan", "  …另有\(n)项；查看全部：跟进计划")
    }

    static func draftsLanguage(_ lang: Lang, person: String, _ c: Context) -> String {
        let language = lang == .zh ? t(c.lang, "Chinese", "中文") : t(c.lang, "English", "英文")
        return t(c.lang, "Each touch has a draft in \(language) for \(person); the agenda shows it on the day.",
                 "每项联系都备好了给\(person)的\(language)草稿，到那天议程上会显示。")
    }

    static func notAContact(_ typed: String, customer: String, addressee: String, _ c: Context) -> String {
        t(c.lang, "\(typed) is not one of \(Words.possessive(customer)) contacts, so the drafts address \(addressee). To add them: \(customer) contact \(typed)",
          "\(typed)不是\(customer)的联系人，所以草稿写给\(addressee)。要添加联系人：\(customer)联系人\(typed)")
    }

    static func stoppedOther(_ play: String, started: Day, cancelled: Int, _ plays: Playbook, _ c: Context) -> String {
        t(c.lang, "Stopped \(planName(id: play, plays, .en)) (started \(c.day(started))): \(Words.plural(cancelled, "touch", "touches")) cancelled.",
          "已停止\(planName(id: play, plays, .zh))（\(c.day(started))启动），取消了\(cancelled)项联系。")
    }

    static func alreadyRunning(_ play: Play, customer: String, since: Day, _ c: Context) -> String {
        t(c.lang, "\(customer) already follows \(planName(play, .en)), since \(c.day(since)); nothing changed.",
          "\(customer)已经在执行\(planName(play, .zh))（\(c.day(since))启动），没有改动。")
    }

    static func whichPlan(_ customer: String?, _ c: Context) -> String {
        guard let customer else { return t(c.lang, "Which plan?", "启动哪个跟进计划？") }
        return t(c.lang, "Which plan for \(customer)?", "给\(customer)启动哪个跟进计划？")
    }

    /// A plan as an option or a list row: `after-sale — After the job is done (after-sale)`.
    static func option(_ play: Play, _ lang: Lang) -> String {
        let text = play.text(lang.play)
        let short = PlanCatalog.shortName(play, lang.play)
        return short == text.title ? short : t(lang, "\(short) — \(text.title)", "\(short)——\(text.title)")
    }

    static func unknownPlan(_ words: String, _ plans: [Play], _ c: Context) -> [Reply.Line] {
        var lines = [Reply.Line(t(c.lang, "No plan is called “\(words)”; nothing was started. The plans:",
                                  "没有叫“\(words)”的跟进计划，没有启动任何计划。现有的计划："), tone: .error)]
        for p in plans { lines.append(Reply.Line("  " + option(p, c.lang))) }
        if let first = plans.first {
            lines.append(Reply.Line(t(c.lang, "Type, for example: start the \(modifier(first, .en)) plan for Acme",
                                      "例如输入：给东方酒店启动\(PlanCatalog.shortName(first, .zh))跟进"), tone: .muted))
        }
        return lines
    }

    static func severalPlans(_ words: String, _ plans: [Play], customer: String?, _ c: Context) -> String {
        t(c.lang, "“\(words)” could be more than one plan. Which one\(customer.map { " for \($0)" } ?? "")?",
          "“\(words)”可能是几个跟进计划中的一个，\(customer.map { "给\($0)" } ?? "")启动哪一个？")
    }

    static func noPlans(_ c: Context) -> String {
        t(c.lang, "The playbook has no plans (topic: plan); nothing was started.", "话术库里没有跟进计划（topic: plan），没有启动任何计划。")
    }

    static func startDay(_ problem: PlanCadence.StartDayProblem, _ day: Day, _ c: Context) -> String {
        switch problem {
        case .tooFarBack(let n):
            return t(c.lang, "A plan can start at most \(n) days back, not \(c.day(day)): most of its touches would be missed. Nothing was started; start it from today instead.",
                     "跟进计划最多只能从\(n)天前开始，不能从\(c.day(day))开始：大部分联系都已错过。没有启动；请从今天开始。")
        case .tooFarAhead(let n):
            return t(c.lang, "A plan can start at most \(n) days ahead, not \(c.day(day)). Nothing was started; add a reminder to start it then.",
                     "跟进计划最多只能提前\(n)天安排，不能从\(c.day(day))开始。没有启动；可以先加个提醒，到时再启动。")
        }
    }

    static func nothingLeft(_ play: Play, from: Day, _ c: Context) -> String {
        t(c.lang, "Started from \(c.day(from)), every touch of \(planName(play, .en)) is already past; nothing was started. Start it from today instead.",
          "从\(c.day(from))算起，\(planName(play, .zh))的每项联系都已过期，没有启动。请从今天开始。")
    }

    static func startExample(_ lang: Lang) -> String {
        t(lang, "start the after-sale plan for Acme", "给东方酒店安排售后跟进")
    }

    // MARK: Stop

    static func stopped(_ plan: FollowUpPlan, customer: String, cancelled: Int, _ plays: Playbook, _ c: Context) -> String {
        t(c.lang, "Stopped \(planName(id: plan.play, plays, .en)) for \(customer) (started \(c.day(plan.started))): \(Words.plural(cancelled, "open touch", "open touches")) cancelled.",
          "已停止\(customer)的\(planName(id: plan.play, plays, .zh))（\(c.day(plan.started))启动），取消了\(cancelled)项未完成的联系。")
    }

    static func noneRunning(_ customer: String, _ c: Context) -> String {
        t(c.lang, "\(customer) has no plan running, so there is nothing to stop. Start one with: start the after-sale plan for \(customer)",
          "\(customer)没有正在执行的跟进计划，无需停止。启动计划：给\(customer)安排售后跟进")
    }

    static func stopExample(_ lang: Lang) -> String { t(lang, "stop the plan for Acme", "停止东方酒店的跟进计划") }

    // MARK: Lists

    static func listHeading(all: Bool, _ n: Int, _ c: Context) -> String {
        all ? t(c.lang, "Follow-up plans (\(n), stopped ones too)", "所有跟进计划（\(n)个，含已停止的）")
            : t(c.lang, "Plans running (\(n))", "正在执行的跟进计划（\(n)个）")
    }

    static func noneYet(all: Bool, _ c: Context) -> [Reply.Line] {
        [Reply.Line(all ? t(c.lang, "No follow-up plans yet.", "还没有跟进计划。")
                        : t(c.lang, "No plans running.", "没有正在执行的跟进计划。"), tone: .muted),
         Reply.Line(t(c.lang, "Start one with: start the after-sale plan for Acme", "启动计划：给东方酒店安排售后跟进"), tone: .muted)]
    }

    static func listHeader(all: Bool, _ c: Context) -> [String] {
        var h = [t(c.lang, "customer", "客户"), t(c.lang, "plan", "计划"), t(c.lang, "started", "启动"),
                 t(c.lang, "done", "已完成"), t(c.lang, "next touch", "下一次联系")]
        if all { h.append(t(c.lang, "stopped", "停止")) }
        return h
    }

    static func next(_ r: Reminder?, channel ch: Channel?, _ c: Context) -> String {
        guard let r else { return "-" }
        return c.day(r.current(on: c.today)) + (ch.map { " · " + channel($0, c.lang) } ?? "")
    }

    /// The lines to type, with a customer from the list (an example name the book lacks would fail).
    static func listFoot(_ name: String, _ c: Context) -> String {
        t(c.lang, "One plan with its touches: plan \(name) · stop one: stop the plan for \(name)",
          "查看某个计划：\(name)的跟进计划 · 停止：停止\(name)的跟进计划")
    }

    static func csvHeader(_ c: Context) -> [String] {
        c.zh ? ["客户", "计划", "话术编号", "联系人", "启动", "停止", "已完成", "下次联系", "方式"]
             : ["Customer", "Plan", "Play", "Contact", "Started", "Stopped", "Touches done", "Next touch", "Channel"]
    }

    // MARK: Show

    static func showHeading(_ play: String, customer: String, person: String?, _ plays: Playbook, _ c: Context) -> String {
        let name = planName(id: play, plays, c.lang)
        let cap = c.zh ? name : name.prefix(1).uppercased() + name.dropFirst()
        return "\(cap) · \(customer)" + (person.map { t(c.lang, " (\($0))", "（\($0)）") } ?? "")
    }

    static func state(_ plan: FollowUpPlan, _ c: Context) -> String {
        if let stopped = plan.stopped {
            return t(c.lang, "Started \(c.day(plan.started)), stopped \(c.day(stopped)).", "\(c.day(plan.started))启动，\(c.day(stopped))停止。")
        }
        return t(c.lang, "Running since \(c.day(plan.started)).", "\(c.day(plan.started))启动，正在执行。")
    }

    static func source(_ play: Play, _ c: Context) -> String {
        t(c.lang, "Play \(play.id) (\(play.source))", "话术\(play.id)（出处\(play.source)）")
    }

    static func touchesHeading(_ c: Context) -> String { t(c.lang, "Touches", "联系") }

    /// A touch's state: done, cancelled, next, or due.
    static func touchState(_ r: Reminder, isNext: Bool, _ c: Context) -> String {
        if let d = r.cancelled { return t(c.lang, " — cancelled \(c.day(d))", "——\(c.day(d))已取消") }
        if let d = r.done { return t(c.lang, " — done \(c.day(d))", "——\(c.day(d))已完成") }
        if r.isLapsedTouch(on: c.today) { return t(c.lang, " — missed", "——已错过") }
        var s = ""
        if let d = r.lastDone { s += t(c.lang, " — last done \(c.day(d))", "——上次完成于\(c.day(d))") }
        if isNext { s += t(c.lang, " — next", "——下一次") }
        return s
    }

    static func pushBacksHeading(_ c: Context) -> String { t(c.lang, "Push-backs", "客户的抵触") }

    static func adjustment(_ a: PlanAdjustment, _ c: Context) -> String {
        let change: String
        switch a.change {
        case .slowed(let f):
            change = f == 2 ? t(c.lang, "repeats twice as far apart", "重复的联系间隔加倍")
                            : t(c.lang, "repeats \(f) times as far apart", "重复的联系间隔拉长到\(f)倍")
        case .rechanneled(let from, let to):
            change = t(c.lang, "\(channel(from, .en)) → \(channel(to, .en))", "\(channel(from, .zh))改为\(channel(to, .zh))")
        }
        let words = a.words.isEmpty ? "" : t(c.lang, " — they said “\(a.words)”", "——客户说：“\(a.words)”")
        return "  \(c.day(a.day)): \(change)\(words)"
    }

    static func showFoot(_ plan: FollowUpPlan, customer: String, _ c: Context) -> String {
        guard plan.isActive else {
            return t(c.lang, "Start a plan again with: start the after-sale plan for \(customer)", "重新启动：给\(customer)安排售后跟进")
        }
        return t(c.lang, "Stop it: stop the plan for \(customer) · a push-back: \(customer) said stop calling",
                 "停止：停止\(customer)的跟进计划 · 记录抵触：\(customer)说别老打电话")
    }

    static func noPlan(_ customer: String, _ c: Context) -> String {
        t(c.lang, "\(customer) has no follow-up plan. Start one with: start the after-sale plan for \(customer)",
          "\(customer)还没有跟进计划。启动计划：给\(customer)安排售后跟进")
    }

    static func showExample(_ lang: Lang) -> String { t(lang, "plan Acme", "东方酒店的跟进计划") }

    // MARK: Agenda and the customer file

    /// The draft of a plan touch, under its agenda line.
    static func draftLine(_ message: String) -> String { "      “\(message)”" }

    /// The customer file's line: the plan and its next touch as its reminder says it.
    static func fileLine(_ plan: FollowUpPlan, next: Reminder?, _ plays: Playbook, _ c: Context) -> String {
        let name = planName(id: plan.play, plays, c.lang)
        let nextText = next.map { r in
            t(c.lang, "; next \(r.id) \(c.day(r.current(on: c.today))): \(r.text)", "；下一次\(r.id) \(c.day(r.current(on: c.today)))：\(r.text)")
        } ?? ""
        return t(c.lang, "Follow-up plan: \(name), since \(c.day(plan.started))\(nextText)",
                 "正在执行\(name)，\(c.day(plan.started))启动\(nextText)")
    }
}
