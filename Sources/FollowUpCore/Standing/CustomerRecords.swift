/// One customer's records, each list in id order: what `CustomerStanding` reads.
public struct CustomerRecords: Sendable {
    public var invoices: [Invoice] = []
    public var payments: [Payment] = []
    public var promises: [Promise] = []
    public var contacts: [ContactEntry] = []
    public var complaints: [Complaint] = []

    public init(invoices: [Invoice] = [], payments: [Payment] = [], promises: [Promise] = [], contacts: [ContactEntry] = [],
                complaints: [Complaint] = []) {
        self.invoices = invoices
        self.payments = payments
        self.promises = promises
        self.contacts = contacts
        self.complaints = complaints
    }

    /// Nothing open to chase or wait for: no open invoice and no promise.
    public var isQuiet: Bool { promises.isEmpty && !invoices.contains(where: \.isOpen) }
}

extension Book {
    /// One customer's records, in one pass over each kind.
    public func records(of customer: CustomerID) -> CustomerRecords {
        CustomerRecords(invoices: invoices(of: customer), payments: payments(of: customer),
                        promises: promises(of: customer), contacts: contacts(of: customer), complaints: complaints(of: customer))
    }

    /// Every customer's records, indexed by customer id (`#n` at `n - 1`), in one pass over the
    /// book: for reports that need many customers' standings (the agenda over a large book).
    public func recordsByCustomer() -> [CustomerRecords] {
        recordsByCustomer(only: nil)
    }

    /// The same, filled only for the customers `only` marks (by index), the others left empty:
    /// copying the records of customers a report will not look at is most of the cost.
    public func recordsByCustomer(only: [Bool]?) -> [CustomerRecords] {
        var out = [CustomerRecords](repeating: CustomerRecords(), count: customers.count)
        func wanted(_ id: CustomerID) -> Bool {
            guard let k = index(id.raw, out.count) else { return false }
            return only.map { k < $0.count && $0[k] } ?? true
        }
        for x in invoices where wanted(x.customer) { out[x.customer.raw - 1].invoices.append(x) }
        for x in payments where wanted(x.customer) { out[x.customer.raw - 1].payments.append(x) }
        for x in promises where wanted(x.customer) { out[x.customer.raw - 1].promises.append(x) }
        for x in contacts where wanted(x.customer) { out[x.customer.raw - 1].contacts.append(x) }
        for x in complaints where wanted(x.customer) { out[x.customer.raw - 1].complaints.append(x) }
        return out
    }

    /// Which customers (by index) have an open invoice or have ever promised: the ones whose
    /// standing the agenda and the chase list read.
    public func customersWithSomethingOpen() -> [Bool] {
        var mark = [Bool](repeating: false, count: customers.count)
        for x in invoices where x.isOpen { if let k = index(x.customer.raw, mark.count) { mark[k] = true } }
        for x in promises { if let k = index(x.customer.raw, mark.count) { mark[k] = true } }
        return mark
    }
}
