import FollowUpCore
import FollowUpLanguage

/// The replies to complaint moves, the timeline's lines and every `ComplaintMoveError`, with
/// the line to type instead, in English and Chinese.
enum ComplaintMoveWording {
    typealias V = ComplaintVocabularyWording

    // MARK: Examples

    /// A line that makes `move`, to show when one is refused or incomplete.
    static func example(_ move: ComplaintMove, _ lang: Lang) -> String {
        let zh = lang == .zh
        switch move {
        case .cause: return zh ? "3号投诉原因是产品质量问题" : "complaint 3: it was a product defect"
        case .handoff: return zh ? "3号投诉转给售后部，周五上门" : "handed #3 to service, they will visit Friday"
        case .solution: return zh ? "3号方案：换密封圈" : "complaint 3 solution: replace the seal"
        case .told: return zh ? "3号投诉已告知客户" : "told them the solution for #3"
        case .resolved: return zh ? "3号投诉已解决" : "complaint 3 resolved"
        case .review: return zh ? "3号投诉复盘：安装时没做压力测试" : "review #3: the installer skipped the pressure test"
        case .close: return zh ? "3号投诉结案：客户撤回" : "close complaint 3: withdrawn by the customer"
        case .reopen: return zh ? "重新打开3号投诉，又漏水了" : "reopen complaint 3, the leak is back"
        case .cooling: return zh ? "3号投诉请经理出面了" : "brought in my manager for #3"
        case .replyBy: return zh ? "3号投诉答应周五前答复" : "complaint 3 reply by Friday"
        case .checkBack: return zh ? "3号投诉客户对处理结果满意" : "complaint 3: they are happy with the fix"
        case .severity: return zh ? "3号投诉很紧急" : "complaint 3 is urgent"
        case .remedy: return zh ? "3号投诉折让500" : "credit note 500 for #3"
        case .note: return zh ? "3号投诉备注：客户下周出差" : "complaint 3 note: they travel next week"
        case .dispute: return zh ? "3号投诉INV-0003争议金额1200" : "complaint 3 disputes 1200 of INV-0003"
        }
    }

    // MARK: What was recorded

    /// The first lines of a move's reply: what was recorded, then where the complaint stands.
    static func recorded(_ changes: [ComplaintChange], before: Complaint, after: Complaint, customer: String, _ c: Context) -> [String] {
        let parts = changes.map { change($0, c) }
        var lines = [c.t("Complaint \(after.id) (\(customer)): ", "投诉\(after.id)（\(customer)）：")
            + parts.joined(separator: c.t("; ", "；")) + c.t(".", "。")]
        if after.stage == .closed {
            if before.stage != .closed, !changes.contains(where: { $0.kind == .closed }) { lines.append(c.t("Complaint \(after.id) is closed.", "投诉\(after.id)已结案。")) }
        } else if after.stage != before.stage || after.resolved != before.resolved {
            lines.append(ComplaintWording.now(after.stage, c.lang))
        }
        return lines
    }

