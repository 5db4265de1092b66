/// Where one customer stands on a day: what they owe and how late, their promises, the last
/// contact, how they have paid before, their credit, and so how firmly to chase them.
///
/// Play selection, the agenda's chase list and the reports read this one value. It counts only
/// what the book knew by `day`: invoices issued and payments received by then (as the aging
/// report does), promises made and contacts logged by then.
///
/// Complaints and disputed amounts are not part of it yet: there are no complaint records. When
/// they land, add `openComplaints` and `disputed` here, computed in the same pass from the
/// customer's complaint records (`CustomerRecords`), so plays can test them; until then nothing
/// here stands for them.
public struct CustomerStanding: Sendable, Equatable {
    /// An invoice with something still to pay on the standing's day.
    public struct OpenInvoice: Sendable, Equatable {
        public var invoice: Invoice
        /// What is left to pay on it, as of the day.
        public var outstanding: Money
        /// Days past due: zero on the due day, negative before it.
        public var daysOverdue: Int

        public var isOverdue: Bool { daysOverdue > 0 }
    }

    /// One promise and where it stands.
    public struct PromiseEntry: Sendable, Equatable {
        public var promise: Promise
        public var status: Promise.Status
    }

    /// How many promises ended each way.
    public struct PromiseCounts: Sendable, Equatable {
        public var kept = 0
        public var keptLate = 0
        public var pending = 0
        public var broken = 0
        public var replaced = 0

        public init() {}

        public var total: Int { kept + keptLate + pending + broken + replaced }
    }

    /// The most recent contact logged.
    public struct LastContact: Sendable, Equatable {
        public var day: Day
        public var channel: Channel
        public var outcome: ContactOutcome?
        public var excuse: Excuse?
        public var note: String
    }

    public let customer: Customer
    /// The day the standing is for.
    public let day: Day

    // MARK: What is owed

    /// Everything owed, per currency (by currency code); empty when nothing is.
    public let owed: [Money]
    /// The open invoices, oldest due first (then by id).
    public let openInvoices: [OpenInvoice]
    /// The part of `owed` past its due day, per currency.
    public let overdue: [Money]
    /// How late the oldest open invoice is, in days; zero when nothing is overdue.
    public let oldestDaysOverdue: Int
    /// The next due day from the standing's day on (today included), if any open invoice has one.
    public let nextDue: Day?

    // MARK: Promises

    /// Every promise made by the day, in id order, with its status.
    public let promises: [PromiseEntry]
    public let promiseCounts: PromiseCounts
    /// The latest promise (the last one made).
    public var latestPromise: PromiseEntry? { promises.last }
    /// Where the latest promise stands; `none` when the customer never promised.
    public var promiseState: PromiseState { promises.last?.status.state ?? PromiseState.none }

    // MARK: Contact and payment habit

    public let lastContact: LastContact?
    /// The latest money received (not a credit note, not bounced).
    public let lastPayment: Payment?
    /// How many invoices are paid in full.
    public let paidInFullCount: Int
    /// Average days late over the invoices paid in full (early counts as zero), rounded; nil
    /// when none is.
    public let averageDaysLate: Int?
    /// No invoice of theirs is paid in full yet: credit is not established.
    public var firstOrder: Bool { paidInFullCount == 0 }

    // MARK: Credit, tier, ladder

    public var creditLimit: Money? { customer.creditLimit }
    /// What is owed in the credit limit's currency (nil without a limit).
    public let creditUsed: Money?
    public var overCreditLimit: Bool {
        guard let limit = creditLimit, let used = creditUsed else { return false }
        return used.minor > limit.minor
    }
    public var tier: Tier { customer.tier }

    /// The step by the oldest open invoice's days overdue alone.
    public let ladderByDays: LadderStep
    /// The step to chase at: `ladderByDays`, one step up when the latest promise is broken and
    /// money is still owed.
    public let ladderStep: LadderStep
    /// Whether a broken promise moved the customer up the ladder.
    public var bumpedByBrokenPromise: Bool { ladderStep != ladderByDays }
    /// What to do next; nil when there is nothing to chase.
    public var nextAction: NextAction? { NextAction(step: ladderStep) }

    public var id: CustomerID { customer.id }
    public var name: String { customer.name }
    public var owesSomething: Bool { !openInvoices.isEmpty }
    public var isOverdue: Bool { oldestDaysOverdue > 0 }

    /// What is owed in one currency, in minor units (0 when nothing).
    public func owed(in currency: Currency) -> Int64 { owed.first { $0.currency == currency }?.minor ?? 0 }
    /// What is overdue in one currency, in minor units (0 when nothing).
    public func overdue(in currency: Currency) -> Int64 { overdue.first { $0.currency == currency }?.minor ?? 0 }

    /// The standing of `customer` in `book` on `day`, with the ladder from the book's settings.
    /// Nil when there is no such customer.
    public init?(book: Book, customer id: CustomerID, on day: Day) {
        guard let customer = book.customer(id) else { return nil }
        self.init(customer: customer, records: book.records(of: id), ladder: LadderBounds(settings: book.settings), on: day)
    }

