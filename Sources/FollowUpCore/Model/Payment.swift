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
/// A credit note (goods returned) is kept the same way: it reduces what is owed, but it is not
/// money received, so it keeps no promise.
public struct Payment: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case payment
        /// Goods returned or a price reduced: 退货, a credit note.
        case creditNote = "credit"
    }

    public var id: PaymentID
    public var customer: CustomerID
    public var amount: Money
    public var day: Day
    /// The invoice number the customer named, if any.
    public var reference: String?
    public var allocations: [Allocation]
    public var kind: Kind = .payment
    /// The day the payment came back (a bounced cheque): its invoices are open again and it
    /// counts for nothing.
    public var bounced: Day?

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
    public var unapplied: Money { Money(minor: bounced == nil ? amount.minor - allocated : 0, currency: amount.currency) }

    /// Money that really came in: not a credit note, not bounced. Only this keeps a promise.
    public var isReceived: Bool { kind == .payment && bounced == nil }
}
