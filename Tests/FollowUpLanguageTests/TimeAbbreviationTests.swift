import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Short and chatty day words, parts of the day, and words that only look like dates.
/// Today is Wednesday 2026-11-18.
final class TimeAbbreviationTests: XCTestCase {
    func testShortDayWords() {
        TimeCheck.dates([
            ("remind me to call Acme tmrw", "2026-11-19"), ("remind me to call Acme tmr", "2026-11-19"),
            ("remind me to call Acme yday", "2026-11-17"), ("remind me to call Acme yest", "2026-11-17"),
            ("remind me to call Acme 2day", "2026-11-18"), ("remind me to call Acme tonite", "2026-11-18"),
            ("remind me to call Acme mon", "2026-11-23"), ("remind me to call Acme thu", "2026-11-19"),
            ("remind me to call Acme thu.", "2026-11-19"),
        ])
    }

    /// "sat" and "sun" are words too: a weekday after a date word or at the end of a line only.
    func testSatAndSun() {
        TimeCheck.dates([
            ("remind me to call Acme sat", "2026-11-21"), ("remind me to call Acme sun", "2026-11-22"),
            ("remind me to call Acme on sat", "2026-11-21"), ("call Acme by sun", "2026-11-22"),
            ("remind me to call Acme next sun", "2026-11-29"), ("remind me to call Acme this sat", "2026-11-21"),
            ("remind me to call Acme sun, then email Li", "2026-11-22"),
        ])
        TimeCheck.noTime(["sat down with Li about the order", "the sun is out, call Acme", "sun tzu quotes"])
    }

    func testPartsOfTheDay() {
        let cases: [(String, String, String?)] = [
            ("remind me to call Acme this morning", "2026-11-18", "09:00"),
            ("remind me to call Acme tonight", "2026-11-18", "20:00"),
            ("called Acme last night", "2026-11-17", "20:00"),
            ("remind me to call Acme at 3pm", "2026-11-18", "15:00"),
            ("remind me to call Acme 8 tonight", "2026-11-18", "20:00"),
            // No clock to add to: "in 2 hours" is today, without a time.
            ("remind me to call Acme in 2 hours", "2026-11-18", nil),
            ("remind me to call Acme in 30 minutes", "2026-11-18", nil),
        ]
        for (line, iso, time) in cases {
            let p = TimeCheck.parser.parse(line, today: TimeCheck.today)
            XCTAssertEqual(p.slots.date?.iso, iso, "\(line) → \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.time?.description, time, "\(line) → \(Fixture.describe(p))")
        }
    }

    /// A part of the day alone is no appointment: it does not make the line about today.
    func testPartOfTheDayAloneGivesNoDay() {
        XCTAssertNil(Fixture.parse("早上好").slots.date)
        XCTAssertNil(Fixture.parse("good morning").slots.date)
    }

    /// "this Wednesday" is this week's while still ahead, else the coming one (on a Sunday,
    /// three days on).
    func testThisWeekday() {
        let sunday = Day(year: 2026, month: 11, day: 22) ?? TimeCheck.today
        TimeCheck.dates([("remind me to call Acme this Wednesday", "2026-11-25"),
                         ("remind me to call Acme this Monday", "2026-11-23")], today: sunday)
        TimeCheck.dates([("remind me to call Acme this Friday", "2026-11-20"),
                         ("remind me to call Acme this Wednesday", "2026-11-18"),
                         ("remind me to call Acme this Monday", "2026-11-23")])
    }

    func testWordsThatOnlyLookLikeDates() {
        TimeCheck.noTime(["may i ask", "3M China", "march on", "we march on", "the first order", "sun and moon",
                          "a second opinion", "Sunday Bakery paid 500", "may the best offer win", "a decent day's work"])
    }
}
