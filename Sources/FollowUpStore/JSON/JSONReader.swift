/// The kind of the next JSON value, as seen by `JSONReader.peekKind()`.
public enum JSONKind: Sendable, Equatable {
    /// `{…}`
    case object
    /// `[…]`
    case array
    /// `"…"`
    case string
    /// `-12`, `3.5e2`, …
    case number
    /// `true` or `false`
    case bool
    /// `null`
    case null
}

/// A fast pull parser that decodes JSON bytes straight into your own types, without a tree.
///
/// Each `read…` call skips leading whitespace, consumes exactly one value and leaves the
/// reader just after it. Objects and arrays are read with callbacks:
///
///     var r = JSONReader(bytes)
///     var name = "", amount = 0
///     try r.readObject { r, key in
///         switch key {
///         case "name": name = try r.readString()
///         case "amount": amount = try r.readInt()
///         default: try r.skipValue()   // (a value left unread is skipped anyway)
///         }
///     }
///     try r.expectEnd()
///
/// Every malformed input throws a `JSONError` with the byte offset, line and column; the
/// reader never traps on input. Strings are validated as UTF-8 and fully unescaped (including
/// `\uXXXX` surrogate pairs). Nesting deeper than `maximumDepth` is refused.
public struct JSONReader: @unchecked Sendable {
    // @unchecked Sendable: the buffer is immutable after init and owned by `storage`; each copy
    // of the reader has its own offset.

    /// The deepest nesting of objects and arrays accepted.
    public static let maximumDepth = 512

    /// Owns a private copy of the input followed by zero padding. The zero right after the
    /// input is a sentinel: it matches no byte a loop is looking for, so hot loops need no
    /// bounds checks, and `offset` never passes `count`.
    private let storage: Storage
    /// The start of the input (`storage.pointer`).
    private let base: UnsafePointer<UInt8>
    /// The input's length in bytes (not counting the padding).
    private let count: Int
    /// The byte offset of the next unread byte.
    public private(set) var offset: Int = 0
    private var depth = 0

    /// Creates a reader over UTF-8 JSON bytes.
    public init(_ bytes: [UInt8]) {
        storage = Storage(bytes)
        base = UnsafePointer(storage.pointer)
        count = bytes.count
    }

    /// Creates a reader over the UTF-8 of `text`.
    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    // MARK: Containers

    /// Reads an object, calling `body` with each key in order; `body` reads that key's value.
    ///
    /// If `body` reads nothing, the value is skipped. Duplicate keys are passed on as they come.
    public mutating func readObject(_ body: (inout JSONReader, String) throws -> Void) throws {
        try readObjectKeys { r, key in try body(&r, String(decoding: key, as: UTF8.self)) }
    }

    /// Reads an object like `readObject`, but hands `body` each key as its UTF-8 bytes, valid
    /// only during the call: no String is made for a key, which matters when a large book
    /// repeats the same few keys a million times. A key with escapes or non-ASCII bytes is
    /// unescaped and checked as `readObject` does.
    public mutating func readObjectKeys(_ body: (inout JSONReader, UnsafeBufferPointer<UInt8>) throws -> Void) throws {
        skipWhitespace()
        guard base[offset] == ASCII.openBrace else { throw unexpected("expected an object ('{')") }
        try enterContainer()
        offset += 1
        skipWhitespace()
        if base[offset] == ASCII.closeBrace {
            offset += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            guard base[offset] == ASCII.quote else {
                throw unexpected("expected a key (a string in double quotes)")
            }
            let start = offset + 1
            var i = start
            // Plain ASCII keys (no escape, no control character) are used in place.
            while base[i] != ASCII.quote && base[i] != ASCII.backslash && base[i] >= 0x20 && base[i] < 0x80 { i += 1 }
            var decoded: String?
            if base[i] == ASCII.quote {
                offset = i + 1
            } else {
                decoded = try scanString()
            }
            skipWhitespace()
            guard base[offset] == ASCII.colon else {
                let key = decoded ?? String(decoding: UnsafeBufferPointer(start: base + start, count: i - start), as: UTF8.self)
                throw unexpected("expected ':' after the key \"\(key)\"")
            }
            offset += 1
            skipWhitespace()
            let valueStart = offset
            if var key = decoded {
                try key.withUTF8 { try body(&self, $0) }
            } else {
                try body(&self, UnsafeBufferPointer(start: base + start, count: i - start))
            }
            if offset == valueStart { try skipAny() }
            skipWhitespace()
            let b = base[offset]
            if b == ASCII.comma {
                offset += 1
            } else if b == ASCII.closeBrace {
                offset += 1
                depth -= 1
                return
            } else {
                throw unexpected("expected ',' or '}'")
            }
        }
    }

