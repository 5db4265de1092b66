import XCTest
import FollowUpCore

/// A customer's push-back on their plan (seed 004 篇3): slowing, moving a channel to email or
/// text messages, both at once, slowing instead when nothing goes by the channel named, and the
/// third push-back that changes nothing.
final class PlanPushBackTests: XCTestCase {
    private let start = day("2026-11-30")
    private let today = day("2026-12-09")  // a Wednesday
    private let cadence = [
        PlanTouch(key: "tip", channel: .sms, when: .days(3), every: Recurrence(every: 3, unit: .day)),
        PlanTouch(key: "feedback", channel: .call, kind: .survey, when: .days(15), every: Recurrence(every: 15, unit: .day)),
        PlanTouch(key: "book_visit", channel: .call, when: .days(5)),
    ]

    private func plan(_ adjustments: [PlanAdjustment] = []) -> FollowUpPlan {
        FollowUpPlan(id: PlanID(1), customer: CustomerID(1), play: "plan.test", started: start, adjustments: adjustments)
    }

    private func touch(_ id: Int, _ key: String, kind: ReminderKind?, due: String, every: Recurrence? = nil) -> Reminder {
        Reminder(id: ReminderID(id), text: key, customer: CustomerID(1), due: day(due), recurrence: every, kind: kind,
                 created: start, plan: PlanID(1), touch: key, message: "words")
    }

    private var touches: [Reminder] {
        [touch(1, "tip", kind: .sms, due: "2026-12-11", every: Recurrence(every: 3, unit: .day)),
         touch(2, "feedback", kind: .survey, due: "2026-12-15", every: Recurrence(every: 15, unit: .day)),
         touch(3, "book_visit", kind: .call, due: "2026-12-10")]
    }

    private func result(_ o: PlanPushBack.Outcome, file: StaticString = #filePath, line: UInt = #line) throws -> PlanPushBack.Result {
        guard case .changed(let r) = o else {
            XCTFail("expected a change, got \(o)", file: file, line: line)
            throw XCTSkip()
        }
        return r
    }

