import FollowUpCore

/// A value stored as one JSON value in a record field.
protocol JSONValue: Sendable {
    static func read(_ r: inout JSONReader) throws -> Self
    func write(_ w: inout JSONWriter)
}

/// One field of a record kind: its key (two for money: `amount` + `amountCurrency`), how it is
/// written, how it is read into a record, and what a record gets when the field is absent.
struct Field<R: Sendable>: Sendable {
    let keys: [String]
    /// Absent is an error (else `absent` fills it, or the record keeps its blank value, which
    /// `Schema` checks is the value the field leaves out when writing).
    let required: Bool
    let write: @Sendable (R, inout JSONWriter) -> Void
    /// Reads the value of each key into the record.
    let reads: [@Sendable (inout R, inout JSONReader) throws -> Void]
    let absent: (@Sendable (inout R) -> Void)?

    init(keys: [String], required: Bool, write: @escaping @Sendable (R, inout JSONWriter) -> Void,
         reads: [@Sendable (inout R, inout JSONReader) throws -> Void],
         absent: (@Sendable (inout R) -> Void)? = nil) {
        self.keys = keys
        self.required = required
        self.write = write
        self.reads = reads
        self.absent = absent
    }
}

/// Sets a stored property through its byte offset when the key path is a plain stored property
/// (`MemoryLayout.offset(of:)`), else through the key path: applying a key path at run time
/// costs more than reading most values, and a large book sets a million fields.
@inline(__always)
private func assign<R, V>(_ x: inout R, _ kp: WritableKeyPath<R, V>, _ offset: Int?, _ v: V) {
    guard let offset else { x[keyPath: kp] = v; return }
    withUnsafeMutableBytes(of: &x) { raw in
        guard let base = raw.baseAddress else { return }
        (base + offset).assumingMemoryBound(to: V.self).pointee = v
    }
}

extension Field {
    /// A required field.
    static func field<V: JSONValue>(_ key: String, _ kp: WritableKeyPath<R, V> & Sendable) -> Field {
        Field(keys: [key], required: true,
              write: { x, w in w.key(key); x[keyPath: kp].write(&w) },
              reads: [{ [off = MemoryLayout<R>.offset(of: kp)] x, r in assign(&x, kp, off, try V.read(&r)) }])
    }

    /// An optional field: left out when nil; `null` reads as nil.
    static func field<V: JSONValue>(_ key: String, _ kp: WritableKeyPath<R, V?> & Sendable) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in if let v = x[keyPath: kp] { w.key(key); v.write(&w) } },
              reads: [{ [off = MemoryLayout<R>.offset(of: kp)] x, r in
                  assign(&x, kp, off, r.readNullIfPresent() ? nil : try V.read(&r))
              }])
    }

    /// A field with a usual value: left out when it has it, and given it when absent.
    static func field<V: JSONValue & Equatable>(_ key: String, _ kp: WritableKeyPath<R, V> & Sendable, default value: V) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in let v = x[keyPath: kp]; if v != value { w.key(key); v.write(&w) } },
              reads: [{ [off = MemoryLayout<R>.offset(of: kp)] x, r in assign(&x, kp, off, try V.read(&r)) }])
    }

    /// A field that is usually a copy of another (a reminder's anchor is its due day).
    static func field<V: JSONValue & Equatable>(_ key: String, _ kp: WritableKeyPath<R, V> & Sendable,
                                                defaultFrom other: KeyPath<R, V> & Sendable) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in let v = x[keyPath: kp]; if v != x[keyPath: other] { w.key(key); v.write(&w) } },
              reads: [{ x, r in x[keyPath: kp] = try V.read(&r) }],
              absent: { x in x[keyPath: kp] = x[keyPath: other] })
    }

    /// Money as two fields, `key` (minor units) and `key + "Currency"`.
    static func money(_ key: String, _ kp: WritableKeyPath<R, Money> & Sendable) -> Field {
        Field(keys: [key, key + "Currency"], required: true,
              write: { x, w in w.money(key, x[keyPath: kp]) },
              reads: [
                  { x, r in x[keyPath: kp].minor = try r.readInt64() },
                  { x, r in x[keyPath: kp].currency = try r.readCurrency() },
              ])
    }

    /// Optional money: both fields or neither.
    static func money(_ key: String, _ kp: WritableKeyPath<R, Money?> & Sendable) -> Field {
        Field(keys: [key, key + "Currency"], required: false,
              write: { x, w in if let m = x[keyPath: kp] { w.money(key, m) } },
              reads: [
                  { x, r in x[keyPath: kp] = Money(minor: try r.readInt64(), currency: x[keyPath: kp]?.currency ?? .cny) },
                  { x, r in x[keyPath: kp] = Money(minor: x[keyPath: kp]?.minor ?? 0, currency: try r.readCurrency()) },
              ])
    }

    /// A record inside a record.
    static func record<V>(_ key: String, _ kp: WritableKeyPath<R, V> & Sendable, _ schema: Schema<V>) -> Field {
        Field(keys: [key], required: true,
              write: { x, w in w.key(key); schema.write(x[keyPath: kp], &w) },
              reads: [{ x, r in x[keyPath: kp] = try schema.read(&r) }])
    }

    /// A list of records, left out when empty.
    static func records<V>(_ key: String, _ kp: WritableKeyPath<R, [V]> & Sendable, _ schema: Schema<V>) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in
                  let list = x[keyPath: kp]
                  if list.isEmpty { return }
                  w.key(key); w.beginArray(); for v in list { schema.write(v, &w) }; w.endArray()
              },
              reads: [{ x, r in
                  var list: [V] = []
                  try r.readArray { r in list.append(try schema.read(&r)) }
                  x[keyPath: kp] = list
              }])
    }
}

