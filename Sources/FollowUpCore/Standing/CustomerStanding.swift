/// Where one customer stands on a day: what they owe and how late, their promises, the last
/// contact, how they have paid before, their credit, and so how firmly to chase them.
///
/// Play selection, the agenda's chase list and the reports read this one value. It counts only
/// what the book knew by `day`: invoices issued and payments received by then (as the aging
/// report does), promises made and contacts logged by then.
///
/// Complaints: an unresolved complaint about an invoice disputes that invoice, or the part of
/// it the complaint names (`Complaint.disputed`, at most what is still owed on it). A disputed
/// amount is still owed (`owed`, `creditUsed`) but it is not chased: `overdue`, the ladder step,
/// `toChase` and `nextDue` leave it out, and each open invoice says how much of it is disputed
/// and by which complaints (`disputes`), so the assistant can say why. A customer whose every
/// open amount is disputed has nothing to chase: no next action, not on the chase list.
public struct CustomerStanding: Sendable, Equatable {
    /// An invoice with something still to pay on the standing's day.
    public struct OpenInvoice: Sendable, Equatable {
        public var invoice: Invoice
        /// What is left to pay on it, as of the day.
        public var outstanding: Money
        /// Days past due: zero on the due day, negative before it.
        public var daysOverdue: Int
        /// The part of `outstanding` under an unresolved complaint, in minor units (zero when none;
        /// kept as a number so the many undisputed invoices carry no second currency).
        public var disputedMinor: Int64 = 0
        /// The complaints that dispute it, in id order.
        public var disputedBy: [ComplaintID] = []

        public var isOverdue: Bool { daysOverdue > 0 }
        /// The part of `outstanding` under an unresolved complaint.
        public var disputed: Money { Money(minor: disputedMinor, currency: outstanding.currency) }
        /// What may be chased: what is still owed less what is disputed.
        public var toChase: Money { Money(minor: outstanding.minor - disputedMinor, currency: outstanding.currency) }
        /// Nothing on it may be chased while its complaints are open.
        public var isFullyDisputed: Bool { disputedMinor > 0 && outstanding.minor <= disputedMinor }
    }

    /// An amount of one invoice that one complaint disputes.
    public struct Dispute: Sendable, Equatable {
        public var complaint: ComplaintID
        public var invoice: InvoiceID
        public var amount: Money
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
    /// The part of `owed` past its due day that may be chased (disputed amounts left out), per
    /// currency.
    public let overdue: [Money]
    /// What may be chased, due or not: `owed` less what is disputed, per currency (empty when
    /// nothing may be).
    public let toChase: [Money]
    /// The part of `owed` under unresolved complaints, per currency.
    public let disputed: [Money]
    /// Each disputed amount with its complaint, by invoice (oldest due first), then complaint.
    public let disputes: [Dispute]
    /// How late the oldest open invoice with something to chase is, in days; zero when nothing
    /// chased is overdue.
    public let oldestDaysOverdue: Int
    /// The next due day from the standing's day on (today included) of an invoice with
    /// something to chase.
    public let nextDue: Day?

    // MARK: Complaints

    /// The customer's complaints received by the day and not closed, oldest first.
    public let openComplaints: [Complaint]

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
    /// Something owed may be chased (not all of it is disputed).
    public var hasSomethingToChase: Bool { !toChase.isEmpty }
    /// Money is owed, and all of it is disputed: the customer is not chased at all.
    public var allDisputed: Bool { owesSomething && toChase.isEmpty }
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

        // What each invoice's unresolved complaints dispute, by local invoice index. Complaints
        // are few, so this is a short loop even on a large book.
        var disputedBy: [Int: [(ComplaintID, Int64?)]] = [:]
        var complaintsOpen: [Complaint] = []
        for c in r.complaints where c.customer == customer.id && c.received <= day {
            if c.isOpen { complaintsOpen.append(c) }
            guard c.disputes(on: day), let inv = c.invoice, let k = local(inv) else { continue }
            disputedBy[k, default: []].append((c.id, c.disputed?.minor))
        }
        complaintsOpen.sort { ($0.received, $0.id) < ($1.received, $1.id) }
        openComplaints = complaintsOpen

        var open: [OpenInvoice] = []
        var owedBy: [Money] = [], overdueBy: [Money] = [], chaseBy: [Money] = [], disputedByCurrency: [Money] = []
        var disputeList: [Dispute] = []
        func add(_ m: Money, to list: inout [Money]) {
            guard m.minor != 0 else { return }
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
            var entry = OpenInvoice(invoice: inv, outstanding: o, daysOverdue: inv.daysOverdue(on: day))
            // Several complaints on one invoice dispute their amounts together, up to what is owed
            // on it; one that names no amount disputes all of it.
            if !disputedBy.isEmpty, let claims = disputedBy[k] {
                for (cid, amount) in claims {
                    let part = min(amount ?? left, left - entry.disputedMinor)
                    guard part > 0 else { continue }
                    entry.disputedMinor += part
                    entry.disputedBy.append(cid)
                    disputeList.append(Dispute(complaint: cid, invoice: inv.id, amount: Money(minor: part, currency: o.currency)))
                }
            }
            open.append(entry)
            add(o, to: &owedBy)
            if entry.disputedMinor == 0 {
                if entry.isOverdue { add(o, to: &overdueBy) }
            } else {
                add(entry.disputed, to: &disputedByCurrency)
                if entry.isOverdue { add(entry.toChase, to: &overdueBy) }
            }
        }
        open.sort { ($0.invoice.due, $0.invoice.id) < ($1.invoice.due, $1.invoice.id) }
        openInvoices = open
        let byCode = { (a: Money, b: Money) in a.currency.code < b.currency.code }
        owed = owedBy.sorted(by: byCode)
        overdue = overdueBy.sorted(by: byCode)
        if disputedByCurrency.isEmpty {
            toChase = owed
        } else {
            for m in owedBy {
                let d = disputedByCurrency.first { $0.currency == m.currency }?.minor ?? 0
                add(Money(minor: m.minor - d, currency: m.currency), to: &chaseBy)
            }
            toChase = chaseBy.sorted(by: byCode)
        }
        disputed = disputedByCurrency.sorted(by: byCode)
        if disputeList.count > 1 {
            let rank = { (d: Dispute) in open.firstIndex { $0.invoice.id == d.invoice } ?? 0 }
            disputeList.sort { (rank($0), $0.complaint) < (rank($1), $1.complaint) }
        }
        disputes = disputeList
        // The ladder and the due days look only at invoices with something to chase.
        let oldestChased = open.first { $0.toChase.minor > 0 }
        oldestDaysOverdue = max(0, oldestChased?.daysOverdue ?? 0)
        nextDue = open.first { $0.invoice.due >= day && $0.toChase.minor > 0 }?.invoice.due
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

        let byDays = oldestChased.map { ladder.step(daysOverdue: $0.daysOverdue) } ?? .clear
        ladderByDays = byDays
        ladderStep = entries.last?.status == .broken && oldestChased != nil ? byDays.next : byDays
    }
}