    func testTooOftenDoublesEachRepeatingTouchAndMovesItsNextDayOn() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(often: true),
                                               emailAllowed: false, words: "too many messages", today: today))
        XCTAssertEqual(r.added, [PlanAdjustment(day: today, change: .slowed(factor: 2), words: "too many messages")])
        XCTAssertEqual(r.plan.slowdown, 2)
        XCTAssertEqual(r.changes.map(\.after.id.raw), [1, 2], "the one-off call keeps its day")
        let tip = r.changes[0].after, feedback = r.changes[1].after
        XCTAssertEqual(tip.recurrence, Recurrence(every: 6, unit: .day))
        XCTAssertEqual(tip.due.iso, "2026-12-15", "today + 6 days, later than the 11th it was due")
        XCTAssertEqual(tip.anchor, tip.due)
        XCTAssertEqual(feedback.recurrence, Recurrence(every: 30, unit: .day))
        XCTAssertEqual(feedback.due.iso, "2027-01-08")
        XCTAssertEqual(r.changes[0].before, touches[0])
        XCTAssertFalse(r.slowedInstead)
    }

    func testNothingNamedSlows() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(),
                                               emailAllowed: true, words: "", today: today))
        XCTAssertEqual(r.added.map(\.change), [.slowed(factor: 2)])
    }

    func testSlowingNeverBringsATouchCloser() throws {
        var far = touches
        far[0].due = day("2026-12-30")
        let r = try result(PlanPushBack.apply(plan: plan(), touches: far, cadence: cadence, objection: .init(often: true),
                                               emailAllowed: false, words: "", today: today))
        XCTAssertEqual(r.changes[0].after.due.iso, "2026-12-30")
    }

    func testWeeklyBecomesFortnightlyAndASnoozeIsDropped() {
        var r = Reminder(id: ReminderID(1), text: "x", due: day("2026-12-12"), time: TimeOfDay(text: "15:00"),
                         recurrence: .weekly, created: start)
        r.snoozedFrom = day("2026-12-10")
        r.snoozedFromTime = TimeOfDay(text: "09:00")
        let s = PlanPushBack.slowedDown(r, today: today)
        XCTAssertEqual(s?.recurrence, Recurrence(every: 2, unit: .week))
        XCTAssertEqual(s?.due.iso, "2026-12-23")
        XCTAssertEqual(s?.time, TimeOfDay(text: "09:00"))
        XCTAssertNil(s?.snoozedFrom)
        XCTAssertNil(PlanPushBack.slowedDown(touches[2], today: today), "a one-off touch is not slowed")
    }

    func testStopCallingMovesCallsToTextsWithoutEmailConsent() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(channel: .call),
                                               emailAllowed: false, words: "stop calling", today: today))
        XCTAssertEqual(r.added.map(\.change), [.rechanneled(from: .call, to: .sms)])
        XCTAssertEqual(r.changes.map(\.after.id.raw), [2, 3])
        XCTAssertEqual(r.changes.map(\.to), [.sms, .sms])
        XCTAssertEqual(r.changes[0].after.kind, .survey, "a survey stays a survey")
        XCTAssertEqual(r.changes[1].after.kind, .sms)
        XCTAssertEqual(r.changes[1].after.due, touches[2].due, "moving a channel keeps the day")
        XCTAssertEqual(r.plan.channel(for: .call), .sms)
    }

    func testStopCallingMovesCallsToEmailWhenTheyAgreed() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(channel: .call),
                                               emailAllowed: true, words: "", today: today))
        XCTAssertEqual(r.added.map(\.change), [.rechanneled(from: .call, to: .email)])
        XCTAssertEqual(r.changes.last?.after.kind, .email)
    }

    func testChannelAndOftenBothChangeAsOnePushBack() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence,
                                               objection: .init(channel: .call, often: true), emailAllowed: false,
                                               words: "stop calling every day", today: today))
        XCTAssertEqual(r.added.map(\.change), [.rechanneled(from: .call, to: .sms), .slowed(factor: 2)])
        XCTAssertEqual(r.changes.map(\.after.id.raw), [1, 2, 3])
        XCTAssertEqual(r.changes[1].to, .sms)
        XCTAssertEqual(r.changes[1].after.recurrence, Recurrence(every: 30, unit: .day))
        XCTAssertEqual(PlanPushBack.count(r.plan), 1)
    }

    func testAChannelWithNoTouchLeftSlowsInstead() throws {
        let r = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(channel: .visit),
                                               emailAllowed: true, words: "no visits", today: today))
        XCTAssertEqual(r.added.map(\.change), [.slowed(factor: 2)])
        XCTAssertTrue(r.slowedInstead)
        // Texts they object to with no email allowed have nowhere to go: slowed too.
        let s = try result(PlanPushBack.apply(plan: plan(), touches: touches, cadence: cadence, objection: .init(channel: .sms),
                                               emailAllowed: false, words: "", today: today))
        XCTAssertTrue(s.slowedInstead)
        // Closed touches do not count.
        var closed = touches
        closed[1].done = today
        closed[2].cancelled = today
        let u = try result(PlanPushBack.apply(plan: plan(), touches: closed, cadence: cadence, objection: .init(channel: .call),
                                               emailAllowed: false, words: "", today: today))
        XCTAssertTrue(u.slowedInstead)
        XCTAssertEqual(u.changes.map(\.after.id.raw), [1])
    }

    func testAMovedChannelFollowsEarlierMoves() throws {
        let moved = plan([PlanAdjustment(day: start, change: .rechanneled(from: .call, to: .sms))])
        var ts = touches
        ts[2].kind = .sms
        let r = try result(PlanPushBack.apply(plan: moved, touches: ts, cadence: cadence, objection: .init(channel: .sms),
                                               emailAllowed: true, words: "no texts either", today: today))
        XCTAssertEqual(r.changes.map(\.after.id.raw), [1, 2, 3], "the tip and both former calls go by text now")
        XCTAssertEqual(r.plan.channel(for: .call), .email)
        XCTAssertEqual(r.plan.channel(for: .sms), .email)
    }

    func testTheThirdPushBackChangesNothing() throws {
        let twice = plan([PlanAdjustment(day: start, change: .rechanneled(from: .call, to: .sms), words: "a"),
                          PlanAdjustment(day: start, change: .slowed(factor: 2), words: "a"),
                          PlanAdjustment(day: today, change: .slowed(factor: 2), words: "b")])
        XCTAssertEqual(PlanPushBack.count(twice), 2)
        // The same words twice on one day are two push-backs, not one.
        let same = plan([PlanAdjustment(day: today, change: .slowed(factor: 2), words: "too often"),
                         PlanAdjustment(day: today, change: .slowed(factor: 2), words: "too often")])
        XCTAssertEqual(PlanPushBack.count(same), 2)
        let bothTwice = plan([PlanAdjustment(day: today, change: .rechanneled(from: .call, to: .sms), words: "x"),
                              PlanAdjustment(day: today, change: .slowed(factor: 2), words: "x"),
                              PlanAdjustment(day: today, change: .rechanneled(from: .sms, to: .email), words: "x"),
                              PlanAdjustment(day: today, change: .slowed(factor: 2), words: "x")])
        XCTAssertEqual(PlanPushBack.count(bothTwice), 2)
        XCTAssertEqual(PlanPushBack.apply(plan: twice, touches: touches, cadence: cadence, objection: .init(often: true),
                                          emailAllowed: false, words: "c", today: today), .exhausted(pushBacks: 2))
    }

    func testTheEventsAreExactlyUndone() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let p = FollowUpPlan(id: PlanID(1), customer: cu.id, play: "plan.test", started: start)
        _ = try b.record([.planAdded(p)] + touches.map { Event.reminderAdded($0) })
        let before = BookState(b.book)
        let r = try result(PlanPushBack.apply(plan: p, touches: b.book.reminders, cadence: cadence,
                                               objection: .init(channel: .call, often: true), emailAllowed: false, words: "", today: today))
        _ = try b.record([.planChanged(before: p, after: r.plan)] + r.changes.map { .reminderChanged(before: $0.before, after: $0.after) })
        XCTAssertEqual(b.book.plan(PlanID(1))?.slowdown, 2)
        try b.undo()
        XCTAssertEqual(BookState(b.book), before)
    }
}

