/// What a calendar export holds: each dated thing in the book that a calendar should show, with
/// a key that stays the same from one export to the next, so importing again updates an event
/// instead of adding a second one.
///
/// Reminders (repeating ones once, as a series), promises on their day, and invoices on their due
/// day. Items that no longer need doing (done, deleted, paid, kept, replaced) stay in the feed
/// as `closed` for `closedWindow` days after their day, so a calendar that imported them before
/// learns they are off (calendar apps never delete an event because a new file lacks it);
/// older closed items are left out. Occasions (`Occasions`) of the coming year go in on their
/// day, each keyed by kind, customer, person and year. A plan's touches are reminders here too
/// (keyed `reminder-N` like the rest, so a re-export after a push-back updates them).
public struct CalendarFeed: Sendable {
    /// How long a closed item stays in the feed, counted from its day.
    public static let closedWindow = 90

    public enum Item: Sendable, Equatable {
        case reminder(Reminder)
        case promise(Promise, Promise.Status)
        case invoice(Invoice)
        /// A birthday, founding day, first-order anniversary or holiday greeting.
        case occasion(Occasion)

        /// `reminder`, `promise`, `invoice`, `occasion`.
        public var kind: String {
            switch self {
            case .reminder: return "reminder"
            case .promise: return "promise"
            case .invoice: return "invoice"
            case .occasion: return "occasion"
            }
        }

        /// The item's part of its stable key: `reminder-3`; `occasion-birthday-1-p2-2026`
        /// (kind, customer, the person's place among the contacts, year), so next year's
        /// birthday is another event and this year's stays the same one.
        public var key: String {
            guard case .occasion(let o) = self else { return "\(kind)-\(id)" }
            let person = o.contactIndex.map { "-p\($0 + 1)" } ?? ""
            return "occasion-\(o.kind.rawValue)-\(o.customer.raw)\(person)-\(o.day.year)"
        }

        public var id: Int {
            switch self {
            case .reminder(let r): return r.id.raw
            case .promise(let p, _): return p.id.raw
            case .invoice(let i): return i.id.raw
            case .occasion(let o): return o.customer.raw
            }
        }

        public var day: Day {
            switch self {
            case .reminder(let r): return r.due
            case .promise(let p, _): return p.due
            case .invoice(let i): return i.due
            case .occasion(let o): return o.day
            }
        }

        public var customer: CustomerID? {
            switch self {
            case .reminder(let r): return r.customer
            case .promise(let p, _): return p.customer
            case .invoice(let i): return i.customer
            case .occasion(let o): return o.customer
            }
        }

        /// Still to do: an open reminder, a pending or broken promise, an invoice not paid in full.
        public var isOpen: Bool {
            switch self {
            case .reminder(let r): return r.isOpen
            case .promise(_, let s): return s.isOpen
            case .invoice(let i): return i.isOpen
            case .occasion: return true
            }
        }
    }

    /// Open items and recently closed ones, by day, then kind and id.
    public let items: [Item]
    /// Names this book in every key (`CalendarFeed.identity`).
    public let identity: String

    public init(book: Book, on today: Day) {
        let oldest = today.adding(days: -CalendarFeed.closedWindow)
        var out: [Item] = []
        for r in book.reminders { out.append(.reminder(r)) }
        let statuses = CalendarFeed.promiseStatuses(book, on: today)
        for (p, s) in zip(book.promises, statuses) { out.append(.promise(p, s)) }
        for i in book.invoices { out.append(.invoice(i)) }
        // A year ahead, so each occasion is in the file once; past ones are not withdrawn.
        let lead = Occasions.lead(book.settings)
        for o in Occasions.list(book, from: today, through: today.adding(days: 364), today: today, lead: lead) {
            out.append(.occasion(o))
        }
        let removed = Set(book.customers.filter { $0.removed != nil }.map(\.id))
        items = out.filter { item in
            if let c = item.customer, removed.contains(c), item.isOpen { return false }
            return item.isOpen || item.day >= oldest
        }.sorted { ($0.day, $0.kind, $0.id, $0.key) < ($1.day, $1.kind, $1.id, $1.key) }
        identity = CalendarFeed.identity(of: book)
    }

    /// Each promise's status in book order, reading each customer's records once.
    static func promiseStatuses(_ book: Book, on today: Day) -> [Promise.Status] {
        var byCustomer: [CustomerID: [Int]] = [:]
        for (k, p) in book.promises.enumerated() { byCustomer[p.customer, default: []].append(k) }
        var payments: [CustomerID: [Payment]] = [:]
        for p in book.payments where byCustomer[p.customer] != nil { payments[p.customer, default: []].append(p) }
        var out = [Promise.Status](repeating: .pending, count: book.promises.count)
        for (customer, indices) in byCustomer {
            let theirs = indices.map { book.promises[$0] }
            let st = PromiseRules.statuses(of: theirs, payments: payments[customer] ?? [], on: today)
            for (k, s) in zip(indices, st) { out[k] = s }
        }
        return out
    }

    /// A short name for the book that does not change as it grows: a hash of its first change
    /// (seq, day and line, which the history keeps for good, undone or not) and the day its first
    /// customer was added — never a name, which a rename would change. Not secret; it only keeps
    /// two books' events apart.
    public static func identity(of book: Book) -> String {
        var text = ""
        if let first = book.history.first { text += "\(first.seq)|\(first.day.iso)|\(first.line)" }
        if let c = book.customers.first { text += "|\(c.id.raw)|\(c.added.iso)" }
        // FNV-1a, 64 bits: stable across runs and platforms, unlike Swift's seeded `Hasher`.
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in text.utf8 {
            h ^= UInt64(b)
            h = h &* 0x0000_0100_0000_01b3
        }
        let hex = String(h, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
