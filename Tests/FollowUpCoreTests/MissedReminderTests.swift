import XCTest
import FollowUpCore

/// A repeating reminder left undone: its latest occurrence stands, never a backlog; done for now;
/// a snooze by hours within the day.
final class MissedReminderTests: XCTestCase {
    /// The latest occurrence found by stepping one at a time, to check the jump against.
    private func slowLatest(_ r: Recurrence, _ today: Day, from start: Day) -> Day {
        var last = start
        var d = start
        while true {
            d = r.firstAfter(d, from: start)
            if d > today { return last }
            last = d
        }
    }

    func testLatestMatchesSteppingForEveryUnit() throws {
        let starts = ["2026-01-31", "2026-02-28", "2026-11-02", "2026-11-07", "2025-12-31"].map { day($0) }
        let units: [Recurrence] = [.daily, .weekly, .monthly, .weekdays, .monthEnds,
                                   try XCTUnwrap(Recurrence(every: 2, unit: .week)), try XCTUnwrap(Recurrence(every: 3, unit: .month)),
                                   try XCTUnwrap(Recurrence(every: 3, unit: .day)), try XCTUnwrap(Recurrence(every: 2, unit: .weekday))]
        for start in starts {
            for r in units {
                for offset in [0, 1, 2, 5, 6, 7, 13, 30, 31, 59, 64, 200, 400] {
                    let today = start.adding(days: offset)
                    XCTAssertEqual(r.latest(onOrBefore: today, from: start), slowLatest(r, today, from: start),
                                   "\(r) from \(start.iso) on \(today.iso)")
                }
            }
        }
    }

    func testMissedMeansTheNextOccurrenceHasCome() {
        let today = day("2026-12-09") // a Wednesday
        // Daily since three weeks ago: today.
        let daily = Reminder(id: ReminderID(1), text: "check mail", due: day("2026-11-18"), recurrence: .daily, created: day("2026-11-18"))
        XCTAssertEqual(daily.current(on: today), today)
        // Weekly on Mondays: this Monday, two days late, not Mon 23 Nov.
        let weekly = Reminder(id: ReminderID(2), text: "call", due: day("2026-11-23"), recurrence: .weekly, created: day("2026-11-18"))
        XCTAssertEqual(weekly.current(on: today), day("2026-12-07"))
        // Monthly on the 25th: last month's until this month's has come.
        let monthly = Reminder(id: ReminderID(3), text: "statement", due: day("2026-11-25"), recurrence: .monthly, created: day("2026-11-18"))
        XCTAssertEqual(monthly.current(on: today), day("2026-11-25"))
        XCTAssertEqual(monthly.current(on: day("2026-12-26")), day("2026-12-25"))
        // Every working day, seen on a Sunday: Friday's.
        let workdays = Reminder(id: ReminderID(4), text: "calls", due: day("2026-11-18"), recurrence: .weekdays, created: day("2026-11-18"))
        XCTAssertEqual(workdays.current(on: day("2026-12-13")), day("2026-12-11"))
        // A one-off reminder stays late on its own day; one not due yet stays on its day.
        let once = Reminder(id: ReminderID(5), text: "visit", due: day("2026-11-20"), created: day("2026-11-18"))
        XCTAssertEqual(once.current(on: today), day("2026-11-20"))
        XCTAssertEqual(weekly.current(on: day("2026-11-18")), day("2026-11-23"))
    }

    func testASnoozedOccurrenceStaysUntilTheNextComes() {
        var r = Reminder(id: ReminderID(1), text: "call", due: day("2026-11-23"), recurrence: .weekly, created: day("2026-11-18"))
        r.due = day("2026-11-25") // snoozed from Mon 23 to Wed 25
        r.snoozedFrom = day("2026-11-23")
        XCTAssertEqual(r.current(on: day("2026-11-27")), day("2026-11-25"))
        XCTAssertEqual(r.current(on: day("2026-11-30")), day("2026-11-30"))
    }

    func testDoneForNowUntilTheNextOccurrence() {
        var r = Reminder(id: ReminderID(1), text: "call", due: day("2026-11-23"), recurrence: .weekly, created: day("2026-11-18"))
        XCTAssertNil(r.doneForNow(on: day("2026-11-23")), "never done")
        r = r.rolledOn(past: day("2026-11-23"))
        r.lastDone = day("2026-11-23")
        XCTAssertEqual(r.due, day("2026-11-30"))
        XCTAssertEqual(r.doneForNow(on: day("2026-11-24")), day("2026-11-23"))
        XCTAssertNil(r.doneForNow(on: day("2026-11-30")), "its day has come")
        r.snoozedFrom = r.due
        r.due = day("2026-12-01")
        XCTAssertNil(r.doneForNow(on: day("2026-11-24")), "snoozed since")
    }

    func testRollingOnGivesBackTheTimeASnoozeMoved() throws {
        let nine = try XCTUnwrap(TimeOfDay(hour: 9, minute: 0))
        var r = Reminder(id: ReminderID(1), text: "mail", due: day("2026-11-18"), time: nine, recurrence: .daily, created: day("2026-11-18"))
        r.snoozedFrom = r.due
        r.snoozedFromTime = nine
        r.time = TimeOfDay(hour: 10, minute: 30)
        let next = r.rolledOn(past: day("2026-11-18"))
        XCTAssertEqual(next.due, day("2026-11-19"))
        XCTAssertEqual(next.time, nine)
        XCTAssertNil(next.snoozedFrom)
        // Not snoozed: the time is its own.
        var plain = r
        plain.snoozedFrom = nil
        XCTAssertEqual(plain.rolledOn(past: day("2026-11-18")).time, TimeOfDay(hour: 10, minute: 30))
    }

