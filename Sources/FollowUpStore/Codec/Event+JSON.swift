import FollowUpCore

/// JSON for events and steps: `{"type": "invoiceAdded", "invoice": {…}}`.
enum EventCodec {
    static func write(_ e: Event, _ w: inout JSONWriter) {
        w.beginObject()
        switch e {
        case .customerAdded(let c): w.field("type", "customerAdded"); w.key("customer"); RecordCodec.write(c, &w)
        case .customerRemoved(let c): w.field("type", "customerRemoved"); w.key("customer"); RecordCodec.write(c, &w)
        case .customerChanged(let b, let a):
            w.field("type", "customerChanged")
            w.key("before"); RecordCodec.write(b, &w)
            w.key("after"); RecordCodec.write(a, &w)
        case .invoiceAdded(let i): w.field("type", "invoiceAdded"); w.key("invoice"); RecordCodec.write(i, &w)
        case .invoiceRemoved(let i): w.field("type", "invoiceRemoved"); w.key("invoice"); RecordCodec.write(i, &w)
        case .paymentAdded(let p): w.field("type", "paymentAdded"); w.key("payment"); RecordCodec.write(p, &w)
        case .paymentRemoved(let p): w.field("type", "paymentRemoved"); w.key("payment"); RecordCodec.write(p, &w)
        case .paymentBounced(let p, let c, let d), .paymentRestored(let p, let c, let d):
            if case .paymentBounced = e { w.field("type", "paymentBounced") } else { w.field("type", "paymentRestored") }
            w.field("payment", p.raw); w.field("customer", c.raw); w.field("day", d)
        case .allocated(let p, let a):
            w.field("type", "allocated"); w.field("payment", p.raw); w.field("invoice", a.invoice.raw); w.field("amount", a.minor)
        case .unallocated(let p, let a):
            w.field("type", "unallocated"); w.field("payment", p.raw); w.field("invoice", a.invoice.raw); w.field("amount", a.minor)
        case .promiseAdded(let p): w.field("type", "promiseAdded"); w.key("promise"); RecordCodec.write(p, &w)
        case .promiseRemoved(let p): w.field("type", "promiseRemoved"); w.key("promise"); RecordCodec.write(p, &w)
        case .reminderAdded(let r): w.field("type", "reminderAdded"); w.key("reminder"); RecordCodec.write(r, &w)
        case .reminderRemoved(let r): w.field("type", "reminderRemoved"); w.key("reminder"); RecordCodec.write(r, &w)
        case .reminderChanged(let b, let a):
            w.field("type", "reminderChanged")
            w.key("before"); RecordCodec.write(b, &w)
            w.key("after"); RecordCodec.write(a, &w)
        case .contactAdded(let c): w.field("type", "contactAdded"); w.key("contact"); RecordCodec.write(c, &w)
        case .contactRemoved(let c): w.field("type", "contactRemoved"); w.key("contact"); RecordCodec.write(c, &w)
        case .settingChanged(let k, let b, let a):
            w.field("type", "settingChanged"); w.field("key", k)
            w.key("before"); if let b { w.string(b) } else { w.null() }
            w.key("after"); if let a { w.string(a) } else { w.null() }
        }
        w.endObject()
    }