/// A record kind's one declaration: its fields in the order they are written. Reading and
/// writing both walk it, so a field added here is written, read, required or defaulted alike.
final class Schema<R: Sendable>: Sendable {
    /// "an invoice", for messages.
    let what: String
    /// The value reading starts from; every field either is read, is filled by `absent`, or is
    /// required (a missing one is an error), so nothing of `blank` is left by accident.
    let blank: R
    let fields: [Field<R>]
    /// Reads the version-1 positional form (`[id, customer, …]`) of invoices and payments.
    let positional: (@Sendable (inout JSONReader) throws -> R)?
    /// Every key, with the reader of its value (a class, so a record read copies nothing).
    fileprivate let keys: [String]
    /// The keys packed for matching a key's bytes in the file without making a String.
    fileprivate let packed: [PackedKey]
    fileprivate let readers: [@Sendable (inout R, inout JSONReader) throws -> Void]

    init(_ what: String, blank: R, positional: (@Sendable (inout JSONReader) throws -> R)? = nil, _ fields: [Field<R>]) {
        self.what = what
        self.blank = blank
        self.fields = fields
        self.positional = positional
        var keys: [String] = [], readers: [@Sendable (inout R, inout JSONReader) throws -> Void] = []
        for f in fields {
            precondition(f.reads.count == f.keys.count, "a reader for every key")
            keys += f.keys
            readers += f.reads
        }
        precondition(keys.count <= 64 && Set(keys).count == keys.count, "a schema has at most 64 distinct keys")
        // An optional field left out of a record must read back as it was: as the blank's value.
        for f in fields where !f.required && f.absent == nil {
            var w = JSONWriter()
            w.beginObject(); f.write(blank, &w); w.endObject()
            precondition(w.bytes == Array("{}".utf8), "\(what): the blank value of \"\(f.keys[0])\" must be the one left out")
        }
        self.keys = keys
        self.packed = keys.map { key in var k = key; return k.withUTF8 { PackedKey(key: $0) } }
        self.readers = readers
    }

    func write(_ x: R, _ w: inout JSONWriter) {
        w.beginObject()
        for f in fields { f.write(x, &w) }
        w.endObject()
    }

    func read(_ r: inout JSONReader) throws -> R {
        if let positional, try r.peekKind() == .array { return try positional(&r) }
        var reading = Reading(self, at: r.offset)
        try r.readObjectKeys { r, key in try reading.take(key, &r) }
        return try reading.finish(r)
    }

    /// The state of reading one object, so a caller can feed it keys itself (events read
    /// `type` first, then the fields of that event's payload).
    struct Reading {
        let schema: Schema
        let start: Int
        var value: R
        var seen: UInt64 = 0
        /// Where the next key is looked for first: keys usually come in the order written.
        var hint = 0
        /// The schema's tables, held here once per record rather than fetched per key.
        private let packed: [PackedKey]
        private let readers: [@Sendable (inout R, inout JSONReader) throws -> Void]