    /// One change as the reply and the timeline say it.
    static func change(_ ch: ComplaintChange, _ c: Context) -> String {
        switch ch {
        case .causeFound(let cause):
            return cause == .unknown ? c.t("cause not known yet", "原因尚未查明")
                : c.t("cause: \(V.cause(cause, .en)) (\(V.party(cause.party, .en)))", "原因：\(V.cause(cause, .zh))（\(V.party(cause.party, .zh))）")
        case .handedOff(let to, let by):
            return c.t("handed to \(to)", "转交\(to)") + (by.map { c.t(", to act by \(c.day($0))", "，\(c.day($0))前处理") } ?? "")
        case .solutionFound(let words, let remedy):
            let kind = remedy.map { V.remedy($0, c.lang) }
            let what = words.map { w in kind.map { c.t("\(w) (\($0))", "\(w)（\($0)）") } ?? w } ?? kind ?? ""
            return c.t("solution: \(what)", "解决方案：\(what)")
        case .told(let words):
            return c.t("the customer was told the solution", "已把方案告知客户") + (words.map { c.t(" (“\($0)”)", "（“\($0)”）") } ?? "")
        case .carriedOut(let words):
            return c.t("resolved", "已解决") + (words.map { c.t(" (“\($0)”)", "（“\($0)”）") } ?? "")
        case .reviewed(let words): return c.t("review: \(words)", "复盘：\(words)")
        case .closed(let words): return c.t("closed", "结案") + (words.map { c.t(" (\($0))", "（\($0)）") } ?? "")
        case .reopened(let words): return c.t("reopened", "重新打开") + (words.map { c.t(" (“\($0)”)", "（“\($0)”）") } ?? "")
        case .cooled(let m): return c.t("cooling move used: ", "已用降温方法：") + V.cooling(m, c.lang)
        case .replyPromised(let by): return c.t("reply promised by \(c.day(by))", "答应\(c.day(by))前答复")
        case .checkedBack(let satisfied, let words):
            let said = words.map { c.t(" (“\($0)”)", "（“\($0)”）") } ?? ""
            return satisfied ? c.t("check-back: satisfied", "回访：客户满意") + said
                : c.t("check-back: not satisfied", "回访：客户不满意") + said + c.t(", so it is reopened", "，投诉重新打开")
        case .severityChanged(let s): return c.t("severity: ", "严重程度：") + V.severity(s, c.lang)
        case .remedyGiven(let r, let amount, _):
            return c.t("remedy given: ", "已给补救：") + V.remedy(r, c.lang) + (amount.map { c.t(" \($0.formatted)", $0.formatted) } ?? "")
        case .note(let words): return c.t("note: ", "备注：") + words
        case .disputed(let invoice, let amount):
            let number = c.book.invoice(invoice)?.number ?? invoice.description
            return amount.map { c.t("\($0.formatted) of \(number) in dispute", "\(number)有\($0.formatted)有争议") }
                ?? c.t("all of \(number) in dispute", "\(number)整张有争议")
        }
    }

    /// What a refund or credit note did to what is owed.
    static func credit(_ p: Payment, after: Complaint, _ c: Context) -> [Reply.Line] {
        var lines: [Reply.Line] = []
        let currency = p.amount.currency
        let parts = p.allocations.compactMap { a -> String? in
            c.book.invoice(a.invoice).map { "\($0.number) \(Money(minor: a.minor, currency: currency).formatted)" }
        }
        if !parts.isEmpty { lines.append(Reply.Line(c.t("Taken off ", "冲减：") + parts.joined(separator: c.t(", ", "，")))) }
        let extra = p.amount.minor - p.allocated
        if extra > 0 {
            let m = Money(minor: extra, currency: currency).formatted
            lines.append(Reply.Line(p.kind == .refund
                ? c.t("\(m) more than they owed is money paid back to them.", "超出欠款的\(m)是退还给客户的钱。")
                : c.t("\(m) more than they owed is kept as credit.", "超出欠款的\(m)记为预付余额。")))
        }
        let owed = max(c.owed(by: p.customer, in: currency) - p.allocated, 0)
        let name = c.book.customer(p.customer)?.name ?? ""
        lines.append(Reply.Line(c.t("\(name) now owes \(Money(minor: owed, currency: currency).formatted).",
                                    "\(name)现在欠款\(Money(minor: owed, currency: currency).formatted)。")))
        return lines
    }

