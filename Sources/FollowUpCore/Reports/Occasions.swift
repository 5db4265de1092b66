/// A day worth a greeting (seed 000: public holidays and personal occasions keep a customer
/// close): a contact's birthday, the customer's founding day, the anniversary of its first order,
/// or a public holiday.
public struct Occasion: Sendable, Equatable {
    /// Raw values name the greeting plays (`email.greeting.<kind>`) and the calendar's keys.
    public enum Kind: String, Sendable, CaseIterable, Equatable {
        case birthday
        case founding
        case firstOrder = "first_order"
        case newYear = "new_year"
        case springFestival = "spring_festival"
        case lantern
        case dragonBoat = "dragon_boat"
        case midAutumn = "mid_autumn"
        case doubleNinth = "double_ninth"
        case christmas

        /// A public holiday: one greeting per customer who gets holiday greetings.
        public var isHoliday: Bool { ![.birthday, .founding, .firstOrder].contains(self) }
    }

    public var kind: Kind
    public var customer: CustomerID
    /// The person whose birthday it is (nil for the others: they go to the customer), and
    /// their place among the customer's contacts.
    public var contact: String?
    public var contactIndex: Int?
    /// The day it falls on.
    public var day: Day
    /// The day its greeting comes up: `lead` days before.
    public var due: Day
    /// Years since the founding or the first order; nil for the rest.
    public var years: Int?

    public init(kind: Kind, customer: CustomerID, contact: String? = nil, contactIndex: Int? = nil, day: Day, due: Day,
                years: Int? = nil) {
        self.kind = kind
        self.customer = customer
        self.contact = contact
        self.contactIndex = contactIndex
        self.day = day
        self.due = due
        self.years = years
    }
}

/// The occasions of a book in a window of days, and the greetings due on a day.
///
/// Who gets holiday greetings by default: a customer not deleted who is a key account, has a
/// follow-up plan running (seed 004 篇1 第6条: greetings on holidays while the job runs), or was
/// added, invoiced or paid in the last 12 months (`activeDays`) — someone to keep close, not
/// every name ever typed. `no holiday greetings for Acme` leaves one out and `holiday greetings
/// for Acme` puts one in, whatever the default says. Birthdays, founding days and first-order
/// anniversaries are personal: they come up for every customer not deleted.
public enum Occasions {
    public static let defaultLead = 3
    public static let leadRange = 0...30
    /// How long before an occasion a greeting sent still counts for it (a Christmas card posted
    /// early in December): longer than any lead, shorter than the gap between the holidays.
    public static let earlyDays = 30
    /// How far back an invoice, payment or new customer makes someone current for holidays.
    public static let activeDays = 365

    /// `greetings.lead` from the book's settings, else the default.
    public static func lead(_ settings: [String: String]) -> Int {
        if let n = settings[BookSetting.greetingsLead.rawValue].flatMap(Int.init), leadRange.contains(n) { return n }
        return defaultLead
    }

    /// The public holidays of a Gregorian year, in day order; the lunar ones only in years the
    /// lunar calendar covers. Each lunar holiday of lunar year `y` falls in Gregorian year `y`.
    public static func holidays(in year: Int) -> [(kind: Occasion.Kind, day: Day)] {
        var out: [(kind: Occasion.Kind, day: Day)] = []
        if let d = Day(year: year, month: 1, day: 1) { out.append((.newYear, d)) }
        let lunar: [(Occasion.Kind, Int, Int)] = [(.springFestival, 1, 1), (.lantern, 1, 15), (.dragonBoat, 5, 5),
                                                   (.midAutumn, 8, 15), (.doubleNinth, 9, 9)]
        for (kind, m, d) in lunar {
            if let day = LunarCalendar.day(year: year, month: m, day: d) { out.append((kind, day)) }
        }
        if let d = Day(year: year, month: 12, day: 25) { out.append((.christmas, d)) }
        return out.sorted { $0.day < $1.day }
    }

