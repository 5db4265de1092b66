import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Hurried Chinese lines through the conversation: the person a short address means (赵总 for
/// 赵强, 总经理), a greeting sent without 的 ticks its occasion off, a start said after the plan.
final class HurriedChineseTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 20) ?? Day(ordinal: 0)

    private func make() -> Conversation {
        let c = Conversation(book: Book(), store: MemoryBookStore(book: Book()), clock: FixedClock(today))
        for line in ["新增客户华新超市，联系人赵强，总经理", "华新超市欠款8000，12月30日到期", "新增客户7天酒店"] {
            XCTAssertFalse(c.handle(line).failed, line)
        }
        return c
    }

    func testAShortAddressIsThePerson() throws {
        let c = make()
        let reply = c.handle("赵总生日 1月8")
        XCTAssertFalse(reply.failed, reply.text)
        let cu = try XCTUnwrap(c.book.customers.first)
        XCTAssertEqual(cu.contacts.count, 1, "no second person made: \(reply.text)")
        XCTAssertEqual(cu.contacts.first?.birthday, MonthDay(month: 1, day: 8))
        XCTAssertFalse(c.handle("赵总是华新超市的老板").failed)
        XCTAssertEqual(c.book.customers.first?.contacts.count, 1)
        XCTAssertEqual(c.book.customers.first?.contacts.first?.role, .economicBuyer)
    }

    func testAGreetingWithoutDeTicksItsOccasionOff() throws {
        let c = make()
        XCTAssertTrue(Occasions.due(c.book, on: today, lead: 7).contains { $0.kind == .christmas })
        let reply = c.handle("华新超市圣诞祝福发了")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.contacts.last?.greeting, .christmas)
        XCTAssertFalse(Occasions.due(c.book, on: today, lead: 7).contains { $0.kind == .christmas && $0.customer == c.book.customers[0].id })
    }

    func testAStartSaidAfterThePlanStartsIt() {
        let c = make()
        let reply = c.handle("7天酒店报价跟进 下周一开始")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.plans.count, 1, reply.text)
        XCTAssertEqual(c.book.plans.first?.play, "plan.quote")
        XCTAssertEqual(c.book.plans.first?.started, Day(year: 2026, month: 12, day: 21))
        XCTAssertTrue(c.book.reminders.allSatisfy { $0.plan != nil }, "no reminder made of the line")
    }

    func testAPromiseAfterAPushBackIsKept() {
        let c = make()
        XCTAssertFalse(c.handle("给华新超市安排售后跟进").failed)
        let reply = c.handle("华新超市说电话太频繁 下周付")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(c.book.promises.count, 1, reply.text)
    }

    func testAReminderIsFoundWithoutItsMeasureWord() {
        let c = make()
        XCTAssertFalse(c.handle("提醒我每周五给7天酒店发个小知识").failed)
        XCTAssertFalse(c.handle("提醒我明天给华新超市打电话").failed)
        let reply = c.handle("跳过给7天酒店发小知识")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertTrue(reply.text.contains("#1"), reply.text)
        // Words the reminder does not have still find nothing.
        XCTAssertTrue(c.handle("删掉给7天酒店发报价的提醒").failed)
        XCTAssertEqual(c.book.reminders.filter(\.isOpen).count, 2)
    }
}