    /// Reads an event. `type` must come first (as written), since it says how `before`/`after` read.
    static func read(_ r: inout JSONReader) throws -> Event {
        let start = r.offset
        var type: String?
        var customer: Customer?, invoice: Invoice?, payment: Payment?, promise: Promise?
        var reminder: Reminder?, contact: ContactEntry?
        var customerBefore: Customer?, customerAfter: Customer?, reminderBefore: Reminder?, reminderAfter: Reminder?
        var pid: Int?, iid: Int?, amount: Int64?, key: String?, before: String?, after: String?, cid: Int?, day: Day?
        try r.readObject { r, k in
            switch k {
            case "type": type = try r.readString()
            case "customer":
                if try r.peekKind() == .number { cid = try r.readInt() } else { customer = try RecordCodec.readCustomer(&r) }
            case "day": day = try r.readDay()
            case "invoice":
                if try r.peekKind() == .number { iid = try r.readInt() } else { invoice = try RecordCodec.readInvoice(&r) }
            case "payment":
                if try r.peekKind() == .number { pid = try r.readInt() } else { payment = try RecordCodec.readPayment(&r) }
            case "promise": promise = try RecordCodec.readPromise(&r)
            case "reminder": reminder = try RecordCodec.readReminder(&r)
            case "contact": contact = try RecordCodec.readContact(&r)
            case "amount": amount = try r.readInt64()
            case "key": key = try r.readString()
            case "before", "after":
                let isBefore = k == "before"
                switch type {
                case "customerChanged":
                    let c = try RecordCodec.readCustomer(&r)
                    if isBefore { customerBefore = c } else { customerAfter = c }
                case "reminderChanged":
                    let x = try RecordCodec.readReminder(&r)
                    if isBefore { reminderBefore = x } else { reminderAfter = x }
                case "settingChanged":
                    let v = try r.readOptionalString()
                    if isBefore { before = v } else { after = v }
                default:
                    throw r.error("\"\(k)\" before the event's \"type\"")
                }
            default: try r.skipValue()
            }
        }
        guard let type else { throw r.error("an event without \"type\"", at: start) }
        func need<T>(_ v: T?, _ name: String) throws -> T {
            guard let v else { throw r.error("a \(type) event without \"\(name)\"", at: start) }
            return v
        }
        switch type {
        case "customerAdded": return .customerAdded(try need(customer, "customer"))
        case "customerRemoved": return .customerRemoved(try need(customer, "customer"))
        case "customerChanged": return .customerChanged(before: try need(customerBefore, "before"), after: try need(customerAfter, "after"))
        case "invoiceAdded": return .invoiceAdded(try need(invoice, "invoice"))
        case "invoiceRemoved": return .invoiceRemoved(try need(invoice, "invoice"))
        case "paymentAdded": return .paymentAdded(try need(payment, "payment"))
        case "paymentRemoved": return .paymentRemoved(try need(payment, "payment"))
        case "paymentBounced", "paymentRestored":
            let p = PaymentID(try need(pid, "payment")), c = CustomerID(try need(cid, "customer")), d = try need(day, "day")
            return type == "paymentBounced" ? .paymentBounced(p, customer: c, on: d) : .paymentRestored(p, customer: c, on: d)
        case "allocated", "unallocated":
            let a = Allocation(invoice: InvoiceID(try need(iid, "invoice")), minor: try need(amount, "amount"))
            let p = PaymentID(try need(pid, "payment"))
            return type == "allocated" ? .allocated(payment: p, a) : .unallocated(payment: p, a)
        case "promiseAdded": return .promiseAdded(try need(promise, "promise"))
        case "promiseRemoved": return .promiseRemoved(try need(promise, "promise"))
        case "reminderAdded": return .reminderAdded(try need(reminder, "reminder"))
        case "reminderRemoved": return .reminderRemoved(try need(reminder, "reminder"))
        case "reminderChanged": return .reminderChanged(before: try need(reminderBefore, "before"), after: try need(reminderAfter, "after"))
        case "contactAdded": return .contactAdded(try need(contact, "contact"))
        case "contactRemoved": return .contactRemoved(try need(contact, "contact"))
        case "settingChanged": return .settingChanged(key: try need(key, "key"), before: before, after: after)
        default: throw r.error("unknown event type \"\(type)\"", at: start)
        }
    }

    static func write(_ s: Step, _ w: inout JSONWriter) {
        w.beginObject()
        w.field("seq", s.seq)
        w.field("day", s.day)
        w.field("line", s.line)
        w.optionalField("undoes", s.undoes)
        w.key("events"); w.beginArray()
        for e in s.events { write(e, &w) }
        w.endArray()
        w.endObject()
    }

    static func readStep(_ r: inout JSONReader) throws -> Step {
        let start = r.offset
        var seq: Int?, day: Day?, line = "", undoes: Int?, events: [Event] = []
        try r.readObject { r, k in
            switch k {
            case "seq": seq = try r.readInt()
            case "day": day = try r.readDay()
            case "line": line = try r.readString()
            case "undoes": undoes = try r.readOptionalInt()
            case "events": try r.readArray { r in events.append(try read(&r)) }
            default: try r.skipValue()
            }
        }
        return Step(seq: try r.require(seq, "seq", in: "a change", at: start),
                    day: try r.require(day, "day", in: "a change", at: start), line: line, events: events, undoes: undoes)
    }
}