    /// What follows from the move: the check-back call, a dispute ended or back, a handoff to follow.
    static func consequences(before: Complaint, after: Complaint, _ c: Context) -> [Reply.Line] {
        var lines: [Reply.Line] = []
        if before.resolved == nil, after.resolved != nil, let d = after.checkBack {
            lines.append(Reply.Line(c.t("Check-back call on \(c.day(d)) (on your agenda): ask whether they are satisfied.",
                                        "\(c.day(d))回访（已在日程上）：问客户是否满意。")))
        }
        if let inv = after.invoice.flatMap(c.book.invoice) {
            let was = before.disputes(on: c.today), now = after.disputes(on: c.today)
            if was, !now {
                lines.append(Reply.Line(c.t("\(inv.number) is no longer disputed: chasing it resumes.", "\(inv.number)不再有争议，恢复催收。")))
            } else if !was, now {
                lines.append(Reply.Line(c.t("\(inv.number) is disputed again: chasing it is paused.", "\(inv.number)重新有争议，暂停催收。"), tone: .warning))
            }
        }
        if before.handoff == nil, let h = after.handoff {
            lines.append(Reply.Line(c.t("Tell the customer that \(h.to) takes it over\(h.by.map { " by \(c.day($0))" } ?? ""); it stays yours until they do.",
                                        "告诉客户由\(h.to)接手\(h.by.map { "，\(c.day($0))前处理" } ?? "")；对方接手前仍由你负责。")))
        }
        if after.stage != .closed { lines.append(Reply.Line(ComplaintWording.next(after, c), tone: .muted)) }
        return lines
    }

    // MARK: Refusals

    static func kind(_ k: ComplaintChange.Kind, _ lang: Lang) -> String {
        switch (k, lang) {
        case (.cause, .en): return "recording the cause"
        case (.cause, .zh): return "记原因"
        case (.handoff, .en): return "handing it on"
        case (.handoff, .zh): return "转交"
        case (.solution, .en): return "recording the solution"
        case (.solution, .zh): return "记解决方案"
        case (.told, .en): return "recording that the customer was told"
        case (.told, .zh): return "记为已告知客户"
        case (.carriedOut, .en): return "resolving it"
        case (.carriedOut, .zh): return "记为已解决"
        case (.reviewed, .en): return "writing the review"
        case (.reviewed, .zh): return "写复盘"
        case (.closed, .en): return "closing it"
        case (.closed, .zh): return "结案"
        case (.reopened, .en): return "reopening it"
        case (.reopened, .zh): return "重新打开"
        case (.cooled, .en): return "recording a cooling move"
        case (.cooled, .zh): return "记降温方法"
        case (.replyPromised, .en): return "promising a reply"
        case (.replyPromised, .zh): return "约定答复日期"
        case (.checkedBack, .en): return "recording the check-back answer"
        case (.checkedBack, .zh): return "记回访结果"
        case (.severity, .en): return "changing the severity"
        case (.severity, .zh): return "改严重程度"
        case (.remedy, .en): return "recording a remedy"
        case (.remedy, .zh): return "记补救"
        case (.note, .en): return "adding a note"
        case (.note, .zh): return "加备注"
        case (.disputed, .en): return "recording the amount in dispute"
        case (.disputed, .zh): return "记争议金额"
        }
    }

    static func fact(_ f: ComplaintFact, _ lang: Lang) -> String {
        switch (f, lang) {
        case (.cause, .en): return "the cause"
        case (.cause, .zh): return "原因"
        case (.solution, .en): return "the solution"
        case (.solution, .zh): return "解决方案"
        case (.told, .en): return "telling the customer"
        case (.told, .zh): return "告知客户"
        case (.resolution, .en): return "the fix carried out"
        case (.resolution, .zh): return "落实解决"
        case (.review, .en): return "the review"
        case (.review, .zh): return "复盘"
        }
    }

    /// The line that records a fact on complaint `n`.
    static func factLine(_ f: ComplaintFact, _ n: Int, _ lang: Lang) -> String {
        switch (f, lang) {
        case (.cause, .en): return "complaint \(n): it was a product defect"
        case (.cause, .zh): return "\(n)号投诉原因是产品质量问题"
        case (.solution, .en): return "complaint \(n) solution: replace the seal"
        case (.solution, .zh): return "\(n)号方案：换密封圈"
        case (.told, .en): return "told them the solution for #\(n)"
        case (.told, .zh): return "\(n)号投诉已告知客户"
        case (.resolution, .en): return "complaint \(n) resolved"
        case (.resolution, .zh): return "\(n)号投诉已解决"
        case (.review, .en): return "review #\(n): what caused it and what changes"
        case (.review, .zh): return "\(n)号投诉复盘：原因和改进措施"
        }
    }

