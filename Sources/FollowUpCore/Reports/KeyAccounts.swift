/// The key-account report (seeds 001 and 002): the few customers who bring most of the revenue
/// over a period, a score by 002's criteria, the tier each one's score suggests, and the
/// customers who cost more than they bring.
///
/// Currencies are never added together (the book keeps no exchange rates): each currency is a
/// section of its own, cut at 80% of that currency's revenue. A customer with revenue in two
/// currencies is ranked in both; they are key when they are in the cut of either.
public struct KeyAccounts: Sendable {
    /// The share of revenue the key customers make up together (the 80 of 80/20).
    public static let cutPermille = 800

    /// One customer in one currency's ranking.
    public struct Row: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        /// Revenue in the period, minor units of the section's currency.
        public var revenue: Int64
        /// Invoices (or payments, by payments) counted.
        public var orders: Int
        /// This customer's share and the running share down to them, in tenths of a percent.
        public var sharePermille: Int
        public var cumulativePermille: Int
        /// Inside the cut: among the customers who make up 80% of the revenue.
        public var inCut: Bool
        public var score: Score
        /// The tier set on the customer.
        public var tier: Tier
        /// The tier the score suggests, when it is not the one set.
        public var suggested: Tier?
    }

    public struct Section: Sendable, Equatable {
        public var currency: Currency
        public var total: Int64
        /// Customers with revenue, most first (ties by name, then id).
        public var rows: [Row]
        /// How many rows are inside the cut.
        public var cutCount: Int { rows.filter(\.inCut).count }
    }

    /// The score out of 100: points for each of 002's criteria.
    public struct Score: Sendable, Equatable {
        /// Purchase volume, 0–40: revenue against the section's biggest customer.
        public var volume: Int
        /// Concentration, 0–15: in how many of the period's months they bought (or paid).
        public var concentration: Int
        /// The three the user judges, 0–15 each; an unjudged one earns half (7).
        public var service: Int
        public var price: Int
        public var partnership: Int

        public var total: Int { volume + concentration + service + price + partnership }

        public static let volumeMax = 40, criterionMax = 15, unjudged = 7
        /// At or above: key, when inside the cut.
        public static let keyFrom = 60

        /// The points for one judged criterion: favourable, unjudged, unfavourable.
        public static func points(_ favourable: Bool?) -> Int {
            favourable.map { $0 ? criterionMax : 0 } ?? unjudged
        }
    }

    /// Why a customer costs more than they bring.
    public enum Cost: Sendable, Equatable {
        /// The oldest open invoice is this many days late, past the ladder's hold step.
        case longOverdue(days: Int)
        case brokenPromises(Int)
        /// Complaints received in the period.
        case complaints(Int)
        /// Outside the cut: their share of the revenue (permille), or nil when they bought nothing.
        case smallVolume(sharePermille: Int?)
    }

    public struct Costly: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        public var costs: [Cost]
    }

    /// Broken promises that make a cost (one can be bad luck).
    public static let brokenPromisesFrom = 2

    public let from: Day
    public let to: Day
    public let basis: RevenueBasis
    public let sections: [Section]
    /// Customers outside every cut with at least one cost, most costs first, then by name.
    public let costly: [Costly]

    /// The report over `from...to` on `book` as it stands on `to`.
    public init(book: Book, from: Day, to: Day, basis: RevenueBasis) {
        self.from = from
        self.to = to
        self.basis = basis
        let months = KeyAccounts.months(from: from, to: to)
        // Revenue, orders and months bought, per currency and customer.
        struct Tally { var revenue: Int64 = 0; var orders = 0; var months = Set<Int>() }
        var tallies: [Currency: [CustomerID: Tally]] = [:]
        func count(_ c: CustomerID, _ m: Money, _ day: Day) {
            guard book.customer(c)?.removed == nil else { return }
            var t = tallies[m.currency, default: [:]][c, default: Tally()]
            t.revenue += m.minor
            t.orders += 1
            t.months.insert(day.year * 12 + day.month)
            tallies[m.currency, default: [:]][c] = t
        }
        switch basis {
        case .invoiced:
            for inv in book.invoices where inv.issued >= from && inv.issued <= to { count(inv.customer, inv.amount, inv.issued) }
        case .paid:
            for p in book.payments where p.isReceived && p.day >= from && p.day <= to { count(p.customer, p.amount, p.day) }
        }
        var sections: [Section] = []
        var inCut = Set<CustomerID>()
        var bestShare: [CustomerID: Int] = [:]
        for currency in tallies.keys.sorted(by: { $0.code < $1.code }) {
            guard let byCustomer = tallies[currency] else { continue }
            let ranked = byCustomer.compactMap { id, t -> (CustomerID, String, Tally)? in
                guard t.revenue > 0, let cu = book.customer(id) else { return nil }
                return (id, cu.name, t)
            }.sorted { a, b in
                if a.2.revenue != b.2.revenue { return a.2.revenue > b.2.revenue }
                if a.1 != b.1 { return a.1 < b.1 }
                return a.0 < b.0
            }
            guard !ranked.isEmpty else { continue }
            let total = ranked.reduce(Int64(0)) { $0 + $1.2.revenue }
            let cut = KeyAccounts.cut(ranked.map(\.2.revenue))
            let top = ranked[0].2.revenue
            var running: Int64 = 0
            var rows: [Row] = []
            for (k, (id, name, t)) in ranked.enumerated() {
                running += t.revenue
                guard let cu = book.customer(id) else { continue }
                let score = Score(volume: KeyAccounts.ratio(t.revenue, top, Score.volumeMax),
                                  concentration: KeyAccounts.ratio(Int64(t.months.count), Int64(months), Score.criterionMax),
                                  service: Score.points(cu.serviceNeed.map { $0 == .low }),
                                  price: Score.points(cu.priceSensitivity.map { $0 == .low }),
                                  partnership: Score.points(cu.partnership))
                let share = KeyAccounts.permille(t.revenue, of: total)
                rows.append(Row(customer: id, name: name, revenue: t.revenue, orders: t.orders, sharePermille: share,
                                cumulativePermille: KeyAccounts.permille(running, of: total), inCut: k < cut, score: score,
                                tier: cu.tier, suggested: nil))
                if k < cut { inCut.insert(id) }
                bestShare[id] = max(bestShare[id] ?? 0, share)
            }
            sections.append(Section(currency: currency, total: total, rows: rows))
        }

        // The screening: customers outside every cut with something that costs.
        let ladder = LadderBounds(settings: book.settings)
        let grouped = book.recordsByCustomer()
        var complaints: [CustomerID: Int] = [:]
        for c in book.complaints where c.received >= from && c.received <= to { complaints[c.customer, default: 0] += 1 }
        var costly: [Costly] = []
        for cu in book.customers where cu.removed == nil && !inCut.contains(cu.id) {
            let standing = CustomerStanding(customer: cu, records: grouped[cu.id.raw - 1], ladder: ladder, on: to)
            var costs: [Cost] = []
            if standing.oldestDaysOverdue > ladder.hold { costs.append(.longOverdue(days: standing.oldestDaysOverdue)) }
            if standing.promiseCounts.broken >= KeyAccounts.brokenPromisesFrom {
                costs.append(.brokenPromises(standing.promiseCounts.broken))
            }
            if let n = complaints[cu.id], n > 0 { costs.append(.complaints(n)) }
            guard !costs.isEmpty else { continue }
            costs.append(.smallVolume(sharePermille: bestShare[cu.id]))
            costly.append(Costly(customer: cu.id, name: cu.name, costs: costs))
        }
        costly.sort { a, b in a.costs.count != b.costs.count ? a.costs.count > b.costs.count : (a.name, a.customer) < (b.name, b.customer) }
        let flagged = Set(costly.map(\.customer))

        // Suggestions: watch for a customer who costs more than they bring; key inside the cut
        // with a high score; else regular. A low score alone is no reason to watch anyone.
        for s in sections.indices {
            for r in sections[s].rows.indices {
                let row = sections[s].rows[r]
                let tier: Tier
                if flagged.contains(row.customer) { tier = .watch }
                else if inCut.contains(row.customer) && row.score.total >= Score.keyFrom { tier = .key }
                else { tier = .regular }
                sections[s].rows[r].suggested = tier == row.tier ? nil : tier
            }
        }
        self.sections = sections
        self.costly = costly
    }

    /// How many of `revenues` (most first) make up 80% of their total: the fewest whose sum
    /// reaches it, and then every customer tied with the last of them, so equal revenue is
    /// never split by the cut. Zero when the total is zero.
    public static func cut(_ revenues: [Int64]) -> Int {
        let total = revenues.reduce(Int64(0), +)
        guard total > 0 else { return 0 }
        var running: Int64 = 0, n = 0
        // running ÷ total ≥ 800 ÷ 1000, in integers.
        while n < revenues.count, Int128(running) * 1000 < Int128(total) * Int128(cutPermille) {
            running += revenues[n]
            n += 1
        }
        while n > 0, n < revenues.count, revenues[n] == revenues[n - 1] { n += 1 }
        return n
    }

    /// `part ÷ whole` in tenths of a percent, rounded half up.
    public static func permille(_ part: Int64, of whole: Int64) -> Int {
        guard whole > 0 else { return 0 }
        // 128 bits: a book's amounts (up to 1e16 minor units) times 1000 overflow 64.
        return Int(clamping: (Int128(part) * 2000 + Int128(whole)) / (Int128(whole) * 2))
    }

    /// `part ÷ whole × max`, rounded half up and at most `max`.
    static func ratio(_ part: Int64, _ whole: Int64, _ max: Int) -> Int {
        guard whole > 0 else { return 0 }
        return Swift.min(max, Int(clamping: (Int128(part) * Int128(max) * 2 + Int128(whole)) / (Int128(whole) * 2)))
    }

    /// Calendar months the period touches (at least one).
    static func months(from: Day, to: Day) -> Int {
        Swift.max(1, (to.year * 12 + to.month) - (from.year * 12 + from.month) + 1)
    }

    /// The default period: the twelve months up to `today` (the same day a year ago is out).
    public static func lastTwelveMonths(to today: Day) -> (from: Day, to: Day) {
        (today.adding(years: -1).adding(days: 1), today)
    }
}
