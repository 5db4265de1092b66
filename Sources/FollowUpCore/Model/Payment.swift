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
/// A credit note (goods returned, a discount) is kept the same way: it reduces what is owed,
/// but it is not money received, so it keeps no promise. A refund (money paid back, one of the
/// three guarantees) reduces what is still owed the same way; what it could not take off was
/// paid out to the customer, so it is never credit.
public struct Payment: Hashable, Sendable {
    public enum Kind: String, Sendable {
        case payment
        /// Goods returned or a price reduced: 退货, a credit note.
        case creditNote = "credit"
        /// Money paid back to the customer for a complaint (退款).
        case refund
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
    /// What later invoices can still use: the unapplied part, except of a refund (paid out).
    public var credit: Money { kind == .refund ? .zero(amount.currency) : unapplied }

    /// Money that really came in: not a credit note, not bounced. Only this keeps a promise.
    public var isReceived: Bool { kind == .payment && bounced == nil }
}
