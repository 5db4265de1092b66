/// What is done for the customer: the three guarantees (repair, replace, refund, seeds 003),
/// a visit, money off, or an apology.
public enum Remedy: String, Sendable, CaseIterable, Equatable {
    case repair
    case replace
    /// Money back; recorded in the book as a credit that reduces what is owed.
    case refund
    /// An installation or service visit.
    case visit
    /// A discount or credit note; recorded in the book as a credit that reduces what is owed.
    case creditNote = "credit_note"
    case apology

    /// Remedies that change what the customer owes.
    public var movesMoney: Bool { self == .refund || self == .creditNote }
}
