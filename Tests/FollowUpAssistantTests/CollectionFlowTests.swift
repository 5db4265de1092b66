import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Collection in the daily flow: retries after no answer, credit warnings, promises that
/// replace each other, the ladder's settings.
final class CollectionFlowTests: XCTestCase {
    private func make(_ iso: String = "2026-11-18") -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore(book: Book())
        let today = Day(iso: iso) ?? Day(ordinal: 0)
        return (Conversation(book: Book(), store: store, clock: FixedClock(today)), store)
    }

    @discardableResult
    private func run(_ c: Conversation, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) -> [Reply] {
        lines.map { text in
            let reply = c.handle(text)
            XCTAssertFalse(reply.failed, "“\(text)” failed: \(reply.text)", file: file, line: line)
            return reply
        }
    }

    func testAContactTypedWithoutHonorificFindsTheCustomer() {
        let (c, _) = make()
        run(c, ["add customer Pinecrest Dental, contact Dr. Amy Ng"])
        let reply = run(c, ["spoke to amy ng, says the boss is away"])[0]
        XCTAssertTrue(reply.text.contains("Pinecrest Dental"), reply.text)
        XCTAssertEqual(c.book.contacts.first?.customer, CustomerID(1))
    }

    // MARK: Retry

    func testNoAnswerSchedulesACallNextWorkingDayInTheSameStep() throws {
        // Friday 20 Nov: the retry is Monday.
        let (c, store) = make("2026-11-20")
        run(c, ["add customer Acme Trading"])
        let reply = run(c, ["called Acme Trading, no answer"])[0]
        XCTAssertTrue(reply.text.contains("call again on Mon 23 Nov (#1)"), reply.text)
        let r = try XCTUnwrap(c.book.reminders.first)
        XCTAssertEqual(r.due, Day(iso: "2026-11-23"))
        XCTAssertEqual(r.kind, .call)
        XCTAssertEqual(r.customer, CustomerID(1))
        XCTAssertEqual(c.book.contacts.first?.outcome, .noAnswer)
        XCTAssertEqual(store.steps.last?.events.count, 2, "the contact and its retry are one step")
        run(c, ["undo"])
        XCTAssertTrue(c.book.reminders.isEmpty)
        XCTAssertTrue(c.book.contacts.isEmpty)
    }

    func testARetryIsNotDuplicated() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "called Acme Trading, voicemail"])
        let again = run(c, ["Acme Trading didn't pick up"])[0]
        XCTAssertEqual(c.book.reminders.count, 1)
        XCTAssertTrue(again.text.contains("already have a call"), again.text)
        XCTAssertEqual(c.book.contacts.count, 2)
    }

    func testReachedOrNotACallSchedulesNothing() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "called Acme Trading, they say boss is away", "emailed Acme Trading, no reply",
                "visited Acme Trading"])
        XCTAssertTrue(c.book.reminders.isEmpty)
        XCTAssertEqual(c.book.contacts.map(\.excuse), [.bossAway, nil, nil])
    }

    func testRetryDaysSetting() {
        let (c, _) = make()
        run(c, ["add customer 恒通贸易", "set retry.days 2", "给恒通贸易打电话，关机"])
        XCTAssertEqual(c.book.reminders.first?.due, Day(iso: "2026-11-20"))
        XCTAssertEqual(c.book.reminders.first?.text, "再给恒通贸易打电话（上次关机）")
        XCTAssertTrue(c.handle("set retry.days 99").failed)
        XCTAssertEqual(c.book.settings["retry.days"], "2")
    }

    // MARK: Credit

    func testOverTheLimitAsksAndNoRecordsNothing() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading, credit limit 10000", "Acme Trading owes 8000 due Dec 20"])
        XCTAssertEqual(c.book.customers.first?.creditLimit, Money(minor: 1_000_000, currency: .cny))
        let steps = store.steps.count
        let ask = c.handle("Acme Trading owes 3000 due Dec 30")
        XCTAssertTrue(c.isAsking)
        XCTAssertTrue(ask.text.contains("over the credit limit of ¥10,000"), ask.text)
        XCTAssertTrue(ask.text.contains("hold further supply"), ask.text)
        XCTAssertTrue(ask.text.contains("first orders"), ask.text)
        let no = c.handle("no")
        XCTAssertTrue(no.text.contains("Nothing was changed"), no.text)
        XCTAssertEqual(c.book.invoices.count, 1)
        XCTAssertEqual(store.steps.count, steps)
        _ = c.handle("Acme Trading owes 3000 due Dec 30")
        let yes = c.handle("yes")
        XCTAssertFalse(yes.failed, yes.text)
        XCTAssertEqual(c.book.invoices.count, 2)
        XCTAssertEqual(store.steps.count, steps + 1)
    }

    func testLongOverdueInvoiceAsksInChinese() {
        let (c, _) = make()
        run(c, ["新增客户明天科技", "明天科技应收5000,9月1日到期"])
        let ask = c.handle("明天科技应收800")
        XCTAssertTrue(c.isAsking)
        XCTAssertTrue(ask.text.contains("已逾期78天"), ask.text)
        XCTAssertTrue(ask.text.contains("暂停供货"), ask.text)
        XCTAssertTrue(ask.text.contains("（是/否）"), ask.text)
        run(c, ["是"])
        XCTAssertEqual(c.book.invoices.count, 2)
    }

    func testWithinTheRulesNoQuestion() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading, credit limit 10000", "Acme Trading owes 9000 due Dec 20",
                "Acme Trading owes 1000 due Sep 30"])   // at the limit, 49 days late: not past the hold step
        XCTAssertFalse(c.isAsking)
        XCTAssertEqual(c.book.invoices.count, 2)
        // Credit from an overpayment counts: ¥500 of credit keeps the next ¥500 within the limit.
        run(c, ["Acme Trading paid 10500", "yes", "Acme Trading owes 10500 due Dec 30"])
        XCTAssertFalse(c.isAsking)
        XCTAssertEqual(c.book.invoices.count, 3)
    }

    func testTheHoldSettingMovesTheCreditRule() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 500 due Oct 9", "set ladder.hold 35"])
        _ = c.handle("Acme Trading owes 100")
        XCTAssertTrue(c.isAsking, "40 days late is past a hold step of 35")
    }

    // MARK: Promises

    func testASecondPromiseReplacesThePendingOne() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 9000 due Nov 30", "Acme Trading will pay 5000 on Dec 11"])
        let second = run(c, ["Acme Trading will pay 9000 on Dec 18"])[0]
        XCTAssertTrue(second.text.contains("This replaces Acme Trading's promise of ¥5,000 by Fri 11 Dec."), second.text)
        let list = run(c, ["promises"])[0]
        XCTAssertFalse(list.text.contains("#1"), list.text)
        XCTAssertTrue(run(c, ["all promises"])[0].text.contains("replaced"))
    }

    func testABrokenPromisePaidLateIsKeptLate() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 9000 due Nov 1"])
        c.comment("# today: 2026-11-02")
        run(c, ["Acme Trading will pay 5000 on Nov 10"])
        c.comment("# today: 2026-11-18")
        XCTAssertTrue(run(c, ["broken promises"])[0].text.contains("broken"))
        XCTAssertTrue(run(c, ["agenda"])[0].text.contains("promise of ¥5,000 by Tue 10 Nov broken"))
        let paid = run(c, ["Acme Trading paid 5000"])[0]
        XCTAssertTrue(paid.text.contains("Promise #1 kept late"), paid.text)
        XCTAssertEqual(run(c, ["broken promises"])[0].text, "No broken promises.")
        let agenda = run(c, ["agenda"])[0].text
        XCTAssertFalse(agenda.contains("broken"), agenda)
        XCTAssertTrue(run(c, ["promises"])[0].text.contains("kept late"))
    }

    // MARK: Settings

    func testLadderSettingsAreValidated() {
        let (c, _) = make()
        XCTAssertFalse(c.handle("set ladder.firm 45").failed)
        XCTAssertEqual(c.book.settings["ladder.firm"], "45")
        let bad = c.handle("set ladder.firm 70")
        XCTAssertTrue(bad.failed)
        XCTAssertTrue(bad.text.contains("must rise"), bad.text)
        XCTAssertEqual(c.book.settings["ladder.firm"], "45")
        XCTAssertTrue(c.handle("set ladder.hold").failed)
        XCTAssertTrue(c.handle("正式催款设为100000天").failed)
        XCTAssertFalse(c.handle("正式催款设为20天").failed)
        XCTAssertEqual(c.book.settings["ladder.firm"], "20")
    }
}
