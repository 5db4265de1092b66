/// What needs doing: overdue items first, then each day of a window.
public struct Agenda: Sendable, Equatable {
    public enum Item: Sendable, Equatable {
        case reminder(Reminder)
        /// An open invoice due that day (or overdue), with what is still owed.
        case invoiceDue(Invoice)
        case promiseDue(Promise)
        case promiseBroken(Promise)
    }

    /// Items from before the window that still need attention (only when the window starts today).
    public var overdue: [Item]
    /// Items per day inside the window, in day order; days with nothing are left out.
    public var days: [(day: Day, items: [Item])]
    public var from: Day
    public var to: Day

    public static func == (a: Agenda, b: Agenda) -> Bool {
        a.overdue == b.overdue && a.from == b.from && a.to == b.to && a.chase == b.chase && a.waiting == b.waiting
            && a.days.map(\.day) == b.days.map(\.day) && a.days.map(\.items) == b.days.map(\.items)
    }

    public var isEmpty: Bool { overdue.isEmpty && days.isEmpty && chase.isEmpty }

    /// Whom to chase today, when the window starts today or before (else empty).
    public var chase: [ChaseList.Entry] = []
    /// Each customer's latest promise while it is pending, by customer: they are waited for.
    public var waiting: [CustomerID: Promise] = [:]

    /// Builds the agenda for `from...to` as seen on `today`; the chase list weighs amounts in
    /// `currency` (the book's).
    public init(book: Book, today: Day, from: Day, to: Day, currency: Currency = .cny) {
        self.from = from
        self.to = to
        let records = book.recordsByCustomer(only: book.customersWithSomethingOpen())
        var overdue: [Item] = []
        var perDay: [Int: [Item]] = [:]
        let showOverdue = from <= today
        func place(_ day: Day, _ item: Item) {
            if day >= from && day <= to {
                perDay[day.ordinal, default: []].append(item)
            } else if showOverdue && day < today {
                overdue.append(item)
            }
        }
        // A repeating reminder left undone stands on its latest occurrence, not on one weeks ago.
        // The item carries that occurrence as its `due`, so every view shows the same day.
        for r in book.reminders where r.isOpen {
            let shown = r.standing(on: today)
            place(shown.due, .reminder(shown))
        }
        for inv in book.invoices where inv.isOpen { place(inv.due, .invoiceDue(inv)) }
        // A broken promise stops nagging once the customer makes a new one, pays what was
        // promised (kept late) or owes nothing.
        for r in records where !r.promises.isEmpty {
            let statuses = PromiseRules.statuses(of: r.promises, payments: r.payments, on: today)
            let owes = r.invoices.contains(where: \.isOpen)
            for (i, (p, status)) in zip(r.promises, statuses).enumerated() {
                switch status {
                case .kept, .keptLate, .replaced: continue
                case .pending:
                    place(p.due, .promiseDue(p))
                    if i == r.promises.count - 1 { waiting[p.customer] = p }
                case .broken:
                    if showOverdue, i == r.promises.count - 1, owes { overdue.append(.promiseBroken(p)) }
                }
            }
        }
        if showOverdue { chase = ChaseList(book: book, records: records, on: today, currency: currency).entries }
        // Broken promises lead (they need a call today), then late reminders, then late invoices.
        self.overdue = Agenda.sorted(overdue, ranked: true)
        self.days = perDay.keys.sorted().map { ord in (Day(ordinal: ord), Agenda.sorted(perDay[ord] ?? [], ranked: false)) }
    }

    /// The items in `sortKey` order (after `overdueRank` when `ranked`), their keys computed
    /// once and the items moved once: a large book's agenda holds thousands.
    static func sorted(_ items: [Item], ranked: Bool) -> [Item] {
        var keys = items.indices.map { i in
            let k = sortKey(items[i])
            return (ranked ? overdueRank(items[i]) : 0, k.0, k.1, k.2, k.3, i)
        }
        keys.sort { $0 < $1 }
        return keys.map { items[$0.5] }
    }

    static func overdueRank(_ item: Item) -> Int {
        switch item {
        case .promiseBroken: return 0
        case .reminder: return 1
        case .promiseDue: return 2
        case .invoiceDue: return 3
        }
    }

    /// Day, then timed reminders by time, then kind, then id: a stable, readable order.
    static func sortKey(_ item: Item) -> (Int, Int, Int, Int) {
        switch item {
        case .reminder(let r): return (r.due.ordinal, r.time?.minutes ?? 24 * 60, 0, r.id.raw)
        case .promiseBroken(let p): return (p.due.ordinal, 24 * 60, 1, p.id.raw)
        case .promiseDue(let p): return (p.due.ordinal, 24 * 60, 2, p.id.raw)
        case .invoiceDue(let i): return (i.due.ordinal, 24 * 60, 3, i.id.raw)
        }
    }
}
