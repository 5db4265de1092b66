import FollowUpCore

/// The snapshot file: `{"format": "followup-book", "version": 1, …, "customers": […], …}`.
enum SnapshotCodec {
    static let format = "followup-book"
    /// The newest format version this build reads and the one it writes.
    static let version = 1

    static func write(_ b: Book) -> [UInt8] {
        var w = JSONWriter(capacity: 256 + b.invoices.count * 120 + b.customers.count * 80)
        w.beginObject()
        w.field("format", format)
        w.field("version", version)
        w.field("lastSeq", b.lastSeq)
        w.key("settings"); w.beginObject()
        for k in b.settings.keys.sorted() { if let v = b.settings[k] { w.field(k, v) } }
        w.endObject()
        w.key("customers"); w.beginArray(); for x in b.customers { RecordCodec.write(x, &w) }; w.endArray()
        w.key("invoices"); w.beginArray(); for x in b.invoices { RecordCodec.write(x, &w) }; w.endArray()
        w.key("payments"); w.beginArray(); for x in b.payments { RecordCodec.write(x, &w) }; w.endArray()
        w.key("promises"); w.beginArray(); for x in b.promises { RecordCodec.write(x, &w) }; w.endArray()
        w.key("reminders"); w.beginArray(); for x in b.reminders { RecordCodec.write(x, &w) }; w.endArray()
        w.key("contacts"); w.beginArray(); for x in b.contacts { RecordCodec.write(x, &w) }; w.endArray()
        w.key("history"); w.beginArray()
        for h in b.history {
            w.beginObject()
            w.field("seq", h.seq)
            w.field("day", h.day)
            w.field("line", h.line)
            if !h.customers.isEmpty { w.key("customers"); w.beginArray(); for c in h.customers { w.int(c.raw) }; w.endArray() }
            w.optionalField("undoes", h.undoes)
            if h.undone { w.field("undone", true) }
            w.endObject()
        }
        w.endArray()
        w.key("undo"); w.beginArray()
        for u in b.undoStack {
            w.beginObject()
            w.field("seq", u.seq)
            w.field("line", u.line)
            w.key("inverse"); w.beginArray(); for e in u.inverse { EventCodec.write(e, &w) }; w.endArray()
            w.endObject()
        }
        w.endArray()
        w.endObject()
        var bytes = w.bytes
        bytes.append(0x0A)
        return bytes
    }

    /// Reads a snapshot; `path` is only for messages.
    static func read(_ bytes: [UInt8], path: String) throws -> Book {
        var r = JSONReader(bytes)
        var format: String?, version: Int?, lastSeq = 0, settings: [String: String] = [:]
        var customers: [Customer] = [], invoices: [Invoice] = [], payments: [Payment] = []
        var promises: [Promise] = [], reminders: [Reminder] = [], contacts: [ContactEntry] = []
        var history: [HistoryEntry] = [], undo: [UndoEntry] = []
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
                case "customers": try r.readArray { r in customers.append(try RecordCodec.readCustomer(&r)) }
                case "invoices":
                    invoices.reserveCapacity(bytes.count / 130)
                    try r.readArray { r in invoices.append(try RecordCodec.readInvoice(&r)) }
                case "payments": try r.readArray { r in payments.append(try RecordCodec.readPayment(&r)) }
                case "promises": try r.readArray { r in promises.append(try RecordCodec.readPromise(&r)) }
                case "reminders": try r.readArray { r in reminders.append(try RecordCodec.readReminder(&r)) }
                case "contacts": try r.readArray { r in contacts.append(try RecordCodec.readContact(&r)) }
                case "history":
                    try r.readArray { r in
                        let s = r.offset
                        var seq: Int?, day: Day?, line = "", cs: [CustomerID] = [], undoes: Int?, undone = false
                        try r.readObject { r, k in
                            switch k {
                            case "seq": seq = try r.readInt()
                            case "day": day = try r.readDay()
                            case "line": line = try r.readString()
                            case "customers": try r.readArray { r in cs.append(CustomerID(try r.readInt())) }
                            case "undoes": undoes = try r.readOptionalInt()
                            case "undone": undone = try r.readBool()
                            default: try r.skipValue()
                            }
                        }
                        history.append(HistoryEntry(seq: try r.require(seq, "seq", in: "a history entry", at: s),
                                                    day: try r.require(day, "day", in: "a history entry", at: s),
                                                    line: line, customers: cs, undoes: undoes, undone: undone))
                    }
                case "undo":
                    try r.readArray { r in
                        let s = r.offset
                        var seq: Int?, line = "", inverse: [Event] = []
                        try r.readObject { r, k in
                            switch k {
                            case "seq": seq = try r.readInt()
                            case "line": line = try r.readString()
                            case "inverse": try r.readArray { r in inverse.append(try EventCodec.read(&r)) }
                            default: try r.skipValue()
                            }
                        }
                        undo.append(UndoEntry(seq: try r.require(seq, "seq", in: "an undo entry", at: s), line: line, inverse: inverse))
                    }
                default: try r.skipValue()
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
                            reminders: reminders, contacts: contacts, settings: settings, history: history,
                            undoStack: undo, lastSeq: lastSeq)
        } catch let e as BookError {
            throw StoreError.malformed(path, detail: e.message)
        }
    }
}
