import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Compositions over spans already found, at Wednesday 2026-11-18.
final class TimeCompositionTests: XCTestCase {
    func testWeekdaysInMonthsAndWeeks() {
        TimeCheck.dates([
            ("remind me to call Acme first tuesday of october", "2027-10-05"),
            ("remind me to call Acme the first Monday of next month", "2026-12-07"),
            ("remind me to call Acme second wednesday in december", "2026-12-09"),
            ("remind me to call Acme last friday of november", "2026-11-27"),
            ("remind me to call Acme last Monday of March 2027", "2027-03-29"),
            ("remind me to call Acme friday after next", "2026-11-27"),
            ("remind me to call Acme monday after next", "2026-11-30"),
            ("remind me to call Acme 3 fridays from now", "2026-12-04"),
            ("remind me to call Acme two mondays from now", "2026-11-30"),
            ("remind me to call Acme the tuesday after christmas", "2026-12-29"),
            ("十月第一个星期一提醒我给张总打电话", "2027-10-04"),
            ("十二月的最后一个星期五提醒我开会", "2026-12-25"),
        ])
    }

    func testDaysInMonths() {
        TimeCheck.dates([
            ("remind me to call Acme last day of february", "2027-02-28"),
            ("remind me to call Acme the last day of next month", "2026-12-31"),
            ("remind me to call Acme last day of february 2028", "2028-02-29"),
            ("remind me to call Acme the 5th of next month", "2026-12-05"),
            ("remind me to call Acme 20 of next month", "2026-12-20"),
            ("remind me to call Acme the third day of january", "2027-01-03"),
            ("remind me to call Acme end of month", "2026-11-30"),
            ("二月最后一天提醒我对账", "2027-02-28"), ("下个月最后一天提醒我对账", "2026-12-31"),
        ])
    }

    func testOffsetsFromOtherDays() {
        TimeCheck.dates([
            ("remind me to call Acme a week after tomorrow", "2026-11-26"),
            ("remind me to call Acme 2 days before the 15th", "2026-12-13"),
            ("remind me to call Acme 3 days after Dec 1", "2026-12-04"),
            ("remind me to call Acme one week before christmas", "2026-12-18"),
            ("remind me to call Acme Dec 10 + 10 days", "2026-12-20"),
            ("remind me to call Acme tomorrow plus 2 weeks", "2026-12-03"),
            ("remind me to call Acme Dec 10 +10 days", "2026-12-20"),
            ("remind me to call Acme +10 days", "2026-11-28"),
            ("15号前两天提醒我给张总打电话", "2026-12-13"), ("周五后三天提醒我给张总打电话", "2026-11-23"),
            ("圣诞节之后一周提醒我给张总打电话", "2027-01-01"),
        ])
    }

    func testWeekdayWithDate() {
        TimeCheck.dates([
            ("remind me to call Acme Sunday, Nov 22", "2026-11-22"),
            ("remind me to call Acme Nov 22, Sunday", "2026-11-22"),
            ("remind me to call Acme Thursday the 10th", "2026-12-10"),
            ("remind me to call Acme Fri, Sep 4", "2026-09-04"),
            // The nearer Sep 4 (past) is a Friday; the coming one is the Saturday meant.
            ("remind me to call Acme Sat, Sep 4", "2027-09-04"),
            ("12月10日周四提醒我给张总打电话", "2026-12-10"),
            ("周四, 12月10日提醒我给张总打电话", "2026-12-10"),
        ])
    }

    func testWeekdayThatDisagreesIsAProblemWithTheReason() {
        for line in ["remind me to call Acme Sunday, Nov 23", "Acme will pay Friday Dec 10", "12月10日周五提醒我给张总打电话"] {
            let p = TimeCheck.parser.parse(line, today: TimeCheck.today)
            guard case .impossibleDate(_, let reason)? = p.problem else { return XCTFail("\(line) → \(Fixture.describe(p))") }
            XCTAssertTrue(reason.contains(", not a "), reason)
            XCTAssertNil(p.slots.date, line)
        }
    }

    func testPartsOfTheDayTakeTheirHour() {
        let p = TimeCheck.parser.parse("remind me to call Acme tomorrow evening at 7", today: TimeCheck.today)
        XCTAssertEqual(p.slots.date?.iso, "2026-11-19")
        XCTAssertEqual(p.slots.time?.description, "19:00")
        let q = TimeCheck.parser.parse("remind me to call Acme this morning at 10", today: TimeCheck.today)
        XCTAssertEqual(q.slots.time?.description, "10:00")
    }
}
