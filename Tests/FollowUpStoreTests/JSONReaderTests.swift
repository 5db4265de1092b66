import Foundation
import Testing
@testable import FollowUpStore

/// Parses any JSON document fully (skipping every value), for malformed-input tests.
private func validate(_ text: String) throws {
    try validate(Array(text.utf8))
}

private func validate(_ bytes: [UInt8]) throws {
    var r = JSONReader(bytes)
    try r.skipValue()
    try r.expectEnd()
}

/// The JSONError thrown by `body`, or nil (and a test failure) if none.
private func jsonError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> JSONError? {
    do {
        try body()
        Issue.record("expected a JSONError, got success", sourceLocation: sourceLocation)
    } catch let error as JSONError {
        return error
    } catch {
        Issue.record("expected a JSONError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

private struct Invoice: Equatable {
    var number = ""
    var customer = 0
    var amount: Int64 = 0
    var currency = ""
    var issued = ""
    var due = ""
    var note: String?
    var paid = false
    var allocations: [Int] = []
}

private func decodeInvoice(_ r: inout JSONReader) throws -> Invoice {
    var inv = Invoice()
    try r.readObject { r, key in
        switch key {
        case "number": inv.number = try r.readString()
        case "customer": inv.customer = try r.readInt()
        case "amount": inv.amount = try r.readInt64()
        case "currency": inv.currency = try r.readString()
        case "issued": inv.issued = try r.readString()
        case "due": inv.due = try r.readString()
        case "note": inv.note = try r.readOptionalString()
        case "paid": inv.paid = try r.readBool()
        case "allocations": try r.readArray { inv.allocations.append(try $0.readInt()) }
        default: try r.skipValue()
        }
    }
    return inv
}

private func encodeInvoice(_ inv: Invoice, _ w: inout JSONWriter) {
    w.beginObject()
    w.field("number", inv.number)
    w.field("customer", inv.customer)
    w.field("amount", inv.amount)
    w.field("currency", inv.currency)
    w.field("issued", inv.issued)
    w.field("due", inv.due)
    w.key("note")
    if let note = inv.note { w.string(note) } else { w.null() }
    w.field("paid", inv.paid)
    w.key("allocations"); w.beginArray(); for a in inv.allocations { w.int(a) }; w.endArray()
    w.endObject()
}

@Suite struct JSONReaderTests {
    @Test func roundTripStructs() throws {
        let invoices = (0..<50).map { i in
            Invoice(number: "INV-\(i)", customer: i * 7, amount: Int64(i) * 12_345 - 1000, currency: "CNY",
                    issued: "2026-11-\(10 + i % 20)", due: "2026-12-01",
                    note: i % 3 == 0 ? nil : "张总说\"下周\"付 😀 \n第\(i)次",
                    paid: i % 2 == 0, allocations: Array(0..<(i % 4)))
        }
        for pretty in [false, true] {
            var w = JSONWriter(pretty: pretty)
            w.beginObject()
            w.field("format", "followup-book")
            w.field("version", 1)
            w.key("unknownFutureField"); w.beginObject(); w.key("x"); w.beginArray(); w.null(); w.double(1.5); w.endArray(); w.endObject()
            w.key("invoices"); w.beginArray(); for inv in invoices { encodeInvoice(inv, &w) }; w.endArray()
            w.endObject()

            var r = JSONReader(w.bytes)
            var decoded: [Invoice] = []
            var format = "", version = 0
            try r.readObject { r, key in
                switch key {
                case "format": format = try r.readString()
                case "version": version = try r.readInt()
                case "invoices": try r.readArray { decoded.append(try decodeInvoice(&$0)) }
                default: try r.skipValue()
                }
            }
            try r.expectEnd()
            #expect(format == "followup-book")
            #expect(version == 1)
            #expect(decoded == invoices)
        }
    }

    @Test func unreadValuesAreSkipped() throws {
        var r = JSONReader(#"{"a": {"deep": [1, {"x": "y"}]}, "b": 2, "c": [true]}"#)
        var b = 0
        try r.readObject { r, key in
            if key == "b" { b = try r.readInt() }
        }
        try r.expectEnd()
        #expect(b == 2)
        var r2 = JSONReader("[1, [2, 3], 4]")
        var ints: [Int] = []
        try r2.readArray { r in
            if try r.peekKind() == .number { ints.append(try r.readInt()) }
        }
        #expect(ints == [1, 4])
    }

    @Test func whitespaceEverywhere() throws {
        var r = JSONReader(" \t\r\n{ \"a\" \n:\t[ 1 , 2 ] ,\r\n \"b\" : null } \n ")
        var a: [Int] = []
        var b: String? = "x"
        try r.readObject { r, key in
            switch key {
            case "a": try r.readArray { a.append(try $0.readInt()) }
            case "b": b = try r.readOptionalString()
            default: break
            }
        }
        try r.expectEnd()
        #expect(a == [1, 2])
        #expect(b == nil)
    }

    @Test func emptyContainers() throws {
        var r = JSONReader(#"{"a":{},"b":[],"c":[{}, []]}"#)
        var keys: [String] = []
        try r.readObject { r, key in keys.append(key); try r.skipValue() }
        #expect(keys == ["a", "b", "c"])
        var e = JSONReader("{}")
        try e.readObject { _, _ in Issue.record("no keys expected") }
        var a = JSONReader(" [ ] ")
        try a.readArray { _ in Issue.record("no elements expected") }
        try a.expectEnd()
    }

    @Test func escapes() throws {
        var r = JSONReader(#""q\"b\\s\/n\nr\rt\tb\bf\fu\u0041\u00e9\u0000end""#)
        #expect(try r.readString() == "q\"b\\s/n\nr\rt\tb\u{8}f\u{C}uAé\u{0}end")
    }

    @Test func unicode() throws {
        var r = JSONReader("[\"张总\", \"😀\", \"\\u5f20\\u603B\", \"\\ud83d\\ude00\", \"a\\uD83D\\uDE00b\", \"日本語 café\"]")
        var got: [String] = []
        try r.readArray { got.append(try $0.readString()) }
        #expect(got == ["张总", "😀", "张总", "😀", "a😀b", "日本語 café"])
    }

    @Test func unicodeKeys() throws {
        var r = JSONReader(#"{"客户": "张总", "k\u00e9y": 1}"#)
        var keys: [String] = []
        try r.readObject { r, key in keys.append(key); try r.skipValue() }
        #expect(keys == ["客户", "kéy"])
    }

    @Test func badSurrogates() {
        for text in [#""\ud83d""#, #""\ude00""#, #""\ud83d\u0041""#, #""\ud83dx""#, #""\ud83d\ud83d""#] {
            let e = jsonError { var r = JSONReader(text); _ = try r.readString() }
            #expect(e?.message.contains("surrogate") == true, "\(text): \(String(describing: e))")
            #expect(e?.offset == 1)
        }
    }

    @Test func integers() throws {
        let cases: [(String, Int)] = [("0", 0), ("-0", 0), ("42", 42), ("-42", -42),
                                      ("9223372036854775807", .max), ("-9223372036854775808", .min), (" 7 ", 7)]
        for (text, value) in cases {
            var r = JSONReader(text)
            #expect(try r.readInt() == value)
            try r.expectEnd()
            var r64 = JSONReader(text)
            #expect(try r64.readInt64() == Int64(value))
        }
    }

    @Test func integerErrors() {
        let cases: [(String, String)] = [
            ("9223372036854775808", "out of range"),
            ("-9223372036854775809", "out of range"),
            ("123456789012345678901234567890", "out of range"),
            ("1.5", "fraction"), ("1e3", "fraction"), ("2E+1", "fraction"), ("0.0", "fraction"),
            ("01", "leading zeros"), ("-", "expected an integer"), ("\"5\"", "expected an integer"),
            ("+1", "expected an integer"), ("", "expected an integer"), ("true", "expected an integer"),
        ]
        for (text, fragment) in cases {
            let e = jsonError { var r = JSONReader(text); _ = try r.readInt() }
            #expect(e?.message.contains(fragment) == true, "\(text): \(String(describing: e))")
        }
    }

    @Test func doubles() throws {
        let cases: [(String, Double)] = [("1.5", 1.5), ("-0.25", -0.25), ("1e3", 1000), ("2E-2", 0.02), ("7", 7), ("-0", 0)]
        for (text, value) in cases {
            var r = JSONReader(text)
            #expect(try r.readDouble() == value)
        }
        for text in ["1.", ".5", "1e", "1e+", "-", "01.5", "1e999"] {
            let e = jsonError { var r = JSONReader(text); _ = try r.readDouble(); try r.expectEnd() }
            #expect(e != nil, "\(text)")
        }
    }

    @Test func boolsAndNulls() throws {
        var r = JSONReader("[true, false, null, \"s\", null, 3]")
        var got: [String] = []
        try r.readArray { r in
            switch try r.peekKind() {
            case .bool: got.append("\(try r.readBool())")
            case .null: try r.readNull(); got.append("null")
            case .string: got.append(try r.readOptionalString() ?? "nil")
            case .number: got.append("\(try r.readOptionalInt() ?? -1)")
            default: Issue.record("unexpected kind")
            }
        }
        #expect(got == ["true", "false", "null", "s", "null", "3"])
        var n = JSONReader("5")
        #expect(n.readNullIfPresent() == false)
        #expect(try n.readInt() == 5)
        var p = JSONReader("[null, 9, null, false]")
        var ints: [Int?] = []
        var bools: [Bool?] = []
        try p.readArray { r in
            if ints.count < 2 { ints.append(try r.readOptionalInt()) } else { bools.append(try r.readOptionalBool()) }
        }
        #expect(ints == [nil, 9])
        #expect(bools == [nil, false])
        var q = JSONReader("[null, 12]")
        var longs: [Int64?] = []
        try q.readArray { longs.append(try $0.readOptionalInt64()) }
        #expect(longs == [nil, 12])
    }

    @Test func errorPositionsHaveLineAndColumn() {
        let text = "{\n  \"a\": 1,\n  \"b\" 2\n}"
        let e = jsonError { try validate(text) }
        #expect(e?.line == 3)
        #expect(e?.column == 7)
        #expect(e?.offset == 18)
        #expect(e?.description == "expected ':' after the key \"b\", found '2' at line 3, column 7")
    }

    @Test func columnsCountCharactersNotBytes() {
        let e = jsonError { try validate("[\"张总\" x]") }
        #expect(e?.line == 1)
        #expect(e?.column == 7)
        #expect(e?.message == "expected ',' or ']', found 'x'")
    }

    @Test func malformedInputs() {
        let cases: [(String, String)] = [
            ("", "expected a value, found the end of the input"),
            ("   ", "expected a value"),
            ("{", "expected a key"),
            ("{\"a\"", "expected ':'"),
            ("{\"a\":", "expected a value"),
            ("{\"a\":1", "expected ',' or '}'"),
            ("{\"a\":1,}", "expected a key"),
            ("{a:1}", "expected a key"),
            ("[1,]", "expected a value"),
            ("[1 2]", "expected ',' or ']'"),
            ("[", "expected a value"),
            ("]", "expected a value"),
            ("{\"a\":1} x", "unexpected data after the end"),
            ("[1] [2]", "unexpected data after the end"),
            ("\"abc", "unterminated string"),
            ("\"a\\", "unterminated string"),
            ("\"\\x\"", "invalid escape '\\x'"),
            ("\"\\u12\"", "invalid \\u escape"),
            ("\"\\u12G4\"", "invalid \\u escape"),
            ("\"a\nb\"", "control character 0xA"),
            ("\"a\tb\"", "control character 0x9"),
            ("tru", "expected true or false"),
            ("nul", "expected null"),
            ("falsy", "expected true or false"),
            ("nulll", "unexpected data after the end"),
            ("-x", "expected a digit"),
            ("'a'", "expected a value"),
            ("{\"a\" 1}", "expected ':'"),
            ("{\"a\":1 \"b\":2}", "expected ',' or '}'"),
        ]
        for (text, fragment) in cases {
            let e = jsonError { try validate(text) }
            #expect(e?.message.contains(fragment) == true, "\(text.debugDescription): \(String(describing: e))")
        }
    }

    @Test func invalidUTF8IsRejectedWithItsOffset() {
        let bytes: [UInt8] = [0x22, 0x61, 0x62, 0xFF, 0x63, 0x22]
        let e = jsonError { var r = JSONReader(bytes); _ = try r.readString() }
        #expect(e?.message == "invalid UTF-8 in a string")
        #expect(e?.offset == 3)
        let withEscape: [UInt8] = [0x22, 0x5C, 0x6E, 0xC3, 0x22]
        let e2 = jsonError { var r = JSONReader(withEscape); _ = try r.readString() }
        #expect(e2?.message == "invalid UTF-8 in a string")
    }

    @Test func deepNestingIsRefusedNotCrashed() throws {
        let deep = String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000)
        let e = jsonError { try validate(deep) }
        #expect(e?.message.contains("nested too deeply") == true)
        let ok = String(repeating: "[", count: 500) + String(repeating: "]", count: 500)
        try validate(ok)
    }

    @Test func everyTruncationFailsCleanly() throws {
        var w = JSONWriter()
        w.beginObject()
        w.field("s", "a\"b\\c\n张😀")
        w.field("i", -12345)
        w.key("arr"); w.beginArray(); w.bool(true); w.bool(false); w.null(); w.double(1.5e-3); w.endArray()
        w.key("o"); w.beginObject(); w.field("k", "v"); w.endObject()
        w.endObject()
        let full = w.bytes
        try validate(full)
        for length in 0..<full.count {
            let prefix = Array(full[0..<length])
            let e = jsonError { try validate(prefix) }
            #expect(e != nil)
            #expect(e.map { $0.offset <= length } == true)
        }
    }

    @Test func randomMutationsNeverCrash() {
        let base = Array(#"{"a":[1,-2.5e3,"x\u00e9\n",true,null,{"b":"张"}],"c":false}"#.utf8)
        var rng = SplitMix(seed: 42)
        let alphabet = Array(#"{}[],:"\\ u0123456789abcdefEtrnl.-+ 张"#.utf8) + [0x00, 0x0A, 0xFF, 0xC3]
        for _ in 0..<5_000 {
            var bytes = base
            for _ in 0..<(1 + Int(rng.next() % 3)) {
                let pos = Int(rng.next() % UInt64(bytes.count))
                switch rng.next() % 3 {
                case 0: bytes[pos] = alphabet[Int(rng.next() % UInt64(alphabet.count))]
                case 1: bytes.remove(at: pos)
                default: bytes.insert(alphabet[Int(rng.next() % UInt64(alphabet.count))], at: pos)
                }
            }
            do {
                try validate(bytes)
            } catch let e as JSONError {
                #expect(e.offset >= 0 && e.offset <= bytes.count)
                #expect(e.line >= 1 && e.column >= 1)
            } catch {
                Issue.record("unexpected error \(error)")
            }
        }
    }

    @Test func agreesWithFoundationOnValidity() throws {
        // Strings from the mutation corpus that Foundation accepts must be accepted by us too.
        let samples = [#"{"a":1}"#, #"[1,2,{"b":[]}]"#, #""\u00e9""#, "[-0.5e+2]", "[]", "{}", #"{"a":"\/"}"#]
        for s in samples {
            _ = try JSONSerialization.jsonObject(with: Data(s.utf8), options: [.fragmentsAllowed])
            try validate(s)
        }
    }

    @Test func callerErrorsCarryPositions() throws {
        var r = JSONReader("{\n\"type\": \"bogus\"}")
        var caught: JSONError?
        try r.readObject { r, key in
            let start = r.offset
            let value = try r.readString()
            if key == "type", value == "bogus" { caught = r.error("unknown event type \"\(value)\"", at: start) }
        }
        #expect(caught?.description == "unknown event type \"bogus\" at line 2, column 9")
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["FOLLOWUP_BENCH"] == "1"))
    func benchmarkObjectHeavyDecoding() throws {
        // ~100k invoice objects, like a large book. Timings are printed, never asserted.
        var w = JSONWriter(capacity: 24 << 20)
        w.beginObject()
        w.field("format", "followup-book")
        w.field("version", 1)
        w.key("invoices")
        w.beginArray()
        for i in 0..<100_000 {
            encodeInvoice(Invoice(number: "INV-2026-\(i)", customer: i % 10_000, amount: Int64(i) * 1_337,
                                  currency: "CNY", issued: "2026-10-\(10 + i % 18)", due: "2026-11-\(10 + i % 18)",
                                  note: i % 4 == 0 ? "客户要求分期付款 call \(i)" : nil, paid: i % 3 == 0,
                                  allocations: i % 5 == 0 ? [i, i + 1] : []), &w)
        }
        w.endArray()
        w.endObject()
        let bytes = w.bytes
        var best = Double.infinity
        var count = 0
        for _ in 0..<5 {
            let start = ContinuousClock.now
            var r = JSONReader(bytes)
            var invoices: [Invoice] = []
            invoices.reserveCapacity(100_000)
            try r.readObject { r, key in
                if key == "invoices" { try r.readArray { invoices.append(try decodeInvoice(&$0)) } }
            }
            try r.expectEnd()
            count = invoices.count
            let elapsed = ContinuousClock.now - start
            let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
            best = min(best, seconds)
        }
        var skipBest = Double.infinity
        for _ in 0..<3 {
            let start = ContinuousClock.now
            try validate(bytes)
            let elapsed = ContinuousClock.now - start
            skipBest = min(skipBest, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18)
        }
        let mb = Double(bytes.count) / 1_000_000
        print("JSONReader bench: \(String(format: "%.1f", mb)) MB, \(count) invoices; decode best "
              + "\(String(format: "%.1f", best * 1000)) ms = \(String(format: "%.0f", mb / best)) MB/s; "
              + "skipValue best \(String(format: "%.1f", skipBest * 1000)) ms = \(String(format: "%.0f", mb / skipBest)) MB/s")
        #expect(count == 100_000)
    }
}

/// A small deterministic random number generator for the mutation test.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
