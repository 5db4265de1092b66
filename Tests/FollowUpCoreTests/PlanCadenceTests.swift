import XCTest
import FollowUpCore

/// The days a plan's touches fall on, and what starting and stopping a plan change in the book.
final class PlanCadenceTests: XCTestCase {
    private let every3 = Recurrence(every: 3, unit: .day)
    private let every2Months = Recurrence(every: 2, unit: .month)

    /// The first-contact cadence of seed 004: a text the same day, a greeting the next, a tip
    /// from day 3 every 3 days, a call on day 5, a feedback call after each visit.
    private var firstContact: [PlanTouch] {
        [PlanTouch(key: "intro", channel: .sms, when: .days(0)),
         PlanTouch(key: "greeting", channel: .sms, kind: .greeting, when: .days(1)),
         PlanTouch(key: "tip", channel: .sms, when: .days(3), every: every3),
         PlanTouch(key: "book_visit", channel: .call, when: .days(5)),
         PlanTouch(key: "visit_feedback", channel: .call, kind: .survey, when: .afterVisit(days: 1))]
    }

    private var afterSale: [PlanTouch] {
        [PlanTouch(key: "first_month", channel: .call, kind: .survey, when: .months(1)),
         PlanTouch(key: "regular", channel: .call, kind: .survey, when: .months(3), every: every2Months)]
    }

    private func plan(_ started: Day, adjustments: [PlanAdjustment] = []) -> FollowUpPlan {
        FollowUpPlan(id: PlanID(1), customer: CustomerID(1), play: "plan.first_contact", started: started, adjustments: adjustments)
    }

    func testDaysCountFromTheStartAndAfterVisitTouchesWait() {
        let start = day("2026-12-01")
        let s = PlanCadence.schedule(firstContact, for: plan(start), today: start)
        XCTAssertEqual(s.map(\.touch.key), ["intro", "greeting", "tip", "book_visit"])
        // Day 5 is Sunday 6 Dec: the call to book a visit moves to the Monday; texts go any day.
        XCTAssertEqual(s.map(\.due), [start, start.adding(days: 1), start.adding(days: 3), start.adding(days: 6)])
        XCTAssertEqual(s.map(\.anchor), s.map(\.due))
        XCTAssertEqual(s.map(\.every), [nil, nil, every3, nil])
        XCTAssertEqual(s.map(\.kind), [.sms, .greeting, .sms, .call])
    }

    func testMonthsFallOnTheSameDayOfTheMonthOrTheMonthsLastDay() {
        let s = PlanCadence.schedule(afterSale, for: plan(day("2026-01-31")), today: day("2026-01-31"))
        // 28 February 2026 is a Saturday: the call goes on the Monday.
        XCTAssertEqual(s.map(\.due), [day("2026-03-02"), day("2026-04-30")])
        XCTAssertEqual(s[1].every, every2Months)
        let mid = PlanCadence.schedule(afterSale, for: plan(day("2026-12-15")), today: day("2026-12-15"))
        XCTAssertEqual(mid.map(\.due), [day("2027-01-15"), day("2027-03-15")])
    }

    func testPushBacksSlowTheRepeatsAndMoveTheChannel() {
        let adjusted = plan(day("2026-12-01"), adjustments: [
            PlanAdjustment(day: day("2026-12-01"), change: .slowed(factor: 2)),
            PlanAdjustment(day: day("2026-12-01"), change: .rechanneled(from: .call, to: .sms)),
        ])
        let s = PlanCadence.schedule(firstContact, for: adjusted, today: day("2026-12-01"))
        XCTAssertEqual(s.first { $0.touch.key == "tip" }?.every, Recurrence(every: 6, unit: .day))
        let visit = s.first { $0.touch.key == "book_visit" }
        XCTAssertEqual(visit?.channel, .sms)
        // A touch without a kind of its own takes the channel it goes by now.
        XCTAssertEqual(visit?.kind, .sms)
        XCTAssertEqual(PlanCadence.slowed(.daily, by: 5000), Recurrence(every: 1000, unit: .day))
        XCTAssertEqual(PlanCadence.slowed(.weekly, by: 1), .weekly)
    }

