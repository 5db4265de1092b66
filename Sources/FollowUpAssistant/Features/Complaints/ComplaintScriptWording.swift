import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Every sentence `script complaint` says around the plays' own words, in English and Chinese.
/// Indented lines are not polished for Chinese later, so they carry full-width punctuation here.
enum ComplaintScriptWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    // MARK: Names

    static func stage(_ s: ComplaintStage, _ lang: Lang) -> String {
        switch s {
        case .listen: return t(lang, "listen and write it down", "倾听并记录")
        case .analyse: return t(lang, "find the cause", "查明原因")
        case .solve: return t(lang, "find a solution or hand it on", "找出解决办法或转交")
        case .tell: return t(lang, "tell the customer the solution", "把办法告诉客户")
        case .carryOut: return t(lang, "carry it out", "落实处理")
        case .review: return t(lang, "check back and review", "回访并复盘")
        case .closed: return t(lang, "closed", "已结案")
        }
    }

    static func cause(_ c: ComplaintCause, _ lang: Lang) -> String {
        switch c {
        case .explanation: return t(lang, "our explanation fell short", "我们讲解不够")
        case .promiseNotKept: return t(lang, "a promise to them was not kept", "答应的事没做到")
        case .attitude: return t(lang, "how they were treated", "服务态度")
        case .customerOversight: return t(lang, "an oversight on their side", "客户自己疏忽")
        case .misunderstanding: return t(lang, "a misunderstanding", "客户误解")
        case .productDefect: return t(lang, "a product defect", "产品缺陷")
        case .equipment: return t(lang, "an equipment fault", "设备故障")
        case .unknown: return t(lang, "not known yet", "尚未查明")
        }
    }

    static func remedy(_ r: Remedy, _ lang: Lang) -> String {
        switch r {
        case .repair: return t(lang, "repair", "维修")
        case .replace: return t(lang, "exchange", "换货")
        case .refund: return t(lang, "refund", "退款")
        case .visit: return t(lang, "a service visit", "上门服务")
        case .creditNote: return t(lang, "a credit note", "折让")
        case .apology: return t(lang, "an apology", "道歉")
        }
    }

    static func severity(_ s: ComplaintSeverity, _ lang: Lang) -> String {
        switch s {
        case .low: return t(lang, "low", "轻微")
        case .normal: return t(lang, "normal", "一般")
        case .high: return t(lang, "high", "严重")
        case .urgent: return t(lang, "urgent", "紧急")
        }
    }

    // MARK: Heading and facts

    /// `Complaint #3: Acme Trading · step 2 of 6, find the cause · received 4 days ago`.
    static func heading(_ cp: Complaint, customer: String, _ lang: Lang, today: Day) -> String {
        let step: String
        if cp.stage == .closed {
            step = t(lang, "closed", "已结案")
        } else {
            step = t(lang, "step \(cp.stage.number) of 6, \(stage(cp.stage, .en))", "第\(cp.stage.number)步（共6步）：\(stage(cp.stage, .zh))")
        }
        return t(lang, "Complaint #\(cp.id.raw): \(customer) · \(step) · \(age(cp, lang, today: today))",
                 "投诉#\(cp.id.raw)：\(customer) · \(step) · \(age(cp, lang, today: today))")
    }

    static func age(_ cp: Complaint, _ lang: Lang, today: Day) -> String {
        let d = cp.age(on: today)
        if d <= 0 { return t(lang, "received today", "今天收到") }
        if d == 1 { return t(lang, "received yesterday", "昨天收到") }
        return t(lang, "received \(d) days ago", "\(d)天前收到")
    }

    static func who(_ name: String, phone: String?, _ lang: Lang) -> String {
        let tail = phone.map { " · \($0)" } ?? ""
        return "  " + t(lang, "Speak to \(name)\(tail)", "联系人：\(name)\(tail)")
    }

    static func theirWords(_ words: String, _ lang: Lang) -> String {
        "  " + t(lang, "They said: “\(words)”", "对方说：“\(words)”")
    }

    /// `About: AC unit · invoice INV-0003, ¥1,200 disputed`.
    /// `paused`: the invoice (or the disputed part) is not chased while the complaint is unresolved.
    static func about(product: String?, invoice: String?, disputed: String?, paused: Bool, _ lang: Lang) -> String? {
        var parts: [String] = []
        if let product { parts.append(product) }
        if let invoice {
            let d = disputed.map { t(lang, ", \($0) disputed", "，争议金额\($0)") } ?? ""
            let p = paused ? t(lang, " (not chased until this is resolved)", "（解决之前暂停催收）") : ""
            parts.append(t(lang, "invoice \(invoice)\(d)\(p)", "发票\(invoice)\(d)\(p)"))
        }
        guard !parts.isEmpty else { return nil }
        return "  " + t(lang, "About: ", "涉及：") + parts.joined(separator: " · ")
    }

    static func mood(_ s: ComplaintSeverity, angry: Bool, _ lang: Lang) -> String {
        let a = angry ? t(lang, " · angry", " · 情绪激动") : ""
        return "  " + t(lang, "Severity: \(severity(s, .en))\(a)", "严重程度：\(severity(s, .zh))\(a)")
    }

    static func causeLine(_ c: ComplaintCause, _ lang: Lang) -> String {
        "  " + t(lang, "Cause: \(cause(c, .en))", "原因：\(cause(c, .zh))")
    }

    /// `stillYours`: while unresolved, the salesperson answers for it until the department acts.
    static func handoff(_ to: String, on day: String, by: String?, stillYours: Bool, _ lang: Lang) -> String {
        let b = by.map { t(lang, ", to act by \($0)", "，\($0)之前处理") } ?? ""
        let y = stillYours ? t(lang, "; yours until they take it up", "；对方接手之前仍由您负责") : ""
        return "  " + t(lang, "Handed to \(to) on \(day)\(b)\(y)", "\(day)转交\(to)\(b)\(y)")
    }

    static func solution(_ text: String?, remedy: Remedy?, _ lang: Lang) -> String? {
        let r = remedy.map { Self.remedy($0, lang) }
        switch (text, r) {
        case (let s?, let r?): return "  " + t(lang, "Solution: \(s) (\(r))", "解决办法：\(s)（\(r)）")
        case (let s?, nil): return "  " + t(lang, "Solution: \(s)", "解决办法：\(s)")
        case (nil, let r?): return "  " + t(lang, "Remedy: \(r)", "补救：\(r)")
        case (nil, nil): return nil
        }
    }

    static func replyPromised(_ day: String, late: Bool, _ lang: Lang) -> String {
        if late { return "  " + t(lang, "Reply promised by \(day): overdue, call them today", "答应\(day)前答复：已过期，今天就打电话") }
        return "  " + t(lang, "Reply promised by \(day)", "答应\(day)前答复")
    }

    static func resolved(_ day: String, checkBack: String?, _ lang: Lang) -> String {
        let c = checkBack.map { t(lang, "; check-back call \($0)", "；\($0)回访") } ?? ""
        return "  " + t(lang, "Resolved \(day)\(c)", "\(day)已解决\(c)")
    }

    static func satisfaction(_ s: Complaint.Satisfaction, _ lang: Lang) -> String {
        let words = s.words.map { t(lang, ": “\($0)”", "：“\($0)”") } ?? ""
        return "  " + (s.satisfied ? t(lang, "Check-back: satisfied\(words)", "回访：满意\(words)")
                                   : t(lang, "Check-back: not satisfied\(words)", "回访：不满意\(words)"))
    }

    static func cooled(_ moves: [CoolingMove], _ lang: Lang) -> String {
        let names = moves.map { cooling($0, lang) }.joined(separator: lang == .zh ? "、" : ", ")
        return "  " + t(lang, "Already tried: \(names)", "已经用过：\(names)")
    }

    static func cooling(_ m: CoolingMove, _ lang: Lang) -> String {
        switch m {
        case .person: return t(lang, "a change of person", "换人")
        case .place: return t(lang, "a change of place", "换地方")
        case .time: return t(lang, "a change of time", "换时间")
        }
    }

    // MARK: The general script

    static func generalHeading(angry: Bool, _ lang: Lang) -> String {
        angry ? t(lang, "An angry customer with a complaint: cool things down, then listen",
                  "客户投诉又在气头上：先让对方平静下来，再听")
              : t(lang, "Handling a complaint: the first step, listen and write it down",
                  "处理客户投诉：第一步，倾听并记录")
    }

    static func noSuchComplaint(_ id: Int, _ lang: Lang) -> String {
        t(lang, "There is no complaint #\(id) in your book; in general:", "账本里没有#\(id)号投诉。一般可以这样处理：")
    }

    static func noOpenComplaint(_ name: String, _ lang: Lang) -> String {
        t(lang, "\(name) has no open complaint; in general:", "\(name)目前没有未处理的投诉。一般可以这样处理：")
    }

    static func logFirst(_ lang: Lang) -> String {
        t(lang, "To follow a real complaint step by step, log it first: log complaint from Acme: the AC unit leaks",
          "要一步步跟进一件具体的投诉，先记下来，例如：记录投诉：东方酒店说空调漏水")
    }

    // MARK: Sections

    static func openSection(_ stage: ComplaintStage, _ lang: Lang) -> String {
        stage == .listen ? t(lang, "Open, then let them talk", "开场，然后让对方说") : t(lang, "Open", "开场")
    }

    static func questions(known: Bool, _ lang: Lang) -> String {
        known ? t(lang, "Questions that confirm the cause", "核实原因的问题") : t(lang, "Questions that find the cause", "查找原因的问题")
    }

    static func apology(_ lang: Lang) -> String { t(lang, "Apologise once, and mean it", "诚心道一次歉") }
    static func solutionSection(_ lang: Lang) -> String { t(lang, "Present the solution", "提出解决办法") }
    static func closeSection(_ lang: Lang) -> String { t(lang, "Close, and promise only what you can keep", "收尾：只答应做得到的") }
    static func coolingSection(_ lang: Lang) -> String { t(lang, "If they are angry: the three changes", "对方在气头上：三个“换”") }
    static func whatToDo(_ lang: Lang) -> String { t(lang, "What to do", "怎么做") }
    static func record(_ lang: Lang) -> String { t(lang, "Afterwards, write down", "之后记下") }

    static func coolingLine(_ title: String, _ line: String, _ lang: Lang) -> String {
        "  " + t(lang, "\(title): “\(line)”", "\(title)：“\(line)”")
    }

    /// What comes next and the line that records it (lines the complaint commands understand).
    static func next(_ cp: Complaint, _ lang: Lang, satisfaction: SatisfactionState) -> String? {
        let n = cp.id.raw
        switch cp.stage {
        case .listen:
            return t(lang, "Next: find the cause (step 2). When you know it: complaint \(n): it was a product defect",
                     "下一步：查明原因（第2步）。查清后输入：\(n)号投诉原因是产品质量问题")
        case .analyse:
            return t(lang, "When you know the cause: complaint \(n): it was a product defect", "查清原因后输入：\(n)号投诉原因是产品质量问题")
        case .solve:
            return t(lang, "When the fix is settled: complaint \(n) solution: replace the seal · or: handed #\(n) to service, they will visit Friday",
                     "办法定下后输入：\(n)号方案：换密封圈 · 或：\(n)号转给售后部，周五上门")
        case .tell:
            return t(lang, "Once they are told: told them the solution for #\(n)", "告知客户后输入：\(n)号投诉方案已告知客户")
        case .carryOut:
            return t(lang, "Once it is done: complaint \(n) resolved", "办完后输入：\(n)号投诉已解决")
        case .review:
            if satisfaction == .notAsked {
                return t(lang, "Then record their answer: complaint \(n): they are happy with the fix · complaint \(n): they are not happy with the fix, still leaking",
                         "然后记下回访结果：\(n)号投诉客户对处理结果满意 · \(n)号投诉客户对处理结果不满意，还是漏水")
            }
            return t(lang, "Next: write the review (step 6): review #\(n): what caused it and what changes",
                     "下一步：写复盘（第6步）：\(n)号复盘：原因是什么，要改什么")
        case .closed:
            return nil
        }
    }

    static func doNote(_ s: String, _ lang: Lang) -> String { t(lang, "Do: \(s)", "要：\(s)") }
    static func dontNote(_ s: String, _ lang: Lang) -> String { t(lang, "Don't: \(s)", "不要：\(s)") }
}
