import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Cantonese and traditional day words. Today is Wednesday 2026-11-18.
final class TimeCantoneseTests: XCTestCase {
    func testDayWords() {
        TimeCheck.dates([
            ("聽日提醒我给张总打电话", "2026-11-19"), ("听日提醒我给张总打电话", "2026-11-19"),
            ("琴日张总付咗5000", "2026-11-17"), ("尋日张总付咗5000", "2026-11-17"), ("前日张总付咗5000", "2026-11-16"),
            ("後日提醒我给张总打电话", "2026-11-20"), ("后日提醒我给张总打电话", "2026-11-20"),
            ("大後日提醒我给张总打电话", "2026-11-21"),
        ])
    }

    func testWeeksAndMonths() {
        TimeCheck.dates([
            // This week's Tuesday has passed on a Wednesday, so it is the coming one.
            ("今個禮拜二提醒我给张总打电话", "2026-11-24"), ("今个礼拜五提醒我给张总打电话", "2026-11-20"),
            ("下個禮拜三提醒我给张总打电话", "2026-11-25"), ("禮拜五提醒我给张总打电话", "2026-11-20"),
            ("礼拜日提醒我给张总打电话", "2026-11-22"), ("週一提醒我给张总打电话", "2026-11-23"),
            ("下個月廿號提醒我给张总打电话", "2026-12-20"), ("下个月廿号提醒我给张总打电话", "2026-12-20"),
            ("下个月廿五号提醒我给张总打电话", "2026-12-25"), ("今個月卅號提醒我给张总打电话", "2026-11-30"),
            ("廿号提醒我给张总打电话", "2026-11-20"),
        ])
        let p = TimeCheck.parser.parse("上個月张总付咗5000", today: TimeCheck.today)
        XCTAssertEqual(p.slots.date?.iso, "2026-10-01")
        XCTAssertEqual(p.slots.until?.iso, "2026-10-31")
    }

    func testTraditionalHolidays() {
        TimeCheck.dates([("聖誕節提醒我给张总打电话", "2026-12-25"), ("兒童節提醒我给张总打电话", "2027-06-01"),
                         ("勞動節提醒我给张总打电话", "2027-05-01")])
    }
}
