import XCTest
import FollowUpCore
@testable import FollowUpStore

/// Reminders repeating on working days or on month ends survive a write and a read.
final class RecurrenceCodecTests: XCTestCase {
    func testWeekdayAndMonthEndRepeatsRoundTrip() throws {
        let text = #"{"format":"followup-book","version":1,"lastSeq":2,"customers":[],"reminders":["#
            + #"{"id":1,"text":"check the inbox","due":"2026-11-19","repeat":"weekdays","created":"2026-11-18"},"#
            + #"{"id":2,"text":"close the books","due":"2026-11-30","repeat":"month ends","created":"2026-11-18"}]}"#
        let book = try SnapshotCodec.read(Array(text.utf8), path: "/books/book.json")
        XCTAssertEqual(book.reminders.map(\.recurrence), [.weekdays, .monthEnds])
        let again = try SnapshotCodec.read(SnapshotCodec.write(book), path: "/books/book.json")
        XCTAssertEqual(again.reminders, book.reminders)
    }
}
