import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Explicit years in the common written forms.
final class TimeYearTests: XCTestCase {
    func testWrittenForms() {
        TimeCheck.dates([
            ("remind me to call Acme 2015.05.25", "2015-05-25"), ("remind me to call Acme 2015/5/25", "2015-05-25"),
            ("remind me to call Acme 2015-05-25", "2015-05-25"), ("remind me to call Acme 05-25-2015", "2015-05-25"),
            ("remind me to call Acme 5/25/2015", "2015-05-25"), ("remind me to call Acme May 25, 2015", "2015-05-25"),
            ("remind me to call Acme 25 May 2015", "2015-05-25"), ("remind me to call Acme 25th of May, 2015", "2015-05-25"),
            // Two-digit years: up to fifty years ahead of today, else the century before.
            ("remind me to call Acme 31-Oct-84", "1984-10-31"), ("remind me to call Acme 10/31/84", "1984-10-31"),
            ("remind me to call Acme 12/10/27", "2027-12-10"), ("remind me to call Acme 12/10/74", "2074-12-10"),
            ("二零一六年九月三号提醒我给张总打电话", "2016-09-03"), ("2026年12月10日提醒我给张总打电话", "2026-12-10"),
            ("16年9月3日提醒我给张总打电话", "2016-09-03"), ("明年3月5日提醒我给张总打电话", "2027-03-05"),
        ])
    }

    /// Dotted dates are day first whatever the setting, unless only month first is a date.
    func testDottedDatesAreDayFirst() {
        TimeCheck.dates([("remind me to call Acme 25.05.2015", "2015-05-25"),
                         ("remind me to call Acme 05.06.2015", "2015-06-05"),
                         ("remind me to call Acme 10.31.1974", "1974-10-31")])
    }

    func testDayMonthSetting() {
        let dayFirst = LineParser(names: ["Acme"], dayFirst: true)
        TimeCheck.dates([("remind me to call Acme 25/05/2015", "2015-05-25"),
                         ("remind me to call Acme 05/06/2015", "2015-06-05"),
                         ("remind me to call Acme 25.05.2015", "2015-05-25")], parser: dayFirst)
        let p = TimeCheck.parser.parse("remind me to call Acme 25/05/2015", today: TimeCheck.today)
        XCTAssertNotNil(p.problem, "month 25 under month-first is refused, not rolled over")
    }

    /// Far dates are produced without trapping; the assistant decides what is too far.
    func testHugeCountsDoNotTrap() {
        for line in ["remind me to call Acme in 10000 years", "remind me to call Acme in 10000 months",
                     "remind me to call Acme 10000 weeks ago", "remind me to call Acme in 10000 business days",
                     "remind me to call Acme 10000 fridays from now", "10000年后提醒我", "remind me to call Acme every 1000 years"] {
            _ = TimeCheck.parser.parse(line, today: TimeCheck.today)
        }
        XCTAssertEqual(TimeCheck.parser.parse("remind me in 10000 years", today: TimeCheck.today).slots.date?.year, 12026)
    }
}
