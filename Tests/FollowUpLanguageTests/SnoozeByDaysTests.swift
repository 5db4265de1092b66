import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// A snooze by days said bare (`snooze 3 2 days`, 推迟两天) carries its days: without them the
/// reminder went to tomorrow, a day the user never said. A name's digits are no span.
final class SnoozeByDaysTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 4)!
    let parser = LineParser(names: ["3M China", "Acme", "明天科技", "华强电子"])

    func testBareDaysAndWeeks() {
        let cases: [(String, Int?, Int)] = [
            ("snooze 3 2 days", 3, 2), ("snooze 3 a week", 3, 7), ("snooze 3 two weeks", 3, 14), ("推迟3两天", 3, 2),
            ("推迟3一周", 3, 7), ("snooze the 3m china call 2 days", nil, 2), ("move the 3m china visit a week", nil, 7),
            ("明天科技的回访推迟两天", nil, 2), ("推迟3 三天", 3, 3),
        ]
        for (line, id, days) in cases {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .reminderSnooze, line)
            XCTAssertEqual(p.slots.id, id, line)
            XCTAssertEqual(p.slots.snoozeDays, days, line)
            XCTAssertNil(p.slots.duration, line)
            XCTAssertNil(p.slots.amount, line)
        }
    }

    func testNamedDaysAndHoursKeepTheirSlots() {
        let hour = parser.parse("snooze 2 1 hour", today: today)
        XCTAssertEqual(hour.slots.duration, 60)
        XCTAssertNil(hour.slots.snoozeDays)
        let by = parser.parse("snooze the acme call by 2 days", today: today)
        XCTAssertEqual(by.slots.date, today.adding(days: 2))
        XCTAssertNil(by.slots.snoozeDays)
        let friday = parser.parse("push the acme call to friday", today: today)
        XCTAssertEqual(friday.intent, .reminderSnooze)
        XCTAssertEqual(friday.slots.date, Day(year: 2026, month: 12, day: 11))
        let zh = parser.parse("给华强电子的电话改到周五", today: today)
        XCTAssertEqual(zh.intent, .reminderSnooze)
        XCTAssertEqual(zh.slots.date, Day(year: 2026, month: 12, day: 11))
    }

    func testANamesDigitsAreNoSpan() {
        let p = parser.parse("snooze the 3m china call", today: today)
        XCTAssertNil(p.slots.duration, "3M is a customer, not three minutes")
        XCTAssertNil(p.slots.snoozeDays)
    }

    func testPayingOrATaskLessLineIsNoSnooze() {
        XCTAssertNotEqual(parser.parse("东方酒店说付款要推迟两天", today: today).intent, .reminderSnooze)
        XCTAssertNotEqual(parser.parse("push acme for payment", today: today).intent, .reminderSnooze)
        XCTAssertNotEqual(parser.parse("交货推迟两天", today: today).intent, .reminderSnooze)
    }
}
