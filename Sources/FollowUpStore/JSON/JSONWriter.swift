/// A streaming JSON writer that appends UTF-8 bytes to a buffer.
///
/// Commas and (in pretty mode) indentation are inserted automatically; the caller only
/// says what comes next:
///
///     var w = JSONWriter()
///     w.beginObject()
///     w.key("name"); w.string("Acme")
///     w.key("tags"); w.beginArray(); w.string("key"); w.endArray()
///     w.endObject()
///     w.text   // {"name":"Acme","tags":["key"]}
///
/// Output is deterministic: the same calls always give the same bytes. Compact output never
/// contains a raw newline (newlines inside strings are escaped), so one value is one JSON
/// Lines line. Misuse (a value in an object without a key, unbalanced ends) is a programming
/// error, checked by assertions in debug builds.
public struct JSONWriter: Sendable {
    /// The UTF-8 JSON written so far.
    public private(set) var bytes: [UInt8]
    /// Whether output is indented with two spaces per level and one member per line.
    public let pretty: Bool

    /// Whether the next value in the current container needs a comma before it.
    private var needsComma = false
    /// Whether a key was just written, so the next call must be its value.
    private var afterKey = false
    /// Open containers, innermost last: `true` for an object, `false` for an array.
    private var stack: [Bool] = []

    /// Creates an empty writer; `pretty` indents the output, `capacity` reserves buffer space.
    public init(pretty: Bool = false, capacity: Int = 256) {
        self.pretty = pretty
        self.bytes = []
        self.bytes.reserveCapacity(capacity)
    }

    /// The JSON written so far as a `String`.
    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Whether every opened object and array has been closed.
    public var isComplete: Bool { stack.isEmpty && !afterKey }

    /// Clears the output (keeping its capacity) so the writer can be reused.
    public mutating func reset() {
        bytes.removeAll(keepingCapacity: true)
        needsComma = false
        afterKey = false
        stack.removeAll(keepingCapacity: true)
    }

    // MARK: Containers

    /// Starts an object (`{`).
    public mutating func beginObject() {
        beforeValue()
        bytes.append(UInt8(ascii: "{"))
        stack.append(true)
        needsComma = false
    }

    /// Ends the innermost object (`}`).
    public mutating func endObject() {
        assert(stack.last == true && !afterKey, "JSONWriter: endObject without a matching beginObject")
        endContainer(UInt8(ascii: "}"))
    }

    /// Starts an array (`[`).
    public mutating func beginArray() {
        beforeValue()
        bytes.append(UInt8(ascii: "["))
        stack.append(false)
        needsComma = false
    }

    /// Ends the innermost array (`]`).
    public mutating func endArray() {
        assert(stack.last == false, "JSONWriter: endArray without a matching beginArray")
        endContainer(UInt8(ascii: "]"))
    }

    /// Writes an object member's key; the next call must write its value.
    public mutating func key(_ k: String) {
        assert(stack.last == true && !afterKey, "JSONWriter: key outside an object or after a key")
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if pretty { newline() }
        appendQuoted(k)
        bytes.append(UInt8(ascii: ":"))
        if pretty { bytes.append(UInt8(ascii: " ")) }
        afterKey = true
    }

    // MARK: Scalars

    /// Writes a string value, escaping `"`, `\` and control characters; other UTF-8 is kept as is.
    public mutating func string(_ value: String) {
        beforeValue()
        appendQuoted(value)
        needsComma = true
    }

    /// Writes an integer value.
    public mutating func int(_ value: Int) {
        beforeValue()
        appendInteger(Int64(value))
        needsComma = true
    }

    /// Writes a 64-bit integer value.
    public mutating func int64(_ value: Int64) {
        beforeValue()
        appendInteger(value)
        needsComma = true
    }

    /// Writes a floating-point value (shortest round-trip form); NaN and infinity become `null`.
    public mutating func double(_ value: Double) {
        beforeValue()
        if value.isFinite {
            if value == value.rounded(.towardZero), abs(value) < 1e15 {
                // Whole numbers: "3" rather than Swift's "3.0".
                appendInteger(Int64(value)) // -0 writes as 0
            } else {
                bytes.append(contentsOf: value.description.utf8)
            }
        } else {
            appendLiteral("null")
        }
        needsComma = true
    }

    /// Writes `true` or `false`.
    public mutating func bool(_ value: Bool) {
        beforeValue()
        appendLiteral(value ? "true" : "false")
        needsComma = true
    }

    /// Writes `null`.
    public mutating func null() {
        beforeValue()
        appendLiteral("null")
        needsComma = true
    }

