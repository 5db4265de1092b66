import XCTest
import FollowUpCore

/// The two repeats added for "every weekday" / 每个工作日 and "last day of every month" / 每月最后一天.
final class WorkdayAndMonthEndRecurrenceTests: XCTestCase {
    func testWeekdaysSkipSaturdayAndSunday() {
        let r = Recurrence.weekdays
        XCTAssertEqual(r.next(after: day("2026-11-18")), day("2026-11-19"))  // Wed → Thu
        XCTAssertEqual(r.next(after: day("2026-11-20")), day("2026-11-23"))  // Fri → Mon
        XCTAssertEqual(r.next(after: day("2026-11-21")), day("2026-11-23"))  // Sat → Mon
        XCTAssertEqual(r.next(after: day("2026-11-22")), day("2026-11-23"))  // Sun → Mon
        XCTAssertEqual(r.firstAfter(day("2026-11-21"), from: day("2026-11-16")), day("2026-11-23"))
        XCTAssertEqual(Recurrence(every: 5, unit: .weekday)?.next(after: day("2026-11-18")), day("2026-11-25"))
        XCTAssertEqual(Recurrence(every: 6, unit: .weekday)?.next(after: day("2026-11-20")), day("2026-11-30"))
    }

    func testMonthEndsClampToEachMonth() {
        let r = Recurrence.monthEnds
        XCTAssertEqual(r.next(after: day("2026-11-30")), day("2026-12-31"))
        XCTAssertEqual(r.next(after: day("2027-01-31")), day("2027-02-28"))
        XCTAssertEqual(r.next(after: day("2027-02-28")), day("2027-03-31"))
        XCTAssertEqual(r.next(after: day("2028-01-31")), day("2028-02-29"))
        XCTAssertEqual(r.firstAfter(day("2027-04-30"), from: day("2026-11-30")), day("2027-05-31"))
        XCTAssertEqual(Recurrence(every: 3, unit: .monthEnd)?.next(after: day("2026-11-30")), day("2027-02-28"))
    }

    func testTextRoundTrips() {
        for r in [Recurrence.weekdays, .monthEnds, Recurrence(every: 3, unit: .weekday), Recurrence(every: 2, unit: .monthEnd)] {
            guard let r else { return XCTFail("recurrence in range") }
            XCTAssertEqual(Recurrence(text: r.description), r, r.description)
        }
        XCTAssertEqual(Recurrence.weekdays.description, "weekdays")
        XCTAssertEqual(Recurrence.monthEnds.description, "month ends")
        XCTAssertEqual(Recurrence.weekdays.chinese, "每个工作日")
        XCTAssertEqual(Recurrence.monthEnds.chinese, "每月最后一天")
    }
}
