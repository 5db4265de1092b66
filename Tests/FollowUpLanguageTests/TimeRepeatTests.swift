import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Repeats in both languages, including working days and month ends. Today is Wednesday 2026-11-18.
final class TimeRepeatTests: XCTestCase {
    func check(_ cases: [(String, Recurrence?, String?)], file: StaticString = #filePath, line: UInt = #line) {
        for (text, rec, first) in cases {
            let p = TimeCheck.parser.parse(text, today: TimeCheck.today)
            XCTAssertEqual(p.slots.recurrence, rec, "\(text) → \(Fixture.describe(p))", file: file, line: line)
            XCTAssertEqual(p.slots.date?.iso, first, "\(text) → \(Fixture.describe(p))", file: file, line: line)
        }
    }

    func testWorkingDays() {
        check([("每个工作日提醒我给张总打电话", .weekdays, nil), ("工作日每天提醒我看邮件", .weekdays, nil),
               ("remind me to check email every weekday", .weekdays, nil),
               ("remind me to check email every working day", .weekdays, nil),
               ("remind me to call Acme every 2 business days", Recurrence(every: 2, unit: .weekday), nil)])
    }

    func testMonthEnds() {
        check([("每月最后一天提醒我对账", .monthEnds, "2026-11-30"), ("每个月底提醒我对账", .monthEnds, "2026-11-30"),
               ("remind me to send statements on the last day of every month", .monthEnds, "2026-11-30"),
               ("remind me to send statements every month on the last day", .monthEnds, "2026-11-30")])
    }

    func testWeeklyAndOthers() {
        check([("每周一提醒我开会", .weekly, "2026-11-23"), ("每两周提醒我开会", Recurrence(every: 2, unit: .week), nil),
               ("每隔一周周五提醒我开会", Recurrence(every: 2, unit: .week), "2026-11-20"),
               ("每3天提醒我开会", Recurrence(every: 3, unit: .day), nil), ("每季度提醒我对账", Recurrence(every: 3, unit: .month), nil),
               ("remind me to call Acme every other friday", Recurrence(every: 2, unit: .week), "2026-11-20"),
               ("remind me to call Acme on mondays", .weekly, "2026-11-23"),
               ("remind me to call Acme every 2 years", Recurrence(every: 24, unit: .month), nil)])
    }

    /// "3 fridays from now" is one day, not a weekly repeat with an amount of 3.
    func testCountedWeekdaysAreNoRepeat() {
        let p = TimeCheck.parser.parse("Acme will pay 3 fridays from now", today: TimeCheck.today)
        XCTAssertNil(p.slots.recurrence)
        XCTAssertNil(p.slots.amount)
        XCTAssertEqual(p.slots.date?.iso, "2026-12-04")
    }
}
