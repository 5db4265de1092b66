import FollowUpCore
import FollowUpLanguage

/// `complaint 3`: the whole record, then its timeline, then what to do now.
enum ComplaintRecordView {
    typealias V = ComplaintVocabularyWording

    static func lines(_ x: Complaint, _ c: Context) -> [Reply.Line] {
        let name = c.book.customer(x.customer)?.name ?? x.customer.description
        var lines = [Reply.Line(c.t("Complaint \(x.id) · \(name) · ", "投诉\(x.id) · \(name) · ") + ComplaintWording.status(x, c), tone: .heading)]
        var rows: [[String]] = []
        func row(_ en: String, _ zh: String, _ value: String) { rows.append([c.t(en, zh), value]) }
        if let who = x.contact { row("Contact", "联系人", who) }
        row("Their words", "客户原话", "“\(x.words)”")
        row("Received", "收到", c.day(x.received) + c.t(" (\(ComplaintWording.ago(x.age(on: c.today), .en)))", "（\(ComplaintWording.ago(x.age(on: c.today), .zh))）"))
        if let p = x.product { row("Product", "产品", p) }
        if let id = x.invoice, let inv = c.book.invoice(id) {
            let amount = x.disputed ?? inv.outstanding
            let state = x.disputes(on: c.today) ? c.t("\(amount.formatted) disputed, not chased", "\(amount.formatted)有争议，暂停催收")
                : c.t("\(amount.formatted) was disputed", "曾有\(amount.formatted)争议")
            row("Invoice", "发票", inv.number + c.t(" (\(state))", "（\(state)）"))
        }
        row("Severity", "严重程度", V.severity(x.severity, c.lang) + (x.angry ? c.t(" · angry", " · 客户生气") : ""))
        if let cause = x.cause { row("Cause", "原因", V.cause(cause, c.lang) + c.t(" (\(V.party(cause.party, .en)))", "（\(V.party(cause.party, .zh))）")) }
        if let h = x.handoff {
            row("Handed to", "转交", h.to + (h.by.map { c.t(", by \(c.day($0))", "，\(c.day($0))前处理") } ?? "") + c.t(" (on \(c.day(h.day)))", "（\(c.day(h.day))转交）"))
        }
        if let s = x.solution { row("Solution", "解决方案", s) }
        for r in x.remedies {
            row("Remedy", "补救", V.remedy(r.remedy, c.lang) + (r.amount.map { " \($0.formatted)" } ?? "") + " · " + c.day(r.day))
        }
        if !x.cooling.isEmpty { row("Cooling", "降温", x.cooling.map { V.cooling($0, c.lang) }.joined(separator: c.t("; ", "；"))) }
        if let d = x.replyBy { row("Reply promised", "答应答复", c.day(d)) }
        if let d = x.resolved { row("Resolved", "解决", c.day(d)) }
        if let d = x.checkBack, x.satisfaction == nil { row("Check-back call", "回访", c.day(d)) }
        if let s = x.satisfaction {
            row("Check-back", "回访结果", (s.satisfied ? c.t("satisfied", "满意") : c.t("not satisfied", "不满意"))
                + (s.words.map { " · “\($0)”" } ?? "") + " · " + c.day(s.day))
        }
        if let r = x.review { row("Review", "复盘", r) }
        lines += Table.render(rows).map { Reply.Line($0) }
        do {
            lines.append(Reply.Line(c.t("Timeline", "经过"), tone: .heading))
            lines += ComplaintTimeline.lines(x, c).map { Reply.Line("  " + $0) }
        }
        if x.stage != .closed { lines.append(Reply.Line(ComplaintWording.now(x.stage, c.lang))) }
        return lines
    }
}
