import FollowUpCore
import FollowUpLanguage

/// What goes wrong with a complaint line; worded by `ComplaintWording.problem`.
enum ComplaintProblem: Error, Equatable {
    /// No complaint with this number.
    case unknown(Int)
    /// The number belongs to another customer than the one named.
    case notTheirs(Int, owner: String, named: String)
    /// A move that names neither a complaint nor a customer.
    case which(example: String, open: Int)
    /// The customer has no complaints at all.
    case none(String)
    /// The customer has complaints, none the move can apply to (`scope`).
    case noneFits(String, scope: ComplaintPick.Scope)
    /// The invoice named is not in the book.
    case unknownInvoice(String, customer: String)
    /// A complaint received on a day still to come.
    case receivedLater(Day)
    /// An amount in dispute with no invoice to hold it.
    case disputeWithoutInvoice(String)
    /// More in dispute than is still owed on the invoice.
    case disputeTooLarge(invoice: String, disputed: Money, owed: Money)
    /// A log line with nothing of what happened.
    case needWords(example: String)
    /// A log line whose words only say a complaint's state.
    case moveNotNew
    /// A line that reads as a complaint move but says no move.
    case noMove(Int)
    /// The Core flow refused the move.
    case move(ComplaintMoveError, number: Int)
    /// A move that lacks the one thing it is about (which cause, which cooling move…).
    case needDetail(ComplaintMove, number: Int)
    /// A move back to an earlier step, which the steps never make.
    case stepBack(Int)
    /// An unhappy line about a customer whose fixed complaint waits for its check-back call:
    /// the answer to that call, or a new complaint.
    case checkBackOrNew(Int, customer: String)
}

/// The replies of the complaint feature in English and Chinese.
enum ComplaintWording {
    typealias V = ComplaintVocabularyWording

    // MARK: Choosing one

    static func whichOne(_ name: String, _ n: Int, _ lang: Lang) -> String {
        lang == .zh ? "\(name)有\(n)个投诉，是哪一个？" : "\(name) has \(n) complaints this could be about. Which one?"
    }

    /// One complaint as an option of a numbered question: `#3 · Thu 19 Nov · “the AC unit leaks” · find the cause`.
    static func choice(_ x: Complaint, _ c: Context) -> String {
        "\(x.id) · \(c.day(x.received)) · \(quote(x.words, c.lang)) · \(status(x, c))"
    }

    // MARK: Pieces

    static func quote(_ s: String, _ lang: Lang) -> String { "“\(TextWidth.truncate(s, 40))”" }

    /// `step 2 of 6: find the cause`, `resolved Fri 20 Nov`, `closed`.
    static func status(_ x: Complaint, _ c: Context) -> String {
        if x.stage == .closed { return V.stage(.closed, c.lang) }
        if let r = x.resolved, x.stage == .review {
            return c.t("resolved \(c.day(r)), review", "已于\(c.day(r))解决，待复盘")
        }
        return step(x.stage, c.lang)
    }

    static func step(_ s: ComplaintStage, _ lang: Lang) -> String {
        guard s != .closed else { return V.stage(s, lang) }
        return lang == .zh ? "第\(s.number)/6步：\(V.stage(s, lang))" : "step \(s.number) of 6: \(V.stage(s, lang))"
    }

    static func age(_ days: Int, _ lang: Lang) -> String {
        lang == .zh ? (days == 0 ? "今天" : "\(days)天") : (days == 0 ? "today" : Words.plural(days, "day", "days"))
    }

    /// `today`, `3 days ago`, 3天前.
    static func ago(_ days: Int, _ lang: Lang) -> String {
        days == 0 ? (lang == .zh ? "今天" : "today") : (lang == .zh ? "\(days)天前" : Words.plural(days, "day", "days") + " ago")
    }

    static func marks(_ x: Complaint, _ lang: Lang) -> [String] {
        var out: [String] = []
        if x.angry { out.append(lang == .zh ? "客户生气" : "angry") }
        if x.severity != .normal { out.append(V.severity(x.severity, lang)) }
        return out
    }

