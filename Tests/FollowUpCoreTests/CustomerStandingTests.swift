import XCTest
@testable import FollowUpCore

final class CustomerStandingTests: XCTestCase {
    let today = day("2026-11-18")

    private func standing(_ b: BookBuilder, _ c: Customer, on: Day? = nil) throws -> CustomerStanding {
        try XCTUnwrap(CustomerStanding(book: b.book, customer: c.id, on: on ?? today))
    }

    func testNothingOwedIsClear() throws {
        var b = BookBuilder(today: today)
        let acme = try b.addCustomer("Acme")
        let s = try standing(b, acme)
        XCTAssertEqual(s.owed, [])
        XCTAssertEqual(s.openInvoices, [])
        XCTAssertEqual(s.oldestDaysOverdue, 0)
        XCTAssertNil(s.nextDue)
        XCTAssertEqual(s.ladderStep, .clear)
        XCTAssertNil(s.nextAction)
        XCTAssertEqual(s.promiseState, PromiseState.none)
        XCTAssertNil(s.lastContact)
        XCTAssertNil(s.averageDaysLate)
        XCTAssertTrue(s.firstOrder)
        XCTAssertNil(s.creditUsed)
        XCTAssertFalse(s.overCreditLimit)
        XCTAssertEqual(s.tier, .regular)
        XCTAssertNil(CustomerStanding(book: b.book, customer: CustomerID(9), on: today))
    }

