import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Duckling's public time corpus as a yardstick: every single-day example, said inside a
/// reminder, at Duckling's reference day (Tuesday 2013-02-12). Rows where the project's date
/// conventions differ carry the convention's value and a "convention:" note in the fixture.
final class DucklingCorpusTests: XCTestCase {
    static let today = Day(year: 2013, month: 2, day: 12) ?? Day(ordinal: 0)
    static let parser = LineParser(names: ["Acme"])

    struct Row {
        let phrase: String
        /// An ISO day, or `problem` when the line must be refused with a reason.
        let expected: String
        let note: String
    }

    static func rows(_ file: String) -> [Row] {
        guard let text = Fixture.read(Fixture.path(file)) else { return [] }
        return text.split(separator: "\n").compactMap { line in
            guard !line.hasPrefix("#"), !line.isEmpty else { return nil }
            let cols = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard cols.count >= 2 else { return nil }
            return Row(phrase: cols[0], expected: cols[1], note: cols.count > 2 ? cols[2] : "")
        }
    }

    /// The share of rows read right, with each failure printed.
    func passRate(_ file: String, sentence: (String) -> String) -> (passed: Int, total: Int) {
        let rows = Self.rows(file)
        var passed = 0
        for row in rows {
            let line = sentence(row.phrase)
            let p = Self.parser.parse(line, today: Self.today)
            let ok: Bool
            if row.expected == "problem" {
                ok = p.problem != nil
            } else {
                ok = p.intent == .reminderAdd && p.slots.date?.iso == row.expected
            }
            if ok { passed += 1 } else { print("duckling miss: \(line) → want \(row.expected); got \(Fixture.describe(p))") }
        }
        return (passed, rows.count)
    }

    func testEnglish() {
        let r = passRate("duckling-time-en.tsv") { "remind me to call Acme \($0)" }
        print("Duckling EN: \(r.passed)/\(r.total)")
        XCTAssertGreaterThan(r.total, 200)
        XCTAssertGreaterThanOrEqual(Double(r.passed), 0.95 * Double(r.total), "EN \(r.passed)/\(r.total)")
    }

    func testChinese() {
        let r = passRate("duckling-time-zh.tsv") { "\($0)提醒我给张总打电话" }
        print("Duckling ZH: \(r.passed)/\(r.total)")
        XCTAssertGreaterThan(r.total, 150)
        XCTAssertGreaterThanOrEqual(Double(r.passed), 0.95 * Double(r.total), "ZH \(r.passed)/\(r.total)")
    }
}