    static func error(_ e: ComplaintMoveError, number n: Int, _ lang: Lang, today: Day) -> String {
        let zh = lang == .zh
        let none = zh ? "没有做任何修改。" : "Nothing was changed."
        let day = { (d: Day) in Words.day(d, lang, today: today) }
        switch e {
        case .closed:
            return zh ? "\(n)号投诉已经结案，\(none)要继续处理，请输入：重新打开\(n)号投诉"
                : "Complaint #\(n) is closed. \(none) To work on it again, type: reopen complaint \(n)"
        case .missingFacts(_, let move, let at, let missing):
            let names = missing.map { fact($0, lang) }
            let facts = names.count < 2 ? names.joined() : names.dropLast().joined(separator: zh ? "、" : ", ") + (zh ? "和" : " and ") + (names.last ?? "")
            let first = missing.first.map { factLine($0, n, lang) } ?? ""
            return zh
                ? "\(n)号投诉还在\(ComplaintWording.step(at, .zh))，现在\(kind(move, .zh))会跳过步骤，需要先记下\(facts)。\(none)请先输入，例如：\(first)"
                : "Complaint #\(n) is at \(ComplaintWording.step(at, .en)); \(kind(move, .en)) now would skip steps without \(facts). \(none) Record \(missing.count > 1 ? "them" : "it") first, for example: \(first)"
        case .notResolved(_, let at):
            return zh ? "\(n)号投诉还没解决（\(ComplaintWording.step(at, .zh))），还不能记回访结果。\(none)解决后输入：\(n)号投诉已解决"
                : "Complaint #\(n) is not resolved yet (\(ComplaintWording.step(at, .en))), so there is no check-back to record. \(none) Once it is fixed, type: complaint \(n) resolved"
        case .afterResolution(_, let move, let resolved):
            return zh ? "\(n)号投诉已于\(day(resolved))解决，现在再\(kind(move, .zh))等于退回前面的步骤。\(none)要重新处理，请输入：重新打开\(n)号投诉"
                : "Complaint #\(n) was resolved on \(day(resolved)); \(kind(move, .en)) now would go back a step. \(none) To work on it again, type: reopen complaint \(n)"
        case .notReopenable(_, let at):
            return zh ? "\(n)号投诉还没解决（\(ComplaintWording.step(at, .zh))），不需要重新打开。\(none)输入“\(n)号投诉”查看进展。"
                : "Complaint #\(n) is still open (\(ComplaintWording.step(at, .en))), so there is nothing to reopen. \(none) Type 'complaint \(n)' to see where it stands."
        case .noDepartment:
            return zh ? "转交给哪个部门？\(none)例如：\(n)号投诉转给售后部，周五上门"
                : "Handed to whom? \(none) For example: handed #\(n) to service, they will visit Friday"
        case .needsWords(_, let move):
            switch move {
            case .closed:
                return zh ? "\(n)号投诉还没解决，结案要写明原因。\(none)例如：\(n)号投诉结案：客户撤回"
                    : "Complaint #\(n) is not resolved, so closing it needs the reason. \(none) For example: close complaint \(n): withdrawn by the customer"
            case .solution:
                return zh ? "解决方案是什么？\(none)例如：\(n)号方案：换密封圈" : "What is the solution? \(none) For example: complaint \(n) solution: replace the seal"
            case .reviewed:
                return zh ? "复盘要写下原因和改进措施。\(none)例如：\(n)号投诉复盘：安装时没做压力测试，以后每次都做"
                    : "A review needs what caused it and what changes. \(none) For example: review #\(n): the installer skipped the pressure test; now every install gets one"
            default:
                return zh ? "请写下内容。\(none)例如：\(n)号投诉备注：客户下周出差" : "Say what to note. \(none) For example: complaint \(n) note: they travel next week"
            }
        case .beforeReceived(_, let d, let received):
            return zh ? "\(day(d))早于\(n)号投诉收到的日子（\(day(received))）。\(none)不写日期就按今天记。"
                : "\(day(d)) is before complaint #\(n) was received (\(day(received))). \(none) Leave the day out to record it today."
        case .beforeLastMove(_, let d, let last):
            return zh ? "\(n)号投诉最近一次进展在\(day(last))，不能记在更早的\(day(d))。\(none)不写日期就按今天记。"
                : "Complaint #\(n) last moved on \(day(last)); a move cannot be dated earlier (\(day(d))). \(none) Leave the day out to record it today."
        case .dayPassed(_, let move, let d, _):
            let line = move == .handoff ? (zh ? "\(n)号投诉转给售后部，周五上门" : "handed #\(n) to service, they will visit Friday")
                : (zh ? "\(n)号投诉答应周五前答复" : "complaint \(n) reply by Friday")
            let what = move == .handoff ? (zh ? "转交的处理日期" : "the day they act by") : (zh ? "答复日期" : "the reply day")
            return zh ? "\(day(d))已经过去了，\(what)要定在今天或以后。\(none)例如：\(line)"
                : "\(day(d)) has already passed; \(what) must be today or later. \(none) For example: \(line)"
        case .remedyAmount(_, let r):
            if r.movesMoney {
                return zh ? "\(V.remedy(r, .zh))是多少钱？\(none)例如：\(n)号投诉\(r == .refund ? "退款" : "折让")500"
                    : "How much is the \(V.remedy(r, .en))? \(none) For example: \(r == .refund ? "refund" : "credit note") 500 for #\(n)"
            }
            return zh ? "\(V.remedy(r, .zh))不涉及金额。\(none)要减少欠款，请输入例如：\(n)号投诉折让500"
                : "A \(V.remedy(r, .en)) moves no money. \(none) To take money off what they owe, type for example: credit note 500 for #\(n)"
        }
    }

