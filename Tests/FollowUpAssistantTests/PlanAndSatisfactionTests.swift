import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpStore
import FollowUpPlaybook
@testable import FollowUpAssistant

/// A satisfaction answer closes the calls a delivery planned, never a follow-up plan's own
/// feedback calls: those keep their days.
final class PlanAndSatisfactionTests: XCTestCase {
    private let today = Day(iso: "2026-12-05") ?? Day(ordinal: 0)

    func testASatisfactionAnswerLeavesThePlansCallsOpen() throws {
        var b = Book()
        let hotel = Customer(id: CustomerID(1), name: "东方酒店", contacts: [ContactPerson(name: "王芳", title: "经理")], added: today)
        let plan = FollowUpPlan(id: PlanID(1), customer: hotel.id, play: "plan.after_sale", started: today)
        let planCall = Reminder(id: ReminderID(1), text: "回访", customer: hotel.id, due: today.adding(days: 20), kind: .survey,
                                created: today, plan: plan.id, touch: "first_month")
        let deliveryCall = Reminder(id: ReminderID(2), text: "满意度回访", customer: hotel.id, due: today.adding(days: 3), kind: .survey,
                                    created: today)
        _ = try b.record(Step(seq: 1, day: today, line: "setup", events: [
            .customerAdded(hotel), .planAdded(plan), .reminderAdded(planCall), .reminderAdded(deliveryCall),
        ]))
        let conv = Conversation(book: b, store: MemoryBookStore(book: b), clock: FixedClock(today))
        _ = conv.handle("东方酒店很满意")
        XCTAssertNotNil(conv.book.reminder(ReminderID(2))?.done, "the delivery's call is answered")
        XCTAssertNil(conv.book.reminder(ReminderID(1))?.done, "the plan's call keeps its day")
    }

    func testKeepingInTouchLinesInChinese() {
        let parser = LineParser(names: ["金龙电子", "华强电子"])
        let cases: [(String, Intent)] = [
            ("今天干啥", .agenda), ("金龙电子不要节日问候", .customerFile), ("节日问候", .greetingsList),
            ("有哪些节日问候", .greetingsList), ("给华强电子的电话打完了", .reminderDone), ("给华强电子打过电话了", .contactLog),
        ]
        for (line, intent) in cases { XCTAssertEqual(parser.parse(line, today: today).intent, intent, line) }
    }

    /// A user's own plan, from their plays folder, is started by its names like a bundled one,
    /// and one with a bundled plan's id replaces that plan.
    func testAUsersOwnPlanStartsByItsNames() throws {
        let folder = "/cfg/plays"
        let mine = """
        plays:
          - id: plan.weekly_tips
            topic: plan
            source: "004 篇1 客户跟进计划"
            touches:
              - key: tip
                channel: sms
                day: 2
                every: 1 week
            en:
              title: Weekly tips
              names: [weekly tips]
              say:
                tip: "Hello {contact}, this week's tip: [tip]."
            zh:
              title: 每周小知识
              names: [每周小知识]
              say:
                tip: "{contact}您好，本周小知识：[内容]。"
          - id: plan.quote
            topic: plan
            source: "004 篇4"
            touches:
              - key: chase
                channel: call
                day: 3
            en:
              title: Our quote follow-up
              names: [quote]
              say:
                chase: "Hello {contact}, about our quote."
            zh:
              title: 我们的报价跟进
              names: [报价]
              say:
                chase: "{contact}您好，关于报价。"
        """
        let setup = PlaySetup(userFolder: folder, files: MemoryPlayFiles(["\(folder)/mine.yaml": mine]))
        var b = Book()
        _ = try b.record(Step(seq: 1, day: today, line: "setup", events: [
            .customerAdded(Customer(id: CustomerID(1), name: "Acme Trading", added: today)),
            .customerAdded(Customer(id: CustomerID(2), name: "Kite Co", added: today)),
        ]))
        let conv = Conversation(book: b, store: MemoryBookStore(book: b), clock: FixedClock(today), plays: setup)
        let started = conv.handle("start the weekly tips plan for acme")
        XCTAssertFalse(started.failed, started.text)
        let touch = try XCTUnwrap(conv.book.reminders.first)
        XCTAssertEqual(touch.due, today.adding(days: 2))
        XCTAssertEqual(touch.recurrence, Recurrence(every: 1, unit: .week))
        XCTAssertEqual(touch.message, "Hello Acme Trading, this week's tip: [tip].")
        XCTAssertEqual(conv.book.plans.first?.play, "plan.weekly_tips")
        // The user's plan.quote replaced the bundled one: one call on day 3, a Tuesday here.
        XCTAssertFalse(conv.handle("start the quote plan for kite").failed)
        let quote = conv.book.reminders.filter { $0.customer == CustomerID(2) }
        XCTAssertEqual(quote.map(\.touch), ["chase"])
        XCTAssertEqual(quote.first?.due, PlanCadence.workingDay(today.adding(days: 3), for: .call))
    }

    /// A touch moved by a push-back names the same person the start named: the first contact
    /// when the start named nobody.
    func testAMovedTouchAddressesWhomTheStartAddressed() throws {
        var b = Book()
        _ = try b.record(Step(seq: 1, day: today, line: "setup", events: [
            .customerAdded(Customer(id: CustomerID(1), name: "Acme Trading", contacts: [ContactPerson(name: "Li Wei")], added: today)),
        ]))
        let conv = Conversation(book: b, store: MemoryBookStore(book: b), clock: FixedClock(today))
        XCTAssertFalse(conv.handle("start the first contact plan for acme").failed)
        XCTAssertFalse(conv.handle("acme said stop calling").failed)
        let moved = try XCTUnwrap(conv.book.reminders.first { $0.touch == "book_visit" })
        XCTAssertEqual(moved.kind, .sms)
        XCTAssertTrue(moved.text.hasPrefix("Text Li Wei at Acme Trading"), moved.text)
    }
}

/// A name ending in s takes a bare apostrophe: `Harbor Foods' plan`, not `Harbor Foods's`.
final class PossessiveTests: XCTestCase {
    func testNamesEndingInSTakeABareApostrophe() {
        XCTAssertEqual(Words.possessive("Acme"), "Acme's")
        XCTAssertEqual(Words.possessive("Harbor Foods"), "Harbor Foods'")
        XCTAssertEqual(Words.possessive("3M China"), "3M China's")
    }
}
