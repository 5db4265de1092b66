import FollowUpCore

// The book's records, one declaration each: keys are short English words, in the order written;
// optional fields are left out when absent. To add a field, add one line here (see
// docs/DESIGN.md, Persistence).

extension ContactPerson {
    static let schema = Schema<ContactPerson>("a contact", blank: ContactPerson(name: ""), [
        .field("name", \.name),
        .field("title", \.title),
        .field("phone", \.phone),
        .field("email", \.email),
        .field("role", \.role),
        .field("birthday", \.birthday),
        .field("emailConsent", \.emailConsent),
    ])
}

extension Customer {
    static let schema = Schema<Customer>("a customer", blank: Customer(id: CustomerID(0), name: "", added: Day(ordinal: 0)), [
        .field("id", \.id),
        .field("name", \.name),
        .field("aliases", \.aliases, default: []),
        .records("contacts", \.contacts, ContactPerson.schema),
        .field("phone", \.phone),
        .field("email", \.email),
        .field("terms", \.termsDays),
        .money("creditLimit", \.creditLimit),
        .field("tier", \.tier, default: .regular),
        .field("notes", \.notes),
        .field("added", \.added),
        .field("removed", \.removed),
        .field("prefers", \.preferred),
        .field("service", \.serviceNeed),
        .field("price", \.priceSensitivity),
        .field("partnership", \.partnership),
        .field("emailConsent", \.emailConsent),
        .field("founded", \.founded),
        .field("holidayGreetings", \.holidayGreetings),
    ])
}

extension Invoice {
    static let schema = Schema<Invoice>(
        "an invoice",
        blank: Invoice(id: InvoiceID(0), customer: CustomerID(0), number: "", amount: Money(minor: 0, currency: .cny),
                       issued: Day(ordinal: 0), due: Day(ordinal: 0)),
        positional: Positional.readInvoice, [
            .field("id", \.id),
            .field("customer", \.customer),
            .field("number", \.number),
            .money("amount", \.amount),
            .field("issued", \.issued),
            .field("due", \.due),
            // `paid` is not stored: the book recomputes it from the payments.
        ])
}

extension Payment {
    static let schema = Schema<Payment>(
        "a payment",
        blank: Payment(id: PaymentID(0), customer: CustomerID(0), amount: Money(minor: 0, currency: .cny), day: Day(ordinal: 0)),
        positional: Positional.readPayment, [
            .field("id", \.id),
            .field("customer", \.customer),
            .money("amount", \.amount),
            .field("day", \.day),
            .field("reference", \.reference),
            .field("applied", \.allocations, default: []),
            .field("bounced", \.bounced),
            .field("kind", \.kind, default: .payment),
        ])
}

extension Promise {
    static let schema = Schema<Promise>(
        "a promise",
        blank: Promise(id: PromiseID(0), customer: CustomerID(0), amount: Money(minor: 0, currency: .cny),
                       due: Day(ordinal: 0), made: Day(ordinal: 0)), [
            .field("id", \.id),
            .field("customer", \.customer),
            .money("amount", \.amount),
            .field("due", \.due),
            .field("made", \.made),
            .field("countsFrom", \.countsFrom),
        ])
}

extension Reminder {
    static let schema = Schema<Reminder>(
        "a reminder", blank: Reminder(id: ReminderID(0), text: "", due: Day(ordinal: 0), created: Day(ordinal: 0)), [
            .field("id", \.id),
            .field("text", \.text),
            .field("customer", \.customer),
            .field("due", \.due),
            .field("time", \.time),
            .field("repeat", \.recurrence),
            .field("anchor", \.anchor, defaultFrom: \.due),
            .field("kind", \.kind),
            .field("done", \.done),
            .field("cancelled", \.cancelled),
            .field("snoozedFrom", \.snoozedFrom),
            .field("snoozedFromTime", \.snoozedFromTime),
            .field("lastDone", \.lastDone),
            .field("created", \.created),
            .field("plan", \.plan),
            .field("touch", \.touch),
            .field("message", \.message),
        ])
}

extension ContactEntry {
    static let schema = Schema<ContactEntry>(
        "a contact",
        blank: ContactEntry(id: ContactID(0), customer: CustomerID(0), day: Day(ordinal: 0), channel: .call, note: ""), [
            .field("id", \.id),
            .field("customer", \.customer),
            .field("day", \.day),
            .field("channel", \.channel),
            .field("note", \.note, default: ""),
            .field("outcome", \.outcome),
            .field("excuse", \.excuse),
            .field("service", \.service),
            .field("satisfied", \.satisfied),
            .field("greeting", \.greeting),
            .field("greetingFor", \.greetingFor),
        ])
}

extension HistoryEntry {
    static let schema = Schema<HistoryEntry>(
        "a history entry", blank: HistoryEntry(seq: 0, day: Day(ordinal: 0), line: "", customers: []), [
            .field("seq", \.seq),
            .field("day", \.day),
            .field("line", \.line, default: ""),
            .field("customers", \.customers, default: []),
            .field("undoes", \.undoes),
            .field("undone", \.undone, default: false),
        ])
}