    /// Writes already-encoded JSON as one value, byte for byte (the caller vouches it is valid).
    public mutating func raw(_ json: [UInt8]) {
        beforeValue()
        bytes.append(contentsOf: json)
        needsComma = true
    }

    // MARK: Members (key + value in one call)

    /// Writes `"key":"value"` in the current object.
    public mutating func field(_ key: String, _ value: String) { self.key(key); string(value) }
    /// Writes `"key":value` in the current object.
    public mutating func field(_ key: String, _ value: Int) { self.key(key); int(value) }
    /// Writes `"key":value` in the current object.
    public mutating func field(_ key: String, _ value: Int64) { self.key(key); int64(value) }
    /// Writes `"key":true|false` in the current object.
    public mutating func field(_ key: String, _ value: Bool) { self.key(key); bool(value) }

    /// Writes `"key":"value"` if `value` is not nil; writes nothing otherwise.
    public mutating func optionalField(_ key: String, _ value: String?) {
        if let value { field(key, value) }
    }
    /// Writes `"key":value` if `value` is not nil; writes nothing otherwise.
    public mutating func optionalField(_ key: String, _ value: Int?) {
        if let value { field(key, value) }
    }
    /// Writes `"key":value` if `value` is not nil; writes nothing otherwise.
    public mutating func optionalField(_ key: String, _ value: Int64?) {
        if let value { field(key, value) }
    }
    /// Writes `"key":value` if `value` is not nil; writes nothing otherwise.
    public mutating func optionalField(_ key: String, _ value: Bool?) {
        if let value { field(key, value) }
    }

    // MARK: Internals

    private mutating func beforeValue() {
        if afterKey {
            afterKey = false
            return
        }
        assert(stack.last != true, "JSONWriter: value in an object without a key")
        if needsComma { bytes.append(UInt8(ascii: ",")) }
        if pretty, !stack.isEmpty { newline() }
    }

    private mutating func endContainer(_ close: UInt8) {
        stack.removeLast()
        // An empty container stays on one line ("{}" / "[]").
        if pretty, needsComma { newline() }
        bytes.append(close)
        needsComma = true
    }

    private mutating func newline() {
        bytes.append(0x0A)
        for _ in 0..<stack.count {
            bytes.append(0x20)
            bytes.append(0x20)
        }
    }

    private mutating func appendLiteral(_ literal: StaticString) {
        literal.withUTF8Buffer { bytes.append(contentsOf: $0) }
    }

    private mutating func appendInteger(_ value: Int64) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var digitCount = 1
        var probe = magnitude
        while probe >= 10 {
            probe /= 10
            digitCount += 1
        }
        bytes.append(contentsOf: repeatElement(UInt8(ascii: "0"), count: digitCount))
        var i = bytes.count
        repeat {
            i -= 1
            bytes[i] = UInt8(ascii: "0") &+ UInt8(truncatingIfNeeded: magnitude % 10)
            magnitude /= 10
        } while magnitude > 0
    }

    private mutating func appendQuoted(_ s: String) {
        bytes.append(UInt8(ascii: "\""))
        var s = s
        s.withUTF8 { utf8 in
            var runStart = 0
            var i = 0
            let count = utf8.count
            while i < count {
                let b = utf8[i]
                if b >= 0x20, b != UInt8(ascii: "\""), b != UInt8(ascii: "\\") {
                    i += 1
                    continue
                }
                if runStart < i {
                    bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<i]))
                }
                bytes.append(UInt8(ascii: "\\"))
                switch b {
                case UInt8(ascii: "\""): bytes.append(UInt8(ascii: "\""))
                case UInt8(ascii: "\\"): bytes.append(UInt8(ascii: "\\"))
                case 0x0A: bytes.append(UInt8(ascii: "n"))
                case 0x0D: bytes.append(UInt8(ascii: "r"))
                case 0x09: bytes.append(UInt8(ascii: "t"))
                case 0x08: bytes.append(UInt8(ascii: "b"))
                case 0x0C: bytes.append(UInt8(ascii: "f"))
                default:
                    bytes.append(UInt8(ascii: "u"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(UInt8(ascii: "0"))
                    bytes.append(Self.hexDigit(b >> 4))
                    bytes.append(Self.hexDigit(b & 0x0F))
                }
                i += 1
                runStart = i
            }
            if runStart < count {
                bytes.append(contentsOf: UnsafeBufferPointer(rebasing: utf8[runStart..<count]))
            }
        }
        bytes.append(UInt8(ascii: "\""))
    }

    private static func hexDigit(_ nibble: UInt8) -> UInt8 {
        nibble < 10 ? UInt8(ascii: "0") &+ nibble : UInt8(ascii: "a") &+ (nibble &- 10)
    }
}
