/// Whom to chase today, most pressing first, each with where they stand (ladder step and next
/// action come from their `CustomerStanding`).
///
/// Who is on it: customers with a next action (something due within the courtesy window, due
/// today, or overdue), except those whose latest promise is still pending: they are waited
/// for, and their promise shows on its day. A broken promise on money still owed always puts
/// the customer on it, with a call when nothing is due yet.
///
/// Disputed amounts (under an unresolved complaint) are not chased: the weight, the step and
/// the action leave them out, and a customer whose every open amount is disputed is not on the
/// list; `Entry.disputes` says which complaints hold back the rest.
///
/// The order: a broken promise still owed first; then the weight of what is overdue, amount ×
/// days overdue, in the book's currency; the book keeps no exchange rates, so amounts in other
/// currencies only break ties after it (summed in minor units); then the oldest days overdue,
/// the nearest due day, and the name.
public struct ChaseList: Sendable {
    public struct Entry: Sendable, Equatable {
        public var standing: CustomerStanding
        /// The latest promise is broken and money is still owed (and not all of it disputed).
        public var brokenPromise: Bool { standing.promiseState == .broken && standing.hasSomethingToChase }
        /// The amounts left out because a complaint disputes them, with their complaints.
        public var disputes: [CustomerStanding.Dispute] { standing.disputes }
        /// What to do: the standing's next action; a broken promise on money not yet due is a call.
        public var action: NextAction { standing.nextAction ?? .call }
    }

    public var entries: [Entry]

    /// The chase list of `book` on `day`, weighing amounts in `currency` (the book's).
    public init(book: Book, on day: Day, currency: Currency) {
        self.init(book: book, records: book.recordsByCustomer(only: book.customersWithSomethingOpen()), on: day, currency: currency)
    }

    /// The same from records already grouped by customer (`Book.recordsByCustomer`).
    public init(book: Book, records: [CustomerRecords], on day: Day, currency: Currency) {
        let ladder = LadderBounds(settings: book.settings)
        var out: [Entry] = []
        var keys: [Key] = []
        for (k, r) in records.enumerated() where k < book.customers.count {
            // Standings only for customers with something open: cheap on a large book.
            guard r.invoices.contains(where: \.isOpen) else { continue }
            let customer = book.customers[k]
            guard customer.removed == nil else { continue }
            let s = CustomerStanding(customer: customer, records: r, ladder: ladder, on: day)
            // Everything they owe is disputed: nothing to chase until the complaints are resolved.
            guard s.hasSomethingToChase else { continue }
            let broken = s.promiseState == .broken
            guard broken || (s.nextAction != nil && s.promiseState != .pending) else { continue }
            let entry = Entry(standing: s)
            keys.append(Key(entry, index: out.count, currency: currency))
            out.append(entry)
        }
        // Sorted by precomputed keys, so the standings are not moved or re-weighed per comparison.
        keys.sort { ChaseList.comesFirst($0, $1) }
        entries = keys.map { out[$0.index] }
    }

    /// What the order compares, computed once per entry.
    struct Key {
        var broken: Bool
        var book: Int64
        var other: Int64
        var days: Int
        var due: Day?
        var name: String
        var id: CustomerID
        var index: Int

        init(_ e: Entry, index: Int, currency: Currency) {
            let w = ChaseList.weight(e.standing, in: currency)
            broken = e.brokenPromise
            book = w.book
            other = w.other
            days = e.standing.oldestDaysOverdue
            due = e.standing.openInvoices.first?.invoice.due
            name = e.standing.name
            id = e.standing.id
            self.index = index
        }
    }

    static func comesFirst(_ a: Key, _ b: Key) -> Bool {
        if a.broken != b.broken { return a.broken }
        if a.book != b.book { return a.book > b.book }
        if a.other != b.other { return a.other > b.other }
        if a.days != b.days { return a.days > b.days }
        if a.due != b.due, let da = a.due, let db = b.due { return da < db }
        if a.name != b.name { return a.name < b.name }
        return a.id < b.id
    }

    /// Overdue amount × oldest days overdue: in `currency`, and in all other currencies summed.
    /// Saturates rather than overflows (a huge amount centuries overdue only has to sort first).
    static func weight(_ s: CustomerStanding, in currency: Currency) -> (book: Int64, other: Int64) {
        let days = Int64(max(0, s.oldestDaysOverdue))
        var book: Int64 = 0, other: Int64 = 0
        for m in s.overdue {
            let (w, overflow) = m.minor.multipliedReportingOverflow(by: days)
            let v = overflow ? Int64.max : w
            if m.currency == currency {
                book = v
            } else {
                let (sum, over) = other.addingReportingOverflow(v)
                other = over ? Int64.max : sum
            }
        }
        return (book, other)
    }
}