    /// When the next value is a string of exactly `length` (at most 14) plain ASCII bytes (no
    /// escape, no quote, no control character), hands `body` a pointer to them; if `body` returns
    /// a value, the string is consumed and that value returned. Otherwise nothing is read and
    /// the result is nil, for the caller's general path. A date a million times in a book.
    @inline(__always)
    public mutating func readFixedASCIIString<T>(length: Int, _ body: (UnsafePointer<UInt8>) -> T?) -> T? {
        precondition(length >= 0 && length <= 14, "short strings only: the input's padding is 16 bytes")
        skipWhitespace()
        guard base[offset] == ASCII.quote else { return nil }
        let start = offset + 1
        var i = start
        // Stops at the first byte that is not plain (the zero sentinel included).
        while i < start + length {
            let b = base[i]
            guard b >= 0x20, b < 0x80, b != ASCII.quote, b != ASCII.backslash else { return nil }
            i += 1
        }
        guard base[i] == ASCII.quote, let value = body(base + start) else { return nil }
        offset = i + 1
        return value
    }

    /// Reads a string and hands `body` its UTF-8 bytes, valid only during the call: no String
    /// is made when the string is plain ASCII without escapes (dates, currency codes). Other
    /// strings are unescaped and checked as `readString` does.
    public mutating func readStringBytes<T>(_ body: (UnsafeBufferPointer<UInt8>) throws -> T) throws -> T {
        skipWhitespace()
        guard base[offset] == ASCII.quote else { throw unexpected("expected a string") }
        let start = offset + 1
        var i = start
        while base[i] != ASCII.quote && base[i] != ASCII.backslash && base[i] >= 0x20 && base[i] < 0x80 { i += 1 }
        if base[i] == ASCII.quote {
            offset = i + 1
            return try body(UnsafeBufferPointer(start: base + start, count: i - start))
        }
        var s = try scanString()
        return try s.withUTF8 { try body($0) }
    }

    /// Reads an array, calling `body` once per element; `body` reads that element.
    ///
    /// If `body` reads nothing, the element is skipped.
    public mutating func readArray(_ body: (inout JSONReader) throws -> Void) throws {
        skipWhitespace()
        guard base[offset] == ASCII.openBracket else { throw unexpected("expected an array ('[')") }
        try enterContainer()
        offset += 1
        skipWhitespace()
        if base[offset] == ASCII.closeBracket {
            offset += 1
            depth -= 1
            return
        }
        while true {
            skipWhitespace()
            let elementStart = offset
            try body(&self)
            if offset == elementStart { try skipAny() }
            skipWhitespace()
            let b = base[offset]
            if b == ASCII.comma {
                offset += 1
            } else if b == ASCII.closeBracket {
                offset += 1
                depth -= 1
                return
            } else {
                throw unexpected("expected ',' or ']'")
            }
        }
    }

    // MARK: Scalars

    /// Reads a string, unescaping it.
    public mutating func readString() throws -> String {
        skipWhitespace()
        guard base[offset] == ASCII.quote else { throw unexpected("expected a string") }
        return try scanString()
    }

    /// Reads an integer that fits in `Int`; fractions, exponents and overflow are errors.
    public mutating func readInt() throws -> Int {
        try readInteger(Int.self)
    }

    /// Reads an integer that fits in `Int64`; fractions, exponents and overflow are errors.
    public mutating func readInt64() throws -> Int64 {
        try readInteger(Int64.self)
    }

