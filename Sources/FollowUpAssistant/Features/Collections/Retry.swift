import FollowUpCore
import FollowUpLanguage

/// A call that did not get through (no answer, voicemail, phone off, busy) is tried again: a
/// call reminder on the next working day (`retry.days` working days later), saved in the same
/// step as the contact, so one `undo` takes both back.
enum Retry {
    /// The reminder to add for `entry` and the reply line, or nil when the contact needs no
    /// retry. An open call reminder for the customer on that day already does the job.
    static func schedule(after entry: ContactEntry, customer cu: Customer, _ c: Context) -> (Event?, Reply.Line)? {
        guard entry.channel == .call, let outcome = entry.outcome, outcome.needsRetry else { return nil }
        let day = RetryRule.retryDay(after: entry.day, workingDays: CollectionSettings.retryDays(c.book), today: c.today)
        if let existing = c.book.reminders(of: cu.id).first(where: { $0.isOpen && $0.kind == .call && $0.due == day }) {
            return (nil, Reply.Line(c.t("You already have a call to \(cu.name) on \(c.day(day)) (\(existing.id)).",
                                        "\(c.day(day))已有给\(cu.name)打电话的提醒（\(existing.id)）。"), tone: .muted))
        }
        let said = CollectionWording.outcome(outcome, c.lang)
        let text = c.t("call \(cu.name) again (\(said))", "再给\(cu.name)打电话（上次\(said)）")
        let reminder = Reminder(id: c.book.nextReminderID, text: text, customer: cu.id, due: day, kind: .call, created: c.today)
        let line = c.t("\(said.prefix(1).uppercased() + said.dropFirst()), so I'll remind you to call again on \(c.day(day)) (\(reminder.id)).",
                       "没打通（\(said)），已安排\(c.day(day))再打（提醒\(reminder.id)）。")
        return (.reminderAdded(reminder), Reply.Line(line, tone: .success))
    }
}
