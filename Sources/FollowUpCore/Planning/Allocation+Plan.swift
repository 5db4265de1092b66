extension Book {
    /// How a payment would be spread: the named invoice first, then the customer's open
    /// invoices in the same currency, oldest due date first. What is left over stays as credit.
    public func plannedAllocations(of amount: Money, customer: CustomerID, invoiceFirst: InvoiceID? = nil) -> [Allocation] {
        var left = amount.minor
        var result: [Allocation] = []
        var open = invoices.filter { $0.customer == customer && $0.isOpen && $0.amount.currency == amount.currency }
        open.sort { ($0.due, $0.id) < ($1.due, $1.id) }
        if let first = invoiceFirst, let k = open.firstIndex(where: { $0.id == first }) {
            open.insert(open.remove(at: k), at: 0)
        }
        for inv in open where left > 0 {
            let take = min(left, inv.outstanding.minor)
            result.append(Allocation(invoice: inv.id, minor: take))
            left -= take
        }
        return result
    }

    /// Credit from earlier payments that a new invoice can absorb, oldest payment first.
    public func creditAllocations(for invoice: Invoice) -> [(PaymentID, Allocation)] {
        var left = invoice.amount.minor
        var result: [(PaymentID, Allocation)] = []
        for p in payments where p.customer == invoice.customer && p.amount.currency == invoice.amount.currency && left > 0 {
            let free = p.credit.minor
            guard free > 0 else { continue }
            let take = min(free, left)
            result.append((p.id, Allocation(invoice: invoice.id, minor: take)))
            left -= take
        }
        return result
    }

    /// Everything a customer owes, per currency, summed over open invoices.
    public func outstanding(of customer: CustomerID) -> [Money] {
        var by: [String: Money] = [:]
        for inv in invoices where inv.customer == customer && inv.isOpen {
            let o = inv.outstanding
            by[o.currency.code] = (by[o.currency.code] ?? .zero(o.currency)) + o
        }
        return by.keys.sorted().compactMap { by[$0] }
    }
}