    /// Reads any JSON number as a `Double`; numbers beyond `Double`'s range are errors.
    public mutating func readDouble() throws -> Double {
        skipWhitespace()
        let start = offset
        guard base[start] == ASCII.minus || ASCII.isDigit(base[start]) else {
            throw unexpected("expected a number")
        }
        let end = try scanNumber(from: start)
        let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
        guard let value = Double(text), value.isFinite else {
            throw error("number \(text) is out of range", at: start)
        }
        offset = end
        return value
    }

    /// Reads `true` or `false`.
    public mutating func readBool() throws -> Bool {
        skipWhitespace()
        if matchLiteral(ASCII.trueLiteral) {
            offset += 4
            return true
        }
        if matchLiteral(ASCII.falseLiteral) {
            offset += 5
            return false
        }
        throw unexpected("expected true or false")
    }

    /// Reads `null`.
    public mutating func readNull() throws {
        guard readNullIfPresent() else { throw unexpected("expected null") }
    }

    /// Reads `null` and returns true if the next value is `null`; otherwise reads nothing.
    public mutating func readNullIfPresent() -> Bool {
        skipWhitespace()
        if matchLiteral(ASCII.nullLiteral) {
            offset += 4
            return true
        }
        return false
    }

    /// Reads a string, or `null` as nil.
    public mutating func readOptionalString() throws -> String? {
        readNullIfPresent() ? nil : try readString()
    }

    /// Reads an `Int`, or `null` as nil.
    public mutating func readOptionalInt() throws -> Int? {
        readNullIfPresent() ? nil : try readInt()
    }

    /// Reads an `Int64`, or `null` as nil.
    public mutating func readOptionalInt64() throws -> Int64? {
        readNullIfPresent() ? nil : try readInt64()
    }

    /// Reads a `Bool`, or `null` as nil.
    public mutating func readOptionalBool() throws -> Bool? {
        readNullIfPresent() ? nil : try readBool()
    }

    // MARK: Structure

    /// Tells what kind of value comes next, without reading it.
    public mutating func peekKind() throws -> JSONKind {
        skipWhitespace()
        switch base[offset] {
        case ASCII.openBrace: return .object
        case ASCII.openBracket: return .array
        case ASCII.quote: return .string
        case ASCII.minus, ASCII.zero...ASCII.nine: return .number
        case UInt8(ascii: "t"), UInt8(ascii: "f"): return .bool
        case UInt8(ascii: "n"): return .null
        default: throw unexpected("expected a value")
        }
    }

    /// Reads and discards one value of any kind, checking that it is well formed.
    public mutating func skipValue() throws {
        try skipAny()
    }

    /// Checks that only whitespace is left.
    public mutating func expectEnd() throws {
        skipWhitespace()
        if offset < count {
            throw unexpected("unexpected data after the end of the JSON value")
        }
    }

    /// Moves back to `offset`, a position this reader was at before (to read a value again,
    /// differently: a fast path that did not fit).
    public mutating func rewind(to offset: Int) {
        precondition(offset >= 0 && offset <= count, "rewind within the input")
        self.offset = offset
    }

    /// Makes an error at `offset` (default: the current position), for problems found by the
    /// caller in well-formed JSON, e.g. `throw reader.error("unknown event type", at: start)`.
    public func error(_ message: String, at offset: Int? = nil) -> JSONError {
        JSONError(message: message, offset: offset ?? self.offset, in: bytes)
    }

    // MARK: Internals

    /// The input bytes (without the padding).
    private var bytes: UnsafeBufferPointer<UInt8> { UnsafeBufferPointer(start: base, count: count) }

    @inline(__always)
    private mutating func skipWhitespace() {
        var i = offset
        while true {
            let b = base[i]
            // Fast exit for the common case (a token, or the sentinel 0).
            if b > ASCII.space { break }
            guard b == ASCII.space || b == ASCII.newline || b == ASCII.tab || b == ASCII.carriageReturn else { break }
            i += 1
        }
        offset = i
    }

    @inline(__always)
    private mutating func enterContainer() throws {
        if depth >= Self.maximumDepth {
            throw error("nested too deeply (more than \(Self.maximumDepth) levels)")
        }
        depth += 1
    }

