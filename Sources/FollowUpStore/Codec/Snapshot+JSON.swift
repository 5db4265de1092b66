import FollowUpCore

/// The snapshot file: `{"format": "followup-book", "version": 3, …, "customers": […], …}`.
enum SnapshotCodec {
    static let format = "followup-book"
    /// The newest format version this build reads and the one it writes. 2: reminders may
    /// carry `lastDone` and `snoozedFromTime`, which a version-1 build would refuse. 3: follow-up
    /// plans (`plans`; reminders' `plan`, `touch`, `message`), greetings sent (contacts'
    /// `greeting`, `greetingFor`) and a founding day without its year (`"03-05"`): a version-2
    /// build says the book is newer instead of naming the first field it does not know.
    static let version = 3

    static func write(_ b: Book) -> [UInt8] {
        var w = JSONWriter(capacity: 256 + b.invoices.count * 190 + b.payments.count * 160 + b.customers.count * 250)
        w.beginObject()
        w.field("format", format)
        w.field("version", version)
        w.field("lastSeq", b.lastSeq)
        w.key("settings"); w.beginObject()
        for k in b.settings.keys.sorted() { if let v = b.settings[k] { w.field(k, v) } }
        w.endObject()
        list("customers", b.customers, Customer.schema, &w)
        list("invoices", b.invoices, Invoice.schema, &w)
        list("payments", b.payments, Payment.schema, &w)
        list("promises", b.promises, Promise.schema, &w)
        list("reminders", b.reminders, Reminder.schema, &w)
        list("contacts", b.contacts, ContactEntry.schema, &w)
        // Left out when empty, so a book without complaints opens in builds that know none.
        if !b.complaints.isEmpty { list("complaints", b.complaints, Complaint.schema, &w) }
        if !b.plans.isEmpty { list("plans", b.plans, FollowUpPlan.schema, &w) }
        list("history", b.history, HistoryEntry.schema, &w)
        list("undo", b.undoStack, UndoEntry.schema, &w)
        w.endObject()
        var bytes = w.bytes
        bytes.append(0x0A)
        return bytes
    }

    private static func list<R>(_ key: String, _ records: [R], _ schema: Schema<R>, _ w: inout JSONWriter) {
        w.key(key)
        w.beginArray()
        for x in records { schema.write(x, &w) }
        w.endArray()
    }

    private static func readList<R>(_ r: inout JSONReader, _ schema: Schema<R>, reserving capacity: Int = 0) throws -> [R] {
        var list: [R] = []
        list.reserveCapacity(capacity)
        try r.readArray { r in list.append(try schema.read(&r)) }
        return list
    }

    /// Reads a snapshot; `path` is only for messages.
    static func read(_ bytes: [UInt8], path: String) throws -> Book {
        var r = JSONReader(bytes)
        var format: String?, version: Int?, lastSeq = 0, settings: [String: String] = [:]
        var customers: [Customer] = [], invoices: [Invoice] = [], payments: [Payment] = []
        var promises: [Promise] = [], reminders: [Reminder] = [], contacts: [ContactEntry] = []
        var history: [HistoryEntry] = [], undo: [UndoEntry] = [], complaints: [Complaint] = [], plans: [FollowUpPlan] = []
        do {
            try r.readObject { r, key in
                if key != "format" && key != "version" && (format == nil || version == nil) {
                    // Check the version before reading anything a newer format may have changed.
                    throw StoreError.malformed(path, detail: "\"format\" and \"version\" must come first")
                }
                switch key {
                case "format": format = try r.readString()
                case "version":
                    version = try r.readInt()
                    if let v = version, v > SnapshotCodec.version {
                        throw StoreError.newerVersion(path, found: v, supported: SnapshotCodec.version)
                    }
                case "lastSeq": lastSeq = try r.readInt()
                case "settings": try r.readObject { r, k in settings[k] = try r.readString() }
                case "customers": customers = try readList(&r, Customer.schema)
                case "invoices": invoices = try readList(&r, Invoice.schema, reserving: bytes.count / 130)
                case "payments": payments = try readList(&r, Payment.schema)
                case "promises": promises = try readList(&r, Promise.schema)
                case "reminders": reminders = try readList(&r, Reminder.schema)
                case "contacts": contacts = try readList(&r, ContactEntry.schema)
                case "complaints": complaints = try readList(&r, Complaint.schema)
                case "plans": plans = try readList(&r, FollowUpPlan.schema)
                case "history": history = try readList(&r, HistoryEntry.schema)
                case "undo": undo = try readList(&r, UndoEntry.schema)
                // A section this build does not know would be lost at the next compaction.
                default: throw r.error("a book with an unknown section \"\(key)\"")
                }
            }
            try r.expectEnd()
        } catch let e as JSONError {
            throw StoreError.malformed(path, detail: e.description)
        }
        guard format == SnapshotCodec.format else {
            throw StoreError.malformed(path, detail: "it does not say \"format\": \"\(SnapshotCodec.format)\"")
        }
        do {
            return try Book(customers: customers, invoices: invoices, payments: payments, promises: promises,
                            reminders: reminders, contacts: contacts, complaints: complaints, plans: plans, settings: settings, history: history,
                            undoStack: undo, lastSeq: lastSeq)
        } catch let e as BookError {
            throw StoreError.malformed(path, detail: e.message)
        }
    }
}
