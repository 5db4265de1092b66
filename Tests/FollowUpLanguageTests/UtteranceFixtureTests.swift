import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Every row of `Fixtures/utterances.tsv` (the product's examples) must parse as stated.
final class UtteranceFixtureTests: XCTestCase {
    func testEveryRow() throws {
        let path = Fixture.path("utterances.tsv")
        let text = try XCTUnwrap(Fixture.read(path), "cannot read \(path)")
        var rows = 0
        for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: true).enumerated() where n > 0 {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cells.count >= 2 else { continue }
            rows += 1
            let cell = { (i: Int) -> String in i < cells.count ? cells[i] : "" }
            let p = Fixture.parse(cell(0))
            let got = Fixture.describe(p)
            XCTAssertEqual(p.intent.rawValue, cell(1), "\(cell(0)) → \(got)")
            if !cell(2).isEmpty { XCTAssertEqual(p.slots.customer, cell(2), "\(cell(0)) → \(got)") }
            if !cell(3).isEmpty { XCTAssertEqual(p.slots.amount?.plain, cell(3), "\(cell(0)) → \(got)") }
            if !cell(4).isEmpty { XCTAssertEqual(p.slots.date?.iso, cell(4), "\(cell(0)) → \(got)") }
            for pair in cell(5).split(separator: ";") {
                let kv = pair.split(separator: "=", maxSplits: 1).map(String.init)
                guard kv.count == 2 else { continue }
                XCTAssertEqual(Self.slot(kv[0], p), kv[1], "\(cell(0)) [\(kv[0])] → \(got)")
            }
        }
        XCTAssertGreaterThanOrEqual(rows, 55)
    }

    /// A slot's value as text, by its public name.
    static func slot(_ name: String, _ p: ParsedLine) -> String? {
        let s = p.slots
        switch name {
        case "id": return s.id.map(String.init)
        case "recurrence": return s.recurrence?.description
        case "channel": return s.channel?.rawValue
        case "topic": return s.topic
        case "cause": return s.cause
        case "stage": return s.stage
        case "invoice": return s.invoice
        case "phone": return s.phone
        case "email": return s.email
        case "customer": return s.customer
        case "contact": return s.contact
        case "amount": return s.amount?.plain
        case "currency": return s.amount?.currency
        case "date": return s.date?.iso
        case "until": return s.until?.iso
        case "time": return s.time?.description
        case "text": return s.text
        case "terms": return s.terms.map(String.init)
        case "field": return s.field?.rawValue
        case "setting": return s.setting?.rawValue
        case "outcome": return s.outcome?.rawValue
        case "excuse": return s.excuse?.rawValue
        case "value": return s.value
        default: return "?unknown slot \(name)"
        }
    }
}