    /// Whether the literal is at `offset`. Reads at most 5 bytes, stopping at the first
    /// mismatch (the sentinel mismatches), so it never reads past the padding.
    @inline(__always)
    private func matchLiteral(_ literal: (UInt8, UInt8, UInt8, UInt8, UInt8?)) -> Bool {
        guard base[offset] == literal.0, base[offset + 1] == literal.1,
              base[offset + 2] == literal.2, base[offset + 3] == literal.3
        else { return false }
        if let fifth = literal.4 { return base[offset + 4] == fifth }
        return true
    }

    /// An error at the current offset: `message`, then what was found there.
    private func unexpected(_ message: String) -> JSONError {
        error("\(message), found \(describeByte(at: offset))")
    }

    private func describeByte(at offset: Int) -> String {
        guard offset < count else { return "the end of the input" }
        let b = base[offset]
        switch b {
        case 0x21...0x7E: return "'\(Character(Unicode.Scalar(b)))'"
        case 0x20: return "a space"
        case 0x0A: return "a line break"
        case 0x00..<0x20, 0x7F: return "control character 0x\(String(b, radix: 16, uppercase: true))"
        default:
            // Show the whole UTF-8 character if it decodes.
            var end = offset + 1
            while end < count, end < offset + 4, base[end] & 0xC0 == 0x80 { end += 1 }
            if let s = String(validating: UnsafeBufferPointer(start: base + offset, count: end - offset), as: UTF8.self) {
                return "'\(s)'"
            }
            return "byte 0x\(String(b, radix: 16, uppercase: true))"
        }
    }

    private mutating func readInteger<T: FixedWidthInteger & SignedInteger>(_: T.Type) throws -> T {
        skipWhitespace()
        let start = offset
        var i = start
        let negative = base[i] == ASCII.minus
        if negative { i += 1 }
        guard ASCII.isDigit(base[i]) else { throw unexpected("expected an integer") }
        var value: T = 0
        if base[i] == ASCII.zero {
            i += 1
            if ASCII.isDigit(base[i]) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            while true {
                let digit = base[i] &- ASCII.zero
                if digit > 9 { break }
                let (shifted, overflow1) = value.multipliedReportingOverflow(by: 10)
                let (next, overflow2) = negative
                    ? shifted.subtractingReportingOverflow(T(digit))
                    : shifted.addingReportingOverflow(T(digit))
                if overflow1 || overflow2 {
                    var end = i
                    while ASCII.isDigit(base[end]) { end += 1 }
                    let text = String(decoding: UnsafeBufferPointer(start: base + start, count: end - start), as: UTF8.self)
                    throw error("integer \(text) is out of range", at: start)
                }
                value = next
                i += 1
            }
        }
        let next = base[i]
        if next == ASCII.dot || next == ASCII.lowerE || next == ASCII.upperE {
            throw error("expected an integer, found a number with a fraction or exponent", at: start)
        }
        offset = i
        return value
    }

    /// Checks the JSON number grammar from `start`; returns the offset just after the number.
    private func scanNumber(from start: Int) throws -> Int {
        var i = start
        if base[i] == ASCII.minus { i += 1 }
        guard ASCII.isDigit(base[i]) else {
            throw error("expected a digit, found \(describeByte(at: i))", at: i)
        }
        if base[i] == ASCII.zero {
            i += 1
            if ASCII.isDigit(base[i]) {
                throw error("leading zeros are not allowed in numbers", at: start)
            }
        } else {
            while ASCII.isDigit(base[i]) { i += 1 }
        }
        if base[i] == ASCII.dot {
            i += 1
            guard ASCII.isDigit(base[i]) else {
                throw error("expected a digit after '.', found \(describeByte(at: i))", at: i)
            }
            while ASCII.isDigit(base[i]) { i += 1 }
        }
        if base[i] == ASCII.lowerE || base[i] == ASCII.upperE {
            i += 1
            if base[i] == ASCII.plus || base[i] == ASCII.minus { i += 1 }
            guard ASCII.isDigit(base[i]) else {
                throw error("expected a digit in the exponent, found \(describeByte(at: i))", at: i)
            }
            while ASCII.isDigit(base[i]) { i += 1 }
        }
        return i
    }

