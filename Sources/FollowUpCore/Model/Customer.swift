/// A person at a customer: name, title, how to reach them.
public struct ContactPerson: Hashable, Sendable {
    public var name: String
    public var title: String?
    public var phone: String?
    public var email: String?
    /// Whether this person agreed to receive emails, and when (nil: never asked).
    public var emailConsent: EmailConsent? = nil

    public init(name: String, title: String? = nil, phone: String? = nil, email: String? = nil) {
        self.name = name
        self.title = title
        self.phone = phone
        self.email = email
    }

    /// Their part in the customer's buying, when known.
    public var role: ContactRole? = nil
    /// Month and day, and the year when given.
    public var birthday: MonthDay? = nil
}

/// A customer's file: who they are, how they pay, who to talk to.
public struct Customer: Hashable, Sendable {
    /// The longest payment terms a book keeps (ten years); longer is a typo, and a damaged
    /// file's huge terms would overflow date arithmetic.
    public static let maxTermsDays = 3650

    public var id: CustomerID
    public var name: String
    public var aliases: [String]
    public var contacts: [ContactPerson]
    public var phone: String?
    public var email: String?
    /// Payment terms in days after the invoice date.
    public var termsDays: Int?
    public var creditLimit: Money?
    public var tier: Tier
    public var notes: String?
    public var added: Day
    /// The day the user deleted the customer. Records stay (ids are dense and undo restores
    /// them); a removed customer is left out of lists, names and lookups.
    public var removed: Day?
    /// How they like to be reached (`Acme prefers WeChat`).
    public var preferred: ContactMethod? = nil
    /// Seed 002's criteria the user judges: how much service they need, how price sensitive
    /// they are, whether they want a long-term partnership. Nil until said.
    public var serviceNeed: Degree? = nil
    public var priceSensitivity: Degree? = nil
    public var partnership: Bool? = nil
    /// The company's answer about emails, for drafts addressed to it rather than to a person.
    public var emailConsent: EmailConsent? = nil
    /// The day the company was founded (`Acme was founded on 1998-06-01`): an occasion. The
    /// year may be unknown (`Acme was founded on March 5`): the day still comes up each year.
    public var founded: MonthDay? = nil
    /// Holiday greetings by hand: false after `no holiday greetings for Acme`, true after
    /// `holiday greetings for Acme` (even when the default would leave them out); nil: the
    /// default (`Occasions.getsHolidayGreetings`).
    public var holidayGreetings: Bool? = nil

    public init(id: CustomerID, name: String, aliases: [String] = [], contacts: [ContactPerson] = [],
                phone: String? = nil, email: String? = nil, termsDays: Int? = nil, creditLimit: Money? = nil,
                tier: Tier = .regular, notes: String? = nil, added: Day) {
        self.id = id
        self.name = name
        self.aliases = aliases
        self.contacts = contacts
        self.phone = phone
        self.email = email
        self.termsDays = termsDays
        self.creditLimit = creditLimit
        self.tier = tier
        self.notes = notes
        self.added = added
    }
}
