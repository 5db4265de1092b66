import XCTest
import FollowUpCore

/// Occasions: birthdays (29 February too), founding days, first-order anniversaries, the public
/// holidays (lunar ones in two years), the lead, year boundaries and who gets holiday greetings.
final class OccasionsTests: XCTestCase {
    private func kinds(_ os: [Occasion]) -> [String] { os.map { "\($0.day.iso) \($0.kind.rawValue)" } }

    /// A book with one customer whose contact has `birthday`; `active` gives it an invoice.
    private func book(today: Day, birthday: MonthDay? = nil, active: Bool = false, optOut: Bool? = nil,
                      founded: MonthDay? = nil, added: Day? = nil) throws -> Book {
        var b = BookBuilder(today: added ?? today)
        let a = try b.addCustomer("Acme")
        var after = a
        var person = ContactPerson(name: "Li Wei")
        person.birthday = birthday
        after.contacts = [person]
        after.holidayGreetings = optOut
        after.founded = founded
        try b.record([.customerChanged(before: a, after: after)])
        if active { try b.addInvoice(a.id, cny(100), issued: today, due: today.adding(days: 30)) }
        return b.book
    }

    func testHolidaysOfTwoYearsIncludeTheLunarOnesOnTheirDays() {
        XCTAssertEqual(Occasions.holidays(in: 2026).map { "\($0.day.iso) \($0.kind.rawValue)" }, [
            "2026-01-01 new_year", "2026-02-17 spring_festival", "2026-03-03 lantern", "2026-06-19 dragon_boat",
            "2026-09-25 mid_autumn", "2026-10-18 double_ninth", "2026-12-25 christmas",
        ])
        let y2027 = Occasions.holidays(in: 2027)
        XCTAssertEqual(y2027.first { $0.kind == .midAutumn }?.day.iso, "2027-09-15")
        XCTAssertEqual(y2027.first { $0.kind == .springFestival }?.day.iso, "2027-02-06")
        // Outside the lunar table only the Gregorian holidays are left.
        XCTAssertEqual(Occasions.holidays(in: 2101).map(\.kind), [.newYear, .christmas])
    }

    func testMidAutumnGreetingIsDueThreeDaysBeforeInEachYear() throws {
        let b26 = try book(today: day("2026-09-22"), active: true)
        XCTAssertEqual(kinds(Occasions.due(b26, on: day("2026-09-22"), lead: 3)), ["2026-09-25 mid_autumn"])
        XCTAssertEqual(kinds(Occasions.due(b26, on: day("2026-09-21"), lead: 3)), [])
        let b27 = try book(today: day("2027-09-12"), active: true)
        XCTAssertEqual(kinds(Occasions.due(b27, on: day("2027-09-12"), lead: 3)), ["2027-09-15 mid_autumn"])
        // Still due on the day itself, gone the day after.
        XCTAssertEqual(kinds(Occasions.due(b27, on: day("2027-09-15"), lead: 3)), ["2027-09-15 mid_autumn"])
        XCTAssertEqual(kinds(Occasions.due(b27, on: day("2027-09-16"), lead: 3)), [])
    }

    func testLeadDaysMoveTheDueDay() throws {
        let b = try book(today: day("2026-04-20"), birthday: MonthDay(month: 5, day: 3))
        let five = Occasions.list(b, from: day("2026-04-20"), through: day("2026-05-31"), today: day("2026-04-20"), lead: 5)
        XCTAssertEqual(five.first?.due.iso, "2026-04-28")
        XCTAssertEqual(kinds(Occasions.due(b, on: day("2026-04-28"), lead: 5)), ["2026-05-03 birthday"])
        XCTAssertEqual(kinds(Occasions.due(b, on: day("2026-04-28"), lead: 3)), [])
        XCTAssertEqual(Occasions.lead([:]), 3)
        XCTAssertEqual(Occasions.lead(["greetings.lead": "7"]), 7)
        XCTAssertEqual(Occasions.lead(["greetings.lead": "99"]), 3, "out of range falls back to the default")
    }

