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

    /// `not happy, said …` while a satisfaction call is open is the call's answer, which offers
    /// the complaint; `complained`, or no call open, logs the complaint as before.
    func testUnhappyWhileACallIsOpenIsTheAnswer() {
        let c = make(["add customer Sunday Bakery, contact Mia Wong", "add customer Harbor Foods",
                      "installed the dishwasher at sunday bakery"])
        let asked = c.handle("sunday bakery not happy, said installer was late")
        XCTAssertTrue(asked.lines.map(\.text).joined().contains("Log a complaint"), asked.lines.map(\.text).joined())
        XCTAssertTrue(c.book.complaints.isEmpty, "nothing is written before the answer")
        XCTAssertFalse(c.handle("no").failed)
        XCTAssertTrue(c.book.complaints.isEmpty)
        XCTAssertEqual(c.book.contacts.last?.satisfied, false)
        XCTAssertEqual(c.book.contacts.last?.note, "installer was late")
        XCTAssertFalse(c.book.reminders.contains { $0.isOpen && $0.kind == .survey }, "the call is done")

        XCTAssertFalse(c.handle("harbor foods not happy with the invoice").failed)
        XCTAssertEqual(c.book.complaints.count, 1, "no call open: a complaint")
        XCTAssertFalse(c.handle("installed the oven at sunday bakery").failed)
        XCTAssertFalse(c.handle("sunday bakery complained the oven is noisy").failed)
        XCTAssertEqual(c.book.complaints.count, 2, "complained stays a complaint")
    }

    /// `happy w the delivery`, `loved the delivery`: the thing asked about is no words of theirs;
    /// what they said after it is, without its `said`.
    func testPraiseKeepsOnlyTheirWords() {
        let c = make(["add customer Kite Co", "delivered 4 fridges to kite co", "kite co loved the delivery",
                      "delivered 2 ovens to kite co", "kite co happy w the install, said the team was quick"])
        let answers = c.book.contacts.filter { $0.satisfied == true }
        XCTAssertEqual(answers.count, 2)
        XCTAssertEqual(answers.first?.note ?? "", "")
        XCTAssertEqual(answers.last?.note, "the team was quick")
    }
}
