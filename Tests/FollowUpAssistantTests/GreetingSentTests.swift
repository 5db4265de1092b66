import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// A greeting sent, through the conversation: one contact marked with its occasion, the
/// occasion ticked off, nothing written when the line cannot say whose birthday it was.
final class GreetingSentTests: XCTestCase {
    let today = Day(year: 2026, month: 9, day: 22) ?? Day(ordinal: 0)

    private func make() -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore(book: Book())
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today))
        for line in ["add customer Acme Trading", "Acme Trading contact Li Wei", "Li Wei's birthday is Sep 24",
                     "Wang Fang is Acme Trading's user", "Wang Fang's birthday is Sep 23"] {
            XCTAssertFalse(c.handle(line).failed, line)
        }
        return (c, store)
    }

    func testAGreetingIsOneContactMarkedWithItsOccasion() throws {
        let (c, store) = make()
        let steps = store.steps.count
        let reply = c.handle("emailed Acme Trading the mid-autumn greeting")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertTrue(reply.text.contains("ticked off"), reply.text)
        let e = try XCTUnwrap(c.book.contacts.last)
        XCTAssertEqual(e.greeting, .midAutumn)
        XCTAssertEqual(e.channel, .email)
        XCTAssertNil(e.greetingFor)
        XCTAssertEqual(store.steps.count, steps + 1)
        XCTAssertFalse(Occasions.due(c.book, on: today, lead: 3).contains { $0.kind == .midAutumn })
    }

    func testABirthdayNamesThePerson() throws {
        let (c, _) = make()
        XCTAssertFalse(c.handle("greeted Wang Fang for her birthday").failed)
        XCTAssertEqual(c.book.contacts.last?.greetingFor, "Wang Fang")
        XCTAssertEqual(c.book.contacts.last?.channel, .sms, "no channel said: a text message")
        let birthdays = Occasions.due(c.book, on: today, lead: 3).filter { $0.kind == .birthday }
        XCTAssertEqual(birthdays.map(\.contact), ["Li Wei"], "Li Wei's is still to send")
    }

    func testACompanyWithTwoBirthdaysIsAskedWhoseAndNothingIsWritten() {
        let (c, store) = make()
        let steps = store.steps.count
        let reply = c.handle("greeted Acme Trading for the birthday")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("Li Wei, Wang Fang"), reply.text)
        XCTAssertEqual(store.steps.count, steps)
        XCTAssertTrue(c.book.contacts.isEmpty)
        XCTAssertTrue(c.handle("给不存在公司发了中秋祝福").failed)
        XCTAssertEqual(store.steps.count, steps)
    }
}
