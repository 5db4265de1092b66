import FollowUpCore
import FollowUpLanguage

/// Deliveries and installations, the satisfaction call that follows them, its answer, and the
/// `satisfaction` summary (seeds 000 and 001).
///
/// A delivery is a contact with a `service`; its call is a `survey` reminder on the agenda, so it
/// is snoozed, done or deleted like any other. The answer is a contact with `satisfied`, and
/// marks the customer's open satisfaction calls done. An unhappy answer with words asks first
/// whether to log a complaint with them; the answer and, on yes, the complaint are then saved
/// as one step, so one `undo` takes back both.
enum SatisfactionCommands {
    typealias W = SatisfactionWording

    static func delivery(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, added) = try c.customer(p, example: c.t("delivered the AC units to Acme", "给东方酒店送货了"), offerAdd: true)
        let kind: ServiceKind = p.slots.topic == "installation" ? .installation : .delivery
        // A delivery is something done: a later day in the line is not its day.
        let day = p.slots.date.map { min($0, c.today) } ?? c.today
        let what = W.cleaned(p.slots.text ?? "")
        let entry = ContactEntry(id: c.book.nextContactID, customer: cu.id, day: day, channel: .visit, note: what, service: kind)
        let due = SatisfactionCalls.due(after: entry, days: SatisfactionCalls.days(settings: c.book.settings))
        let reminder = Reminder(id: c.book.nextReminderID, text: W.callText(kind, what: what, customer: cu.name, c),
                                customer: cu.id, due: due, kind: .survey, created: c.today)
        let lines = [Reply.Line(W.recorded(kind, what: what, customer: cu.name, day: day, c), tone: .success),
                     Reply.Line(W.callPlanned(reminder, customer: cu.name, c))]
        return .change(added + [.contactAdded(entry), .reminderAdded(reminder)], lines)
    }

    /// `sunday bakery not happy, said the installer was late` while a satisfaction call to them
    /// is open (one the answer would tick off: due within 30 days): the call's answer (which then
    /// offers the complaint), not a complaint logged
    /// behind the call's back. Only lines that say no more than unhappiness (`not happy`,
    /// `unhappy`): `complained`, a complaint's number or anger stay complaints.
    static func callAnswer(_ p: ParsedLine, _ c: Context) -> ParsedLine? {
        guard let reading = p.slots.complaint, reading.satisfied == false, reading.angry != true, reading.move == nil,
              p.slots.id == nil, p.slots.invoice == nil, p.slots.amount == nil, c.decisions.customer == nil,
              let typed = p.slots.customer ?? p.slots.contact,
              case .one(let id) = CustomerResolver.resolve(typed, in: c.book, index: c.index),
              c.book.reminders(of: id).contains(where: { $0.isOpen && $0.kind == .survey && $0.due <= c.today.adding(days: 30) })
        else { return nil }
        var answer = p
        answer.intent = .satisfactionRecord
        answer.slots.value = "no"
        answer.slots.complaint = nil
        return answer
    }

    static func answer(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, added) = try c.customer(p, example: c.t("Acme is happy with the delivery", "东方酒店很满意"), offerAdd: false)
        guard let value = p.slots.value, value == "yes" || value == "no" else {
            throw Problem.notUnderstood(p.input, suggestions: [c.t("Acme is happy with the delivery", "东方酒店很满意")])
        }
        let satisfied = value == "yes"
        let words = W.cleaned(p.slots.text ?? "")
        if !satisfied, !words.isEmpty, c.decisions.complaintOffer == nil {
            throw Ask(question: .offerComplaint(resume: p), lines: [Reply.Line(W.offerComplaint(cu.name, words, c), tone: .warning)])
        }
        let entry = ContactEntry(id: c.book.nextContactID, customer: cu.id, day: c.today, channel: .call, note: words,
                                 outcome: .reached, satisfied: satisfied)
        var events = added + [Event.contactAdded(entry)]
        // A follow-up plan's feedback calls keep their own days: an answer about a delivery is
        // not next month's call of the plan.
        let calls = c.book.reminders(of: cu.id).filter {
            $0.isOpen && $0.kind == .survey && $0.plan == nil && $0.due <= c.today.adding(days: 30)
        }
        for r in calls {
            var done = r
            done.done = c.today
            events.append(.reminderChanged(before: r, after: done))
        }
        var lines = [Reply.Line(W.answered(satisfied, words: words, customer: cu.name, calls: calls.map(\.id), c), tone: .success)]
        if c.decisions.complaintOffer == true {
            var asComplaint = p
            asComplaint.intent = .complaintLog
            asComplaint.slots.complaint = ComplaintReading()
            asComplaint.slots.text = words
            asComplaint.slots.date = nil
            if case .change(let more, let said) = try ComplaintCommands.log(asComplaint, c) {
                events += more
                lines += said
            }
        } else if !satisfied {
            lines.append(Reply.Line(W.complaintHint(cu.name, c), tone: .muted))
        }
        lines.append(Reply.Line(W.scriptHint(satisfied, c), tone: .muted))
        return .change(events, lines)
    }

    /// `set satisfaction.call 5`, 满意度回访天数设为5天: days from a delivery to its call.
    static func setDays(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let setting = BookSetting.satisfactionCall
        guard let text = p.slots.value, let days = Int(text) else { throw Problem.needDays(setting) }
        let r = SatisfactionCalls.range
        guard r.contains(days) else { throw Problem.badDays(setting, days, allowed: "\(r.lowerBound)–\(r.upperBound)") }
        let key = setting.rawValue
        return .change([.settingChanged(key: key, before: c.book.settings[key], after: String(days))],
                       [Reply.Line(W.daysSet(days, c), tone: .success)])
    }

    static func build(_ p: ParsedLine, _ c: Context) throws -> (SatisfactionReport, Customer?) {
        var only: Customer?
        if p.slots.customer != nil || p.slots.contact != nil || c.decisions.customer != nil {
            only = try c.customer(p, example: c.t("satisfaction Acme", "东方酒店满意度"), offerAdd: false).0
        }
        return (SatisfactionReport(book: c.book, today: c.today, from: p.slots.date, to: p.slots.until, customer: only?.id), only)
    }

    static func report(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (r, only) = try build(p, c)
        var lines = [Reply.Line(W.heading(r, c) + (only.map { " · \($0.name)" } ?? ""), tone: .heading)]
        guard !r.rows.isEmpty else {
            lines.append(Reply.Line(W.nothing(c.lang), tone: .muted))
            return .show(lines)
        }
        lines.append(Reply.Line(W.summary(r, c)))
        var rows = [[c.t("customer", "客户"), c.t("calls due", "应回访"), c.t("answered", "已回答"), c.t("satisfied", "满意")]]
        for row in r.rows { rows.append([row.name, "\(row.due)", "\(row.answered)", "\(row.satisfied)"]) }
        for (i, s) in Table.render(rows, rightAligned: [1, 2, 3]).enumerated() {
            lines.append(Reply.Line(s, tone: i == 0 ? .muted : .plain))
        }
        if !r.unhappy.isEmpty {
            lines.append(Reply.Line(c.t("Not satisfied", "不满意"), tone: .heading))
            for a in r.unhappy { lines.append(Reply.Line("  " + W.unhappyLine(a, c), tone: .warning)) }
        }
        lines.append(Reply.Line(W.foot(c.lang), tone: .muted))
        return .show(lines)
    }

    /// One row per answer in the period: a spreadsheet counts them by customer itself.
    static func table(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let (r, _) = try build(p, c)
        let header = c.zh ? ["客户", "日期", "满意", "来源", "客户原话"] : ["Customer", "Day", "Satisfied", "From", "Their words"]
        let yes = c.t("yes", "是"), no = c.t("no", "否")
        let rows: [[ReportTable.Cell]] = r.answers.map { a in
            [.text(c.book.customer(a.customer)?.name ?? ""), .day(a.day), .text(a.satisfied ? yes : no),
             .text(a.complaint.map { c.t("complaint \($0)", "投诉\($0)") } ?? c.t("satisfaction call", "满意度回访")), .text(a.words)]
        }
        return ReportTable(header: header, rows: rows)
    }
}
