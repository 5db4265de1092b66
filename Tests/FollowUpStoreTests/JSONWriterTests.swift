import Foundation
import Testing
@testable import FollowUpStore

@Suite struct JSONWriterTests {
    @Test func compactObjectWithCommasAndNesting() {
        var w = JSONWriter()
        w.beginObject()
        w.key("name"); w.string("Acme")
        w.key("n"); w.int(3)
        w.key("tags"); w.beginArray(); w.string("a"); w.string("b"); w.endArray()
        w.key("empty"); w.beginObject(); w.endObject()
        w.key("none"); w.beginArray(); w.endArray()
        w.key("nested"); w.beginArray(); w.beginObject(); w.key("x"); w.null(); w.endObject(); w.int(1); w.endArray()
        w.key("ok"); w.bool(true)
        w.key("no"); w.bool(false)
        w.endObject()
        #expect(w.text == #"{"name":"Acme","n":3,"tags":["a","b"],"empty":{},"none":[],"nested":[{"x":null},1],"ok":true,"no":false}"#)
        #expect(w.isComplete)
        #expect(w.bytes == Array(w.text.utf8))
    }

    @Test func topLevelScalarsAndArrays() {
        var w = JSONWriter()
        w.int(-7)
        #expect(w.text == "-7")
        w.reset()
        w.beginArray(); w.int(1); w.beginArray(); w.endArray(); w.string(""); w.endArray()
        #expect(w.text == #"[1,[],""]"#)
    }

    @Test func integers() {
        var w = JSONWriter()
        w.beginArray()
        for v in [0, 9, 10, -1, -10, 123_456_789, Int.max, Int.min] { w.int(v) }
        w.int64(Int64.min); w.int64(Int64.max); w.int64(0)
        w.endArray()
        #expect(w.text == "[0,9,10,-1,-10,123456789,9223372036854775807,-9223372036854775808,"
            + "-9223372036854775808,9223372036854775807,0]")
    }

    @Test func doubles() {
        var w = JSONWriter()
        w.beginArray()
        w.double(1.5); w.double(3); w.double(-0.0); w.double(.nan); w.double(.infinity); w.double(1e-7); w.double(-2.25)
        w.endArray()
        #expect(w.text == "[1.5,3,0,null,null,1e-07,-2.25]")
    }

    @Test func escapes() {
        var w = JSONWriter()
        w.string("q\"b\\s/n\nr\rt\tb\u{8}f\u{C}x\u{1}y\u{1F}z\u{7F}")
        #expect(w.text == #""q\"b\\s/n\nr\rt\tb\bf\fx\u0001y\u001fz\#u{7F}""#)
    }

    @Test func everyControlCharacterIsEscapedAndParsesBack() throws {
        var all = ""
        for v in 0..<0x20 { all.unicodeScalars.append(Unicode.Scalar(UInt8(v))) }
        var w = JSONWriter()
        w.beginArray(); w.string(all); w.endArray()
        #expect(!w.bytes.contains(where: { $0 < 0x20 }))
        // Foundation agrees it is valid JSON with the same content.
        let parsed = try JSONSerialization.jsonObject(with: Data(w.bytes)) as? [String]
        #expect(parsed == [all])
        var r = JSONReader(w.bytes)
        var back: [String] = []
        try r.readArray { back.append(try $0.readString()) }
        #expect(back == [all])
    }

    @Test func unicodeIsKeptAsUTF8() {
        var w = JSONWriter()
        w.string("张总 😀 café")
        #expect(w.bytes == Array("\"张总 😀 café\"".utf8))
    }

    @Test func keysAreEscapedToo() {
        var w = JSONWriter()
        w.beginObject(); w.key("a\"b"); w.int(1); w.endObject()
        #expect(w.text == #"{"a\"b":1}"#)
    }

    @Test func fieldsAndOptionalFields() {
        var w = JSONWriter()
        w.beginObject()
        w.field("s", "x"); w.field("i", 1); w.field("l", Int64(2)); w.field("b", true)
        w.optionalField("none", String?.none); w.optionalField("ni", Int?.none)
        w.optionalField("nl", Int64?.none); w.optionalField("nb", Bool?.none)
        w.optionalField("some", "y"); w.optionalField("si", 5)
        w.endObject()
        #expect(w.text == #"{"s":"x","i":1,"l":2,"b":true,"some":"y","si":5}"#)
    }

    @Test func rawEmbedsEncodedJSON() {
        var inner = JSONWriter()
        inner.beginObject(); inner.field("a", 1); inner.endObject()
        var w = JSONWriter()
        w.beginArray(); w.raw(inner.bytes); w.raw(inner.bytes); w.endArray()
        #expect(w.text == #"[{"a":1},{"a":1}]"#)
    }

    @Test func prettyOutput() {
        var w = JSONWriter(pretty: true)
        w.beginObject()
        w.field("format", "followup-book")
        w.key("list"); w.beginArray(); w.int(1); w.beginObject(); w.field("k", false); w.endObject(); w.endArray()
        w.key("empty"); w.beginArray(); w.endArray()
        w.key("obj"); w.beginObject(); w.endObject()
        w.endObject()
        let expected = """
        {
          "format": "followup-book",
          "list": [
            1,
            {
              "k": false
            }
          ],
          "empty": [],
          "obj": {}
        }
        """
        #expect(w.text == expected)
    }

    @Test func deterministicAndReusable() {
        func make(_ w: inout JSONWriter) {
            w.beginObject(); w.field("a", "b"); w.key("c"); w.beginArray(); w.int(1); w.endArray(); w.endObject()
        }
        var w1 = JSONWriter()
        make(&w1)
        var w2 = JSONWriter()
        make(&w2)
        #expect(w1.bytes == w2.bytes)
        w1.reset()
        #expect(w1.bytes.isEmpty)
        make(&w1)
        #expect(w1.bytes == w2.bytes)
        #expect(!w1.bytes.contains(0x0A))
    }
}
