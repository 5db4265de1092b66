/// When to try a call again that did not get through (no answer, voicemail, phone off, busy):
/// after a number of working days (Monday to Friday), never before today.
public enum RetryRule {
    /// The working day `workingDays` working days after `contact` (at least one), moved to
    /// today or later (a call logged days late is retried today, or the next working day).
    public static func retryDay(after contact: Day, workingDays: Int, today: Day) -> Day {
        var d = contact
        var left = max(1, workingDays)
        while left > 0 {
            d = d.adding(days: 1)
            if d.isWorkingDay { left -= 1 }
        }
        if d < today {
            d = today
            while !d.isWorkingDay { d = d.adding(days: 1) }
        }
        return d
    }
}
