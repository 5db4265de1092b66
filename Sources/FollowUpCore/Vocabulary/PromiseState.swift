/// Where a customer's latest promise stands, as plays ask about it.
public enum PromiseState: String, Sendable, CaseIterable, Equatable {
    case none, pending, broken, kept
    /// Paid in full, but after the promised day.
    case keptLate = "kept_late"
}
