/// Whether a person (or a company, when no person is named) agreed to receive emails, and the
/// day they said so. Seed 003: ask before emailing; a draft is written only after a yes.
public struct EmailConsent: Hashable, Sendable {
    public var agreed: Bool
    /// The day the answer was given (or recorded).
    public var day: Day

    public init(agreed: Bool, day: Day) {
        self.agreed = agreed
        self.day = day
    }
}

extension Customer {
    /// The days of every answer about emails the customer's record holds (the company's and each
    /// person's), so a change can be checked against the days a book keeps.
    public var consentDays: [Day] {
        ([emailConsent] + contacts.map(\.emailConsent)).compactMap { $0?.day }
    }
}