    func testLeapDayBirthdayFallsOnThe28thInOtherYears() throws {
        let leap = try XCTUnwrap(MonthDay(month: 2, day: 29))
        let b = try book(today: day("2027-02-20"), birthday: leap)
        XCTAssertEqual(kinds(Occasions.due(b, on: day("2027-02-25"), lead: 3)), ["2027-02-28 birthday"])
        let b28 = try book(today: day("2028-02-20"), birthday: leap)
        XCTAssertEqual(kinds(Occasions.due(b28, on: day("2028-02-26"), lead: 3)), ["2028-02-29 birthday"])
    }

    func testAWindowAcrossNewYearHasBothYearsOccasions() throws {
        let b = try book(today: day("2026-12-20"), birthday: MonthDay(month: 1, day: 2), active: true)
        let os = Occasions.list(b, from: day("2026-12-20"), through: day("2027-01-05"), today: day("2026-12-20"), lead: 3)
        XCTAssertEqual(kinds(os), ["2026-12-25 christmas", "2027-01-01 new_year", "2027-01-02 birthday"])
        // New Year's greeting comes up in the old year.
        XCTAssertEqual(kinds(Occasions.due(b, on: day("2026-12-29"), lead: 3)), ["2027-01-01 new_year"])
    }

    func testFoundingAndFirstOrderCountYearsFromTheSecondYear() throws {
        var b = BookBuilder(today: day("2025-06-10"))
        let a = try b.addCustomer("Acme")
        var after = a
        after.founded = MonthDay(month: 6, day: 12, year: 1998)
        try b.record([.customerChanged(before: a, after: after)])
        try b.addInvoice(a.id, cny(100), issued: day("2025-06-10"), due: day("2025-07-10"))
        let first = Occasions.list(b.book, from: day("2025-06-01"), through: day("2025-06-15"), today: day("2025-06-10"), lead: 3)
        XCTAssertEqual(first.map(\.kind), [.founding], "no first-order anniversary in the year of the first order")
        XCTAssertEqual(first.first?.years, 27)
        let next = Occasions.list(b.book, from: day("2026-06-01"), through: day("2026-06-15"), today: day("2026-06-01"), lead: 3)
        XCTAssertEqual(kinds(next), ["2026-06-10 first_order", "2026-06-12 founding"])
        XCTAssertEqual(next.first?.years, 1)
    }

    func testAFoundingDayWithoutItsYearComesUpEveryYearWithNoCount() throws {
        let b = try book(today: day("2026-03-01"), founded: MonthDay(month: 3, day: 5))
        let os = Occasions.due(b, on: day("2026-03-02"), lead: 3)
        XCTAssertEqual(kinds(os.filter { !$0.kind.isHoliday }), ["2026-03-05 founding"])
        XCTAssertNil(os.first { $0.kind == .founding }?.years)
        let later = Occasions.list(b, from: day("2030-03-01"), through: day("2030-03-10"), today: day("2030-03-01"), lead: 3)
        XCTAssertEqual(kinds(later.filter { !$0.kind.isHoliday }), ["2030-03-05 founding"])
    }

