/// What was done for a customer after the sale that calls for a satisfaction call a few days
/// later (seeds 000: ask how the goods or the work are doing once the customer has used them).
/// The raw values are what books store.
public enum ServiceKind: String, Sendable, CaseIterable, Equatable {
    case delivery, installation
}
