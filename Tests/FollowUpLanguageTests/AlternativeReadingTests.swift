import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// A line that begins as one action but reads as another offers both readings; ordinary lines offer none.
final class AlternativeReadingTests: XCTestCase {
    static let twoThings: [(String, Intent, Intent)] = [
        ("called Acme, they will pay on Friday", .promiseRecord, .contactLog),
        ("met Liu at Kite Logistics, they promised to pay 6k next Friday", .promiseRecord, .contactLog),
        ("给东方酒店打了电话,他们答应周五付3000", .promiseRecord, .contactLog),
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
