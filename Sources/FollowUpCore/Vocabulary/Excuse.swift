/// The common reasons a customer gives for not paying; each has its answer in the playbook.
public enum Excuse: String, Sendable, CaseIterable, Equatable {
    /// No money this month.
    case noMoney = "no_money"
    /// Didn't get the invoice.
    case noInvoice = "no_invoice"
    /// The boss (who signs) is away.
    case bossAway = "boss_away"
    /// There is a quality problem with what was delivered.
    case quality
    /// We always pay late.
    case alwaysLate = "always_late"
    /// We'll pay next month.
    case nextMonth = "next_month"
    /// The customer is angry.
    case angry
}
