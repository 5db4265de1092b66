/// Part of a payment applied to one invoice.
public struct Allocation: Hashable, Sendable {
    public var invoice: InvoiceID
    public var minor: Int64
    public init(invoice: InvoiceID, minor: Int64) {
        self.invoice = invoice
        self.minor = minor
    }
}

/// Money received from a customer, spread over their invoices; what is left is credit.
public struct Payment: Hashable, Sendable {
    public let id: PaymentID
    public var customer: CustomerID
    public var amount: Money
    public var day: Day
    /// The invoice number the customer named, if any.
    public var reference: String?
    public var allocations: [Allocation]

    public init(id: PaymentID, customer: CustomerID, amount: Money, day: Day, reference: String? = nil, allocations: [Allocation] = []) {
        self.id = id
        self.customer = customer
        self.amount = amount
        self.day = day
        self.reference = reference
        self.allocations = allocations
    }

    public var allocated: Int64 { allocations.reduce(0) { $0 + $1.minor } }
    /// What is not yet applied to any invoice.
    public var unapplied: Money { Money(minor: amount.minor - allocated, currency: amount.currency) }
}
