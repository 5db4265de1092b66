import XCTest
import FollowUpCore

final class RecurrenceTests: XCTestCase {
    func testNext() {
        let d = day("2026-11-18")
        XCTAssertEqual(Recurrence.daily.next(after: d), day("2026-11-19"))
        XCTAssertEqual(Recurrence.weekly.next(after: d), day("2026-11-25"))
        XCTAssertEqual(Recurrence.monthly.next(after: d), day("2026-12-18"))
        XCTAssertEqual(Recurrence(every: 2, unit: .week)?.next(after: d), day("2026-12-02"))
        XCTAssertEqual(Recurrence(every: 3, unit: .day)?.next(after: d), day("2026-11-21"))
        XCTAssertEqual(Recurrence(every: 3, unit: .month)?.next(after: d), day("2027-02-18"))
        XCTAssertEqual(Recurrence.monthly.next(after: day("2026-01-31")), day("2026-02-28"))
    }

    func testFirstAfterKeepsTheMonthlyAnchor() {
        let anchor = day("2026-01-31")
        let monthly = Recurrence.monthly
        XCTAssertEqual(monthly.firstAfter(day("2026-01-31"), from: anchor), day("2026-02-28"))
        XCTAssertEqual(monthly.firstAfter(day("2026-02-28"), from: anchor), day("2026-03-31"))
        XCTAssertEqual(monthly.firstAfter(day("2026-03-31"), from: anchor), day("2026-04-30"))
        XCTAssertEqual(monthly.firstAfter(day("2026-04-30"), from: anchor), day("2026-05-31"))
        XCTAssertEqual(monthly.firstAfter(day("2026-12-31"), from: anchor), day("2027-01-31"))
        // Stepping with next() from the clamped day drifts; firstAfter does not.
        XCTAssertEqual(monthly.next(after: day("2026-02-28")), day("2026-03-28"))
    }

    func testFirstAfterIsStrictlyAfterToday() {
        XCTAssertEqual(Recurrence.daily.firstAfter(day("2026-11-18"), from: day("2026-11-10")), day("2026-11-19"))
        XCTAssertEqual(Recurrence.daily.firstAfter(day("2026-11-18"), from: day("2026-11-18")), day("2026-11-19"))
        // Weekly from Mon 2 Nov: Mon 16 Nov is not after Wed 18 Nov, Mon 23 Nov is.
        XCTAssertEqual(Recurrence.weekly.firstAfter(day("2026-11-18"), from: day("2026-11-02")), day("2026-11-23"))
        XCTAssertEqual(Recurrence.weekly.firstAfter(day("2026-11-23"), from: day("2026-11-02")), day("2026-11-30"))
        // A start in the future: the first step after it.
        XCTAssertEqual(Recurrence.weekly.firstAfter(day("2026-11-18"), from: day("2026-12-01")), day("2026-12-08"))
        let fortnightly = Recurrence(every: 2, unit: .week)
        XCTAssertEqual(fortnightly?.firstAfter(day("2026-11-18"), from: day("2026-11-02")), day("2026-11-30"))
    }

    func testTextRoundTrip() throws {
        let cases: [(Recurrence?, String)] = [
            (.daily, "daily"), (.weekly, "weekly"), (.monthly, "monthly"),
            (Recurrence(every: 3, unit: .day), "every 3 days"),
            (Recurrence(every: 2, unit: .week), "every 2 weeks"),
            (Recurrence(every: 6, unit: .month), "every 6 months"),
            (Recurrence(every: 1000, unit: .day), "every 1000 days"),
        ]
        for (r, text) in cases {
            let rec = try XCTUnwrap(r)
            XCTAssertEqual(rec.description, text)
            XCTAssertEqual(Recurrence(text: text), rec, text)
        }
        XCTAssertEqual(Recurrence(text: "every 1 day"), .daily)
        XCTAssertEqual(Recurrence(text: "every 2 week"), Recurrence(every: 2, unit: .week))
    }

    func testInvalidRecurrences() {
        XCTAssertNil(Recurrence(every: 0, unit: .day))
        XCTAssertNil(Recurrence(every: -1, unit: .week))
        XCTAssertNil(Recurrence(every: 1001, unit: .month))
        for text in ["every 0 days", "every -2 days", "every 3 years", "every x days", "every 3", "fortnightly",
                     "Daily", "", "each 3 days", "every 3 days please"] {
            XCTAssertNil(Recurrence(text: text), "\(text) should not parse")
        }
    }

    func testChinese() {
        XCTAssertEqual(Recurrence.daily.chinese, "每天")
        XCTAssertEqual(Recurrence.weekly.chinese, "每周")
        XCTAssertEqual(Recurrence.monthly.chinese, "每月")
        XCTAssertEqual(Recurrence(every: 2, unit: .week)?.chinese, "每2周")
        XCTAssertEqual(Recurrence(every: 3, unit: .month)?.chinese, "每3个月")
    }
}
