import FollowUpCore
import FollowUpLanguage

/// Reminders: adding, finishing (recurring ones roll on), snoozing, listing.
enum ReminderCommands {
    static func add(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let s = p.slots
        // A reminder may name a customer that is not in the book (a person, a prospect): it is kept as text.
        var customer: Customer?
        if let typed = s.customer ?? s.contact, !typed.isEmpty {
            if let id = c.decisions.customer {
                customer = c.book.customer(id)
            } else {
                switch CustomerResolver.resolve(typed, in: c.book, index: c.index) {
                case .one(let id): customer = c.book.customer(id)
                case .several: customer = try c.customer(p, example: "", offerAdd: false).0
                case .none: customer = nil
                }
            }
        }
        let text = reminderText(p, customerName: customer?.name)
        guard let due = s.date ?? (s.recurrence != nil ? c.today : nil) else {
            throw Ask(question: .askDate(resume: p),
                      lines: [Reply.Line(c.t("When should I remind you to \(text)? (e.g. tomorrow, Friday, the 10th)",
                                             "什么时候提醒你\(text)?(例如:明天、周五、10号)"), tone: .warning)])
        }
        if due < c.today && s.recurrence == nil {
            throw Problem.needDate(example: c.t("\(Words.day(due, .en, today: c.today)) has passed; try: remind me tomorrow to \(text)",
                                                "\(Words.day(due, .zh, today: c.today))已经过去了,试试:明天提醒我\(text)"))
        }
        let kind = s.topic == "collection" ? .collect : s.channel.map(ReminderKind.init) ?? s.topic.flatMap(ReminderKind.init(rawValue:))
        let reminder = Reminder(id: c.book.nextReminderID, text: text, customer: customer?.id, due: due,
                                time: s.time, recurrence: s.recurrence, kind: kind, created: c.today)
        var line = c.t("Reminder", "提醒") + " \(reminder.id) · \(Words.when(due, s.time, c.lang, today: c.today))"
        if let r = s.recurrence { line += " · " + (c.zh ? r.chinese : r.description) }
        line += " · \(text)"
        if let cu = customer, let owed = c.owedSummary(cu.id) { line += " (\(owed))" }
        return .change([.reminderAdded(reminder)], [Reply.Line(line, tone: .success)])
    }

    /// What the reminder says: the parser's text, or the whole line when it found none.
    static func reminderText(_ p: ParsedLine, customerName: String?) -> String {
        if let t = p.slots.text?.trimmingWhitespace, !t.isEmpty { return t }
        return p.input
    }

    static func reminder(_ p: ParsedLine, _ c: Context, example: String) throws -> Reminder {
        guard let n = p.slots.id else { throw Problem.needReminderID(example: example) }
        guard let r = c.book.reminder(ReminderID(n)) else { throw Problem.unknownReminder(n) }
        if r.cancelled != nil { throw Problem.reminderDeleted(n) }
        return r
    }

    static func done(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try reminder(p, c, example: c.t("done 2", "完成2"))
        guard r.isOpen else { throw Problem.reminderAlreadyDone(r.id.raw) }
        var after = r
        var line: String
        if let rec = r.recurrence {
            // Roll on past today, so finishing a late recurring reminder does not leave a backlog.
            // The next occurrence after both today and this one, counted from the anchor.
            after.due = rec.firstAfter(max(c.today, r.due), from: r.anchor)
            after.snoozedFrom = nil
            line = c.t("Done: \(r.id) \(r.text). Next: \(c.day(after.due)) (\(rec.description)).",
                       "已完成:\(r.id) \(r.text)。下次:\(c.day(after.due))(\(rec.chinese))。")
        } else {
            after.done = c.today
            line = c.t("Done: \(r.id) \(r.text).", "已完成:\(r.id) \(r.text)。")
        }
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(line, tone: .success)])
    }

    /// Deletes a reminder: it stays in the book, marked, so `undo` and the history keep it.
    static func delete(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try reminder(p, c, example: c.t("delete reminder 2", "删除提醒2"))
        guard r.isOpen else { throw Problem.reminderAlreadyDone(r.id.raw) }
        var after = r
        after.cancelled = c.today
        let line = c.t("Deleted reminder \(r.id): \(r.text). Type undo to bring it back.",
                       "已删除提醒\(r.id)：\(r.text)。输入“撤销”可以恢复。")
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(line, tone: .success)])
    }

    static func snooze(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try reminder(p, c, example: c.t("snooze 2 until Friday", "推迟2到周五"))
        guard r.isOpen else { throw Problem.reminderAlreadyDone(r.id.raw) }
        let to = p.slots.date ?? c.today.adding(days: 1)
        guard to > c.today || (to == c.today && r.due < c.today) else {
            throw Problem.needDate(example: c.t("snooze \(r.id.raw) until tomorrow", "推迟\(r.id.raw)到明天"))
        }
        var after = r
        after.due = to
        if let t = p.slots.time { after.time = t }
        after.snoozedFrom = r.due
        let line = c.t("Snoozed \(r.id) \(r.text) to \(Words.when(to, after.time, .en, today: c.today)).",
                       "已推迟:\(r.id) \(r.text) 改到\(Words.when(to, after.time, .zh, today: c.today))。")
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(line, tone: .success)])
    }

    static func list(_ c: Context) -> Outcome {
        let open = c.book.reminders.filter(\.isOpen).sorted { ($0.due, $0.time?.minutes ?? 1440, $0.id) < ($1.due, $1.time?.minutes ?? 1440, $1.id) }
        guard !open.isEmpty else {
            return .show([Reply.Line(c.t("No open reminders. Add one: remind me to call Acme tomorrow",
                                         "没有未完成的提醒。添加一个:提醒我明天给美华商贸打电话"), tone: .muted)])
        }
        var lines: [Reply.Line] = []
        for r in open {
            var s = "  \(r.id) \(Words.when(r.due, r.time, c.lang, today: c.today)) · \(r.text)"
            if let rec = r.recurrence { s += " (\(c.zh ? rec.chinese : rec.description))" }
            lines.append(Reply.Line(s, tone: r.due < c.today ? .warning : .plain))
        }
        return .show(lines)
    }
}
