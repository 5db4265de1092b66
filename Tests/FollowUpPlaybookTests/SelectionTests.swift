import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

final class SelectionTests: XCTestCase {
    let book = Fixtures.playbook()

    func ids(_ choices: [Choice]) -> [String] { choices.map(\.play.id) }

    func testTheLadderStepPicksItsPlay() {
        let s = Situation(step: .early, daysOverdue: 5, owed: cny(800), values: fullValues())
        let chosen = book.choose(.ladder, for: s, in: .en)
        XCTAssertEqual(ids(chosen), ["test.ladder.early"])
        XCTAssertEqual(chosen.first?.matched.map(\.description), ["ladder: early"])
    }

    func testMoreConditionsMatchedComeFirst() {
        var s = Situation(step: .firm, daysOverdue: 20, owed: cny(800), promise: .broken, values: fullValues())
        XCTAssertEqual(ids(book.choose(.ladder, for: s, in: .en)), ["test.ladder.firm-broken", "test.ladder.firm"])
        XCTAssertEqual(book.best(.ladder, for: s, in: .en)?.matched.map(\.description), ["ladder: firm", "promise: broken"])
        s.promise = .pending
        XCTAssertEqual(ids(book.choose(.ladder, for: s, in: .en)), ["test.ladder.firm"])
    }

    func testAPlayWhoseSayKeyCannotFillIsNotChosen() {
        // A broken promise with no promise values: the `broken` line cannot be said.
        var values = fullValues()
        values[.en]?[.promiseAmount] = nil
        let s = Situation(step: .hold, daysOverdue: 40, owed: cny(800), promise: .broken, values: values)
        XCTAssertEqual(ids(book.choose(.ladder, for: s, in: .en)), ["test.ladder.firm"])
        // The Chinese values are complete, so the Chinese script still has it.
        XCTAssertEqual(ids(book.choose(.ladder, for: s, in: .zh)), ["test.ladder.firm-broken", "test.ladder.firm"])
    }

    func testExcuseAndLadderConditions() {
        var s = Situation(step: .firm, daysOverdue: 20, owed: cny(800), excuse: .bossAway, values: fullValues())
        let chosen = book.choose(.excuse, for: s, in: .en)
        XCTAssertEqual(ids(chosen), ["test.excuse.boss-away"])
        XCTAssertEqual(chosen.first?.matched.map(\.description), ["ladder: firm", "excuse: boss_away"])
        s.step = .hold
        XCTAssertEqual(ids(book.choose(.excuse, for: s, in: .en)), [])
        s.excuse = nil
        XCTAssertEqual(ids(book.choose(.excuse, for: s, in: .en)), [], "no excuse said: no excuse play")
    }

    func testAmountAtLeastComparesInTheOwedCurrency() {
        var s = Situation(step: .clear, owed: cny(9_999), after: .payment, values: fullValues())
        XCTAssertEqual(ids(book.choose(.tip, for: s, in: .en)), ["test.tip.payment"])
        s.owed = cny(10_000)
        XCTAssertEqual(ids(book.choose(.tip, for: s, in: .en)), ["test.tip.big", "test.tip.payment"])
        s.owed = Money(minor: 10_000, currency: .jpy)
        XCTAssertEqual(ids(book.choose(.tip, for: s, in: .en)), ["test.tip.big", "test.tip.payment"], "JPY has no minor units")
        s.owed = nil
        XCTAssertEqual(ids(book.choose(.tip, for: s, in: .en)), ["test.tip.payment"])
        s.after = .promise
        XCTAssertEqual(ids(book.choose(.tip, for: s, in: .en)), [])
    }

    func testEveryConditionKey() {
        var c = Conditions()
        c.daysOverdue = DayBand.parse("16..30")
        c.firstOrder = true
        c.tier = [.key]
        c.lastOutcome = [.noAnswer, .voicemail]
        c.overCreditLimit = true
        let fits = Situation(step: .firm, daysOverdue: 16, firstOrder: true, tier: .key, lastOutcome: .voicemail,
                             overCreditLimit: true)
        XCTAssertEqual(c.check(fits)?.map(\.key), [.daysOverdue, .firstOrder, .tier, .lastOutcome, .overCreditLimit])
        for broken in [{ (s: inout Situation) in s.daysOverdue = 31 }, { $0.daysOverdue = nil }, { $0.firstOrder = false },
                       { $0.tier = .regular }, { $0.lastOutcome = .reached }, { $0.lastOutcome = nil },
                       { $0.overCreditLimit = false }] {
            var s = fits
            broken(&s)
            XCTAssertNil(c.check(s))
        }
    }

    func testBands() {
        XCTAssertEqual(DayBand.parse("..0"), DayBand(lower: nil, upper: 0))
        XCTAssertEqual(DayBand.parse("91.."), DayBand(lower: 91, upper: nil))
        XCTAssertEqual(DayBand.parse(" -3..0 "), DayBand(lower: -3, upper: 0))
        for bad in ["..", "30..16", "a..b", "16-30", "1..2..3", "", "99999999999999999999..1"] {
            XCTAssertNil(DayBand.parse(bad), bad)
        }
    }

    func testTiesKeepLoadOrderAndAreStable() {
        let s = Situation(step: .firm, daysOverdue: 20, owed: cny(800), promise: .broken, values: fullValues())
        let first = ids(book.choose(.ladder, for: s, in: .zh))
        for _ in 0..<5 { XCTAssertEqual(ids(book.choose(.ladder, for: s, in: .zh)), first) }
    }
}
