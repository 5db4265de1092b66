/// Why a complaint arose: the three sources of seeds 001 (步骤二), in detail, or not known yet.
public enum ComplaintCause: String, Sendable, CaseIterable, Equatable {
    /// The salesperson's explanation was lacking.
    case explanation
    /// A promise made to the customer was not kept.
    case promiseNotKept = "promise_not_kept"
    /// The salesperson's attitude.
    case attitude
    /// The customer's own oversight.
    case customerOversight = "customer_oversight"
    /// The customer misunderstood.
    case misunderstanding
    /// A defect in the product.
    case productDefect = "product_defect"
    /// Equipment or installation not working as it should.
    case equipment
    /// Not known yet.
    case unknown

    /// Whose side the cause is on.
    public enum Party: String, Sendable, CaseIterable, Equatable {
        case salesperson, customer, product, unknown
    }

    public var party: Party {
        switch self {
        case .explanation, .promiseNotKept, .attitude: return .salesperson
        case .customerOversight, .misunderstanding: return .customer
        case .productDefect, .equipment: return .product
        case .unknown: return .unknown
        }
    }
}