    /// `Now at step 3 of 6, find a solution: decide the fix, …`.
    static func now(_ s: ComplaintStage, _ lang: Lang) -> String {
        guard s != .closed else { return lang == .zh ? "已结案。" : "Closed." }
        let todo = V.todo(s, lang)
        return lang == .zh ? "现在是第\(s.number)/6步，\(V.stage(s, lang))：\(todo)\(todo.hasSuffix("？") ? "" : "。")"
            : "Now at step \(s.number) of 6, \(V.stage(s, lang)): \(todo)\(todo.hasSuffix("?") ? "" : ".")"
    }

    // MARK: Logging

    static func logged(_ x: Complaint, customer: String, _ c: Context) -> String {
        var parts = [customer + (x.contact.map { c.t(" (\($0))", "（\($0)）") } ?? ""), quote(x.words, c.lang)]
        if x.received != c.today { parts.append(c.t("received \(c.day(x.received))", "\(c.day(x.received))收到")) }
        if let p = x.product { parts.append(c.t("product: \(p)", "产品：\(p)")) }
        parts.append(c.t("severity \(V.severity(x.severity, .en))", "严重程度：\(V.severity(x.severity, .zh))"))
        if x.angry { parts.append(c.t("angry", "客户生气")) }
        return c.t("Complaint \(x.id) logged: ", "已记录投诉\(x.id)：") + parts.joined(separator: " · ")
    }

    /// When the customer is angry: the three changes, and where the words are.
    static func cool(_ x: Complaint, _ c: Context) -> [String] {
        let who = x.contact ?? c.t("The customer", "客户")
        return c.zh
            ? ["\(who)在气头上：先让对方降温，三种换法任选其一——换人（请经理出面）、换地方（换个安静处谈）、换时间（查清后约好答复日）。",
               "输入“\(x.id.raw)号投诉话术”看怎么说；用了哪一种，记下来，例如：\(x.id.raw)号投诉请经理出面了"]
            : ["\(who) is angry: cool things down first with one of the three changes — the person (bring in a manager), the place (somewhere quieter), the time (a reply by a day you can keep).",
               "Type 'script complaint \(x.id.raw)' for what to say; record the one you use, e.g. brought in my manager for #\(x.id.raw)"]
    }

    static func disputed(_ inv: Invoice, _ amount: Money, whole: Bool, rest: Money?, _ c: Context) -> String {
        let what = whole ? c.t("its \(amount.formatted)", "其\(amount.formatted)") : c.t("\(amount.formatted) of it", "其中\(amount.formatted)")
        var s = c.t("\(inv.number) is disputed: chasing \(what) is paused until the complaint is resolved.",
                    "\(inv.number)有争议：\(what)暂停催收，直到投诉解决。")
        if let rest, rest.minor > 0 {
            s += c.t(" The rest (\(rest.formatted)) is still chased.", "其余\(rest.formatted)照常催收。")
        }
        return s
    }

    static func next(_ x: Complaint, _ c: Context) -> String {
        let n = x.id.raw
        switch x.stage {
        case .listen, .analyse:
            return c.t("When you know the cause, type e.g.: complaint \(n): it was a product defect", "查明原因后输入，例如：\(n)号投诉原因是产品质量问题")
        case .solve:
            return c.t("Then type e.g.: complaint \(n) solution: replace the seal, or: handed #\(n) to service, they will visit Friday",
                       "然后输入，例如：\(n)号方案：换密封圈；或：\(n)号转给售后部，周五上门")
        case .tell:
            return c.t("Once told, type e.g.: told them the solution for #\(n)", "告知后输入，例如：\(n)号投诉已告知客户")
        case .carryOut:
            return c.t("When it is done, type: complaint \(n) resolved", "完成后输入：\(n)号投诉已解决")
        case .review where x.satisfaction?.satisfied == true:
            return c.t("They are satisfied. To close it, write the review: review #\(n): what caused it and what changes",
                       "客户满意。写下复盘即可结案：\(n)号投诉复盘：原因和改进措施")
        case .review:
            return c.t("After the check-back call, type: complaint \(n): they are happy with the fix, or: complaint \(n): they are not happy with the fix, still leaking",
                       "回访后输入：\(n)号投诉客户对处理结果满意；或：\(n)号投诉客户对处理结果不满意，还是漏水")
        case .closed:
            return c.t("If it comes back, type: reopen complaint \(n)", "如果问题又出现，输入：重新打开\(n)号投诉")
        }
    }