    /// Skips one value of any kind without building strings.
    private mutating func skipAny() throws {
        skipWhitespace()
        switch base[offset] {
        case ASCII.quote:
            offset = try skipString(from: offset)
        case ASCII.openBrace:
            try enterContainer()
            offset += 1
            skipWhitespace()
            if base[offset] == ASCII.closeBrace {
                offset += 1
                depth -= 1
                return
            }
            while true {
                skipWhitespace()
                guard base[offset] == ASCII.quote else {
                    throw unexpected("expected a key (a string in double quotes)")
                }
                let keyStart = offset
                offset = try skipString(from: offset)
                let keyEnd = offset
                skipWhitespace()
                guard base[offset] == ASCII.colon else {
                    let key = String(decoding: UnsafeBufferPointer(start: base + keyStart + 1, count: keyEnd - keyStart - 2),
                                     as: UTF8.self)
                    throw unexpected("expected ':' after the key \"\(key)\"")
                }
                offset += 1
                try skipAny()
                skipWhitespace()
                let b = base[offset]
                if b == ASCII.comma {
                    offset += 1
                } else if b == ASCII.closeBrace {
                    offset += 1
                    depth -= 1
                    return
                } else {
                    throw unexpected("expected ',' or '}'")
                }
            }
        case ASCII.openBracket:
            try enterContainer()
            offset += 1
            skipWhitespace()
            if base[offset] == ASCII.closeBracket {
                offset += 1
                depth -= 1
                return
            }
            while true {
                try skipAny()
                skipWhitespace()
                let b = base[offset]
                if b == ASCII.comma {
                    offset += 1
                } else if b == ASCII.closeBracket {
                    offset += 1
                    depth -= 1
                    return
                } else {
                    throw unexpected("expected ',' or ']'")
                }
            }
        case ASCII.minus, ASCII.zero...ASCII.nine:
            offset = try scanNumber(from: offset)
        case UInt8(ascii: "t"), UInt8(ascii: "f"):
            _ = try readBool()
        case UInt8(ascii: "n"):
            try readNull()
        default:
            throw unexpected("expected a value")
        }
    }

    /// Reads the string whose opening quote is at `offset`.
    private mutating func scanString() throws -> String {
        let start = offset + 1
        var i = start
        var allBits: UInt8 = 0
        while true {
            let b = base[i]
            if b == ASCII.quote { break }
            if b == ASCII.backslash { return try scanEscapedString(start: start, firstEscape: i) }
            if b < 0x20 { throw stringControlError(at: i, quoteOffset: start - 1) }
            allBits |= b
            i += 1
        }
        let utf8 = UnsafeBufferPointer(start: base + start, count: i - start)
        guard let s = Self.makeString(utf8, isASCII: allBits < 0x80) else {
            throw invalidUTF8(from: start, to: i)
        }
        offset = i + 1
        return s
    }

    /// A String from UTF-8 bytes, or nil if they are not valid UTF-8.
    ///
    /// `String(decoding:as:)` is the fast, specialised path but repairs invalid UTF-8 with
    /// U+FFFD; any repair makes the result's bytes differ from the input, which is checked
    /// (only needed when there are non-ASCII bytes). `String(validating:as:)` would do the
    /// same but goes through unspecialised generic code, several times slower for short strings.
    @inline(__always)
    private static func makeString(_ utf8: UnsafeBufferPointer<UInt8>, isASCII: Bool) -> String? {
        let s = String(decoding: utf8, as: UTF8.self)
        if isASCII { return s }
        return s.utf8.elementsEqual(utf8) ? s : nil
    }

    /// The error for a byte below 0x20 at `i` in a string: the end of input, or a raw control character.
    private func stringControlError(at i: Int, quoteOffset: Int) -> JSONError {
        if i >= count {
            return error("unterminated string (no closing '\"')", at: quoteOffset)
        }
        return error("control character 0x\(String(base[i], radix: 16, uppercase: true)) in a string must be escaped", at: i)
    }

