import Foundation
import FollowUpCore
@testable import FollowUpLanguage

/// Shared test fixtures: the pinned day and a parser with an empty book.
enum Fixture {
    /// 2026-11-18, a Wednesday.
    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
    static let parser = LineParser()

    static func parse(_ line: String) -> ParsedLine { parser.parse(line, today: today) }

    /// The fixture directory next to this file (no bundle resources).
    static func path(_ name: String, file: StaticString = #filePath) -> String {
        let me = "\(file)"
        guard let slash = me.lastIndex(of: "/") else { return name }
        return String(me[..<slash]) + "/Fixtures/" + name
    }

    /// Reads a whole file as UTF-8.
    static func read(_ path: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        return String(decoding: data, as: UTF8.self)
    }

    /// A one-line summary of a parse, for failure messages.
    static func describe(_ p: ParsedLine) -> String {
        let s = p.slots
        var parts = ["intent=\(p.intent.rawValue)"]
        if let v = s.customer { parts.append("customer=\(v)") }
        if let v = s.contact { parts.append("contact=\(v)") }
        if let v = s.amount { parts.append("amount=\(v.plain)\(v.currency.map { " " + $0 } ?? "")") }
        if let v = s.date { parts.append("date=\(v.iso)") }
        if let v = s.until { parts.append("until=\(v.iso)") }
        if let v = s.time { parts.append("time=\(v)") }
        if let v = s.recurrence { parts.append("recurrence=\(v)") }
        if let v = s.id { parts.append("id=\(v)") }
        if let v = s.invoice { parts.append("invoice=\(v)") }
        if let v = s.phone { parts.append("phone=\(v)") }
        if let v = s.email { parts.append("email=\(v)") }
        if let v = s.channel { parts.append("channel=\(v.rawValue)") }
        if let v = s.topic { parts.append("topic=\(v)") }
        if let v = s.cause { parts.append("cause=\(v)") }
        if let v = s.stage { parts.append("stage=\(v)") }
        if let v = s.terms { parts.append("terms=\(v)") }
        if let v = s.field { parts.append("field=\(v)") }
        if let v = s.value { parts.append("value=\(v)") }
        if let v = s.text { parts.append("text=\(v)") }
        if let v = p.problem { parts.append("problem=\(v)") }
        return parts.joined(separator: " ")
    }
}
