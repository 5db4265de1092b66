import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Reminder and complaint numbers, written as digits or as Chinese ordinals.
final class IdCorpusTests: XCTestCase {
    static let corpus: [(Intent, Int, [String])] = [
        (.reminderDone, 3, ["done 3", "done #3", "3 done", "第三个提醒完成了", "完成第三个提醒", "3号提醒完成了", "完成3"]),
        (.reminderDone, 2, ["完成第二个提醒", "第二条搞定了", "finished 2"]),
        (.reminderSnooze, 12, ["第12条推迟到周五", "snooze 12 until Friday", "推迟12到周五"]),
        (.reminderSnooze, 3, ["把第三个提醒推迟到下周一", "postpone 3 to Monday"]),
    ]

    func testIds() {
        for (intent, id, lines) in Self.corpus {
            for line in lines {
                let p = Fixture.parse(line)
                XCTAssertEqual(p.intent, intent, line)
                XCTAssertEqual(p.slots.id, id, line)
            }
        }
    }

    /// A line about a promise that mentions a delay is not a snooze of reminder 15.
    func testMoneyLinesAreNotReminderCommands() {
        let p = Fixture.parse("Acme promised to pay 5000 on the 15th, explained the delay")
        XCTAssertEqual(p.intent, .promiseRecord)
        XCTAssertEqual(p.slots.date, Day(iso: "2026-12-15"))
        XCTAssertNil(p.slots.id)
    }
}