    func testAStartInThePastLeavesOutPastOneOffsAndRollsRepeatsOnToToday() {
        let today = day("2026-12-10")
        let s = PlanCadence.schedule(firstContact, for: plan(day("2026-12-01")), today: today)
        // intro (Dec 1), greeting (Dec 2), book_visit (Dec 6) are past; the tip (Dec 4, every
        // 3 days) comes on Dec 4, 7, 10: today's is the first on or after today.
        XCTAssertEqual(s.map(\.touch.key), ["tip"])
        XCTAssertEqual(s.first?.due, today)
        XCTAssertEqual(s.first?.anchor, day("2026-12-04"))
        let next = PlanCadence.schedule(firstContact, for: plan(day("2026-12-02")), today: today)
        XCTAssertEqual(next.first?.due, day("2026-12-11"))
        // A one-off due today is kept.
        let due = PlanCadence.schedule(firstContact, for: plan(day("2026-12-05")), today: today)
        XCTAssertEqual(due.map(\.touch.key), ["book_visit", "tip"])
        XCTAssertEqual(due.map(\.due), [today, day("2026-12-11")])
    }

    func testTheStartDayMayBeAMonthBackAndThreeMonthsAhead() {
        let today = day("2026-12-10")
        XCTAssertNil(PlanCadence.check(start: today.adding(days: -30), today: today))
        XCTAssertEqual(PlanCadence.check(start: today.adding(days: -31), today: today), .tooFarBack(limit: 30))
        XCTAssertNil(PlanCadence.check(start: today.adding(days: 90), today: today))
        XCTAssertEqual(PlanCadence.check(start: today.adding(days: 91), today: today), .tooFarAhead(limit: 90))
        let ahead = PlanCadence.schedule(firstContact, for: plan(day("2027-01-04")), today: today)
        XCTAssertEqual(ahead.first?.due, day("2027-01-04"))
    }

    private func words(_ s: PlanCadence.Scheduled) -> (text: String, message: String?) { ("touch \(s.touch.key)", "say \(s.touch.key)") }

