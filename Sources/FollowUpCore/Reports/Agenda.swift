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

    /// Something to do about a complaint, on a day.
    public struct ComplaintItem: Sendable, Equatable {
        public enum Kind: String, Sendable, CaseIterable, Equatable {
            /// Its step has had no progress for `complaint.stall` days (`day` is when it stalled).
            case stalled
            /// A reply promised to the customer falls due.
            case replyDue = "reply_due"
            /// The department it was handed to said it would act by this day: check it did.
            case handoffDue = "handoff_due"
            /// The satisfaction check-back call after the fix.
            case checkBack = "check_back"
        }

        public var kind: Kind
        public var complaint: Complaint
        /// The day it falls on; before today it is overdue.
        public var day: Day

        public init(kind: Kind, complaint: Complaint, day: Day) {
            self.kind = kind
            self.complaint = complaint
            self.day = day
        }
    }

    public static func == (a: Agenda, b: Agenda) -> Bool {
        a.overdue == b.overdue && a.from == b.from && a.to == b.to && a.chase == b.chase && a.waiting == b.waiting
            && a.days.map(\.day) == b.days.map(\.day) && a.days.map(\.items) == b.days.map(\.items)
            && a.complaints == b.complaints
    }

    public var isEmpty: Bool { overdue.isEmpty && days.isEmpty && chase.isEmpty && complaints.isEmpty }

    /// Complaint items: those inside the window, and, when the window starts today or before,
    /// those from before it still to do; by day, then complaint, then kind.
    public var complaints: [ComplaintItem] = []

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
        for r in book.reminders where r.isOpen && !r.isLapsedTouch(on: today) {
            let shown = r.standing(on: today)
            place(shown.due, .reminder(shown))
        }
        // An invoice wholly under an unresolved complaint is not chased: the complaint's own
        // items stand for it.
        let held = Agenda.whollyDisputed(book, on: today)
        for inv in book.invoices where inv.isOpen && !held.contains(inv.id) { place(inv.due, .invoiceDue(inv)) }
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
        complaints = Agenda.complaintItems(book: book, today: today, from: from, to: to)
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

    /// The open invoices whose whole outstanding amount unresolved complaints dispute on `day`.
    static func whollyDisputed(_ book: Book, on day: Day) -> Set<InvoiceID> {
        var argued: [InvoiceID: Int64] = [:]
        var whole = Set<InvoiceID>()
        for c in book.complaints where c.disputes(on: day) {
            guard let id = c.invoice else { continue }
            if let m = c.disputed { argued[id, default: 0] += m.minor } else { whole.insert(id) }
        }
        for (id, minor) in argued where !whole.contains(id) {
            if let inv = book.invoice(id), minor >= inv.outstanding.minor { whole.insert(id) }
        }
        return whole
    }

    /// The complaint items for `from...to` as seen on `today` (see `ComplaintItem.Kind`). A step
    /// waiting on a handoff whose day is still ahead does not count as stalled before that day.
    static func complaintItems(book: Book, today: Day, from: Day, to: Day) -> [ComplaintItem] {
        let rules = ComplaintRules(settings: book.settings)
        var items: [ComplaintItem] = []
        func place(_ kind: ComplaintItem.Kind, _ c: Complaint, _ day: Day) {
            if (day >= from && day <= to) || (from <= today && day < today && day < from) {
                items.append(ComplaintItem(kind: kind, complaint: c, day: day))
            }
        }
        for c in book.complaints {
            guard book.customer(c.customer)?.removed == nil else { continue }
            if c.isOpen {
                let stalled = c.stageSince.adding(days: rules.stallDays)
                let waiting = c.isUnresolved && (c.handoff?.by.map { $0 > stalled } ?? false)
                if !waiting { place(.stalled, c, stalled) }
                if let r = c.replyBy { place(.replyDue, c, r) }
                if c.isUnresolved, let by = c.handoff?.by { place(.handoffDue, c, by) }
            }
            if let d = c.checkBack { place(.checkBack, c, d) }
        }
        let rank = ComplaintItem.Kind.allCases
        items.sort { a, b in
            if a.day != b.day { return a.day < b.day }
            if a.complaint.id != b.complaint.id { return a.complaint.id < b.complaint.id }
            return (rank.firstIndex(of: a.kind) ?? 0) < (rank.firstIndex(of: b.kind) ?? 0)
        }
        return items
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
