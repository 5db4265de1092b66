import Foundation
import XCTest
import FollowUpCore

final class DayTests: XCTestCase {
    private var gregorian: Calendar {
        var c = Calendar(identifier: .gregorian)
        c.timeZone = TimeZone(identifier: "UTC") ?? c.timeZone
        return c
    }

    func testEpochAndKnownOrdinals() {
        XCTAssertEqual(Day(year: 1970, month: 1, day: 1)?.ordinal, 0)
        XCTAssertEqual(Day(year: 1969, month: 12, day: 31)?.ordinal, -1)
        XCTAssertEqual(Day(year: 2000, month: 1, day: 1)?.ordinal, 10957)
        XCTAssertEqual(Day(year: 2000, month: 3, day: 1)?.ordinal, 10957 + 31 + 29)
        XCTAssertEqual(Day(year: 1900, month: 1, day: 1)?.ordinal, -25567)
    }

    /// Every day from 1900 to 2100: parts → day → parts is the identity, consecutive days
    /// advance by exactly one calendar day, and they agree with Foundation's Gregorian calendar.
    func testCivilRoundTrip1900To2100() throws {
        let first = try XCTUnwrap(Day(year: 1900, month: 1, day: 1))
        let last = try XCTUnwrap(Day(year: 2100, month: 12, day: 31))
        var expected = (year: 1900, month: 1, day: 1)
        let cal = gregorian
        for ordinal in first.ordinal...last.ordinal {
            let d = Day(ordinal: ordinal)
            let p = d.parts
            if p.year != expected.year || p.month != expected.month || p.day != expected.day {
                XCTFail("ordinal \(ordinal): got \(p), expected \(expected)")
                return
            }
            XCTAssertEqual(Day(year: p.year, month: p.month, day: p.day)?.ordinal, ordinal)
            if ordinal % 29 == 0 {
                let date = Date(timeIntervalSince1970: Double(ordinal) * 86_400)
                let c = cal.dateComponents([.year, .month, .day, .weekday], from: date)
                XCTAssertEqual([c.year, c.month, c.day], [p.year, p.month, p.day], "ordinal \(ordinal)")
                // Foundation: Sunday = 1 … Saturday = 7; ours: Monday = 0 … Sunday = 6.
                XCTAssertEqual(((c.weekday ?? 0) + 5) % 7, d.weekday.rawValue, "weekday of \(d)")
            }
            // Advance the expected date by hand, with the leap rule written out independently.
            let leap = (expected.year % 4 == 0 && expected.year % 100 != 0) || expected.year % 400 == 0
            let lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
            if expected.day < lengths[expected.month - 1] {
                expected.day += 1
            } else if expected.month < 12 {
                expected = (expected.year, expected.month + 1, 1)
            } else {
                expected = (expected.year + 1, 1, 1)
            }
        }
        XCTAssertEqual(expected.year, 2101)
    }

    func testLeapYears() {
        XCTAssertTrue(Day.isLeap(2000))
        XCTAssertTrue(Day.isLeap(2024))
        XCTAssertTrue(Day.isLeap(1904))
        XCTAssertFalse(Day.isLeap(1900))
        XCTAssertFalse(Day.isLeap(2100))
        XCTAssertFalse(Day.isLeap(2026))
        XCTAssertEqual(Day.daysIn(month: 2, year: 2024), 29)
        XCTAssertEqual(Day.daysIn(month: 2, year: 2026), 28)
        XCTAssertEqual(Day.daysIn(month: 2, year: 1900), 28)
        XCTAssertEqual(Day.daysIn(month: 4, year: 2026), 30)
        XCTAssertEqual(Day.daysIn(month: 12, year: 2026), 31)
    }

