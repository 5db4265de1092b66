import FollowUpCore

/// The money side of a refund or credit note given for a complaint.
enum ComplaintCredit {
    /// The credit that takes `amount` off what the customer owes: the complaint's invoice first,
    /// then the oldest open ones. A refund is its own kind (paid out, never later credit).
    static func payment(_ remedy: Remedy, _ amount: Money, for x: Complaint, in book: Book, on day: Day) -> Payment {
        let allocations = book.plannedAllocations(of: amount, customer: x.customer, invoiceFirst: x.invoice)
        var p = Payment(id: book.nextPaymentID, customer: x.customer, amount: amount, day: day,
                        reference: x.invoice.flatMap { book.invoice($0)?.number }, allocations: allocations)
        p.kind = remedy == .refund ? .refund : .creditNote
        return p
    }
}