    /// A greeting sent between an occasion's due day and its day ticks it off; a birthday only
    /// for the person greeted, even sent early (up to `Occasions.earlyDays` before); last year's does not.
    func testAGreetingSentTicksTheOccasionOff() throws {
        var b = BookBuilder(today: day("2026-09-20"))
        let a = try b.addCustomer("Acme")
        var after = a
        var li = ContactPerson(name: "Li Wei")
        li.birthday = MonthDay(month: 9, day: 24)
        var wang = ContactPerson(name: "Wang Fang")
        wang.birthday = MonthDay(month: 9, day: 24)
        after.contacts = [li, wang]
        try b.record([.customerChanged(before: a, after: after)])
        let today = day("2026-09-22")
        let all = ["2026-09-24 birthday", "2026-09-24 birthday", "2026-09-25 mid_autumn"]
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), all)
        func greet(_ kind: Occasion.Kind, _ person: String?, on d: Day) throws {
            var e = ContactEntry(id: b.book.nextContactID, customer: a.id, day: d, channel: .sms, note: "")
            e.greeting = kind
            e.greetingFor = person
            try b.record([.contactAdded(e)])
        }
        // Last year's greeting is not this year's; one sent early (within `earlyDays`) is.
        try greet(.midAutumn, nil, on: day("2025-10-06"))
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), all, "last year's: not this one")
        try greet(.midAutumn, nil, on: day("2026-08-20"))
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), all, "more than 30 days early: not this one")
        try greet(.midAutumn, nil, on: day("2026-09-01"))
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), ["2026-09-24 birthday", "2026-09-24 birthday"],
                       "sent early in the month: ticked off")
        try greet(.birthday, "Li Wei", on: today)
        let left = Occasions.due(b.book, on: today, lead: 3)
        XCTAssertEqual(kinds(left), ["2026-09-24 birthday"])
        XCTAssertEqual(left.first?.contact, "Wang Fang", "Wang Fang was not greeted")
        // Next year's come up again.
        let next = Occasions.due(b.book, on: day("2027-09-22"), lead: 3)
        XCTAssertEqual(next.filter { $0.kind == .birthday }.count, 2)
    }

    func testWhoGetsHolidayGreetings() throws {
        let today = day("2026-09-22")
        // Added and invoiced long ago, nothing since: no holiday greetings by default.
        var b = BookBuilder(today: day("2024-01-10"))
        let old = try b.addCustomer("Old Co")
        try b.addInvoice(old.id, cny(100), issued: day("2024-01-10"), due: day("2024-02-10"))
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), [])
        // A key account gets them anyway; so does one turned on by hand.
        var key = old
        key.tier = .key
        try b.record([.customerChanged(before: old, after: key)])
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), ["2026-09-25 mid_autumn"])
        var off = key
        off.holidayGreetings = false
        try b.record([.customerChanged(before: key, after: off)])
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), [], "opted out")
        // Birthdays still come up for a customer with no holiday greetings.
        let withBirthday = try book(today: today, birthday: MonthDay(month: 9, day: 24), active: true, optOut: false)
        XCTAssertEqual(kinds(Occasions.due(withBirthday, on: today, lead: 3)), ["2026-09-24 birthday"])
        let on = try book(today: today, optOut: true, added: day("2020-01-01"))
        XCTAssertEqual(kinds(Occasions.due(on, on: today, lead: 3)), ["2026-09-25 mid_autumn"])
    }

    func testARunningPlanBringsHolidayGreetingsUnlessOptedOut() throws {
        let today = day("2026-09-22")
        var b = BookBuilder(today: day("2024-01-10"))
        let old = try b.addCustomer("Old Co")
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), [])
        let plan = FollowUpPlan(id: PlanID(1), customer: old.id, play: "plan.during_job", started: day("2026-09-01"))
        try b.record([.planAdded(plan)])
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), ["2026-09-25 mid_autumn"], "a plan runs")
        var stopped = plan
        stopped.stopped = day("2026-09-10")
        try b.record([.planChanged(before: plan, after: stopped)])
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), [], "a stopped plan is no reason")
        try b.undo()
        var off = old
        off.holidayGreetings = false
        try b.record([.customerChanged(before: old, after: off)])
        XCTAssertEqual(kinds(Occasions.due(b.book, on: today, lead: 3)), [], "opted out, plan or not")
    }

    func testCalendarFeedKeysOccasionsByKindCustomerPersonAndYear() throws {
        let b = try book(today: day("2026-04-28"), birthday: MonthDay(month: 5, day: 3), active: true)
        let feed = CalendarFeed(book: b, on: day("2026-04-28"))
        let keys = feed.items.filter { $0.kind == "occasion" }.map(\.key)
        XCTAssertTrue(keys.contains("occasion-birthday-1-p1-2026"), "\(keys)")
        XCTAssertTrue(keys.contains("occasion-mid_autumn-1-2026"), "\(keys)")
        // A year ahead: next year's New Year and Spring Festival, each once.
        XCTAssertTrue(keys.contains("occasion-new_year-1-2027"), "\(keys)")
        XCTAssertEqual(keys.filter { $0.hasPrefix("occasion-birthday") }.count, 1)
        XCTAssertEqual(Set(keys).count, keys.count)
    }
}