    /// The slow path of `scanString`: the string has escapes, the first at `firstEscape`.
    private mutating func scanEscapedString(start: Int, firstEscape: Int) throws -> String {
        var out: [UInt8] = []
        out.reserveCapacity(firstEscape - start + 32)
        out.append(contentsOf: UnsafeBufferPointer(start: base + start, count: firstEscape - start))
        var i = firstEscape
        while true {
            let b = base[i]
            if b == ASCII.quote { break }
            if b < 0x20 { throw stringControlError(at: i, quoteOffset: start - 1) }
            if b != ASCII.backslash {
                out.append(b)
                i += 1
                continue
            }
            let e = base[i + 1]
            switch e {
            case ASCII.quote, ASCII.backslash, ASCII.slash: out.append(e)
            case UInt8(ascii: "b"): out.append(0x08)
            case UInt8(ascii: "f"): out.append(0x0C)
            case UInt8(ascii: "n"): out.append(0x0A)
            case UInt8(ascii: "r"): out.append(0x0D)
            case UInt8(ascii: "t"): out.append(0x09)
            case UInt8(ascii: "u"):
                guard let unit = hex4(at: i + 2) else {
                    throw error("invalid \\u escape (expected 4 hex digits)", at: i)
                }
                var scalarValue = UInt32(unit)
                var length = 6
                if (0xD800...0xDBFF).contains(unit) {
                    guard base[i + 6] == ASCII.backslash, base[i + 7] == UInt8(ascii: "u"),
                          let low = hex4(at: i + 8), (0xDC00...0xDFFF).contains(low)
                    else {
                        throw error("invalid \\u escape: high surrogate not followed by a low surrogate", at: i)
                    }
                    scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
                    length = 12
                } else if (0xDC00...0xDFFF).contains(unit) {
                    throw error("invalid \\u escape: low surrogate without a high surrogate", at: i)
                }
                Self.appendUTF8(scalarValue, to: &out)
                i += length
                continue
            default:
                if e < 0x20 { throw stringControlError(at: i + 1, quoteOffset: start - 1) }
                throw error("invalid escape '\\\(describeEscape(at: i + 1))' in a string", at: i)
            }
            i += 2
        }
        let made = out.withUnsafeBufferPointer { Self.makeString($0, isASCII: false) }
        guard let s = made else {
            throw invalidUTF8(from: start, to: i)
        }
        offset = i + 1
        return s
    }

    /// Skips the string whose opening quote is at `quoteOffset`; returns the offset after it.
    private func skipString(from quoteOffset: Int) throws -> Int {
        var i = quoteOffset + 1
        while true {
            let b = base[i]
            if b == ASCII.quote { return i + 1 }
            if b == ASCII.backslash {
                let e = base[i + 1]
                switch e {
                case ASCII.quote, ASCII.backslash, ASCII.slash,
                     UInt8(ascii: "b"), UInt8(ascii: "f"), UInt8(ascii: "n"),
                     UInt8(ascii: "r"), UInt8(ascii: "t"):
                    i += 2
                case UInt8(ascii: "u"):
                    guard hex4(at: i + 2) != nil else {
                        throw error("invalid \\u escape (expected 4 hex digits)", at: i)
                    }
                    i += 6
                default:
                    if e < 0x20 { throw stringControlError(at: i + 1, quoteOffset: quoteOffset) }
                    throw error("invalid escape '\\\(describeEscape(at: i + 1))' in a string", at: i)
                }
                continue
            }
            if b < 0x20 { throw stringControlError(at: i, quoteOffset: quoteOffset) }
            i += 1
        }
    }

    /// The character after a backslash, for error messages.
    private func describeEscape(at i: Int) -> String {
        let e = base[i]
        return e < 0x80 ? String(Character(Unicode.Scalar(e))) : describeByte(at: i)
    }