    // MARK: Lists

    static func listHeading(_ n: Int, _ lang: Lang) -> String {
        lang == .zh ? "未处理的投诉（\(n)个，最早的在前）" : "Open complaints (\(n), oldest first)"
    }

    static func noneOpen(_ lang: Lang) -> String {
        lang == .zh ? "没有未处理的投诉。要记录投诉，请输入：记录投诉：东方酒店王经理说发票有问题"
            : "No open complaints. To log one: log complaint from Acme: the AC unit leaks"
    }

    static func listLine(_ x: Complaint, customer: String, stalled: Int?, _ c: Context) -> String {
        var parts = ["\(x.id)", customer, age(x.age(on: c.today), c.lang), status(x, c)]
        if let d = stalled { parts.append(c.t("no progress for \(Words.plural(d, "day", "days"))", "已\(d)天没有进展")) }
        parts += marks(x, c.lang)
        parts.append(quote(x.words, c.lang))
        return parts.joined(separator: " · ")
    }

    static func listFoot(_ n: Int, _ lang: Lang) -> String {
        lang == .zh ? "输入“\(n)号投诉”查看完整记录，“\(n)号投诉话术”看怎么说。"
            : "Type 'complaint \(n)' for the whole record, 'script complaint \(n)' for what to say."
    }

    // MARK: Problems