    /// A move line that lacks what it is about.
    static func needDetail(_ m: ComplaintMove, number n: Int, _ lang: Lang) -> String {
        let zh = lang == .zh
        let ex = example(m, lang).replacingOccurrences(of: "3", with: "\(n)")
        switch m {
        case .cause:
            return zh ? "原因是什么？可以是：我方解释不到位、承诺未兑现、服务态度、客户疏忽、客户误解、产品质量、设备或安装、原因未明。例如：\(ex)"
                : "What was the cause? One of: our explanation, a promise not kept, our attitude, the customer's oversight, a misunderstanding, a product defect, equipment or installation, not known yet. For example: \(ex)"
        case .cooling:
            return zh ? "用了哪种降温方法：换人、换地方，还是换时间？例如：\(ex)"
                : "Which cooling move: the person, the place or the time? For example: \(ex)"
        case .replyBy:
            return zh ? "答应哪天前答复？例如：\(ex)" : "By which day did you promise a reply? For example: \(ex)"
        case .checkBack:
            return zh ? "客户满意吗？例如：\(n)号投诉客户对处理结果满意；或：\(n)号投诉客户对处理结果不满意，还是漏水"
                : "Are they satisfied? For example: complaint \(n): they are happy with the fix, or: complaint \(n): they are not happy with the fix, still leaking"
        case .severity:
            return zh ? "严重程度是：轻微、一般、严重还是紧急？例如：\(ex)" : "Which severity: low, normal, high or urgent? For example: \(ex)"
        case .remedy:
            return zh ? "给了什么补救：维修、换货、退款、上门服务、折让还是致歉？例如：\(ex)"
                : "Which remedy: repair, replacement, refund, service visit, credit note or apology? For example: \(ex)"
        default:
            return zh ? "\(n)号投诉有什么进展？例如：\(ex)" : "What happened with complaint #\(n)? For example: \(ex)"
        }
    }
}