/// The touches a visit adds to a running plan.
final class PlanVisitTouchesTests: XCTestCase {
    private let start = day("2026-11-30")
    private let cadence = [
        PlanTouch(key: "tip", channel: .sms, when: .days(3), every: Recurrence(every: 3, unit: .day)),
        PlanTouch(key: "visit_feedback", channel: .call, kind: .survey, when: .afterVisit(days: 1)),
    ]

    private func plan(_ adjustments: [PlanAdjustment] = [], stopped: Day? = nil) -> FollowUpPlan {
        FollowUpPlan(id: PlanID(1), customer: CustomerID(1), play: "plan.test", started: start, stopped: stopped, adjustments: adjustments)
    }

    func testAVisitAddsItsFeedbackCallTheNextDay() {
        let s = PlanVisitTouches.schedule(cadence, for: plan(), visit: day("2026-12-09"), today: day("2026-12-09"), open: [])
        XCTAssertEqual(s.map(\.touch.key), ["visit_feedback"])
        XCTAssertEqual(s.first?.due.iso, "2026-12-10")
        XCTAssertEqual(s.first?.kind, .survey)
        XCTAssertEqual(s.first?.channel, .call)
        XCTAssertNil(s.first?.every)
    }

    func testALateLogComesDueTodayAndAMovedChannelIsKept() {
        let moved = plan([PlanAdjustment(day: start, change: .rechanneled(from: .call, to: .sms))])
        let s = PlanVisitTouches.schedule(cadence, for: moved, visit: day("2026-12-01"), today: day("2026-12-09"), open: [])
        XCTAssertEqual(s.first?.due.iso, "2026-12-09")
        XCTAssertEqual(s.first?.channel, .sms)
    }

    func testNothingForAStoppedPlanAnEarlierVisitOrTheSameVisitTwice() {
        let today = day("2026-12-09")
        XCTAssertTrue(PlanVisitTouches.schedule(cadence, for: plan(stopped: today), visit: today, today: today, open: []).isEmpty)
        XCTAssertTrue(PlanVisitTouches.schedule(cadence, for: plan(), visit: day("2026-11-20"), today: today, open: []).isEmpty)
        let already = Reminder(id: ReminderID(4), text: "x", customer: CustomerID(1), due: day("2026-12-10"), kind: .survey,
                               created: today, plan: PlanID(1), touch: "visit_feedback")
        XCTAssertTrue(PlanVisitTouches.schedule(cadence, for: plan(), visit: today, today: today, open: [already]).isEmpty)
    }

    func testASlowedCallLandsOnAWorkingDayAndATextOnAnyDay() throws {
        let every = try XCTUnwrap(Recurrence(every: 2, unit: .month))
        for offset in 0..<14 {
            let on = day("2026-12-01").adding(days: offset)
            let r = Reminder(id: ReminderID(1), text: "x", customer: CustomerID(1), due: on, recurrence: every, kind: .survey,
                             created: on, plan: PlanID(1), touch: "regular")
            let call = try XCTUnwrap(PlanPushBack.slowedDown(r, today: on, channel: .call))
            XCTAssertTrue(call.due.isWorkingDay, "\(call.due)")
            let text = try XCTUnwrap(PlanPushBack.slowedDown(r, today: on, channel: .sms))
            XCTAssertEqual(text.due, PlanPushBack.slowedDown(r, today: on)?.due, "a text keeps its day")
        }
    }

    func testAVisitDoesTheTouchThatBooksIt() throws {
        let touches = [PlanTouch(key: "book_visit", channel: .call, when: .days(5), endsWithVisit: true),
                       PlanTouch(key: "tip", channel: .sms, when: .days(3))]
        let started = day("2026-12-01")
        let p = FollowUpPlan(id: PlanID(1), customer: CustomerID(1), play: "plan.first_contact", started: started)
        let book = Reminder(id: ReminderID(1), text: "book", customer: CustomerID(1), due: day("2026-12-07"), kind: .call,
                            created: started, plan: PlanID(1), touch: "book_visit")
        let tip = Reminder(id: ReminderID(2), text: "tip", customer: CustomerID(1), due: day("2026-12-04"), kind: .sms,
                           created: started, plan: PlanID(1), touch: "tip")
        let ended = PlanVisitTouches.ended(touches, for: p, visit: day("2026-12-03"), open: [book, tip])
        XCTAssertEqual(ended.map(\.after.id), [ReminderID(1)], "only the touch a visit does")
        XCTAssertEqual(ended.first?.after.done, day("2026-12-03"))
        XCTAssertTrue(PlanVisitTouches.ended(touches, for: p, visit: day("2026-11-30"), open: [book]).isEmpty, "a visit before the plan")
        var stopped = p
        stopped.stopped = day("2026-12-02")
        XCTAssertTrue(PlanVisitTouches.ended(touches, for: stopped, visit: day("2026-12-03"), open: [book]).isEmpty, "a stopped plan")
    }
}
