/// The slots of a line that names a reminder to delete or snooze: the span of a snooze by hours
/// (`snooze 2 1 hour`, 推迟2小时), and, when no number names the reminder, its words
/// (`remove the reminder to call Acme`, 不用提醒我给华强打电话了), which the assistant matches
/// against the open reminders.
enum ReminderWords {
    static func fill(_ slots: inout Slots, intent: Intent, match: IntentMatch, _ a: Analysis, log: inout EvidenceLog) {
        var words = a
        if intent == .reminderSnooze, let span = SnoozeSpan.find(a) {
            // `by 1 hour` was also read as a day (today, or now + 1 hour): the span says it all.
            if span.range.contains(where: { a.marks[$0] == .time }) {
                slots.date = nil
                slots.time = nil
                log.forget("date")
                log.forget("time")
            }
            // `1.5 hours`: the amount reader took the count; it is no money.
            if span.range.contains(where: { a.marks[$0] == .amount }) {
                slots.amount = nil
                log.forget("amount")
            }
            slots.duration = min(span.minutes, SnoozeSpan.maxMinutes + 1)
            log.note("duration", a, span.range)
            words.mark(span.range, .time)
        } else if intent == .reminderSnooze, slots.date == nil, let span = SnoozeSpan.days(a) {
            // `snooze 3 2 days`, 推迟两天: by days, counted by the assistant from the reminder's day.
            slots.snoozeDays = span.days
            log.note("snoozeDays", a, span.range)
            words.mark(span.range, .time)
        }
        guard slots.id == nil,
              let text = SlotFiller.freeText(words, dropping: match, keepTime: false), !text.isEmpty else { return }
        slots.text = text
        log.note("text", words: text)
    }
}