    /// Whether `cu` gets holiday greetings on `today` (see the type's comment).
    public static func getsHolidayGreetings(_ cu: Customer, lastActive: Day?, planRunning: Bool = false, on today: Day) -> Bool {
        guard cu.removed == nil else { return false }
        if let set = cu.holidayGreetings { return set }
        if cu.tier == .key || planRunning { return true }
        let since = today.adding(days: -activeDays)
        return cu.added >= since || (lastActive.map { $0 >= since } ?? false)
    }

    /// The occasions falling on `from...through`, by day, then customer, kind and person.
    public static func list(_ book: Book, from: Day, through: Day, today: Day, lead: Int) -> [Occasion] {
        guard from <= through else { return [] }
        var firstOrder: [CustomerID: Day] = [:]
        var lastActive: [CustomerID: Day] = [:]
        for i in book.invoices {
            firstOrder[i.customer] = min(firstOrder[i.customer] ?? i.issued, i.issued)
            lastActive[i.customer] = max(lastActive[i.customer] ?? i.issued, i.issued)
        }
        for p in book.payments { lastActive[p.customer] = max(lastActive[p.customer] ?? p.day, p.day) }
        let planned = Set(book.plans.filter(\.isActive).map(\.customer))
        let years = from.year...through.year
        let holidayDays = years.flatMap { Occasions.holidays(in: $0) }.filter { $0.day >= from && $0.day <= through }
        var out: [Occasion] = []
        func add(_ kind: Occasion.Kind, _ cu: Customer, _ contact: Int?, _ day: Day, years: Int? = nil) {
            guard day >= from, day <= through else { return }
            out.append(Occasion(kind: kind, customer: cu.id, contact: contact.map { cu.contacts[$0].name }, contactIndex: contact,
                                day: day, due: day.adding(days: -lead), years: years))
        }
        for cu in book.customers where cu.removed == nil {
            for (k, person) in cu.contacts.enumerated() {
                guard let b = person.birthday else { continue }
                for y in years { if let d = on(b.month, b.day, in: y) { add(.birthday, cu, k, d) } }
            }
            if let f = cu.founded {
                // Without its year every year's day counts, and no count of years is known.
                for y in years where y > (f.year ?? Int.min) {
                    if let d = on(f.month, f.day, in: y) { add(.founding, cu, nil, d, years: f.year.map { y - $0 }) }
                }
            }
            if let f = firstOrder[cu.id] {
                for y in years where y > f.year { if let d = on(f.month, f.dayOfMonth, in: y) { add(.firstOrder, cu, nil, d, years: y - f.year) } }
            }
            if getsHolidayGreetings(cu, lastActive: lastActive[cu.id], planRunning: planned.contains(cu.id), on: today) {
                for h in holidayDays { add(h.kind, cu, nil, h.day) }
            }
        }
        // A greeting already sent for an occasion (up to `earlyDays` before its day, or from its
        // due day if that is earlier) ticks it off: a card sent early is still sent.
        let greeted = book.contacts.filter { $0.greeting != nil }
        if !greeted.isEmpty {
            out.removeAll { o in
                greeted.contains { e in
                    e.customer == o.customer && e.greeting == o.kind && e.day >= min(o.due, o.day.adding(days: -earlyDays)) && e.day <= o.day
                        && (o.kind != .birthday || e.greetingFor == nil || e.greetingFor == o.contact)
                }
            }
        }
        let order = Dictionary(uniqueKeysWithValues: Occasion.Kind.allCases.enumerated().map { ($1, $0) })
        return out.sorted {
            ($0.day, $0.customer.raw, order[$0.kind] ?? 0, $0.contact ?? "") < ($1.day, $1.customer.raw, order[$1.kind] ?? 0, $1.contact ?? "")
        }
    }

    /// The greetings due on `today`: occasions from today to `lead` days on (their greeting came
    /// up and the day has not passed), less those already greeted for.
    public static func due(_ book: Book, on today: Day, lead: Int) -> [Occasion] {
        list(book, from: today, through: today.adding(days: lead), today: today, lead: lead)
    }

    /// Month and day in year `y`; 29 February falls on the 28th in other years.
    static func on(_ month: Int, _ day: Int, in y: Int) -> Day? {
        Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))
    }
}
