import FollowUpCore
import FollowUpLanguage

/// The agenda's complaint lines: a step with no progress, a reply promised (the reminder the
/// reply day becomes), a handoff's day, the check-back call.
enum ComplaintAgenda {
    /// The items before the window that still need doing (shown under Overdue).
    static func late(_ a: Agenda, _ c: Context) -> [Agenda.ComplaintItem] {
        items(a).filter { $0.day < a.from && $0.day < c.today }
    }

    /// The items of each day inside the window.
    static func byDay(_ a: Agenda) -> [Int: [Agenda.ComplaintItem]] {
        var out: [Int: [Agenda.ComplaintItem]] = [:]
        for i in items(a) where i.day >= a.from && i.day <= a.to { out[i.day.ordinal, default: []].append(i) }
        return out
    }

    /// The items shown: a fixed complaint waiting for its check-back call is not stalled (the
    /// call is its next move, and it has its own line).
    static func items(_ a: Agenda) -> [Agenda.ComplaintItem] {
        a.complaints.filter { !($0.kind == .stalled && $0.complaint.resolved != nil && $0.complaint.checkBack != nil) }
    }

    static func line(_ i: Agenda.ComplaintItem, _ c: Context, withDay: Bool) -> String {
        text(i, c, withDay: withDay) + DisputeWording.heldNote(i.complaint, c)
    }

    private static func text(_ i: Agenda.ComplaintItem, _ c: Context, withDay: Bool) -> String {
        let x = i.complaint
        let name = c.book.customer(x.customer)?.name ?? x.customer.description
        let head = c.t("Complaint \(x.id) · \(name) · ", "投诉\(x.id) · \(name) · ")
        let on = withDay ? c.t(" (\(c.day(i.day)))", "（\(c.day(i.day))）") : ""
        switch i.kind {
        case .stalled where i.day > c.today:
            return head + c.t("waiting at \(ComplaintWording.step(x.stage, .en)) since \(c.day(x.stageSince)): move it on by then",
                              "自\(c.day(x.stageSince))起停在\(ComplaintWording.step(x.stage, .zh))：请在这天前推进")
        case .stalled:
            return head + c.t("no progress since \(c.day(x.stageSince)) at \(ComplaintWording.step(x.stage, .en)): script complaint \(x.id.raw)",
                              "自\(c.day(x.stageSince))起没有进展，停在\(ComplaintWording.step(x.stage, .zh))：\(x.id.raw)号投诉话术")
        case .replyDue:
            return head + c.t("reply promised to the customer\(on)", "答应给客户答复\(on)")
        case .handoffDue:
            let to = x.handoff?.to ?? ""
            return head + c.t("\(to) said they would act by then\(on): check it is done", "\(to)答应此时处理\(on)：确认是否已办")
        case .checkBack:
            return head + c.t("check-back call\(on): are they satisfied with the fix?", "回访\(on)：客户对处理结果满意吗？")
        }
    }
}

enum ComplaintAgendaWording {
    /// The kind of a complaint item, as the agenda's CSV names it.
    static func kind(_ k: Agenda.ComplaintItem.Kind, _ lang: Lang) -> String {
        switch (k, lang) {
        case (.stalled, .en): return "complaint with no progress"
        case (.stalled, .zh): return "投诉无进展"
        case (.replyDue, .en): return "complaint reply due"
        case (.replyDue, .zh): return "投诉答复到期"
        case (.handoffDue, .en): return "complaint handoff due"
        case (.handoffDue, .zh): return "投诉转交到期"
        case (.checkBack, .en): return "complaint check-back"
        case (.checkBack, .zh): return "投诉回访"
        }
    }
}