    func testFebruary29ExistsOnlyInLeapYears() {
        XCTAssertNotNil(Day(year: 2024, month: 2, day: 29))
        XCTAssertNotNil(Day(year: 2000, month: 2, day: 29))
        XCTAssertNil(Day(year: 2026, month: 2, day: 29))
        XCTAssertNil(Day(year: 1900, month: 2, day: 29))
        XCTAssertNil(Day(year: 2100, month: 2, day: 29))
        XCTAssertEqual(Day(year: 2024, month: 2, day: 29)?.adding(days: 1), Day(year: 2024, month: 3, day: 1))
        XCTAssertEqual(Day(year: 2026, month: 2, day: 28)?.adding(days: 1), Day(year: 2026, month: 3, day: 1))
    }

    func testWeekdaysOfKnownDates() {
        XCTAssertEqual(day("2026-11-18").weekday, .wednesday)
        XCTAssertEqual(day("1970-01-01").weekday, .thursday)
        XCTAssertEqual(day("1969-12-31").weekday, .wednesday)
        XCTAssertEqual(day("2000-01-01").weekday, .saturday)
        XCTAssertEqual(day("1900-01-01").weekday, .monday)
        XCTAssertEqual(day("2026-11-22").weekday, .sunday)
        XCTAssertEqual(day("2026-12-10").weekday, .thursday)
        XCTAssertEqual(day("2026-11-18").weekday.englishShort, "Wed")
        XCTAssertEqual(day("2026-11-18").weekday.chinese, "周三")
    }

    func testAddingMonthsClampsToTheMonthsLength() {
        XCTAssertEqual(day("2026-01-31").adding(months: 1), day("2026-02-28"))
        XCTAssertEqual(day("2024-01-31").adding(months: 1), day("2024-02-29"))
        XCTAssertEqual(day("2026-03-31").adding(months: 1), day("2026-04-30"))
        XCTAssertEqual(day("2026-03-31").adding(months: -1), day("2026-02-28"))
        XCTAssertEqual(day("2026-12-15").adding(months: 1), day("2027-01-15"))
        XCTAssertEqual(day("2026-01-15").adding(months: -1), day("2025-12-15"))
        XCTAssertEqual(day("2026-11-18").adding(months: 14), day("2028-01-18"))
        XCTAssertEqual(day("2026-11-18").adding(months: 0), day("2026-11-18"))
        XCTAssertEqual(day("2024-02-29").adding(years: 1), day("2025-02-28"))
        XCTAssertEqual(day("2024-02-29").adding(years: 4), day("2028-02-29"))
    }

    func testAddingDaysAndDaysSince() {
        XCTAssertEqual(day("2026-12-31").adding(days: 1), day("2027-01-01"))
        XCTAssertEqual(day("2026-03-01").adding(days: -1), day("2026-02-28"))
        XCTAssertEqual(day("2026-12-10").days(since: day("2026-11-18")), 22)
        XCTAssertEqual(day("2026-11-18").days(since: day("2026-12-10")), -22)
        XCTAssertEqual(day("2027-01-01").days(since: day("2026-01-01")), 365)
        XCTAssertEqual(day("2025-01-01").days(since: day("2024-01-01")), 366)
    }

    func testStartOfWeekIsMonday() {
        XCTAssertEqual(day("2026-11-18").startOfWeek, day("2026-11-16"))
        XCTAssertEqual(day("2026-11-16").startOfWeek, day("2026-11-16"))
        XCTAssertEqual(day("2026-11-22").startOfWeek, day("2026-11-16"))
        XCTAssertEqual(day("2026-11-23").startOfWeek, day("2026-11-23"))
        // Across a year boundary: Fri 1 Jan 2027 belongs to the week of Mon 28 Dec 2026.
        XCTAssertEqual(day("2027-01-01").startOfWeek, day("2026-12-28"))
        XCTAssertEqual(day("1970-01-01").startOfWeek, day("1969-12-29"))
    }

    func testStartAndEndOfMonth() {
        XCTAssertEqual(day("2024-02-10").endOfMonth, day("2024-02-29"))
        XCTAssertEqual(day("2026-02-10").endOfMonth, day("2026-02-28"))
        XCTAssertEqual(day("2026-04-01").endOfMonth, day("2026-04-30"))
        XCTAssertEqual(day("2026-12-31").endOfMonth, day("2026-12-31"))
        XCTAssertEqual(day("2026-11-18").startOfMonth, day("2026-11-01"))
        XCTAssertEqual(day("2026-11-01").startOfMonth, day("2026-11-01"))
    }