extension UndoEntry {
    static let schema = Schema<UndoEntry>("an undo entry", blank: UndoEntry(seq: 0, line: "", inverse: []), [
        .field("seq", \.seq),
        .field("line", \.line, default: ""),
        .field("inverse", \.inverse, default: []),
    ])
}

extension Step {
    static let schema = Schema<Step>("a change", blank: Step(seq: 0, day: Day(ordinal: 0), line: "", events: []), [
        .field("seq", \.seq),
        .field("day", \.day),
        .field("line", \.line, default: ""),
        .field("undoes", \.undoes),
        .field("events", \.events, default: []),
    ])
}

/// The positional form of invoices and payments, `[id, customer, …]`, which `book.json`
/// used for these two until named fields were made quick enough to read; books written then
/// are still read (never written). Journal lines and `--json` always used the named form.
enum Positional {
    static let invoiceShape = "an invoice has 7 fields: [id, customer, number, amount, currency, issued, due]"
    static let paymentShape = "a payment has 7 fields, or 8 or 9 when it bounced or is a credit note: [id, customer, amount, currency, day, reference, applied, bounced, kind]"

    @Sendable static func readInvoice(_ r: inout JSONReader) throws -> Invoice {
        let start = r.offset
        var n = 0
        var id = 0, customer = 0, number = "", amount: Int64 = 0, currency = Currency.cny, issued = Day(ordinal: 0), due = Day(ordinal: 0)
        try r.readArray { r in
            switch n {
            case 0: id = try r.readInt()
            case 1: customer = try r.readInt()
            case 2: number = try r.readString()
            case 3: amount = try r.readInt64()
            case 4: currency = try r.readCurrency()
            case 5: issued = try r.readDay()
            case 6: due = try r.readDay()
            default: throw r.error(invoiceShape)
            }
            n += 1
        }
        guard n == 7 else { throw r.error(invoiceShape, at: start) }
        return Invoice(id: InvoiceID(id), customer: CustomerID(customer), number: number,
                       amount: Money(minor: amount, currency: currency), issued: issued, due: due)
    }

    @Sendable static func readPayment(_ r: inout JSONReader) throws -> Payment {
        let start = r.offset
        var n = 0
        var id = 0, customer = 0, amount: Int64 = 0, currency = Currency.cny, day = Day(ordinal: 0)
        var reference: String?, allocations: [Allocation] = [], bounced: Day?, kind = Payment.Kind.payment
        try r.readArray { r in
            switch n {
            case 0: id = try r.readInt()
            case 1: customer = try r.readInt()
            case 2: amount = try r.readInt64()
            case 3: currency = try r.readCurrency()
            case 4: day = try r.readDay()
            case 5: reference = try r.readOptionalString()
            case 6: allocations = try [Allocation].read(&r)
            case 7: bounced = r.readNullIfPresent() ? nil : try r.readDay()
            case 8: kind = try Payment.Kind.read(&r)
            default: throw r.error(paymentShape)
            }
            n += 1
        }
        guard (7...9).contains(n) else { throw r.error(paymentShape, at: start) }
        var p = Payment(id: PaymentID(id), customer: CustomerID(customer), amount: Money(minor: amount, currency: currency),
                        day: day, reference: reference, allocations: allocations)
        p.bounced = bounced
        p.kind = kind
        return p
    }
}

extension Complaint {
    /// Nested records, vocabulary words and the timeline's flat entries: `Complaint+JSON.swift`.
    static let schema = Schema<Complaint>(
        "a complaint", blank: Complaint(id: ComplaintID(0), customer: CustomerID(0), words: "", received: Day(ordinal: 0)), [
            .field("id", \.id),
            .field("customer", \.customer),
            .field("contact", \.contact),
            .field("words", \.words),
            .field("received", \.received),
            .field("product", \.product),
            .field("invoice", \.invoice),
            .money("disputed", \.disputed),
            .field("severity", \.severity, default: .normal),
            .field("angry", \.angry, default: false),
            .field("stage", \.stage),
            .field("stageSince", \.stageSince, defaultFrom: \.received),
            .field("cause", \.cause),
            .optionalRecord("handoff", \.handoff, Complaint.Handoff.schema),
            .field("solution", \.solution),
            .field("remedy", \.remedy),
            .field("told", \.told),
            .records("remedies", \.remedies, Complaint.RemedyEntry.schema),
            .field("cooling", \.cooling, default: []),
            .field("replyBy", \.replyBy),
            .field("resolved", \.resolved),
            .field("review", \.review),
            .field("checkBack", \.checkBack),
            .optionalRecord("satisfaction", \.satisfaction, Complaint.Satisfaction.schema),
            .timeline("timeline", \.timeline),
        ])
}
