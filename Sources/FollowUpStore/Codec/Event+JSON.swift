import FollowUpCore

/// One kind of event: its `type` tag and the schema of its payload, whose fields sit beside
/// `type` in the event object (`{"type":"invoiceAdded","invoice":{…}}`).
struct EventCase: Sendable {
    let type: String
    /// Writes `type` and the payload's fields when the event is of this kind.
    let write: @Sendable (Event, inout JSONWriter) -> Bool
    /// Starts reading this kind's payload: feed it the keys after `type`, then finish.
    let begin: @Sendable (Int) -> PayloadReading

    final class PayloadReading {
        /// Reads the value of a key, given as its UTF-8 bytes.
        let take: (UnsafeBufferPointer<UInt8>, inout JSONReader) throws -> Void
        let finish: (JSONReader) throws -> Event
        init(take: @escaping (UnsafeBufferPointer<UInt8>, inout JSONReader) throws -> Void, finish: @escaping (JSONReader) throws -> Event) {
            self.take = take
            self.finish = finish
        }
    }

    /// An event kind whose payload is `P`, built with `make` and found with `match`.
    static func payload<P>(_ type: String, _ schema: Schema<P>, _ make: @escaping @Sendable (P) -> Event,
                           _ match: @escaping @Sendable (Event) -> P?) -> EventCase {
        EventCase(
            type: type,
            write: { e, w in
                guard let p = match(e) else { return false }
                w.field("type", type)
                for f in schema.fields { f.write(p, &w) }
                return true
            },
            begin: { start in
                let box = ReadingBox(Schema<P>.Reading(schema, at: start))
                return PayloadReading(take: { key, r in try box.reading.take(key, &r) },
                                      finish: { r in make(try box.reading.finish(r)) })
            })
    }

    /// An event that carries one record under `key`.
    static func record<R>(_ type: String, _ key: String, _ schema: Schema<R>, _ make: @escaping @Sendable (R) -> Event,
                          _ match: @escaping @Sendable (Event) -> R?) -> EventCase {
        payload(type, Schema<R>("a \(type) event", blank: schema.blank, [.record(key, \.self, schema)]), make, match)
    }

    /// An event that carries a record's state `before` and `after`.
    static func change<R>(_ type: String, _ schema: Schema<R>, _ make: @escaping @Sendable (R, R) -> Event,
                          _ match: @escaping @Sendable (Event) -> (R, R)?) -> EventCase {
        let pair = Schema<Change<R>>("a \(type) event", blank: Change(before: schema.blank, after: schema.blank), [
            .record("before", \.before, schema),
            .record("after", \.after, schema),
        ])
        return payload(type, pair, { make($0.before, $0.after) }, { match($0).map { Change(before: $0.0, after: $0.1) } })
    }
}

/// Holds a payload's reading state between the callbacks that feed it keys.
final class ReadingBox<P: Sendable> {
    var reading: Schema<P>.Reading
    init(_ reading: Schema<P>.Reading) { self.reading = reading }
}

struct Change<R: Sendable>: Sendable {
    var before: R
    var after: R
}

/// The payloads of the events that carry no whole record.
struct BouncePayload: Sendable {
    var payment = PaymentID(0), customer = CustomerID(0), day = Day(ordinal: 0)
    static let schema = Schema<BouncePayload>("a bounce event", blank: BouncePayload(), [
        .field("payment", \.payment), .field("customer", \.customer), .field("day", \.day),
    ])
}

struct AllocationPayload: Sendable {
    var payment = PaymentID(0), invoice = InvoiceID(0), amount: Int64 = 0
    static let schema = Schema<AllocationPayload>("an allocation event", blank: AllocationPayload(), [
        .field("payment", \.payment), .field("invoice", \.invoice), .field("amount", \.amount),
    ])
}

struct SettingPayload: Sendable {
    var key = "", before: String?, after: String?
    static let schema = Schema<SettingPayload>("a settingChanged event", blank: SettingPayload(), [
        .field("key", \.key), .field("before", \.before), .field("after", \.after),
    ])
}

