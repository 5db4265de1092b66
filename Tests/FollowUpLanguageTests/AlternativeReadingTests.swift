import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// A line that holds the cues of two money readings offers both; ordinary lines offer none.
final class AlternativeReadingTests: XCTestCase {
    /// Lines where another money reading's cue stands next to the chosen one.
    static let twoThings: [(String, Intent, Intent)] = [
        ("pinecrest got a new invoice for 450", .paymentRecord, .invoiceAdd),
        ("Acme received an invoice for 300", .paymentRecord, .invoiceAdd),
    ]

    func testTwoThingsGiveTwoReadings() {
        for (line, first, second) in Self.twoThings {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, first, line)
            XCTAssertEqual(p.alternatives.map(\.intent), [second], line)
            XCTAssertEqual(p.alternatives.first?.slots.customer, p.slots.customer, line)
        }
    }

    /// Every corpus line (the fixture and the per-dimension corpora) reads one way only, apart
    /// from the few listed here on purpose.
    func testOrdinaryLinesHaveOneReading() {
        let expected = Set(Self.twoThings.map(\.0))
        var ambiguous: [String] = []
        for line in ParseThroughputTests.corpusLines() where !expected.contains(line) {
            if !Fixture.parse(line).alternatives.isEmpty { ambiguous.append(line) }
        }
        XCTAssertEqual(ambiguous, [], "lines offering a second reading")
    }
}
