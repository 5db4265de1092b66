import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Checks for the time tests: a line's date (and time, repeat) at a pinned today.
enum TimeCheck {
    /// Wednesday 2026-11-18, as in the other corpora.
    static let today = Fixture.today
    static let parser = LineParser(names: ["Acme", "Sunday Bakery", "Li"])

    /// Each line must give `iso` as its date.
    static func dates(_ cases: [(String, String)], today: Day = today, parser: LineParser = parser,
                      file: StaticString = #filePath, line: UInt = #line) {
        for (text, iso) in cases {
            let p = parser.parse(text, today: today)
            XCTAssertEqual(p.slots.date?.iso, iso, "\(text) → \(Fixture.describe(p))", file: file, line: line)
            XCTAssertNil(p.problem, "\(text) → \(Fixture.describe(p))", file: file, line: line)
        }
    }

    /// Each line must give no date, no time and no repeat.
    static func noTime(_ lines: [String], file: StaticString = #filePath, line: UInt = #line) {
        for text in lines {
            let p = parser.parse(text, today: today)
            XCTAssertTrue(p.slots.date == nil && p.slots.time == nil && p.slots.recurrence == nil && p.problem == nil,
                          "\(text) → \(Fixture.describe(p))", file: file, line: line)
        }
    }
}
