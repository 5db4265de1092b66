import FollowUpCore
import FollowUpLanguage

/// The limits a line is held to before anything is built from it, so the book never holds what
/// its reader refuses or what its sums cannot add.
enum LineLimits {
    /// Refuses a parsed line whose date slots or amount fall outside what a book keeps.
    static func check(_ parsed: ParsedLine) throws {
        for (slot, day) in [("date", parsed.slots.date), ("until", parsed.slots.until)] {
            if let d = day, !d.isSupported {
                throw Problem.dateOutOfRange(words: parsed.words(for: slot) ?? d.iso, year: d.year)
            }
        }
        // Hundredths of the major unit; the scanner saturates amounts it cannot hold.
        if let a = parsed.slots.amount, a.hundredths > Money.maxMajor * 100 {
            throw Problem.amountTooLarge(parsed.words(for: "amount") ?? a.plain)
        }
    }

    /// Refuses a change that would write a day outside the range: one computed from terms or a
    /// repeat, or today itself when a script moved the clock far away.
    static func check(_ events: [Event], today: Day) throws {
        if !today.isSupported { throw Problem.dateOutOfRange(words: today.iso, year: today.year) }
        for e in events {
            if let d = e.days.first(where: { !$0.isSupported }) {
                throw Problem.dateOutOfRange(words: d.iso, year: d.year)
            }
        }
    }
}
