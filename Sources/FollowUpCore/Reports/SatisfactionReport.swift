/// Satisfaction calls after a delivery or an installation (seeds 000: ask a few days after the
/// goods arrive or the work is done, once the customer has used them; seeds 001: most unhappy
/// customers leave without saying so, so asking is how one hears of it).
public enum SatisfactionCalls {
    /// Days from a delivery or installation to its satisfaction call.
    public static let standardDays = 3
    /// What `satisfaction.call` accepts: a day to three months.
    public static let range = 1...90

    /// The days a book's `satisfaction.call` setting gives; a missing or unreadable one keeps 3.
    public static func days(settings: [String: String]) -> Int {
        guard let n = settings[BookSetting.satisfactionCall.rawValue].flatMap(Int.init), range.contains(n) else { return standardDays }
        return n
    }

    /// The day the satisfaction call for a delivery or installation falls.
    public static func due(after delivery: ContactEntry, days: Int = standardDays) -> Day {
        delivery.day.adding(days: days)
    }

    /// The deliveries of a customer still waiting for their answer: no answer was
    /// recorded for the customer on or after the delivery's day. One answer settles every
    /// delivery before it (a customer answers about what they received, not per parcel).
    public static func waiting(_ book: Book, customer: CustomerID) -> [ContactEntry] {
        let theirs = book.contacts(of: customer)
        let lastAnswer = theirs.filter { $0.satisfied != nil }.map(\.day).max()
        return theirs.filter { d in d.service != nil && (lastAnswer.map { d.day > $0 } ?? true) }
    }
}

/// `satisfaction` (满意度): by customer, the satisfaction calls that fell due in the period (the
/// `survey` reminders on the agenda, where they stand now), the
/// answers recorded in it (satisfaction calls and complaint check-back calls alike), the share
/// satisfied, and the unhappy answers with the customer's words.
public struct SatisfactionReport: Sendable, Equatable {
    /// One answer: from a satisfaction call (a contact) or a complaint's check-back call.
    public struct Answer: Sendable, Equatable {
        public var customer: CustomerID
        public var day: Day
        public var satisfied: Bool
        public var words: String
        /// The complaint whose check-back call this was; nil for a satisfaction call.
        public var complaint: ComplaintID?
    }

    public struct Row: Sendable, Equatable {
        public var customer: CustomerID
        public var name: String
        /// Satisfaction calls (`survey` reminders, not deleted) that fell due in the period, up to
        /// today, and complaint check-back calls.
        public var due: Int
        public var answered: Int
        public var satisfied: Int
    }

    public var from: Day?
    public var to: Day?
    /// Customers with a call due or an answer in the period, by name.
    public var rows: [Row]
    /// Every answer in the period, oldest first.
    public var answers: [Answer]

    public var due: Int { rows.reduce(0) { $0 + $1.due } }
    public var answered: Int { answers.count }
    public var satisfied: Int { answers.filter(\.satisfied).count }
    public var unhappy: [Answer] { answers.filter { !$0.satisfied } }
    /// Percent of answers that were satisfied, rounded; nil without answers.
    public var satisfiedPercent: Int? {
        answered == 0 ? nil : (satisfied * 100 + answered / 2) / answered
    }

    public init(book: Book, today: Day, from: Day? = nil, to: Day? = nil, customer: CustomerID? = nil) {
        self.from = from
        self.to = to
        func inPeriod(_ d: Day) -> Bool {
            d <= today && (from.map { d >= $0 } ?? true) && (to.map { d <= $0 } ?? true)
        }
        func counted(_ c: CustomerID) -> Bool {
            (customer == nil || customer == c) && book.customer(c)?.removed == nil
        }
        var answers: [Answer] = []
        var due: [CustomerID: Int] = [:]
        // The calls as planned (and snoozed): a later change of `satisfaction.call` moves none.
        for r in book.reminders where r.kind == .survey && r.cancelled == nil {
            if let c = r.customer, counted(c), inPeriod(r.due) { due[c, default: 0] += 1 }
        }
        for e in book.contacts where counted(e.customer) {
            if let s = e.satisfied, inPeriod(e.day) {
                answers.append(Answer(customer: e.customer, day: e.day, satisfied: s, words: e.note, complaint: nil))
            }
        }
        for x in book.complaints where counted(x.customer) {
            if let s = x.satisfaction, inPeriod(s.day) {
                answers.append(Answer(customer: x.customer, day: s.day, satisfied: s.satisfied, words: s.words ?? "", complaint: x.id))
            }
            // A complaint's check-back call is a satisfaction call too: due on its day while it
            // waits, counted on the answer's day once answered (the answer clears the day).
            if let d = x.checkBack ?? x.satisfaction?.day, inPeriod(d) { due[x.customer, default: 0] += 1 }
        }
        answers.sort { ($0.day, $0.customer.raw) < ($1.day, $1.customer.raw) }
        self.answers = answers
        var ids = Set(due.keys)
        for a in answers { ids.insert(a.customer) }
        rows = ids.map { id in
            let theirs = answers.filter { $0.customer == id }
            return Row(customer: id, name: book.customer(id)?.name ?? id.description, due: due[id] ?? 0,
                       answered: theirs.count, satisfied: theirs.filter(\.satisfied).count)
        }.sorted { ($0.name.lowercased(), $0.customer.raw) < ($1.name.lowercased(), $1.customer.raw) }
    }
}
