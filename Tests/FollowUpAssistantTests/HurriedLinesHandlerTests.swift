import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Hurried lines about keeping in touch carried out against a book: what each one records.
final class HurriedLinesHandlerTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 14) ?? Day(ordinal: 0)

    private func make(_ lines: [String]) -> Conversation {
        let c = Conversation(book: Book(), store: MemoryBookStore(), clock: FixedClock(today), files: MemoryFiles(),
                             mail: MailSetup(draftsFolder: "/drafts"))
        for line in lines { XCTAssertFalse(c.handle(line).failed, line) }
        return c
    }

    /// `ana's email`: the first name that found the customer is the person, never the company.
    func testAFirstNameIsThePersonItNamed() {
        let c = make(["add customer Kite Co, contact Ana Ruiz", "ana's email is ana@kite.co", "ana doesnt want emails"])
        let kite = c.book.customers[0]
        XCTAssertEqual(kite.contacts[0].email, "ana@kite.co")
        XCTAssertEqual(kite.contacts[0].emailConsent?.agreed, false)
        XCTAssertNil(kite.email)
        XCTAssertNil(kite.emailConsent)
    }

    /// Two people sharing the word: the company's field is not guessed into either of them, and
    /// the whole name still finds its person.
    func testASharedFirstNameIsNoPerson() {
        let c = make(["add customer Kite Co, contact Ana Ruiz", "Kite Co contact Ana Lee", "ana lee's email is lee@kite.co"])
        let kite = c.book.customers[0]
        XCTAssertEqual(kite.contacts.first { $0.name == "Ana Lee" }?.email, "lee@kite.co")
        XCTAssertNil(kite.contacts.first { $0.name == "Ana Ruiz" }?.email)
    }
}