    /// The same from records already grouped (`Book.recordsByCustomer`), for many customers at
    /// once. `records` must be this customer's, each list in id order.
    public init(customer: Customer, records r: CustomerRecords, ladder: LadderBounds, on day: Day) {
        self.customer = customer
        self.day = day

        // One pass, no hashing: the agenda builds thousands of these. Invoices are in id order,
        // so an allocation finds its invoice by binary search.
        let invoices = r.invoices
        func local(_ id: InvoiceID) -> Int? {
            var lo = 0, hi = invoices.count - 1
            while lo <= hi {
                let mid = (lo + hi) / 2
                if invoices[mid].id == id { return mid }
                if invoices[mid].id < id { lo = mid + 1 } else { hi = mid - 1 }
            }
            return nil
        }
        // Payments received by the day, in the order they came in: usually their id order, so
        // they are visited by index and sorted (as indices) only when a payment was backdated.
        let payments = r.payments
        var order = Array(payments.indices)
        if zip(payments, payments.dropFirst()).contains(where: { ($0.day, $0.id) > ($1.day, $1.id) }) {
            order.sort { (payments[$0].day, payments[$0].id) < (payments[$1].day, payments[$1].id) }
        }
        // What each invoice had been paid by the day, and the day it was paid in full.
        var paid = [Int64](repeating: 0, count: invoices.count)
        var fullDay = [Day?](repeating: nil, count: invoices.count)
        var latest: Int?
        for i in order where payments[i].day <= day && payments[i].customer == customer.id {
            if payments[i].isReceived { latest = i }
            for a in payments[i].allocations {
                guard let k = local(a.invoice) else { continue }
                paid[k] += a.minor
                if fullDay[k] == nil, paid[k] >= invoices[k].amount.minor { fullDay[k] = payments[i].day }
            }
        }

        var open: [OpenInvoice] = []
        var owedBy: [Money] = [], overdueBy: [Money] = []
        func add(_ m: Money, to list: inout [Money]) {
            if let i = list.firstIndex(where: { $0.currency == m.currency }) { list[i] = list[i] + m } else { list.append(m) }
        }
        var lateDays = 0, lateCount = 0
        for (k, inv) in invoices.enumerated() where inv.issued <= day && inv.customer == customer.id {
            let left = inv.amount.minor - paid[k]
            if left <= 0 {
                // Paid in full by payments or credit notes: how late it was cleared.
                if let d = fullDay[k] {
                    lateDays += max(0, d.days(since: inv.due))
                    lateCount += 1
                }
                continue
            }
            let o = Money(minor: left, currency: inv.amount.currency)
            let entry = OpenInvoice(invoice: inv, outstanding: o, daysOverdue: inv.daysOverdue(on: day))
            open.append(entry)
            add(o, to: &owedBy)
            if entry.isOverdue { add(o, to: &overdueBy) }
        }
        open.sort { ($0.invoice.due, $0.invoice.id) < ($1.invoice.due, $1.invoice.id) }
        openInvoices = open
        owed = owedBy.sorted { $0.currency.code < $1.currency.code }
        overdue = overdueBy.sorted { $0.currency.code < $1.currency.code }
        oldestDaysOverdue = max(0, open.first?.daysOverdue ?? 0)
        nextDue = open.first { $0.invoice.due >= day }?.invoice.due
        paidInFullCount = lateCount
        averageDaysLate = lateCount == 0 ? nil : (lateDays + lateCount / 2) / lateCount
        lastPayment = latest.map { payments[$0] }

        let made = r.promises.filter { $0.made <= day && $0.customer == customer.id }
        // `PromiseRules` counts only the promise's customer's payments: no filtered copy needed.
        let statuses = made.isEmpty ? [] : PromiseRules.statuses(of: made, payments: r.payments, on: day)
        var entries: [PromiseEntry] = []
        var counts = PromiseCounts()
        for (p, s) in zip(made, statuses) {
            entries.append(PromiseEntry(promise: p, status: s))
            switch s {
            case .kept: counts.kept += 1
            case .keptLate: counts.keptLate += 1
            case .pending: counts.pending += 1
            case .broken: counts.broken += 1
            case .replaced: counts.replaced += 1
            }
        }
        promises = entries
        promiseCounts = counts

        var last: ContactEntry?
        for c in r.contacts where c.day <= day && c.customer == customer.id {
            if let l = last, (l.day, l.id) > (c.day, c.id) { continue }
            last = c
        }
        lastContact = last.map {
            LastContact(day: $0.day, channel: $0.channel, outcome: $0.outcome, excuse: $0.excuse, note: $0.note)
        }

        creditUsed = customer.creditLimit.map { limit in
            owedBy.first { $0.currency == limit.currency } ?? .zero(limit.currency)
        }

        let byDays = open.first.map { ladder.step(daysOverdue: $0.daysOverdue) } ?? .clear
        ladderByDays = byDays
        ladderStep = entries.last?.status == .broken && !open.isEmpty ? byDays.next : byDays
    }
}