    func testInvalidDatesAreNil() {
        XCTAssertNil(Day(year: 2026, month: 2, day: 30))
        XCTAssertNil(Day(year: 2026, month: 4, day: 31))
        XCTAssertNil(Day(year: 2026, month: 13, day: 1))
        XCTAssertNil(Day(year: 2026, month: 0, day: 1))
        XCTAssertNil(Day(year: 2026, month: 1, day: 0))
        XCTAssertNil(Day(year: 2026, month: 1, day: -1))
        XCTAssertNil(Day(year: 2026, month: 1, day: 32))
        XCTAssertNil(Day(year: 0, month: 1, day: 1))
        XCTAssertNil(Day(year: 10000, month: 1, day: 1))
        XCTAssertNotNil(Day(year: 1, month: 1, day: 1))
        XCTAssertNotNil(Day(year: 9999, month: 12, day: 31))
    }

    func testISOParseAndFormat() {
        XCTAssertEqual(Day(iso: "2026-11-18"), Day(year: 2026, month: 11, day: 18))
        XCTAssertEqual(day("2026-11-18").iso, "2026-11-18")
        XCTAssertEqual(day("2026-11-18").description, "2026-11-18")
        XCTAssertEqual(Day(year: 2026, month: 1, day: 5)?.iso, "2026-01-05")
        XCTAssertEqual(Day(year: 999, month: 3, day: 4)?.iso, "0999-03-04")
        XCTAssertEqual(Day(iso: "0999-03-04"), Day(year: 999, month: 3, day: 4))
        for text in ["2026-1-18", "2026-11-8", "26-11-18", "20261118", "2026/11/18", "2026-11-18x", "",
                     "2026-11", "2026-11-18-01", "abcd-ef-gh", "2026-02-30", "2026-13-01", "2026-00-10", "0000-01-01"] {
            XCTAssertNil(Day(iso: text), "\(text) should not parse")
        }
    }

    func testISOParseRejectsSignsAndSpaces() throws {
        // Int("+1") is 1, so a sign inside a field must be refused explicitly.
        let bad = ["+202-01-01", "2026-+1-01", "2026-01-+1", " 2026-01-01", "2026-01-01 ", "2026- 1-01"]
        let accepted = bad.filter { Day(iso: $0) != nil }
        XCTAssertTrue(accepted.isEmpty, "accepted: \(accepted)")
    }

    func testISORoundTripOverManyDays() {
        var d = day("1899-12-25")
        for _ in 0..<3000 {
            XCTAssertEqual(Day(iso: d.iso), d)
            d = d.adding(days: 37)
        }
    }

    func testOrdering() {
        XCTAssertLessThan(day("2026-11-18"), day("2026-11-19"))
        XCTAssertLessThan(day("1969-12-31"), day("1970-01-01"))
        XCTAssertEqual([day("2026-12-01"), day("2026-01-01"), day("2026-06-01")].sorted(),
                       [day("2026-01-01"), day("2026-06-01"), day("2026-12-01")])
    }

    func testTimeOfDay() {
        XCTAssertEqual(TimeOfDay(text: "09:30")?.minutes, 9 * 60 + 30)
        XCTAssertEqual(TimeOfDay(text: "23:59")?.description, "23:59")
        XCTAssertEqual(TimeOfDay(hour: 9, minute: 5)?.description, "09:05")
        XCTAssertEqual(TimeOfDay(hour: 0, minute: 0)?.description, "00:00")
        XCTAssertNil(TimeOfDay(text: "24:00"))
        XCTAssertNil(TimeOfDay(text: "12:60"))
        XCTAssertNil(TimeOfDay(text: "12"))
        XCTAssertNil(TimeOfDay(text: "ab:cd"))
        XCTAssertNil(TimeOfDay(hour: -1, minute: 0))
        XCTAssertLessThan(TimeOfDay(hour: 9, minute: 0)!, TimeOfDay(hour: 15, minute: 0)!)
    }
}