/// JSON for events and steps: one line per event kind below.
enum EventCodec {
    static let cases: [EventCase] = [
        .record("customerAdded", "customer", Customer.schema, Event.customerAdded) { if case .customerAdded(let x) = $0 { x } else { nil } },
        .record("customerRemoved", "customer", Customer.schema, Event.customerRemoved) { if case .customerRemoved(let x) = $0 { x } else { nil } },
        .change("customerChanged", Customer.schema, { Event.customerChanged(before: $0, after: $1) }) {
            if case .customerChanged(let b, let a) = $0 { (b, a) } else { nil }
        },
        .record("invoiceAdded", "invoice", Invoice.schema, Event.invoiceAdded) { if case .invoiceAdded(let x) = $0 { x } else { nil } },
        .record("invoiceRemoved", "invoice", Invoice.schema, Event.invoiceRemoved) { if case .invoiceRemoved(let x) = $0 { x } else { nil } },
        .record("paymentAdded", "payment", Payment.schema, Event.paymentAdded) { if case .paymentAdded(let x) = $0 { x } else { nil } },
        .record("paymentRemoved", "payment", Payment.schema, Event.paymentRemoved) { if case .paymentRemoved(let x) = $0 { x } else { nil } },
        .payload("paymentBounced", BouncePayload.schema, { Event.paymentBounced($0.payment, customer: $0.customer, on: $0.day) }) {
            if case .paymentBounced(let p, let c, let d) = $0 { BouncePayload(payment: p, customer: c, day: d) } else { nil }
        },
        .payload("paymentRestored", BouncePayload.schema, { Event.paymentRestored($0.payment, customer: $0.customer, on: $0.day) }) {
            if case .paymentRestored(let p, let c, let d) = $0 { BouncePayload(payment: p, customer: c, day: d) } else { nil }
        },
        .payload("allocated", AllocationPayload.schema, {
            Event.allocated(payment: $0.payment, Allocation(invoice: $0.invoice, minor: $0.amount))
        }) { if case .allocated(let p, let a) = $0 { AllocationPayload(payment: p, invoice: a.invoice, amount: a.minor) } else { nil } },
        .payload("unallocated", AllocationPayload.schema, {
            Event.unallocated(payment: $0.payment, Allocation(invoice: $0.invoice, minor: $0.amount))
        }) { if case .unallocated(let p, let a) = $0 { AllocationPayload(payment: p, invoice: a.invoice, amount: a.minor) } else { nil } },
        .record("promiseAdded", "promise", Promise.schema, Event.promiseAdded) { if case .promiseAdded(let x) = $0 { x } else { nil } },
        .record("promiseRemoved", "promise", Promise.schema, Event.promiseRemoved) { if case .promiseRemoved(let x) = $0 { x } else { nil } },
        .record("reminderAdded", "reminder", Reminder.schema, Event.reminderAdded) { if case .reminderAdded(let x) = $0 { x } else { nil } },
        .record("reminderRemoved", "reminder", Reminder.schema, Event.reminderRemoved) { if case .reminderRemoved(let x) = $0 { x } else { nil } },
        .change("reminderChanged", Reminder.schema, { Event.reminderChanged(before: $0, after: $1) }) {
            if case .reminderChanged(let b, let a) = $0 { (b, a) } else { nil }
        },
        .record("contactAdded", "contact", ContactEntry.schema, Event.contactAdded) { if case .contactAdded(let x) = $0 { x } else { nil } },
        .record("contactRemoved", "contact", ContactEntry.schema, Event.contactRemoved) { if case .contactRemoved(let x) = $0 { x } else { nil } },
        .payload("settingChanged", SettingPayload.schema, { Event.settingChanged(key: $0.key, before: $0.before, after: $0.after) }) {
            if case .settingChanged(let k, let b, let a) = $0 { SettingPayload(key: k, before: b, after: a) } else { nil }
        },
        .record("complaintAdded", "complaint", Complaint.schema, Event.complaintAdded) { if case .complaintAdded(let x) = $0 { x } else { nil } },
        .record("complaintRemoved", "complaint", Complaint.schema, Event.complaintRemoved) { if case .complaintRemoved(let x) = $0 { x } else { nil } },
        .change("complaintChanged", Complaint.schema, { Event.complaintChanged(before: $0, after: $1) }) {
            if case .complaintChanged(let b, let a) = $0 { (b, a) } else { nil }
        },
        .record("planAdded", "plan", FollowUpPlan.schema, Event.planAdded) { if case .planAdded(let x) = $0 { x } else { nil } },
        .record("planRemoved", "plan", FollowUpPlan.schema, Event.planRemoved) { if case .planRemoved(let x) = $0 { x } else { nil } },
        .change("planChanged", FollowUpPlan.schema, { Event.planChanged(before: $0, after: $1) }) {
            if case .planChanged(let b, let a) = $0 { (b, a) } else { nil }
        },
    ]

    private static let byType: [String: EventCase] = Dictionary(cases.map { ($0.type, $0) }, uniquingKeysWith: { a, _ in a })

    static func write(_ e: Event, _ w: inout JSONWriter) {
        w.beginObject()
        for c in cases {
            if c.write(e, &w) { break }
        }
        w.endObject()
    }

    /// Reads an event. `type` must come first (as written): it says how the rest reads.
    static func read(_ r: inout JSONReader) throws -> Event {
        let start = r.offset
        var payload: EventCase.PayloadReading?
        try r.readObjectKeys { r, key in
            if let payload { return try payload.take(key, &r) }
            guard key.elementsEqual("type".utf8) else {
                throw r.error("an event must start with its \"type\", not \"\(String(decoding: key, as: UTF8.self))\"")
            }
            let s = r.offset
            let type = try r.readString()
            guard let c = byType[type] else { throw r.error("unknown event type \"\(type)\"", at: s) }
            payload = c.begin(start)
        }
        guard let payload else { throw r.error("an event without \"type\"", at: start) }
        return try payload.finish(r)
    }

    static func write(_ s: Step, _ w: inout JSONWriter) { Step.schema.write(s, &w) }

    static func readStep(_ r: inout JSONReader) throws -> Step { try Step.schema.read(&r) }
}

extension Event: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Event { try EventCodec.read(&r) }
    func write(_ w: inout JSONWriter) { EventCodec.write(self, &w) }
}
