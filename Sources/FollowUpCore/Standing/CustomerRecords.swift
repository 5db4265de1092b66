/// One customer's records, each list in id order: what `CustomerStanding` reads.
public struct CustomerRecords: Sendable {
    public var invoices: [Invoice] = []
    public var payments: [Payment] = []
    public var promises: [Promise] = []
    public var contacts: [ContactEntry] = []

    public init(invoices: [Invoice] = [], payments: [Payment] = [], promises: [Promise] = [], contacts: [ContactEntry] = []) {
        self.invoices = invoices
        self.payments = payments
        self.promises = promises
        self.contacts = contacts
    }

    /// Nothing open to chase or wait for: no open invoice and no promise.
    public var isQuiet: Bool { promises.isEmpty && !invoices.contains(where: \.isOpen) }
}

extension Book {
    /// One customer's records, in one pass over each kind.
    public func records(of customer: CustomerID) -> CustomerRecords {
        CustomerRecords(invoices: invoices(of: customer), payments: payments(of: customer),
                        promises: promises(of: customer), contacts: contacts(of: customer))
    }

    /// Every customer's records, indexed by customer id (`#n` at `n - 1`), in one pass over the
    /// book: for reports that need many customers' standings (the agenda over a large book).
    public func recordsByCustomer() -> [CustomerRecords] {
        var out = [CustomerRecords](repeating: CustomerRecords(), count: customers.count)
        for x in invoices where index(x.customer.raw, out.count) != nil { out[x.customer.raw - 1].invoices.append(x) }
        for x in payments where index(x.customer.raw, out.count) != nil { out[x.customer.raw - 1].payments.append(x) }
        for x in promises where index(x.customer.raw, out.count) != nil { out[x.customer.raw - 1].promises.append(x) }
        for x in contacts where index(x.customer.raw, out.count) != nil { out[x.customer.raw - 1].contacts.append(x) }
        return out
    }
}
