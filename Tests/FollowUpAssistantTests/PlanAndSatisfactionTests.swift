import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpStore
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
}
