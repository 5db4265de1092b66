/// The week's collection plan: whom to call or visit on each of the next five working days.
///
/// The window is five working days (Monday to Friday) starting today, or next Monday when
/// today is a weekend day. On the first day: every customer whose latest promise is broken,
/// then customers with overdue money, most pressing first (amount × days late), as many as a
/// day holds; the rest of the overdue customers spread over the following days in that order.
/// A customer with a pending promise is not chased for overdue money: they appear on the day
/// of the promise, to check it came in. Invoices falling due in the window appear on their due
/// day (a weekend due day on the Friday before). One entry per customer per day.
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

    public struct Entry: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        public var reasons: [Reason]
        /// What to ask for that day, per currency: overdue money (for a broken promise too), the
        /// promised amount, the invoice falling due; added up when one day has several.
        public var amounts: [Money]
        public var step: LadderStep
        public var action: CollectionAction
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
            if d.weekday.rawValue < 5 { days.append(d) }
            d = d.adding(days: 1)
        }
        return days
    }

    public init(book: Book, today: Day, customer only: CustomerID? = nil) {
        let days = CollectionPlan.window(from: today)
        self.days = days
        let first = days[0], last = days[days.count - 1]
        let facts = CollectionFacts(book: book, today: today)

        // Overdue money per customer and currency, and how many invoices are late.
        var overdue: [Int: [String: Money]] = [:]
        var lateCount: [Int: Int] = [:]
        var dueInWindow: [Invoice] = []
        for inv in book.invoices where inv.isOpen && inv.issued <= today && (only == nil || inv.customer == only) {
            let k = inv.customer.raw
            if inv.due < today {
                let o = inv.outstanding
                overdue[k, default: [:]][o.currency.code] = (overdue[k]?[o.currency.code] ?? .zero(o.currency)) + o
                lateCount[k, default: 0] += 1
            } else if inv.due <= last.adding(days: 2) {
                dueInWindow.append(inv)
            }
        }
        func name(_ k: Int) -> String { book.customer(CustomerID(k))?.name ?? "#\(k)" }
        func moneys(_ k: Int) -> [Money] { (overdue[k] ?? [:]).keys.sorted().compactMap { overdue[k]?[$0] } }

        var perDay: [Int: [Entry]] = [:]
        func add(_ day: Day, _ k: Int, _ reason: Reason, _ amounts: [Money], action: CollectionAction) {
            let f = facts[CustomerID(k)]
            if let i = perDay[day.ordinal]?.firstIndex(where: { $0.customer.raw == k }) {
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
            perDay[day.ordinal, default: []].append(Entry(customer: CustomerID(k), name: name(k), reasons: [reason],
                                                          amounts: amounts, step: f.step, action: action))
        }

        // Broken promises first, then overdue customers without a pending promise.
        var broken: [Int] = [], chase: [Int] = []
        for k in overdue.keys {
            let f = facts[CustomerID(k)]
            if f.brokenPromise { broken.append(k) } else if f.promiseStatus != .pending { chase.append(k) }
        }
        // Promises broken on money not yet due still need the call.
        for (k0, _) in book.customers.enumerated() {
            let k = k0 + 1
            if only != nil && only?.raw != k { continue }
            let f = facts[CustomerID(k)]
            if f.promiseStatus == .broken, f.daysOverdue != nil, overdue[k] == nil { broken.append(k) }
        }
        let pressure: (Int) -> Int64 = { k in
            let days = Int64(max(facts[CustomerID(k)].daysOverdue ?? 0, 1))
            return moneys(k).map { m in
                let (v, o) = m.minor.multipliedReportingOverflow(by: days)
                return o ? Int64.max : v
            }.max() ?? 0
        }
        let byPressure: (Int, Int) -> Bool = { a, b in
            let pa = pressure(a), pb = pressure(b)
            return pa != pb ? pa > pb : a < b
        }
        broken.sort(by: byPressure)
        chase.sort(by: byPressure)
        for k in broken {
            guard let p = facts[CustomerID(k)].promise else { continue }
            let late = moneys(k)
            add(first, k, .brokenPromise(p), late.isEmpty ? [p.amount] : late, action: .callAboutBrokenPromise)
            if let n = lateCount[k] {
                add(first, k, .overdue(days: facts[CustomerID(k)].daysOverdue ?? 0, invoices: n), [], action: .callAboutBrokenPromise)
            }
        }
        let capacity = max(CollectionPlan.minimumPerDay, (broken.count + chase.count + days.count - 1) / days.count)
        var slot = 0, used = broken.count
        for k in chase {
            while used >= capacity && slot < days.count - 1 {
                slot += 1
                used = 0
            }
            let f = facts[CustomerID(k)]
            add(days[slot], k, .overdue(days: f.daysOverdue ?? 0, invoices: lateCount[k] ?? 0), moneys(k), action: f.action)
            used += 1
        }
        // A day in the window for something due on `d`: a weekend day moves to the Friday before.
        func workday(_ d: Day) -> Day? {
            var w = d
            while w.weekday.rawValue >= 5 { w = w.adding(days: -1) }
            w = max(w, first)
            return w <= last ? w : nil
        }
        for (k0, _) in book.customers.enumerated() {
            let k = k0 + 1
            if only != nil && only?.raw != k { continue }
            let f = facts[CustomerID(k)]
            if f.promiseStatus == .pending, let p = f.promise, let d = workday(p.due) {
                add(d, k, .promiseDue(p), [p.amount], action: .checkPromise)
            }
        }
        for inv in dueInWindow.sorted(by: { ($0.due, $0.id) < ($1.due, $1.id) }) {
            guard let d = workday(inv.due) else { continue }
            add(d, inv.customer.raw, .invoiceDue(inv), [inv.outstanding],
                action: inv.due == today ? .collectAsAgreed : (d < inv.due ? .courtesyNote : .collectAsAgreed))
        }
        self.entries = perDay.keys.sorted().map { ord in (Day(ordinal: ord), perDay[ord] ?? []) }
    }
}