    static func problem(_ p: ComplaintProblem, _ lang: Lang, today: Day) -> String {
        switch (p, lang) {
        case (.unknown(let n), .en): return "There is no complaint #\(n). Type 'complaints' to see the open ones and their numbers."
        case (.unknown(let n), .zh): return "没有\(n)号投诉。输入“投诉列表”查看未处理的投诉及编号。"
        case (.notTheirs(let n, let owner, let named), .en):
            return "Complaint #\(n) is \(owner)'s, not \(named)'s. Nothing was changed. Give the right number, or leave it out to pick from \(named)'s complaints."
        case (.notTheirs(let n, let owner, let named), .zh):
            return "\(n)号投诉是\(owner)的，不是\(named)的。没有做任何修改。请写对编号，或不写编号，从\(named)的投诉里选。"
        case (.which(let ex, let open), .en):
            return "Which complaint? Give its number or the customer, for example: \(ex)" + (open > 0 ? " (type 'complaints' for the \(open) open ones)" : "")
        case (.which(let ex, let open), .zh):
            return "是哪个投诉？请写出编号或客户，例如：\(ex)" + (open > 0 ? "（输入“投诉列表”查看\(open)个未处理的投诉）" : "")
        case (.none(let name), .en): return "\(name) has no complaints in your book. To log one: log complaint from \(name): WHAT HAPPENED"
        case (.none(let name), .zh): return "\(name)没有投诉记录。要记录投诉，请输入：记录投诉：\(name)说……"
        case (.noneFits(let name, let scope), .en):
            let what: String
            switch scope {
            case .open: what = "no complaint still being worked on"
            case .resolved: what = "no resolved complaint waiting for its check-back or review"
            case .done: what = "no resolved or closed complaint to reopen"
            case .any: what = "no complaint like that"
            }
            return "\(name) has \(what). Nothing was changed. Give the complaint's number; type 'complaints' to see them."
        case (.noneFits(let name, let scope), .zh):
            let what: String
            switch scope {
            case .open: what = "没有正在处理的投诉"
            case .resolved: what = "没有已解决、待回访或复盘的投诉"
            case .done: what = "没有可以重新打开的已解决或已结案投诉"
            case .any: what = "没有这样的投诉"
            }
            return "\(name)\(what)。没有做任何修改。请写出投诉编号；输入“投诉列表”查看。"
        case (.unknownInvoice(let n, let who), .en):
            return "There is no invoice \(n). Nothing was changed. Type 'statement \(who)' to see their invoices, or leave the number out."
        case (.unknownInvoice(let n, let who), .zh):
            return "没有发票\(n)。没有做任何修改。输入“\(who)对账单”查看对方的发票，或不写发票号。"
        case (.receivedLater(let d), .en):
            return "\(Words.day(d, .en, today: today)) is still to come; a complaint is logged on the day it was made. Nothing was changed. Leave the day out for today."
        case (.receivedLater(let d), .zh):
            return "\(Words.day(d, .zh, today: today))还没到；投诉按收到的日子记录。没有做任何修改。不写日期就按今天记。"
        case (.disputeWithoutInvoice(let name), .en):
            return "Which invoice is disputed? Nothing was changed. Name it, for example: log complaint from \(name): INV-0003 wrong quantity, 1200 disputed"
        case (.disputeWithoutInvoice(let name), .zh):
            return "是哪张发票有争议？没有做任何修改。请写出发票号，例如：记录投诉：\(name)说INV-0003数量不对，有1200有争议"
        case (.disputeTooLarge(let n, let d, let owed), .en):
            return "Only \(owed.formatted) is still owed on \(n), so \(d.formatted) cannot be in dispute. Nothing was changed. Leave the amount out to dispute all of it."
        case (.disputeTooLarge(let n, let d, let owed), .zh):
            return "\(n)只剩\(owed.formatted)未付，争议金额不能是\(d.formatted)。没有做任何修改。不写金额就是整张发票有争议。"
        case (.moveNotNew, .en):
            return "That sounds like news about a complaint already logged, not a new one. Nothing was changed. Name it by its number, for example: complaint 3 resolved (type 'complaints' for the numbers)."
        case (.moveNotNew, .zh):
            return "这像是已记录投诉的进展，不是新投诉。没有做任何修改。请写出投诉编号，例如：3号投诉已解决（输入“投诉列表”查看编号）。"
        case (.needWords(let ex), .en): return "What did they complain about? For example: \(ex)"
        case (.needWords(let ex), .zh): return "客户投诉的是什么？例如：\(ex)"
        case (.noMove(let n), .en):
            return "What happened with complaint #\(n)? For example: complaint \(n): it was a product defect · complaint \(n) resolved · complaint \(n) (to see it)"
        case (.move(let e, let n), _): return ComplaintMoveWording.error(e, number: n, lang, today: today)
        case (.needDetail(let m, let n), _): return ComplaintMoveWording.needDetail(m, number: n, lang)
        case (.stepBack(let n), .en):
            return "Complaint #\(n) stays where it is: its steps only move forward. Nothing was changed. To start it again, reopen it with the reason, for example: reopen complaint \(n): it still leaks"
        case (.stepBack(let n), .zh):
            return "\(n)号投诉保持原样：处理步骤只能往前走。没有做任何修改。要从头再来，请写明原因重新打开，例如：重新打开\(n)号投诉，还是漏水"
        case (.checkBackOrNew(let n, let name), .en):
            return "\(Words.possessive(name)) complaint #\(n) is fixed and waiting for its check-back call, so I can't tell whether this is their answer or a new complaint. Nothing was changed. Their answer: complaint \(n): not satisfied, and what they said (this reopens it) · a new complaint: new complaint from \(name): what happened"
        case (.checkBackOrNew(let n, let name), .zh):
            return "\(name)的\(n)号投诉已解决，正等回访，分不清这是回访的答复还是新的投诉。没有做任何修改。回访答复请输入：\(n)号投诉客户不满意，加上客户的原话（会重新打开）；新投诉请输入：记录投诉：\(name)加上发生了什么"
        case (.noMove(let n), .zh):
            return "\(n)号投诉有什么进展？例如：\(n)号投诉原因是产品质量问题 · \(n)号投诉已解决 · \(n)号投诉（查看）"
        }
    }
}