    func testAddingMinutesRunsPastMidnight() throws {
        let t = try XCTUnwrap(TimeOfDay(hour: 23, minute: 20))
        XCTAssertEqual(t.adding(minutes: 30).days, 0)
        XCTAssertEqual(t.adding(minutes: 30).time, TimeOfDay(hour: 23, minute: 50))
        XCTAssertEqual(t.adding(minutes: 60).days, 1)
        XCTAssertEqual(t.adding(minutes: 60).time, TimeOfDay(hour: 0, minute: 20))
        XCTAssertEqual(t.adding(minutes: 24 * 60).days, 1)
        XCTAssertEqual(t.adding(minutes: 24 * 60).time, t)
        XCTAssertEqual(t.adding(minutes: -5).time, t, "never backwards")
    }

    func testAFixedClockMayHaveATime() {
        XCTAssertEqual(FixedClock.parse("2026-11-18")?.0, day("2026-11-18"))
        XCTAssertNil(FixedClock.parse("2026-11-18")?.1)
        XCTAssertEqual(FixedClock.parse(" 2026-11-18 09:30")?.1, TimeOfDay(hour: 9, minute: 30))
        XCTAssertEqual(FixedClock.parse("2026-11-18T14:05")?.1, TimeOfDay(hour: 14, minute: 5))
        XCTAssertNil(FixedClock.parse("2026-11-18 25:00"))
        XCTAssertNil(FixedClock.parse("2026-11-18x"))
        XCTAssertNil(FixedClock(day("2026-11-18")).now())
        XCTAssertEqual(FixedClock(day("2026-11-18"), time: TimeOfDay(hour: 8, minute: 0)).now(), TimeOfDay(hour: 8, minute: 0))
    }

    func testDaySummary() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let acme = Customer(id: CustomerID(1), name: "Acme", added: day("2026-10-01"))
        try b.record([.customerAdded(acme)])
        try b.record([.invoiceAdded(Invoice(id: InvoiceID(1), customer: acme.id, number: "INV-1", amount: cny(1000),
                                            issued: day("2026-10-01"), due: day("2026-11-01")))])
        try b.record([.invoiceAdded(Invoice(id: InvoiceID(2), customer: acme.id, number: "INV-2", amount: usd(200),
                                            issued: day("2026-10-01"), due: day("2026-11-10")))])
        try b.record([.invoiceAdded(Invoice(id: InvoiceID(3), customer: acme.id, number: "INV-3", amount: cny(500),
                                            issued: day("2026-11-01"), due: day("2026-12-01")))])
        try b.record([.promiseAdded(Promise(id: PromiseID(1), customer: acme.id, amount: cny(1000), due: day("2026-11-18"),
                                            made: day("2026-11-15")))])
        try b.record([.reminderAdded(Reminder(id: ReminderID(1), text: "daily", due: day("2026-11-01"), recurrence: .daily, created: day("2026-11-01")))])
        try b.record([.reminderAdded(Reminder(id: ReminderID(2), text: "later", due: day("2026-11-19"), created: day("2026-11-18")))])
        let s = DaySummary(book: b.book, today: day("2026-11-18"))
        XCTAssertEqual(s.overdueInvoices, 2)
        XCTAssertEqual(s.overdue, [cny(1000), usd(200)])
        XCTAssertEqual(s.promisesDueToday, 1)
        XCTAssertEqual(s.remindersDue, 1, "a missed daily reminder counts once")
        XCTAssertEqual(s.planTouchesDue, 0)
        XCTAssertEqual(s.greetingsDue, 0, "no holiday within three days, no birthday")
        XCTAssertTrue(DaySummary(book: Book(), today: day("2026-11-18")).isEmpty)
    }

    /// A plan's touches are counted apart from the other reminders; greetings due are counted,
    /// and one sent is not.
    func testDaySummaryCountsPlanTouchesAndGreetings() throws {
        var b = BookBuilder(today: day("2026-09-20"))
        var acme = Customer(id: CustomerID(1), name: "Acme", added: day("2026-09-20"))
        var li = ContactPerson(name: "Li Wei")
        li.birthday = MonthDay(month: 9, day: 24)
        acme.contacts = [li]
        try b.record([.customerAdded(acme)])
        let plan = FollowUpPlan(id: PlanID(1), customer: acme.id, play: "plan.after_sale", started: day("2026-09-20"))
        try b.record([.planAdded(plan)])
        try b.record([.reminderAdded(Reminder(id: ReminderID(1), text: "tip", customer: acme.id, due: day("2026-09-20"),
                                              recurrence: Recurrence(every: 3, unit: .day), created: day("2026-09-20"),
                                              plan: plan.id, touch: "tip"))])
        try b.record([.reminderAdded(Reminder(id: ReminderID(2), text: "sms", customer: acme.id, due: day("2026-09-22"),
                                              created: day("2026-09-20"), plan: plan.id, touch: "sms"))])
        try b.record([.reminderAdded(Reminder(id: ReminderID(3), text: "call Acme", due: day("2026-09-22"), created: day("2026-09-20")))])
        let today = day("2026-09-22")
        let s = DaySummary(book: b.book, today: today)
        XCTAssertEqual(s.remindersDue, 1)
        XCTAssertEqual(s.planTouchesDue, 2)
        XCTAssertEqual(s.greetingsDue, 2, "Li Wei's birthday and the Mid-Autumn Festival")
        var sent = ContactEntry(id: ContactID(1), customer: acme.id, day: today, channel: .sms, note: "")
        sent.greeting = .midAutumn
        try b.record([.contactAdded(sent)])
        XCTAssertEqual(DaySummary(book: b.book, today: today).greetingsDue, 1)
        XCTAssertFalse(DaySummary(book: b.book, today: today).isEmpty)
    }
}
