import FollowUpCore

/// JSON for the book's records. Keys are short English words; absent optional fields are left out.
enum RecordCodec {
    // MARK: Customer

    static func write(_ c: Customer, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", c.id.raw)
        w.field("name", c.name)
        if !c.aliases.isEmpty {
            w.key("aliases"); w.beginArray(); for a in c.aliases { w.string(a) }; w.endArray()
        }
        if !c.contacts.isEmpty {
            w.key("contacts"); w.beginArray()
            for p in c.contacts {
                w.beginObject()
                w.field("name", p.name)
                w.optionalField("title", p.title)
                w.optionalField("phone", p.phone)
                w.optionalField("email", p.email)
                w.endObject()
            }
            w.endArray()
        }
        w.optionalField("phone", c.phone)
        w.optionalField("email", c.email)
        w.optionalField("terms", c.termsDays)
        if let limit = c.creditLimit { w.money("creditLimit", limit) }
        if c.tier != .regular { w.field("tier", c.tier.rawValue) }
        w.optionalField("notes", c.notes)
        w.field("added", c.added)
        if let d = c.removed { w.field("removed", d) }
        w.endObject()
    }

    static func readCustomer(_ r: inout JSONReader) throws -> Customer {
        let start = r.offset
        var id: Int?, name: String?, added: Day?, aliases: [String] = [], contacts: [ContactPerson] = []
        var phone: String?, email: String?, terms: Int?, limit: Int64?, limitCurrency: Currency?, tier = Tier.regular, notes: String?
        var removed: Day?
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "name": name = try r.readString()
            case "aliases": aliases = try r.readStrings()
            case "contacts":
                try r.readArray { r in
                    let s = r.offset
                    var n: String?, t: String?, ph: String?, em: String?
                    try r.readObject { r, k in
                        switch k {
                        case "name": n = try r.readString()
                        case "title": t = try r.readOptionalString()
                        case "phone": ph = try r.readOptionalString()
                        case "email": em = try r.readOptionalString()
                        default: try r.skipValue()
                        }
                    }
                    contacts.append(ContactPerson(name: try r.require(n, "name", in: "a contact", at: s), title: t, phone: ph, email: em))
                }
            case "phone": phone = try r.readOptionalString()
            case "email": email = try r.readOptionalString()
            case "terms": terms = try r.readOptionalInt()
            case "creditLimit": limit = try r.readInt64()
            case "creditLimitCurrency": limitCurrency = try r.readCurrency()
            case "tier":
                let s = r.offset
                let v = try r.readString()
                guard let t = Tier(rawValue: v) else { throw r.error("unknown tier \"\(v)\"", at: s) }
                tier = t
            case "notes": notes = try r.readOptionalString()
            case "added": added = try r.readDay()
            case "removed": removed = r.readNullIfPresent() ? nil : try r.readDay()
            default: try r.skipValue()
            }
        }
        let credit = try limit.map { Money(minor: $0, currency: try r.require(limitCurrency, "creditLimitCurrency", in: "a customer", at: start)) }
        var customer = Customer(id: CustomerID(try r.require(id, "id", in: "a customer", at: start)),
                                name: try r.require(name, "name", in: "a customer", at: start),
                                aliases: aliases, contacts: contacts, phone: phone, email: email, termsDays: terms,
                                creditLimit: credit, tier: tier, notes: notes,
                                added: try r.require(added, "added", in: "a customer", at: start))
        customer.removed = removed
        return customer
    }

    // MARK: Invoice

    /// Invoices are the bulk of a book, so they are stored as positional arrays:
    /// `[id, customer, number, amount, currency, issued, due]`.
    static func write(_ i: Invoice, _ w: inout JSONWriter) {
        w.beginArray()
        w.int(i.id.raw)
        w.int(i.customer.raw)
        w.string(i.number)
        w.int64(i.amount.minor)
        w.string(i.amount.currency.code)
        w.string(i.issued.iso)
        w.string(i.due.iso)
        w.endArray()
    }

    static func readInvoice(_ r: inout JSONReader) throws -> Invoice {
        let start = r.offset
        if try r.peekKind() == .array {
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
                default: throw r.error("an invoice has 7 fields: [id, customer, number, amount, currency, issued, due]")
                }
                n += 1
            }
            guard n == 7 else { throw r.error("an invoice has 7 fields: [id, customer, number, amount, currency, issued, due]", at: start) }
            return Invoice(id: InvoiceID(id), customer: CustomerID(customer), number: number,
                           amount: Money(minor: amount, currency: currency), issued: issued, due: due)
        }
        var id: Int?, customer: Int?, number: String?, amount: Int64?, currency: Currency?, issued: Day?, due: Day?
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "customer": customer = try r.readInt()
            case "number": number = try r.readString()
            case "amount": amount = try r.readInt64()
            case "amountCurrency": currency = try r.readCurrency()
            case "issued": issued = try r.readDay()
            case "due": due = try r.readDay()
            default: try r.skipValue()
            }
        }
        let what = "an invoice"
        return Invoice(id: InvoiceID(try r.require(id, "id", in: what, at: start)),
                       customer: CustomerID(try r.require(customer, "customer", in: what, at: start)),
                       number: try r.require(number, "number", in: what, at: start),
                       amount: try r.requireMoney(amount, currency, in: what, at: start),
                       issued: try r.require(issued, "issued", in: what, at: start),
                       due: try r.require(due, "due", in: what, at: start))
    }

    // MARK: Payment

    /// Payments, like invoices, are positional:
    /// `[id, customer, amount, currency, day, reference or null, [[invoice, amount], …]]`, then
    /// only when needed the day it bounced (or null) and `"credit"` for a credit note.
    static func write(_ p: Payment, _ w: inout JSONWriter) {
        w.beginArray()
        w.int(p.id.raw)
        w.int(p.customer.raw)
        w.int64(p.amount.minor)
        w.string(p.amount.currency.code)
        w.string(p.day.iso)
        if let reference = p.reference { w.string(reference) } else { w.null() }
        w.beginArray()
        for a in p.allocations { w.beginArray(); w.int(a.invoice.raw); w.int64(a.minor); w.endArray() }
        w.endArray()
        if p.bounced != nil || p.kind != .payment {
            if let d = p.bounced { w.string(d.iso) } else { w.null() }
            if p.kind != .payment { w.string(p.kind.rawValue) }
        }
        w.endArray()
    }

    static func readAllocations(_ r: inout JSONReader) throws -> [Allocation] {
        var allocations: [Allocation] = []
        try r.readArray { r in
            var pair: [Int64] = []
            try r.readArray { r in pair.append(try r.readInt64()) }
            guard pair.count == 2 else { throw r.error("an applied entry must be [invoice, amount]") }
            allocations.append(Allocation(invoice: InvoiceID(Int(pair[0])), minor: pair[1]))
        }
        return allocations
    }

    static func readPayment(_ r: inout JSONReader) throws -> Payment {
        let start = r.offset
        if try r.peekKind() == .array {
            let shape = "a payment has 7 fields, or 8 or 9 when it bounced or is a credit note: [id, customer, amount, currency, day, reference, applied, bounced, kind]"
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
                case 6: allocations = try readAllocations(&r)
                case 7: bounced = r.readNullIfPresent() ? nil : try r.readDay()
                case 8: kind = try readPaymentKind(&r)
                default: throw r.error(shape)
                }
                n += 1
            }
            guard (7...9).contains(n) else { throw r.error(shape, at: start) }
            var p = Payment(id: PaymentID(id), customer: CustomerID(customer), amount: Money(minor: amount, currency: currency),
                            day: day, reference: reference, allocations: allocations)
            p.bounced = bounced
            p.kind = kind
            return p
        }
        var id: Int?, customer: Int?, amount: Int64?, currency: Currency?, day: Day?, reference: String?
        var allocations: [Allocation] = [], bounced: Day?, kind = Payment.Kind.payment
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "customer": customer = try r.readInt()
            case "amount": amount = try r.readInt64()
            case "amountCurrency": currency = try r.readCurrency()
            case "day": day = try r.readDay()
            case "reference": reference = try r.readOptionalString()
            case "applied": allocations = try readAllocations(&r)
            case "bounced": bounced = r.readNullIfPresent() ? nil : try r.readDay()
            case "kind": kind = try readPaymentKind(&r)
            default: try r.skipValue()
            }
        }
        let what = "a payment"
        var p = Payment(id: PaymentID(try r.require(id, "id", in: what, at: start)),
                        customer: CustomerID(try r.require(customer, "customer", in: what, at: start)),
                        amount: try r.requireMoney(amount, currency, in: what, at: start),
                        day: try r.require(day, "day", in: what, at: start), reference: reference, allocations: allocations)
        p.bounced = bounced
        p.kind = kind
        return p
    }

    private static func readPaymentKind(_ r: inout JSONReader) throws -> Payment.Kind {
        let s = r.offset
        let v = try r.readString()
        guard let k = Payment.Kind(rawValue: v) else { throw r.error("unknown payment kind \"\(v)\"", at: s) }
        return k
    }

    // MARK: Promise

    static func write(_ p: Promise, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", p.id.raw)
        w.field("customer", p.customer.raw)
        w.money("amount", p.amount)
        w.field("due", p.due)
        w.field("made", p.made)
        w.optionalField("countsFrom", p.countsFrom?.raw)
        w.endObject()
    }

    static func readPromise(_ r: inout JSONReader) throws -> Promise {
        let start = r.offset
        var id: Int?, customer: Int?, amount: Int64?, currency: Currency?, due: Day?, made: Day?, countsFrom: Int?
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "customer": customer = try r.readInt()
            case "amount": amount = try r.readInt64()
            case "amountCurrency": currency = try r.readCurrency()
            case "due": due = try r.readDay()
            case "made": made = try r.readDay()
            case "countsFrom": countsFrom = try r.readOptionalInt()
            default: try r.skipValue()
            }
        }
        let what = "a promise"
        return Promise(id: PromiseID(try r.require(id, "id", in: what, at: start)),
                       customer: CustomerID(try r.require(customer, "customer", in: what, at: start)),
                       amount: try r.requireMoney(amount, currency, in: what, at: start),
                       due: try r.require(due, "due", in: what, at: start), made: try r.require(made, "made", in: what, at: start),
                       countsFrom: countsFrom.map(PaymentID.init))
    }

    // MARK: Reminder

    static func write(_ x: Reminder, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", x.id.raw)
        w.field("text", x.text)
        w.optionalField("customer", x.customer?.raw)
        w.field("due", x.due)
        if let t = x.time { w.field("time", t.description) }
        if let rec = x.recurrence {
            w.field("repeat", rec.description)
            if x.anchor != x.due { w.field("anchor", x.anchor) }
        }
        w.optionalField("kind", x.kind?.rawValue)
        w.optionalField("done", x.done)
        if let d = x.cancelled { w.field("cancelled", d) }
        w.optionalField("snoozedFrom", x.snoozedFrom)
        w.field("created", x.created)
        w.endObject()
    }

    static func readReminder(_ r: inout JSONReader) throws -> Reminder {
        let start = r.offset
        var id: Int?, text: String?, customer: Int?, due: Day?, time: TimeOfDay?, rec: Recurrence?
        var kind: ReminderKind?, done: Day?, snoozed: Day?, created: Day?, anchor: Day?, cancelled: Day?
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "text": text = try r.readString()
            case "customer": customer = try r.readOptionalInt()
            case "due": due = try r.readDay()
            case "time": time = try r.readTime()
            case "repeat":
                let s = r.offset
                let v = try r.readString()
                guard let parsed = Recurrence(text: v) else { throw r.error("not a recurrence: \"\(v)\"", at: s) }
                rec = parsed
            case "anchor": anchor = try r.readDay()
            case "kind": kind = try readVocabulary(&r, "reminder kind", optional: true)
            case "done": done = r.readNullIfPresent() ? nil : try r.readDay()
            case "snoozedFrom": snoozed = r.readNullIfPresent() ? nil : try r.readDay()
            case "cancelled": cancelled = r.readNullIfPresent() ? nil : try r.readDay()
            case "created": created = try r.readDay()
            default: try r.skipValue()
            }
        }
        let what = "a reminder"
        var reminder = Reminder(id: ReminderID(try r.require(id, "id", in: what, at: start)),
                                text: try r.require(text, "text", in: what, at: start), customer: customer.map(CustomerID.init),
                                due: try r.require(due, "due", in: what, at: start), time: time, recurrence: rec, anchor: anchor,
                                kind: kind, done: done, snoozedFrom: snoozed,
                                created: try r.require(created, "created", in: what, at: start))
        reminder.cancelled = cancelled
        return reminder
    }

    // MARK: Contact

    static func write(_ c: ContactEntry, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("id", c.id.raw)
        w.field("customer", c.customer.raw)
        w.field("day", c.day)
        w.field("channel", c.channel.rawValue)
        w.field("note", c.note)
        // Written only when set, so books without them read and write as before.
        if let o = c.outcome { w.field("outcome", o.rawValue) }
        if let e = c.excuse { w.field("excuse", e.rawValue) }
        w.endObject()
    }

    static func readContact(_ r: inout JSONReader) throws -> ContactEntry {
        let start = r.offset
        var id: Int?, customer: Int?, day: Day?, channel: Channel?, note = ""
        var outcome: ContactOutcome?, excuse: Excuse?
        try r.readObject { r, key in
            switch key {
            case "id": id = try r.readInt()
            case "customer": customer = try r.readInt()
            case "day": day = try r.readDay()
            case "channel": channel = try readVocabulary(&r, "channel")
            case "note": note = try r.readString()
            case "outcome": outcome = try readVocabulary(&r, "contact outcome", optional: true)
            case "excuse": excuse = try readVocabulary(&r, "excuse", optional: true)
            default: try r.skipValue()
            }
        }
        let what = "a contact"
        return ContactEntry(id: ContactID(try r.require(id, "id", in: what, at: start)),
                            customer: CustomerID(try r.require(customer, "customer", in: what, at: start)),
                            day: try r.require(day, "day", in: what, at: start),
                            channel: try r.require(channel, "channel", in: what, at: start), note: note,
                            outcome: outcome, excuse: excuse)
    }

    /// A word of the book's vocabulary stored as its raw value; an unknown one is refused with
    /// its position (the app writes only known values), null is nil when `optional`.
    static func readVocabulary<V: RawRepresentable>(_ r: inout JSONReader, _ what: String, optional: Bool = false) throws -> V?
        where V.RawValue == String {
        if optional, r.readNullIfPresent() { return nil }
        let s = r.offset
        let v = try r.readString()
        guard let value = V(rawValue: v) else { throw r.error("unknown \(what) \"\(v)\"", at: s) }
        return value
    }
}