        init(_ schema: Schema, at start: Int) {
            self.schema = schema
            self.start = start
            value = schema.blank
            packed = schema.packed
            readers = schema.readers
        }

        /// Reads the value of `key`, given as its UTF-8 bytes (see `JSONReader.readObjectKeys`).
        mutating func take(_ bytes: UnsafeBufferPointer<UInt8>, _ r: inout JSONReader) throws {
            let probe = PackedKey(bytes)
            var k = -1
            if hint < packed.count && packed[hint].matches(probe, bytes) {
                k = hint
            } else if let i = packed.firstIndex(where: { $0.matches(probe, bytes) }) {
                k = i
            }
            // A field this build does not know would be dropped at the next compaction: refuse.
            guard k >= 0 else { throw r.error("\(schema.what) with an unknown field \"\(String(decoding: bytes, as: UTF8.self))\"") }
            let bit = UInt64(1) << UInt64(k)
            guard seen & bit == 0 else { throw r.error("\(schema.what) with \"\(schema.keys[k])\" twice") }
            seen |= bit
            hint = k + 1
            let at = r.offset
            do {
                try readers[k](&value, &r)
            } catch let e as JSONError where e.offset >= at && !e.message.hasPrefix("\"") {
                // Name the field: `"due": not a date (YYYY-MM-DD): "2026-13-01"`.
                throw JSONError(message: "\"\(schema.keys[k])\" of \(schema.what): \(e.message)", offset: e.offset, line: e.line, column: e.column)
            }
        }

        mutating func finish(_ r: JSONReader) throws -> R {
            var k = 0
            for f in schema.fields {
                let n = f.keys.count
                let mask = (UInt64(1) << UInt64(n) - 1) << UInt64(k)
                let got = seen & mask
                if got == 0 {
                    if f.required { throw r.error("\(schema.what) without \"\(f.keys[0])\"", at: start) }
                    f.absent?(&value)
                } else if got != mask {
                    let missing: Int = (0..<n).first(where: { seen & (UInt64(1) << UInt64(k + $0)) == 0 }) ?? 0
                    throw r.error("\(schema.what) without \"\(f.keys[missing])\"", at: start)
                }
                k += n
            }
            return value
        }
    }
}

/// A key's first 16 UTF-8 bytes and its length, compared as integers; a longer key is also
/// compared byte by byte (`matches`), so two keys never pass for each other.
struct PackedKey: Equatable, Sendable {
    let a: UInt64
    let b: UInt64
    let count: Int
    /// The whole key when it is longer than 16 bytes.
    let long: [UInt8]?

    @inline(__always)
    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        var a: UInt64 = 0, b: UInt64 = 0
        let n = bytes.count
        var i = 0
        while i < n && i < 8 { a |= UInt64(bytes[i]) &<< UInt64(8 &* i); i &+= 1 }
        while i < n && i < 16 { b |= UInt64(bytes[i]) &<< UInt64(8 &* (i &- 8)); i &+= 1 }
        self.a = a
        self.b = b
        count = bytes.count
        long = nil
    }

    /// A key of the schema: keeps the whole key when it is long.
    init(key bytes: UnsafeBufferPointer<UInt8>) {
        let short = PackedKey(bytes)
        a = short.a
        b = short.b
        count = short.count
        long = bytes.count > 16 ? Array(bytes) : nil
    }

    /// Whether this schema key is `key`, packed from `bytes`.
    @inline(__always)
    func matches(_ key: PackedKey, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a == key.a, b == key.b, count == key.count else { return false }
        guard let long else { return true }
        return long.elementsEqual(bytes)
    }
}

// MARK: Values

extension Int: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Int { try r.readInt() }
    func write(_ w: inout JSONWriter) { w.int(self) }
}

extension Int64: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Int64 { try r.readInt64() }
    func write(_ w: inout JSONWriter) { w.int64(self) }
}

extension String: JSONValue {
    static func read(_ r: inout JSONReader) throws -> String { try r.readString() }
    func write(_ w: inout JSONWriter) { w.string(self) }
}

extension Bool: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Bool { try r.readBool() }
    func write(_ w: inout JSONWriter) { w.bool(self) }
}

extension Day: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Day { try r.readDay() }
    func write(_ w: inout JSONWriter) { w.string(iso) }
}

