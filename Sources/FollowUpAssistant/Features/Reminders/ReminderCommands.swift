import FollowUpCore
import FollowUpLanguage

/// Reminders: adding, finishing (recurring ones roll on), snoozing by days or hours, deleting by
/// number or by words, listing. Wording in `ReminderWording`.
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
        let text = reminderText(p)
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
    static func reminderText(_ p: ParsedLine) -> String {
        if let t = p.slots.text?.trimmingWhitespace, !t.isEmpty { return t }
        return p.input
    }

    /// The reminder a line names: by an answer already given, its number, or its words (asking
    /// when they fit several). With neither, `fallback` may pick one (the one due now).
    static func target(_ p: ParsedLine, _ c: Context, example: String,
                       fallback: (() throws -> Reminder?)? = nil) throws -> Reminder {
        if let id = c.decisions.reminder, let r = c.book.reminder(id) { return r }
        if let n = p.slots.id {
            guard let r = c.book.reminder(ReminderID(n)) else { throw Problem.unknownReminder(n) }
            if r.cancelled != nil { throw Problem.reminderDeleted(n) }
            return r
        }
        let query = ReminderFinder.Query(p)
        if !query.isEmpty {
            let found = ReminderFinder.matches(query, in: c.book, index: c.index)
            if found.count == 1, let only = found.first { return only }
            if found.isEmpty { throw Problem.noReminderMatches(query.said, example: example) }
            throw choose(found, p, c, question: ReminderWording.whichOfThese(query.said, c.lang))
        }
        if let r = try fallback?() { return r }
        throw Problem.needReminderID(example: example)
    }

    /// A question: which of these reminders? Answered by its number in the list.
    static func choose(_ reminders: [Reminder], _ p: ParsedLine, _ c: Context, question: String) -> Ask {
        let shown = Array(reminders.prefix(9))
        let lines = NumberedChoice.lines(question, options: shown.map { ReminderWording.brief($0, c) }, c.lang)
        return Ask(question: .chooseReminder(shown.map(\.id), resume: p), lines: lines)
    }

    /// Refuses a reminder that is done: a one-off one (with its day), or a repeating one done
    /// for now (with its day and the next occurrence), instead of finishing the next one too.
    static func requireOpen(_ r: Reminder, _ c: Context) throws {
        if let day = r.done { throw Problem.reminderAlreadyDone(r.id.raw, on: day) }
        if r.cancelled != nil { throw Problem.reminderDeleted(r.id.raw) }
    }

    static func done(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try target(p, c, example: c.t("done 2", "完成2"))
        try requireOpen(r, c)
        if let day = r.doneForNow(on: c.today), let rec = r.recurrence {
            throw Problem.reminderDoneForNow(r.id.raw, on: day, next: r.current(on: c.today), repeats: rec)
        }
        var after = r
        let line: String
        if let rec = r.recurrence {
            // Roll on past today, so finishing a missed one leaves no backlog: the next occurrence
            // after both today and the current one, counted from the anchor.
            after = r.rolledOn(past: max(c.today, r.current(on: c.today)))
            after.lastDone = c.today
            line = ReminderWording.doneRepeating(r, next: after.due, rec, c)
        } else {
            after.done = c.today
            line = c.t("Done: \(r.id) \(r.text).", "已完成:\(r.id) \(r.text)。")
        }
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(line, tone: .success)])
    }

    /// Deletes a reminder: it stays in the book, marked, so `undo` and the history keep it. A
    /// repeating one asks first: only this time (it rolls on to the next), or all of them.
    static func delete(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try target(p, c, example: c.t("delete reminder 2", "删除提醒2"))
        try requireOpen(r, c)
        var after = r
        if let rec = r.recurrence {
            let current = r.current(on: c.today)
            let rolled = r.rolledOn(past: max(c.today, current))
            let next = rolled.due
            switch c.decisions.reminderScope {
            case nil:
                throw Ask(question: .reminderScope(r.id, resume: p),
                          lines: NumberedChoice.lines(ReminderWording.scopeQuestion(r, c),
                                                      options: ReminderWording.scopeOptions(current, next, c), c.lang))
            case .thisTime?:
                after = rolled
                return .change([.reminderChanged(before: r, after: after)],
                               [Reply.Line(ReminderWording.skipped(r, current, next: next, rec, c), tone: .success)])
            case .all?:
                break
            }
        }
        after.cancelled = c.today
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(ReminderWording.deleted(r, c), tone: .success)])
    }

    /// Skips a reminder this time: a repeating one rolls on to its next occurrence without being
    /// done (its history keeps the line); a one-off one has no next time, so it is cancelled, and
    /// the reply says so. A plan's touch says it is one: the plan goes on.
    static func skip(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let r = try target(p, c, example: c.t("skip 2", "跳过2"))
        try requireOpen(r, c)
        var after = r
        var lines: [Reply.Line]
        if let rec = r.recurrence {
            let current = r.current(on: c.today)
            after = r.rolledOn(past: max(c.today, current))
            lines = [Reply.Line(ReminderWording.skipped(r, current, next: after.due, rec, c, verbZH: "跳过"), tone: .success)]
        } else {
            after.cancelled = c.today
            lines = [Reply.Line(ReminderWording.skippedOnce(r, c), tone: .success)]
        }
        if let plan = r.plan { lines.append(Reply.Line(ReminderWording.planGoesOn(plan, c), tone: .muted)) }
        return .change([.reminderChanged(before: r, after: after)], lines)
    }

    static func snooze(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = p.slots.duration == nil ? c.t("snooze 2 until Friday", "推迟2到周五") : c.t("snooze 2 1 hour", "推迟2 1小时")
        // `snooze 1 hour` with no number: the reminder due now, if only one is; else ask which.
        let r = try target(p, c, example: example, fallback: {
            let due = openReminders(c).filter { $0.due <= c.today }
            if due.count == 1 { return c.book.reminder(due[0].id) }
            if due.count > 1 { throw choose(due, p, c, question: ReminderWording.whichDueNow(c.lang)) }
            return nil
        })
        try requireOpen(r, c)
        let current = r.current(on: c.today)
        if let minutes = p.slots.duration { return try snooze(r, current, byMinutes: minutes, c) }
        // By days (`snooze 3 2 days`, 推迟两天): from its day, or from today when it is overdue.
        if let n = p.slots.snoozeDays, n > SnoozeSpan.maxDays {
            throw Problem.needDate(example: c.t("snooze \(r.id.raw) until Friday", "推迟\(r.id.raw)到周五"))
        }
        let to = p.slots.date ?? p.slots.snoozeDays.map { max(current, c.today).adding(days: $0) } ?? c.today.adding(days: 1)
        guard to > c.today || (to == c.today && current < c.today) else {
            throw Problem.needDate(example: c.t("snooze \(r.id.raw) until tomorrow", "推迟\(r.id.raw)到明天"))
        }
        var after = r
        after.due = to
        if let t = p.slots.time { after.time = t }
        after.snoozedFrom = current
        after.snoozedFromTime = r.snoozedFrom == nil ? r.time : r.snoozedFromTime
        let line = c.t("Snoozed \(r.id) \(r.text) to \(Words.when(to, after.time, .en, today: c.today)).",
                       "已推迟:\(r.id) \(r.text) 改到\(Words.when(to, after.time, .zh, today: c.today))。")
        return .change([.reminderChanged(before: r, after: after)], [Reply.Line(line, tone: .success)])
    }

    /// Moves a reminder within the day: from its time, or from now when it has none or its time
    /// has passed; past midnight it moves to the next day.
    static func snooze(_ r: Reminder, _ current: Day, byMinutes minutes: Int, _ c: Context) throws -> Outcome {
        guard minutes <= SnoozeSpan.maxMinutes else { throw Problem.snoozeTooLong(r.id.raw) }
        let start: (day: Day, time: TimeOfDay)
        if let t = r.time, current > c.today || (current == c.today && (c.now.map { t >= $0 } ?? true)) {
            start = (current, t)
        } else if current > c.today {
            // Not due yet and no time: hours from now would say nothing about its day.
            throw Problem.snoozeNotDueYet(r.id.raw, due: current)
        } else if let now = c.now {
            start = (c.today, now)
        } else {
            throw Problem.snoozeNeedsTime(r.id.raw)
        }
        let (days, time) = start.time.adding(minutes: minutes)
        var after = r
        after.due = start.day.adding(days: days)
        after.time = time
        after.snoozedFrom = current
        after.snoozedFromTime = r.snoozedFrom == nil ? r.time : r.snoozedFromTime
        return .change([.reminderChanged(before: r, after: after)],
                       [Reply.Line(ReminderWording.snoozedBy(r, minutes, to: after.due, time, was: (current, r.time), c), tone: .success)])
    }

    /// The open reminders as they stand today (a missed repeating one on its latest occurrence),
    /// by day, then time (untimed last), then number.
    static func openReminders(_ c: Context) -> [Reminder] {
        c.book.reminders.filter(\.isOpen).map { $0.standing(on: c.today) }
            .sorted { ($0.due, $0.time?.minutes ?? 1440, $0.id) < ($1.due, $1.time?.minutes ?? 1440, $1.id) }
    }

    static func list(_ c: Context) -> Outcome {
        let open = openReminders(c)
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
