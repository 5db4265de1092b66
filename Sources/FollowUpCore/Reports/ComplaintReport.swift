/// Complaints at a glance: the open ones oldest first with their step and age, then counts by
/// cause (and by whose side the cause is on), by product and by customer, the average days
/// from receiving a complaint to its fix, and the share fixed within `fastDays` days — seeds
/// 001: customers whose complaint is resolved quickly mostly stay.
///
/// The counts and figures cover the complaints received in the period (all of them when no
/// period is given); the open list is every complaint open on `today`, received by then, of a
/// customer not deleted.
public struct ComplaintReport: Sendable, Equatable {
    /// A fix within this many days counts as fast.
    public static let fastDays = 2

    public struct Open: Sendable, Equatable {
        public var complaint: Complaint
        public var customerName: String
        /// Days since it was received.
        public var age: Int
        /// Days it has been at its current step.
        public var daysAtStage: Int
    }

    /// How many complaints share one value (a cause, a product, a customer).
    public struct Count<Key: Sendable & Equatable>: Sendable, Equatable {
        public var key: Key
        public var complaints: Int
        /// Of them, how many are still unresolved (not fixed, not closed).
        public var unresolved: Int
    }

    public var today: Day
    public var from: Day?
    public var to: Day?
    /// Open (not closed) complaints, oldest received first.
    public var open: [Open]
    /// Complaints counted (received in the period).
    public var total: Int
    /// By cause, most first (then in `ComplaintCause` order); complaints with no cause yet count
    /// as `unknown`.
    public var byCause: [Count<ComplaintCause>]
    /// By whose side the cause is on, most first (then in `Party` order).
    public var byParty: [Count<ComplaintCause.Party>]
    /// By product as typed (compared without case), most first, then by name; complaints naming
    /// none are left out.
    public var byProduct: [Count<String>]
    /// By customer, most first, then by name.
    public var byCustomer: [Count<CustomerID>]
    /// Complaints counted that have been resolved (carried out).
    public var resolved: Int
    /// Days from received to resolved, summed over `resolved`.
    public var daysToResolve: Int
    /// Of `resolved`, how many within `fastDays` days.
    public var resolvedFast: Int

    /// The average days to resolve in tenths of a day, rounded; nil when none is resolved.
    public var averageDaysToResolveTenths: Int? {
        guard resolved > 0 else { return nil }
        return (daysToResolve * 10 + resolved / 2) / resolved
    }

    /// The share resolved within `fastDays` days, in percent of those resolved, rounded; nil
    /// when none is resolved.
    public var fastSharePercent: Int? {
        guard resolved > 0 else { return nil }
        return (resolvedFast * 100 + resolved / 2) / resolved
    }

    /// The report on `today`; `from`/`to` keep the complaints received in that period (either
    /// end may be open); `customer` keeps one customer's.
    public init(book: Book, today: Day, from: Day? = nil, to: Day? = nil, customer only: CustomerID? = nil) {
        self.today = today
        self.from = from
        self.to = to
        var open: [Open] = []
        var causes: [Count<ComplaintCause>] = []
        var parties: [Count<ComplaintCause.Party>] = []
        var products: [Count<String>] = []
        var productKeys: [String] = []
        var customers: [Count<CustomerID>] = []
        var total = 0, resolved = 0, days = 0, fast = 0

        func bump<K>(_ list: inout [Count<K>], _ key: K, _ unresolved: Bool) {
            if let i = list.firstIndex(where: { $0.key == key }) {
                list[i].complaints += 1
                if unresolved { list[i].unresolved += 1 }
            } else {
                list.append(Count(key: key, complaints: 1, unresolved: unresolved ? 1 : 0))
            }
        }

        for c in book.complaints where only == nil || c.customer == only {
            guard c.received <= today else { continue }
            let customer = book.customer(c.customer)
            let name = customer?.name ?? ""
            // A deleted customer's complaints stay in the figures but leave the working list.
            if c.isOpen, customer?.removed == nil {
                open.append(Open(complaint: c, customerName: name, age: c.age(on: today),
                                 daysAtStage: today.days(since: c.stageSince)))
            }
            if let from, c.received < from { continue }
            if let to, c.received > to { continue }
            total += 1
            let cause = c.cause ?? .unknown
            bump(&causes, cause, c.isUnresolved)
            bump(&parties, cause.party, c.isUnresolved)
            bump(&customers, c.customer, c.isUnresolved)
            if let p = c.product?.trimmingWhitespace, !p.isEmpty {
                let folded = p.lowercased()
                if let i = productKeys.firstIndex(of: folded) {
                    products[i].complaints += 1
                    if c.isUnresolved { products[i].unresolved += 1 }
                } else {
                    productKeys.append(folded)
                    products.append(Count(key: p, complaints: 1, unresolved: c.isUnresolved ? 1 : 0))
                }
            }
            if let r = c.resolved {
                let d = max(0, r.days(since: c.received))
                resolved += 1
                days += d
                if d <= ComplaintReport.fastDays { fast += 1 }
            }
        }

        open.sort { ($0.complaint.received, $0.complaint.id) < ($1.complaint.received, $1.complaint.id) }
        self.open = open
        self.total = total
        let causeOrder = ComplaintCause.allCases, partyOrder = ComplaintCause.Party.allCases
        byCause = causes.sorted {
            $0.complaints != $1.complaints ? $0.complaints > $1.complaints
                : (causeOrder.firstIndex(of: $0.key) ?? 0) < (causeOrder.firstIndex(of: $1.key) ?? 0)
        }
        byParty = parties.sorted {
            $0.complaints != $1.complaints ? $0.complaints > $1.complaints
                : (partyOrder.firstIndex(of: $0.key) ?? 0) < (partyOrder.firstIndex(of: $1.key) ?? 0)
        }
        byProduct = products.sorted { $0.complaints != $1.complaints ? $0.complaints > $1.complaints : $0.key < $1.key }
        let name = { (id: CustomerID) in book.customer(id)?.name ?? "" }
        byCustomer = customers.sorted {
            if $0.complaints != $1.complaints { return $0.complaints > $1.complaints }
            let a = name($0.key), b = name($1.key)
            return a != b ? a < b : $0.key < $1.key
        }
        self.resolved = resolved
        daysToResolve = days
        resolvedFast = fast
    }
}
