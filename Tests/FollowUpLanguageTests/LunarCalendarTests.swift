import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The lunar calendar against published festival dates, and its own consistency over 1901–2099.
final class LunarCalendarTests: XCTestCase {
    private func lunar(_ year: Int, _ month: Int, _ day: Int, leap: Bool = false) -> String? {
        LunarCalendar.day(year: year, month: month, day: day, leap: leap)?.iso
    }

    func testAnchor() {
        XCTAssertEqual(Day(year: 1900, month: 1, day: 31), LunarCalendar.anchor)
        XCTAssertEqual(lunar(1900, 1, 1), "1900-01-31")
    }

    func testKnownFestivals() {
        let springFestival = [(2024, "2024-02-10"), (2025, "2025-01-29"), (2026, "2026-02-17"), (2027, "2027-02-06"),
                              (2030, "2030-02-03"), (2050, "2050-01-23"), (2000, "2000-02-05"), (1901, "1901-02-19")]
        for (year, iso) in springFestival { XCTAssertEqual(lunar(year, 1, 1), iso, "春节 \(year)") }
        let midAutumn = [(2024, "2024-09-17"), (2025, "2025-10-06"), (2026, "2026-09-25"), (2027, "2027-09-15")]
        for (year, iso) in midAutumn { XCTAssertEqual(lunar(year, 8, 15), iso, "中秋 \(year)") }
        XCTAssertEqual(lunar(2025, 5, 5), "2025-05-31")
        XCTAssertEqual(lunar(2026, 5, 5), "2026-06-19")
        // 除夕 is the day before the next new year, whether the twelfth month has 29 or 30 days.
        XCTAssertEqual(LunarCalendar.newYear(2026)?.adding(days: -1).iso, "2026-02-16")
        XCTAssertEqual(LunarCalendar.newYear(2027)?.adding(days: -1).iso, "2027-02-05")
    }

    func testLeapMonths() {
        // 2023 had a leap second month, 2025 a leap sixth month.
        XCTAssertEqual(LunarCalendar.leapMonth(of: 2023), 2)
        XCTAssertEqual(LunarCalendar.leapMonth(of: 2025), 6)
        XCTAssertNil(LunarCalendar.leapMonth(of: 2026))
        XCTAssertEqual(lunar(2025, 6, 1, leap: true), "2025-07-25")
        XCTAssertNil(lunar(2026, 6, 1, leap: true), "no leap month in 2026")
        XCTAssertNil(lunar(2026, 13, 1))
        XCTAssertNil(lunar(2026, 1, 0))
        XCTAssertNil(lunar(2101, 1, 1))
    }

    /// New years fall between 21 Jan and 20 Feb, 353–385 days apart; every lunar day maps to a
    /// Gregorian day and back, consecutively.
    func testRoundTripAcrossYears() throws {
        var previous: Day?
        for year in 1901...2099 {
            let newYear = try XCTUnwrap(LunarCalendar.newYear(year))
            let low = try XCTUnwrap(Day(year: year, month: 1, day: 21))
            let high = try XCTUnwrap(Day(year: year, month: 2, day: 20))
            XCTAssertTrue(newYear >= low && newYear <= high, "new year \(year) on \(newYear)")
            if let previous {
                XCTAssertTrue((353...385).contains(newYear.days(since: previous)), "year \(year - 1) length")
            }
            previous = newYear
            var expected = newYear
            for month in 1...12 {
                let leaps = LunarCalendar.leapMonth(of: year) == month ? [false, true] : [false]
                for leap in leaps {
                    for day in 1...30 {
                        guard let d = LunarCalendar.day(year: year, month: month, day: day, leap: leap) else {
                            XCTAssertGreaterThanOrEqual(day, 30, "\(year)-\(month)-\(day) missing")
                            continue
                        }
                        XCTAssertEqual(d, expected, "\(year)-\(leap ? "闰" : "")\(month)-\(day)")
                        XCTAssertEqual(LunarCalendar.date(of: d),
                                       LunarCalendar.LunarDay(year: year, month: month, day: day, leap: leap))
                        expected = expected.adding(days: 1)
                    }
                }
            }
            XCTAssertEqual(LunarCalendar.newYear(year + 1), expected, "year \(year) ends the day before the next")
        }
    }

    /// Holiday words resolve to the next such day on or after today.
    func testHolidayWords() throws {
        let cases: [(String, String, String)] = [
            // (today, words, expected)
            ("2026-11-18", "春节", "2027-02-06"), ("2026-11-18", "除夕", "2027-02-05"),
            ("2026-11-18", "中秋", "2027-09-15"), ("2026-11-18", "端午节", "2027-06-09"),
            ("2026-11-18", "元宵节", "2027-02-20"), ("2026-11-18", "腊八", "2027-01-15"),
            ("2026-11-18", "重阳节", "2027-10-08"), ("2026-11-18", "七夕", "2027-08-08"),
            ("2026-11-18", "情人节", "2027-02-14"), ("2026-11-18", "平安夜", "2026-12-24"),
            ("2026-02-17", "春节", "2026-02-17"), ("2026-02-18", "春节", "2027-02-06"),
            ("2026-02-16", "除夕", "2026-02-16"), ("2026-01-10", "除夕", "2026-02-16"),
            ("2025-01-01", "春节", "2025-01-29"), ("2025-05-01", "端午", "2025-05-31"),
            ("2024-01-01", "中秋节", "2024-09-17"), ("2025-12-30", "腊八", "2026-01-26"),
            ("2049-12-01", "春节", "2050-01-23"), ("2025-06-01", "七夕", "2025-08-29"),
            ("2025-06-01", "重阳", "2025-10-29"), ("2026-06-01", "七夕节", "2026-08-19"), ("2029-06-01", "春节", "2030-02-03"),
            ("2026-11-18", "chinese new year", "2027-02-06"), ("2026-11-18", "mid-autumn festival", "2027-09-15"),
            ("2026-11-18", "dragon boat festival", "2027-06-09"), ("2026-11-18", "lantern festival", "2027-02-20"),
            ("2026-11-18", "lunar new year's eve", "2027-02-05"), ("2026-11-18", "valentine's day", "2027-02-14"),
        ]
        let parser = LineParser()
        for (today, words, expected) in cases {
            let day = try XCTUnwrap(Day(iso: today))
            let p = parser.parse(words, today: day)
            XCTAssertEqual(p.slots.date?.iso, expected, "\(words) on \(today) → \(Fixture.describe(p))")
        }
    }
}
