/// A remedy with money — a refund or a credit note — turned into the book's events: a `Payment`
/// of kind `.refund` or `.creditNote` that takes the amount off the complaint's invoice first,
/// then the customer's other open invoices in that currency, oldest due first, and the
/// complaint's `RemedyEntry` naming that payment. Both go in one step, so one `undo` takes both
/// back. Neither kind is money received: it keeps no promise and is not collected (see
/// `Payment.isReceived`, `CollectionRate`). What a credit note cannot take off stays as credit
/// for later invoices; what a refund cannot take off was paid back, so it is no credit.
public enum ComplaintMoney {
    /// The payment for a money remedy, and the change that records it on the complaint.
    public static func credit(_ remedy: Remedy, amount: Money, complaint: Complaint, in book: Book, on day: Day,
                              id: PaymentID? = nil) throws(ComplaintMoveError) -> (payment: Payment, change: ComplaintChange) {
        guard remedy.movesMoney, amount.minor > 0, amount.isWithinLimit else { throw .remedyAmount(complaint.id, remedy) }
        let allocations = book.plannedAllocations(of: amount, customer: complaint.customer, invoiceFirst: complaint.invoice)
        let reference = complaint.invoice.flatMap { book.invoice($0)?.number }
        var p = Payment(id: id ?? book.nextPaymentID, customer: complaint.customer, amount: amount, day: day,
                        reference: reference, allocations: allocations)
        p.kind = remedy == .refund ? .refund : .creditNote
        return (p, .remedyGiven(remedy, amount: amount, credit: p.id))
    }

    /// The events of a line that gives a money remedy on `before` (the complaint as the book
    /// has it), with `also` applied after it (`resolved` on the same line): the payment, then
    /// the complaint's change.
    public static func events(_ remedy: Remedy, amount: Money, complaint before: Complaint, in book: Book, on day: Day,
                              also: [ComplaintChange] = [], rules: ComplaintRules = .standard) throws(ComplaintMoveError) -> [Event] {
        let (payment, change) = try credit(remedy, amount: amount, complaint: before, in: book, on: day)
        let after = try ComplaintFlow.apply([change] + also, to: before, on: day, rules: rules)
        return [.paymentAdded(payment), .complaintChanged(before: before, after: after)]
    }
}
