/// The week's collection plan: whom to call or visit on each of the next five working days.
///
/// The window is five working days (Monday to Friday) starting today, or next Monday when
/// today is a weekend day. On the first day: every customer whose latest promise is broken,
/// then customers with overdue money, most pressing first (amount × days late), as many as a
/// day holds; the rest of the overdue customers spread over the following days in that order.
/// A customer with a pending promise is not chased for overdue money: they appear on the day
/// of the promise, to check it came in. Invoices falling due in the window appear on their due
/// day (a weekend due day on the Friday before). One entry per customer per day. The ladder
/// step and next action are the customer's standing's. Amounts under an unresolved complaint
/// are not asked for (`CustomerStanding.toChase`); an entry names the complaints that hold
/// back part of what is owed (`disputes`), and a customer with everything disputed is left out.
public struct CollectionPlan: Sendable {
    /// Working days in the window.
    public static let workingDays = 5
    /// The fewest overdue customers a day takes before the rest move to the next day.
    public static let minimumPerDay = 3

    public enum Reason: Sendable, Equatable {
        /// The latest promise was broken (and money is still owed).
        case brokenPromise(Promise)
        /// Overdue money: the oldest invoice's days late and how many invoices are late.
        case overdue(days: Int, invoices: Int)
        /// A pending promise falls due that day.
        case promiseDue(Promise)
        /// An invoice falls due that day.
        case invoiceDue(Invoice)
    }

    /// What the entry is for, from its first reason.
    public enum Task: String, Sendable, Equatable {
        /// Call about the broken promise: a new day and amount, in writing.
        case brokenPromise = "broken_promise"
        /// Chase overdue money as the customer's next action says.
        case chase
        /// Check the promised payment came in; call if not.
        case checkPromise = "check_promise"
        /// Collect an invoice on its due day, as agreed.
        case collectDue = "collect_due"
        /// A friendly note before an invoice falls due on the weekend.
        case courtesyNote = "courtesy_note"
    }