    func testStartMakesOneReminderPerTouchNamingThePlanAndUndoTakesAllBack() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.remind("call the bank", due: day("2026-12-02"))
        let before = BookState(b.book)
        let start = PlanCadence.start(play: "plan.first_contact", touches: firstContact, customer: acme.id, contact: "Li Wei",
                                      on: b.today, in: b.book, today: b.today, words: words)
        XCTAssertNil(start.stopped)
        XCTAssertEqual(start.reminders.map(\.id.raw), [2, 3, 4, 5])
        XCTAssertTrue(start.reminders.allSatisfy { $0.plan == start.plan.id && $0.customer == acme.id && $0.created == b.today })
        XCTAssertEqual(start.reminders.map(\.touch), ["intro", "greeting", "tip", "book_visit"])
        XCTAssertEqual(start.reminders[2].recurrence, every3)
        XCTAssertEqual(start.reminders[2].message, "say tip")
        XCTAssertEqual(start.reminders[0].text, "touch intro")
        try b.record(start.events)
        XCTAssertEqual(b.book.activePlan(of: acme.id)?.contact, "Li Wei")
        XCTAssertEqual(b.book.reminders.count, 5)
        try b.undo()
        XCTAssertEqual(BookState(b.book), before)
        XCTAssertTrue(b.book.plans.isEmpty)
    }

    func testStartingAnotherPlanStopsTheRunningOneInTheSameStep() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        let first = PlanCadence.start(play: "plan.first_contact", touches: firstContact, customer: acme.id, contact: nil,
                                      on: b.today, in: b.book, today: b.today, words: words)
        try b.record(first.events)
        // The intro is done before the switch: it stays done.
        let intro = try XCTUnwrap(b.book.reminder(first.reminders[0].id))
        var done = intro
        done.done = b.today
        try b.record([.reminderChanged(before: intro, after: done)])
        b.today = day("2026-12-03")
        let afterState = BookState(b.book)
        let second = PlanCadence.start(play: "plan.after_sale", touches: afterSale, customer: acme.id, contact: nil,
                                       on: b.today, in: b.book, today: b.today, words: words)
        XCTAssertEqual(second.stopped?.id, first.plan.id)
        XCTAssertEqual(second.cancelled, 3)
        XCTAssertEqual(second.plan.id, PlanID(2))
        try b.record(second.events)
        XCTAssertEqual(b.book.plan(first.plan.id)?.stopped, day("2026-12-03"))
        XCTAssertEqual(b.book.activePlan(of: acme.id)?.play, "plan.after_sale")
        let old = b.book.reminders.filter { $0.plan == first.plan.id }
        XCTAssertEqual(old.first?.done, day("2026-12-01"))
        XCTAssertNil(old.first?.cancelled)
        XCTAssertEqual(old.dropFirst().map(\.cancelled), Array(repeating: day("2026-12-03"), count: 3))
        XCTAssertEqual(PlanCadence.openTouches(of: PlanID(2), in: b.book).count, 2)
        try b.undo()
        XCTAssertEqual(BookState(b.book), afterState)
        XCTAssertNil(b.book.plan(first.plan.id)?.stopped)
    }

    func testStopMarksThePlanAndCancelsOnlyOpenTouches() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        let start = PlanCadence.start(play: "plan.first_contact", touches: firstContact, customer: acme.id, contact: nil,
                                      on: b.today, in: b.book, today: b.today, words: words)
        try b.record(start.events)
        let plan = try XCTUnwrap(b.book.activePlan(of: acme.id))
        let stop = PlanCadence.stop(plan, in: b.book, on: day("2026-12-02"))
        XCTAssertEqual(stop.count, 5)
        try b.record(stop)
        XCTAssertNil(b.book.activePlan(of: acme.id))
        XCTAssertTrue(b.book.reminders.allSatisfy { !$0.isOpen })
        let stopped = try XCTUnwrap(b.book.plan(plan.id))
        XCTAssertEqual(PlanCadence.stop(stopped, in: b.book, on: day("2026-12-03")), [])
    }

    func testCallsAndVisitsFallOnWorkingDaysAndTextsOnAnyDay() {
        XCTAssertEqual(PlanCadence.workingDay(day("2026-12-05"), for: .call), day("2026-12-07"), "Saturday → Monday")
        XCTAssertEqual(PlanCadence.workingDay(day("2026-12-06"), for: .visit), day("2026-12-07"), "Sunday → Monday")
        XCTAssertEqual(PlanCadence.workingDay(day("2026-12-04"), for: .call), day("2026-12-04"), "Friday stays")
        XCTAssertEqual(PlanCadence.workingDay(day("2026-12-05"), for: .sms), day("2026-12-05"), "a text any day")
        XCTAssertEqual(PlanCadence.workingDay(day("2026-12-06"), for: .email), day("2026-12-06"))
    }

    func testAOneOffTouchMissedForAWeekLapsesARepeatingOneNever() {
        let intro = Reminder(id: ReminderID(1), text: "intro", customer: CustomerID(1), due: day("2026-12-01"), created: day("2026-12-01"),
                             plan: PlanID(1), touch: "intro")
        XCTAssertFalse(intro.isLapsedTouch(on: day("2026-12-08")), "seven days late still stands")
        XCTAssertTrue(intro.isLapsedTouch(on: day("2026-12-09")))
        var done = intro
        done.done = day("2026-12-02")
        XCTAssertFalse(done.isLapsedTouch(on: day("2027-01-01")), "done is not missed")
        var tip = intro
        tip.recurrence = every3
        XCTAssertFalse(tip.isLapsedTouch(on: day("2027-01-01")), "a repeating touch stands on its latest occurrence")
        var plain = intro
        plain.plan = nil
        XCTAssertFalse(plain.isLapsedTouch(on: day("2027-01-01")), "a reminder of one's own never lapses")
    }
}