    /// The value of 4 hex digits at `i`, or nil. Stops at the first non-hex byte (so it never
    /// reads past the sentinel).
    private func hex4(at i: Int) -> UInt16? {
        var value: UInt16 = 0
        for k in i..<(i + 4) {
            let c = base[k]
            let digit: UInt8
            switch c {
            case ASCII.zero...ASCII.nine: digit = c - ASCII.zero
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt16(digit)
        }
        return value
    }

    /// Appends the UTF-8 encoding of a Unicode scalar value (never a surrogate here).
    private static func appendUTF8(_ v: UInt32, to out: inout [UInt8]) {
        switch v {
        case 0..<0x80:
            out.append(UInt8(truncatingIfNeeded: v))
        case 0x80..<0x800:
            out.append(0xC0 | UInt8(truncatingIfNeeded: v >> 6))
            out.append(0x80 | UInt8(truncatingIfNeeded: v & 0x3F))
        case 0x800..<0x10000:
            out.append(0xE0 | UInt8(truncatingIfNeeded: v >> 12))
            out.append(0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: v & 0x3F))
        default:
            out.append(0xF0 | UInt8(truncatingIfNeeded: v >> 18))
            out.append(0x80 | UInt8(truncatingIfNeeded: (v >> 12) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: (v >> 6) & 0x3F))
            out.append(0x80 | UInt8(truncatingIfNeeded: v & 0x3F))
        }
    }

    /// An error at the first invalid UTF-8 byte between `from` and `to`.
    private func invalidUTF8(from: Int, to: Int) -> JSONError {
        var decoder = UTF8()
        var iterator = UnsafeBufferPointer(start: base + from, count: to - from).makeIterator()
        var position = from
        loop: while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): position += UTF8.width(scalar)
            case .emptyInput, .error: break loop
            }
        }
        // Escapes were decoded above as raw ASCII, so `position` may stop early in an escaped
        // string; it is still within the string and near the bad byte.
        return error("invalid UTF-8 in a string", at: position)
    }
}

/// A private, immutable copy of a reader's input followed by zero padding.
private final class Storage: @unchecked Sendable {
    /// Zero bytes after the input: the sentinel, plus room for lookahead of a few bytes.
    static let padding = 16

    let pointer: UnsafeMutablePointer<UInt8>

    init(_ bytes: [UInt8]) {
        pointer = UnsafeMutablePointer<UInt8>.allocate(capacity: bytes.count + Self.padding)
        bytes.withUnsafeBufferPointer { source in
            if let start = source.baseAddress {
                pointer.initialize(from: start, count: source.count)
            }
        }
        (pointer + bytes.count).initialize(repeating: 0, count: Self.padding)
    }

    deinit {
        pointer.deallocate()
    }
}

/// Byte constants for the parser.
private enum ASCII {
    static let quote = UInt8(ascii: "\"")
    static let backslash = UInt8(ascii: "\\")
    static let slash = UInt8(ascii: "/")
    static let openBrace = UInt8(ascii: "{")
    static let closeBrace = UInt8(ascii: "}")
    static let openBracket = UInt8(ascii: "[")
    static let closeBracket = UInt8(ascii: "]")
    static let colon = UInt8(ascii: ":")
    static let comma = UInt8(ascii: ",")
    static let minus = UInt8(ascii: "-")
    static let plus = UInt8(ascii: "+")
    static let dot = UInt8(ascii: ".")
    static let lowerE = UInt8(ascii: "e")
    static let upperE = UInt8(ascii: "E")
    static let zero = UInt8(ascii: "0")
    static let nine = UInt8(ascii: "9")
    static let space = UInt8(ascii: " ")
    static let newline: UInt8 = 0x0A
    static let carriageReturn: UInt8 = 0x0D
    static let tab: UInt8 = 0x09
    static let trueLiteral: (UInt8, UInt8, UInt8, UInt8, UInt8?) = (0x74, 0x72, 0x75, 0x65, nil)
    static let falseLiteral: (UInt8, UInt8, UInt8, UInt8, UInt8?) = (0x66, 0x61, 0x6C, 0x73, 0x65)
    static let nullLiteral: (UInt8, UInt8, UInt8, UInt8, UInt8?) = (0x6E, 0x75, 0x6C, 0x6C, nil)

    @inline(__always)
    static func isDigit(_ b: UInt8) -> Bool { b &- zero < 10 }
}
