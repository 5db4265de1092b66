/// What the day starts with, for the prompt's opening line: money overdue, promises due today,
/// reminders due (a missed repeating one counted once, on its latest occurrence), a follow-up
/// plan's touches due apart from the other reminders, and greetings due (`Occasions.due`).
public struct DaySummary: Sendable, Equatable {
    /// Open invoices past their due day, and what is still owed on them, per currency (by code).
    public var overdueInvoices = 0
    public var overdue: [Money] = []
    /// Pending promises whose day is today.
    public var promisesDueToday = 0
    /// Open reminders due today or earlier, a plan's touches left out.
    public var remindersDue = 0
    /// Open touches of follow-up plans (reminders naming a plan) due today or earlier.
    public var planTouchesDue = 0
    /// Greetings due: occasions whose greeting has come up, not yet past nor sent.
    public var greetingsDue = 0

    public var isEmpty: Bool {
        overdueInvoices == 0 && promisesDueToday == 0 && remindersDue == 0 && planTouchesDue == 0 && greetingsDue == 0
    }

    public init(book: Book, today: Day) {
        var sums: [String: Money] = [:]
        for inv in book.invoices where inv.isOpen && inv.due < today && inv.issued <= today {
            overdueInvoices += 1
            let o = inv.outstanding
            sums[o.currency.code] = (sums[o.currency.code] ?? .zero(o.currency)) + o
        }
        overdue = sums.keys.sorted().compactMap { sums[$0] }
        // Only customers with a promise due today need their promises' statuses worked out.
        var wanted = [Bool](repeating: false, count: book.customers.count)
        var any = false
        for p in book.promises where p.due == today && p.customer.raw >= 1 && p.customer.raw <= wanted.count {
            wanted[p.customer.raw - 1] = true
            any = true
        }
        if any {
            for r in book.recordsByCustomer(only: wanted) where !r.promises.isEmpty {
                let statuses = PromiseRules.statuses(of: r.promises, payments: r.payments, on: today)
                for (p, s) in zip(r.promises, statuses) where p.due == today && s == .pending { promisesDueToday += 1 }
            }
        }
        for r in book.reminders where r.isOpen && r.current(on: today) <= today && !r.isLapsedTouch(on: today) {
            if r.plan != nil { planTouchesDue += 1 } else { remindersDue += 1 }
        }
        greetingsDue = Occasions.due(book, on: today, lead: Occasions.lead(book.settings)).count
    }
}
