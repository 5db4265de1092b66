import FollowUpCore
import FollowUpLanguage

/// The words of the reminder replies and questions, English and Chinese.
enum ReminderWording {
    /// One reminder in a list to choose from: `#4 Mon 23 Nov 15:00 · call Acme (weekly)`.
    static func brief(_ r: Reminder, _ c: Context) -> String {
        var s = "\(r.id) \(Words.when(r.current(on: c.today), r.time, c.lang, today: c.today)) · \(r.text)"
        if let rec = r.recurrence { s += " (\(c.zh ? rec.chinese : rec.description))" }
        return s
    }

    static func whichOfThese(_ said: String, _ lang: Lang) -> String {
        lang == .zh ? "有几个提醒和“\(said)”相符，是哪一个？" : "Several reminders match “\(said)”. Which one?"
    }

    static func whichDueNow(_ lang: Lang) -> String {
        lang == .zh ? "有几个提醒已经到时间了，推迟哪一个？" : "Several reminders are due now. Which one?"
    }

    static func doneRepeating(_ r: Reminder, next: Day, _ rec: Recurrence, _ c: Context) -> String {
        c.t("Done: \(r.id) \(r.text). Next: \(c.day(next)) (\(rec.description)).",
            "已完成:\(r.id) \(r.text)。下次:\(c.day(next))(\(rec.chinese))。")
    }

    static func deleted(_ r: Reminder, _ c: Context) -> String {
        if let rec = r.recurrence {
            return c.t("Deleted reminder \(r.id): \(r.text) (\(rec.description)), every time. Type undo to bring it back.",
                       "已删除提醒\(r.id)：\(r.text)（\(rec.chinese)），以后都不再提醒。输入“撤销”可以恢复。")
        }
        return c.t("Deleted reminder \(r.id): \(r.text). Type undo to bring it back.",
                   "已删除提醒\(r.id)：\(r.text)。输入“撤销”可以恢复。")
    }

    static func scopeQuestion(_ r: Reminder, _ c: Context) -> String {
        guard let rec = r.recurrence else { return "" }
        // A reply line never starts with `#`: scripts and transcripts read that as a comment.
        return c.t("Reminder \(r.id) \(r.text) repeats \(rec.description). Delete it this time only, or every time?",
                   "提醒\(r.id) \(r.text) 是\(rec.chinese)重复的提醒。只取消这一次，还是以后都取消？")
    }

    static func scopeOptions(_ current: Day, _ next: Day, _ c: Context) -> [String] {
        [c.t("this time only (\(c.day(current))); it comes back \(c.day(next))", "只取消这一次（\(c.day(current))），\(c.day(next))照常提醒"),
         c.t("every time: delete the reminder", "以后都取消：删除这个提醒")]
    }

    /// The answer to `scopeQuestion` in words as well as by number.
    static func scope(answer: String) -> ReminderScope? {
        let once = ["1", "this time", "this time only", "only this time", "just this time", "this one", "once", "only once",
                    "this once", "skip", "这次", "这一次", "只这一次", "只取消这一次", "本次", "仅这次", "就这次", "这回"]
        let all = ["2", "all", "every time", "all of them", "always", "for good", "delete it", "everything", "forever",
                   "全部", "所有", "都取消", "以后都取消", "全部取消", "永远", "删除", "删掉", "以后都不用", "都不要了"]
        var key = answer
        if key.hasPrefix("#") || key.hasPrefix("第") { key.removeFirst() }
        if key.hasSuffix("个") { key.removeLast() }
        if once.contains(key) || key == "一" { return .thisTime }
        if all.contains(key) || key == "二" || key == "两" { return .all }
        return nil
    }

    static func skipped(_ r: Reminder, _ current: Day, next: Day, _ rec: Recurrence, _ c: Context, verbZH: String = "取消") -> String {
        c.t("Skipped this time: \(r.id) \(r.text) (\(c.day(current))). Next: \(c.day(next)) (\(rec.description)).",
            "已\(verbZH)这一次:\(r.id) \(r.text)(\(c.day(current)))。下次:\(c.day(next))(\(rec.chinese))。")
    }

    /// A one-off reminder skipped: it has no next time, so it is cancelled.
    static func skippedOnce(_ r: Reminder, _ c: Context) -> String {
        c.t("Skipped \(r.id) \(r.text) (\(c.day(r.due))). It does not repeat, so it is cancelled; type undo to bring it back.",
            "已跳过\(r.id) \(r.text)（\(c.day(r.due))）。这个提醒不重复，所以已取消；输入“撤销”可以恢复。")
    }

    /// A plan's touch skipped: the plan itself goes on (its title needs the playbook, not loaded here).
    static func planGoesOn(_ plan: PlanID, _ c: Context) -> String {
        c.t("  A touch of follow-up plan \(plan): the plan goes on.", "  这是跟进计划\(plan)中的一次跟进：计划照常进行。")
    }

    /// `Snoozed #2 call Acme by 1 hour: now Wed 18 Nov 16:00 (was 15:00).`
    static func snoozedBy(_ r: Reminder, _ minutes: Int, to day: Day, _ time: TimeOfDay, was: (Day, TimeOfDay?),
                          _ c: Context) -> String {
        let span = Words.duration(minutes, c.lang)
        let to = Words.when(day, time, c.lang, today: c.today)
        let before = was.0 == day ? was.1?.description : Words.when(was.0, was.1, c.lang, today: c.today)
        guard let before else {
            return c.t("Snoozed \(r.id) \(r.text) by \(span): now \(to) (it had no time).",
                       "已推迟\(span):\(r.id) \(r.text) 改到\(to)(原来没有具体时间)。")
        }
        return c.t("Snoozed \(r.id) \(r.text) by \(span): now \(to) (was \(before)).",
                   "已推迟\(span):\(r.id) \(r.text) 改到\(to)(原来是\(before))。")
    }
}
