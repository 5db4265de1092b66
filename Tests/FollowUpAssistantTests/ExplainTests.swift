import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpStore
@testable import FollowUpAssistant

/// `why` / 为什么: how the previous line was understood.
final class ExplainTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make() -> Conversation {
        let book = Book()
        return Conversation(book: book, store: MemoryBookStore(book: book), clock: FixedClock(today))
    }

    func testNothingToExplainYet() {
        let c = make()
        let en = c.handle("why")
        XCTAssertTrue(en.failed)
        XCTAssertTrue(en.text.contains("Nothing to explain yet"), en.text)
        let zh = c.handle("为什么")
        XCTAssertTrue(zh.text.contains("还没有可以解释的内容"), zh.text)
        XCTAssertNil(c.lastUnderstood)
    }

    func testExplainsThePreviousLineInTheReplyLanguage() {
        let c = make()
        XCTAssertFalse(c.handle("add customer Acme Trading").failed)
        XCTAssertFalse(c.handle("Acme 答应15号付5000").failed)
        let zh = c.handle("为什么")
        XCTAssertFalse(zh.failed, zh.text)
        XCTAssertEqual(zh.lines.map(\.text), [
            "我是这样理解“Acme 答应15号付5000”的：",
            "  记录付款承诺 ←“答应”",
            "  客户：Acme（即Acme Trading） ←“Acme”",
            "  金额：¥5,000 ←“5000”",
            "  日期：12月15日 周二 ←“15号”",
        ])
        // A second `why` still explains the promise, not the first `why`.
        let en = c.handle("why?")
        XCTAssertEqual(en.lines.map(\.text), [
            "How I understood “Acme 答应15号付5000”:",
            "  record a promise to pay ← “答应”",
            "  customer: Acme (Acme Trading in your book) ← “Acme”",
            "  amount: ¥5,000 ← “5000”",
            "  date: Tue 15 Dec ← “15号”",
        ])
        XCTAssertEqual(c.lastUnderstood?.intent, .promiseRecord)
        // Explaining changes nothing.
        XCTAssertEqual(c.book.lastSeq, 2)
    }

    func testAnAnswerKeepsTheLineThatAsked() {
        let c = make()
        XCTAssertFalse(c.handle("add customer Acme Trading").failed)
        XCTAssertFalse(c.handle("add customer Acme Holdings").failed)
        XCTAssertTrue(c.isAsking == false)
        _ = c.handle("Acme paid 3000 yesterday")
        XCTAssertTrue(c.isAsking)
        _ = c.handle("1")
        let r = c.handle("explain that")
        // The credit question the answer led to is left unanswered, and the reply says so first.
        XCTAssertEqual(r.lines.first?.text, "(The question was not answered, so “Acme paid 3000 yesterday” was not carried out.)")
        XCTAssertEqual(r.lines.dropFirst().first?.text, "How I understood “Acme paid 3000 yesterday”:")
        XCTAssertTrue(r.lines.contains { $0.text == "  record a payment received ← “paid”" }, r.text)
        XCTAssertTrue(r.lines.contains { $0.text == "  date: Tue 17 Nov ← “yesterday”" }, r.text)
    }

    func testSlotsWithoutWordsAndProblems() {
        let c = make()
        _ = c.handle("remind me every Monday at 9am to call Acme")
        let r = c.handle("how did you understand that")
        XCTAssertTrue(r.lines.contains { $0.text == "  add a reminder ← “remind me”" }, r.text)
        XCTAssertTrue(r.lines.contains { $0.text == "  time: 09:00 ← “at 9am”" }, r.text)
        XCTAssertTrue(r.lines.contains { $0.text == "  text: call Acme" }, r.text)
        XCTAssertTrue(r.lines.contains { $0.text == "  repeats: weekly ← “every Monday”" }, r.text)

        XCTAssertTrue(c.handle("Acme paid 0").failed)
        let bad = c.handle("why")
        XCTAssertFalse(bad.failed)
        XCTAssertTrue(bad.lines.contains { $0.text == "That line was not carried out:" }, bad.text)

        _ = c.handle("blah blah")
        let unknown = c.handle("解释一下")
        XCTAssertEqual(unknown.lines.map(\.text), ["我是这样理解“blah blah”的：", "  没有识别出要做什么"])
    }

    func testEveryIntentHasADescription() {
        var seen = Set<String>()
        for intent in Intent.allCases {
            let en = ExplainWording.intent(intent, .en), zh = ExplainWording.intent(intent, .zh)
            XCTAssertFalse(en.isEmpty || zh.isEmpty, intent.rawValue)
            XCTAssertTrue(seen.insert(en).inserted, "duplicate description \(en)")
            XCTAssertTrue(zh.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, zh)
        }
    }
}