    public struct Entry: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        public var task: Task
        public var reasons: [Reason]
        /// What to ask for that day, per currency: overdue money (for a broken promise too), the
        /// promised amount, the invoice falling due; added up when one day has several.
        public var amounts: [Money]
        public var step: LadderStep
        public var action: NextAction?
        /// Amounts of this customer's invoices held back by unresolved complaints.
        public var disputes: [CustomerStanding.Dispute] = []
    }

    public var days: [Day]
    /// Entries per day of the window, in day order; days with nothing are left out.
    public var entries: [(day: Day, entries: [Entry])]

    public var isEmpty: Bool { entries.isEmpty }

    /// The working days of the window that starts on or after `today`.
    public static func window(from today: Day) -> [Day] {
        var days: [Day] = []
        var d = today
        while days.count < workingDays {
            if d.isWorkingDay { days.append(d) }
            d = d.adding(days: 1)
        }
        return days
    }

    /// The plan for the window starting on `start` (today when nil or past). A window that
    /// starts later (`collection plan next week`) is planned as the book will stand on its first
    /// day if nothing is paid meanwhile: what is overdue or broken by then goes on that day.
    public init(book: Book, today: Day, start: Day? = nil, customer only: CustomerID? = nil) {
        let days = CollectionPlan.window(from: max(today, start ?? today))
        self.days = days
        let first = days[0], last = days[days.count - 1]
        // Only customers with something open are looked at: the rest are not copied.
        let records = book.recordsByCustomer(only: book.customersWithSomethingOpen())
        let ladder = LadderBounds(settings: book.settings)

        var standings: [Int: CustomerStanding] = [:]
        for cu in book.customers where only == nil || cu.id == only {
            let r = records[cu.id.raw - 1]
            guard !r.isQuiet else { continue }
            standings[cu.id.raw] = CustomerStanding(customer: cu, records: r, ladder: ladder, on: first)
        }

        var perDay: [Int: [Entry]] = [:]
        func add(_ day: Day, _ s: CustomerStanding, _ task: Task, _ reason: Reason, _ amounts: [Money]) {
            if let i = perDay[day.ordinal]?.firstIndex(where: { $0.customer == s.id }) {
                perDay[day.ordinal]?[i].reasons.append(reason)
                // What falls due the same day adds up, per currency.
                for m in amounts {
                    if let j = perDay[day.ordinal]?[i].amounts.firstIndex(where: { $0.currency == m.currency }) {
                        perDay[day.ordinal]?[i].amounts[j].minor += m.minor
                    } else {
                        perDay[day.ordinal]?[i].amounts.append(m)
                    }
                }
                return
            }
            perDay[day.ordinal, default: []].append(Entry(customer: s.id, name: s.name, task: task, reasons: [reason],
                                                          amounts: amounts, step: s.ladderStep, action: s.nextAction,
                                                          disputes: s.disputes))
        }
        func lateCount(_ s: CustomerStanding) -> Int { s.openInvoices.filter { $0.isOverdue && $0.toChase.minor > 0 }.count }

        // Broken promises first, then overdue customers without a pending promise.
        var broken: [CustomerStanding] = [], chase: [CustomerStanding] = []
        for s in standings.values where s.hasSomethingToChase {
            let status = s.latestPromise?.status
            if status == .broken { broken.append(s) } else if s.isOverdue, status != .pending { chase.append(s) }
        }
        let pressure = { (s: CustomerStanding) -> Int64 in
            let days = Int64(max(s.oldestDaysOverdue, 1))
            return s.overdue.map { m in
                let (v, o) = m.minor.multipliedReportingOverflow(by: days)
                return o ? Int64.max : v
            }.max() ?? 0
        }
        let byPressure = { (a: CustomerStanding, b: CustomerStanding) -> Bool in
            let pa = pressure(a), pb = pressure(b)
            return pa != pb ? pa > pb : a.id < b.id
        }
        broken.sort(by: byPressure)
        chase.sort(by: byPressure)
        for s in broken {
            guard let p = s.latestPromise?.promise else { continue }
            add(first, s, .brokenPromise, .brokenPromise(p), s.overdue.isEmpty ? [p.amount] : s.overdue)
            if s.isOverdue { add(first, s, .brokenPromise, .overdue(days: s.oldestDaysOverdue, invoices: lateCount(s)), []) }
        }
        let capacity = max(CollectionPlan.minimumPerDay, (broken.count + chase.count + days.count - 1) / days.count)
        var slot = 0, used = broken.count
        for s in chase {
            while used >= capacity && slot < days.count - 1 {
                slot += 1
                used = 0
            }
            add(days[slot], s, .chase, .overdue(days: s.oldestDaysOverdue, invoices: lateCount(s)), s.overdue)
            used += 1
        }
        // A day in the window for something due on `d`: a weekend day moves to the Friday before.
        func workday(_ d: Day) -> Day? {
            var w = d
            while !w.isWorkingDay { w = w.adding(days: -1) }
            w = max(w, first)
            return w <= last ? w : nil
        }
        let ordered = standings.values.sorted { $0.id < $1.id }
        for s in ordered {
            if let p = s.latestPromise, p.status == .pending, let d = workday(p.promise.due) {
                add(d, s, .checkPromise, .promiseDue(p.promise), [p.promise.amount])
            }
        }
        var dueSoon: [(CustomerStanding, CustomerStanding.OpenInvoice)] = []
        for s in ordered { for oi in s.openInvoices where oi.daysOverdue <= 0 && oi.toChase.minor > 0 { dueSoon.append((s, oi)) } }
        dueSoon.sort { ($0.1.invoice.due, $0.1.invoice.id) < ($1.1.invoice.due, $1.1.invoice.id) }
        for (s, oi) in dueSoon {
            guard let d = workday(oi.invoice.due) else { continue }
            add(d, s, d < oi.invoice.due ? .courtesyNote : .collectDue, .invoiceDue(oi.invoice), [oi.toChase])
        }
        self.entries = perDay.keys.sorted().map { ord in (Day(ordinal: ord), perDay[ord] ?? []) }
    }
}