    func testOwedOverdueAndOpenInvoicesOldestFirst() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let acme = try b.addCustomer("Acme")
        let newer = try b.addInvoice(acme.id, cny(3000), due: day("2026-11-25"))
        let older = try b.addInvoice(acme.id, cny(5000), due: day("2026-10-29"))
        let usd1 = try b.addInvoice(acme.id, usd(200), due: day("2026-11-10"))
        try b.pay(acme.id, cny(1000), on: day("2026-11-01"))   // goes to the oldest due first
        let s = try standing(b, acme)
        XCTAssertEqual(s.openInvoices.map(\.invoice.id), [older.id, usd1.id, newer.id])
        XCTAssertEqual(s.openInvoices.map(\.outstanding), [cny(4000), usd(200), cny(3000)])
        XCTAssertEqual(s.openInvoices.map(\.daysOverdue), [20, 8, -7])
        XCTAssertEqual(s.owed, [cny(7000), usd(200)])
        XCTAssertEqual(s.overdue, [cny(4000), usd(200)])
        XCTAssertEqual(s.owed(in: .usd), 20000)
        XCTAssertEqual(s.overdue(in: .cny), 400000)
        XCTAssertEqual(s.oldestDaysOverdue, 20)
        XCTAssertEqual(s.nextDue, day("2026-11-25"))
        XCTAssertEqual(s.ladderStep, .firm)
        XCTAssertEqual(s.nextAction, .callForWrittenPromise)
    }

    func testAsOfAnEarlierDayIgnoresLaterPaymentsAndInvoices() throws {
        var b = BookBuilder(today: day("2026-10-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(5000), issued: day("2026-10-01"), due: day("2026-10-31"))
        try b.addInvoice(acme.id, cny(900), issued: day("2026-11-15"), due: day("2026-12-15"))
        try b.pay(acme.id, cny(5000), on: day("2026-11-10"))
        let before = try standing(b, acme, on: day("2026-11-05"))
        XCTAssertEqual(before.owed, [cny(5000)])
        XCTAssertEqual(before.oldestDaysOverdue, 5)
        XCTAssertNil(before.lastPayment)
        let after = try standing(b, acme)
        XCTAssertEqual(after.owed, [cny(900)])
        XCTAssertEqual(after.lastPayment?.amount, cny(5000))
    }

    func testLadderBandsByDefault() {
        let l = LadderBounds.standard
        let cases: [(Int, LadderStep)] = [(-10, .notDue), (-4, .notDue), (-3, .courtesy), (-1, .courtesy), (0, .dueDay),
                                          (1, .early), (15, .early), (16, .firm), (30, .firm), (31, .hold), (60, .hold),
                                          (61, .escalate), (90, .escalate), (91, .legal), (400, .legal)]
        for (d, step) in cases { XCTAssertEqual(l.step(daysOverdue: d), step, "\(d) days") }
    }

    func testLadderBandsFromSettings() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(5000), due: today.adding(days: -40))
        XCTAssertEqual(try standing(b, acme).ladderStep, .hold)
        try b.record([.settingChanged(key: "ladder.firm", before: nil, after: "45")])
        XCTAssertEqual(try standing(b, acme).ladderStep, .firm)
        try b.record([.settingChanged(key: "ladder.courtesy", before: nil, after: "7")])
        XCTAssertEqual(LadderBounds(settings: b.book.settings).step(daysOverdue: -6), .courtesy)
        // A setting that breaks the order is not used: the defaults stand.
        XCTAssertEqual(LadderBounds(settings: ["ladder.firm": "10"]), .standard)
        XCTAssertEqual(LadderBounds(settings: ["ladder.firm": "soon"]), .standard)
    }

    func testLadderSettingRefusals() {
        let l = LadderBounds.standard
        XCTAssertNil(l.refusal(setting: "ladder.firm", to: 45))
        XCTAssertEqual(l.refusal(setting: "ladder.firm", to: 10), .outOfOrder)
        XCTAssertEqual(l.refusal(setting: "ladder.escalate", to: 60), .outOfOrder)
        XCTAssertEqual(l.refusal(setting: "ladder.early", to: 0), .outOfOrder)
        XCTAssertEqual(l.refusal(setting: "ladder.hold", to: -1), .outOfRange)
        XCTAssertEqual(l.refusal(setting: "ladder.hold", to: 99999), .outOfRange)
        XCTAssertEqual(l.refusal(setting: "ladder.late", to: 5), .unknownKey)
        XCTAssertNil(l.refusal(setting: "ladder.courtesy", to: 0))
    }

    func testEachStepHasItsAction() {
        XCTAssertNil(NextAction(step: .clear))
        XCTAssertNil(NextAction(step: .notDue))
        XCTAssertEqual(NextAction(step: .courtesy), .courtesyNote)
        XCTAssertEqual(NextAction(step: .dueDay), .collectAsAgreed)
        XCTAssertEqual(NextAction(step: .early), .call)
        XCTAssertEqual(NextAction(step: .firm), .callForWrittenPromise)
        XCTAssertEqual(NextAction(step: .hold), .holdSupply)
        XCTAssertEqual(NextAction(step: .escalate), .visitWithManager)
        XCTAssertEqual(NextAction(step: .legal), .agencyOrLawyer)
    }

    func testBrokenPromiseStillOwedMovesOneStepUp() throws {
        var b = BookBuilder(today: day("2026-10-20"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(5000), due: day("2026-11-10"))   // 8 days late on the 18th: early
        try b.promise(acme.id, cny(5000), due: day("2026-11-13"), made: day("2026-11-11"))
        let s = try standing(b, acme)
        XCTAssertEqual(s.ladderByDays, .early)
        XCTAssertEqual(s.ladderStep, .firm)
        XCTAssertTrue(s.bumpedByBrokenPromise)
        XCTAssertEqual(s.promiseState, .broken)
        XCTAssertEqual(s.promiseCounts.broken, 1)
        XCTAssertEqual(s.nextAction, .callForWrittenPromise)
        // Before the promised day it was pending and no bump.
        let pending = try standing(b, acme, on: day("2026-11-12"))
        XCTAssertEqual(pending.promiseState, .pending)
        XCTAssertEqual(pending.ladderStep, .early)
    }

    func testBrokenPromisePaidLateIsKeptLateAndNoBump() throws {
        var b = BookBuilder(today: day("2026-10-20"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(8000), due: day("2026-11-10"))
        try b.promise(acme.id, cny(5000), due: day("2026-11-13"), made: day("2026-11-11"))
        try b.pay(acme.id, cny(5000), on: day("2026-11-16"))
        let s = try standing(b, acme)
        XCTAssertEqual(s.promiseState, .keptLate)
        XCTAssertEqual(s.promiseCounts.keptLate, 1)
        XCTAssertEqual(s.promiseCounts.broken, 0)
        XCTAssertEqual(s.ladderStep, .early)
        XCTAssertFalse(s.bumpedByBrokenPromise)
    }

    func testPromiseCountsAndLatest() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(20000), due: day("2026-09-30"))
        try b.promise(acme.id, cny(1000), due: day("2026-09-10"), made: day("2026-09-01"))   // kept
        try b.pay(acme.id, cny(1000), on: day("2026-09-09"))
        try b.promise(acme.id, cny(2000), due: day("2026-09-20"), made: day("2026-09-12"))   // broken
        try b.promise(acme.id, cny(3000), due: day("2026-10-20"), made: day("2026-10-01"))   // replaced
        try b.promise(acme.id, cny(3000), due: day("2026-11-30"), made: day("2026-10-15"))   // pending
        let s = try standing(b, acme)
        XCTAssertEqual(s.promises.map(\.status), [.kept, .broken, .replaced, .pending])
        XCTAssertEqual(s.promiseCounts.kept, 1)
        XCTAssertEqual(s.promiseCounts.broken, 1)
        XCTAssertEqual(s.promiseCounts.replaced, 1)
        XCTAssertEqual(s.promiseCounts.pending, 1)
        XCTAssertEqual(s.promiseCounts.total, 4)
        XCTAssertEqual(s.latestPromise?.promise.due, day("2026-11-30"))
        XCTAssertEqual(s.promiseState, .pending)
        // A pending latest promise: no bump although an older one broke.
        XCTAssertEqual(s.ladderStep, s.ladderByDays)
    }

    func testLastContactIsTheLatestByDay() throws {
        var b = BookBuilder(today: today)
        let acme = try b.addCustomer("Acme")
        try b.record([.contactAdded(ContactEntry(id: ContactID(1), customer: acme.id, day: day("2026-11-16"), channel: .visit, note: "first"))])
        try b.record([.contactAdded(ContactEntry(id: ContactID(2), customer: acme.id, day: day("2026-11-10"), channel: .email, note: ""))])
        var s = try standing(b, acme)
        XCTAssertNil(s.lastContact?.outcome)
        try b.record([.contactAdded(ContactEntry(id: ContactID(3), customer: acme.id, day: day("2026-11-17"), channel: .call,
                                                 note: "boss away", outcome: .noAnswer, excuse: .bossAway))])
        s = try standing(b, acme)
        XCTAssertEqual(s.lastContact?.outcome, .noAnswer)
        XCTAssertEqual(s.lastContact?.excuse, .bossAway)
        XCTAssertEqual(s.lastContact?.channel, .call)
        try b.record([.contactAdded(ContactEntry(id: ContactID(4), customer: acme.id, day: day("2026-11-17"), channel: .visit, note: "saw Li"))])
        s = try standing(b, acme)
        XCTAssertEqual(s.lastContact?.day, day("2026-11-17"))
        XCTAssertEqual(s.lastContact?.channel, .visit)
        XCTAssertEqual(s.lastContact?.note, "saw Li")
        XCTAssertEqual(try standing(b, acme, on: day("2026-11-12")).lastContact?.channel, .email)
    }

    func testPaymentHabitAverageDaysLateAndFirstOrder() throws {
        var b = BookBuilder(today: day("2026-08-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(1000), due: day("2026-08-10"))
        try b.addInvoice(acme.id, cny(1000), due: day("2026-09-10"))
        try b.addInvoice(acme.id, cny(1000), due: day("2026-10-10"))
        XCTAssertTrue(try standing(b, acme).firstOrder)
        try b.pay(acme.id, cny(500), on: day("2026-08-05"))
        XCTAssertTrue(try standing(b, acme).firstOrder, "part paid is not paid in full")
        try b.pay(acme.id, cny(500), on: day("2026-08-20"))   // first: 10 days late
        try b.pay(acme.id, cny(1000), on: day("2026-09-01"))  // second: early, counts 0
        try b.pay(acme.id, cny(1000), on: day("2026-10-31"))  // third: 21 days late
        let s = try standing(b, acme)
        XCTAssertFalse(s.firstOrder)
        XCTAssertEqual(s.paidInFullCount, 3)
        XCTAssertEqual(s.averageDaysLate, 10)   // (10 + 0 + 21) / 3 rounded
        XCTAssertEqual(s.ladderStep, .clear)
        let mid = try standing(b, acme, on: day("2026-08-25"))
        XCTAssertEqual(mid.averageDaysLate, 10)
        XCTAssertEqual(mid.paidInFullCount, 1)
    }

    func testCreditLimitUsedInItsCurrency() throws {
        var b = BookBuilder(today: today)
        var acme = try b.addCustomer("Acme")
        var limited = acme
        limited.creditLimit = cny(10000)
        limited.tier = .key
        try b.record([.customerChanged(before: acme, after: limited)])
        acme = limited
        try b.addInvoice(acme.id, usd(50000), due: day("2026-12-18"))
        var s = try standing(b, acme)
        XCTAssertEqual(s.creditLimit, cny(10000))
        XCTAssertEqual(s.creditUsed, cny(0))
        XCTAssertFalse(s.overCreditLimit)
        XCTAssertEqual(s.tier, .key)
        try b.addInvoice(acme.id, cny(10000), due: day("2026-12-18"))
        s = try standing(b, acme)
        XCTAssertEqual(s.creditUsed, cny(10000))
        XCTAssertFalse(s.overCreditLimit, "at the limit is not over it")
        try b.addInvoice(acme.id, cny(1), due: day("2026-12-18"))
        XCTAssertTrue(try standing(b, acme).overCreditLimit)
    }

    func testCourtesyAndDueDaySteps() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(100), due: day("2026-11-21"))
        XCTAssertEqual(try standing(b, acme).ladderStep, .courtesy)
        XCTAssertEqual(try standing(b, acme).nextAction, .courtesyNote)
        XCTAssertEqual(try standing(b, acme, on: day("2026-11-17")).ladderStep, .notDue)
        XCTAssertEqual(try standing(b, acme, on: day("2026-11-21")).ladderStep, .dueDay)
        XCTAssertEqual(try standing(b, acme, on: day("2026-11-21")).nextAction, .collectAsAgreed)
    }

    func testGroupedRecordsGiveTheSameStanding() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let acme = try b.addCustomer("Acme")
        let other = try b.addCustomer("Other")
        try b.addInvoice(acme.id, cny(5000), due: day("2026-10-01"))
        try b.addInvoice(other.id, cny(7000), due: day("2026-10-01"))
        try b.promise(acme.id, cny(5000), due: day("2026-10-10"))
        try b.pay(other.id, cny(100))
        let grouped = b.book.recordsByCustomer()
        XCTAssertEqual(grouped.count, 2)
        let fromGroup = CustomerStanding(customer: acme, records: grouped[0], ladder: .standard, on: today)
        XCTAssertEqual(fromGroup, try standing(b, acme))
        XCTAssertEqual(grouped[1].payments.count, 1)
        XCTAssertFalse(grouped[0].isQuiet)
    }
}