extension Currency: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Currency { try r.readCurrency() }
    func write(_ w: inout JSONWriter) { w.string(code) }
}

extension TimeOfDay: JSONValue {
    static func read(_ r: inout JSONReader) throws -> TimeOfDay { try r.readTime() }
    func write(_ w: inout JSONWriter) { w.string(description) }
}

extension Recurrence: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Recurrence {
        let s = r.offset
        let v = try r.readString()
        guard let parsed = Recurrence(text: v) else { throw r.error("not a recurrence: \"\(v)\"", at: s) }
        return parsed
    }
    func write(_ w: inout JSONWriter) { w.string(description) }
}

extension EntityID: JSONValue {
    static func read(_ r: inout JSONReader) throws -> EntityID { EntityID(try r.readInt()) }
    func write(_ w: inout JSONWriter) { w.int(raw) }
}

extension Array: JSONValue where Element: JSONValue {
    static func read(_ r: inout JSONReader) throws -> [Element] {
        var out: [Element] = []
        try r.readArray { r in out.append(try Element.read(&r)) }
        return out
    }
    func write(_ w: inout JSONWriter) {
        w.beginArray()
        for x in self { x.write(&w) }
        w.endArray()
    }
}

/// A word of the book's vocabulary, stored as its raw value; an unknown one is refused (the
/// app writes only known values).
protocol VocabularyWord: JSONValue, RawRepresentable where RawValue == String {
    /// "tier", for messages.
    static var wordName: String { get }
}

extension VocabularyWord {
    static func read(_ r: inout JSONReader) throws -> Self {
        let s = r.offset
        let v = try r.readString()
        guard let value = Self(rawValue: v) else { throw r.error("unknown \(wordName) \"\(v)\"", at: s) }
        return value
    }
    func write(_ w: inout JSONWriter) { w.string(rawValue) }
}

extension Tier: VocabularyWord { static var wordName: String { "tier" } }
extension Channel: VocabularyWord { static var wordName: String { "channel" } }
extension ReminderKind: VocabularyWord { static var wordName: String { "reminder kind" } }
extension ContactOutcome: VocabularyWord { static var wordName: String { "contact outcome" } }
extension Excuse: VocabularyWord { static var wordName: String { "excuse" } }
extension ServiceKind: VocabularyWord { static var wordName: String { "service" } }
extension Occasion.Kind: VocabularyWord { static var wordName: String { "occasion" } }
extension Payment.Kind: VocabularyWord { static var wordName: String { "payment kind" } }

/// An allocation stays a pair, `[invoice, amount]`: a payment lists many, and the field
/// around it (`applied`) says what they are.
extension Allocation: JSONValue {
    static func read(_ r: inout JSONReader) throws -> Allocation {
        let start = r.offset
        var n = 0, invoice = 0, minor: Int64 = 0
        try r.readArray { r in
            switch n {
            case 0: invoice = try r.readInt()
            case 1: minor = try r.readInt64()
            default: throw r.error("an applied entry must be [invoice, amount]")
            }
            n += 1
        }
        guard n == 2 else { throw r.error("an applied entry must be [invoice, amount]", at: start) }
        return Allocation(invoice: InvoiceID(invoice), minor: minor)
    }
    func write(_ w: inout JSONWriter) { w.beginArray(); w.int(invoice.raw); w.int64(minor); w.endArray() }
}

/// An answer about emails stays a pair, `["yes" or "no", day]`, like an allocation: short, and
/// the field around it (`emailConsent`) says what it is.
extension EmailConsent: JSONValue {
    static let shape = "an email consent must be [\"yes\" or \"no\", \"YYYY-MM-DD\"]"

    static func read(_ r: inout JSONReader) throws -> EmailConsent {
        let start = r.offset
        var n = 0, agreed = false, day = Day(ordinal: 0)
        try r.readArray { r in
            switch n {
            case 0:
                let s = r.offset
                switch try r.readString() {
                case "yes": agreed = true
                case "no": agreed = false
                default: throw r.error(shape, at: s)
                }
            case 1: day = try r.readDay()
            default: throw r.error(shape)
            }
            n += 1
        }
        guard n == 2 else { throw r.error(shape, at: start) }
        return EmailConsent(agreed: agreed, day: day)
    }

    func write(_ w: inout JSONWriter) { w.beginArray(); w.string(agreed ? "yes" : "no"); w.string(day.iso); w.endArray() }
}
