import Foundation
import XCTest
import FollowUpCore
import FollowUpPlaybook
import FollowUpStore
@testable import FollowUpAssistant

/// Scripts, plays and tips through a conversation, with the playbook's test plays alone (so the
/// bundled texts can change without changing these tests).
final class CollectionTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
    static let fixturePlays = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FollowUpPlaybookTests/Fixtures/plays").path

    func make(_ setup: PlaySetup = PlaySetup(userFolder: fixturePlays, files: DiskPlayFiles(), bundled: false)) -> Conversation {
        Conversation(book: Book(), store: MemoryBookStore(book: Book()), clock: FixedClock(today), plays: setup)
    }

    @discardableResult
    func run(_ c: Conversation, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) -> [Reply] {
        lines.map { text in
            let reply = c.handle(text)
            XCTAssertFalse(reply.failed, "“\(text)” failed: \(reply.text)", file: file, line: line)
            return reply
        }
    }

    /// Acme owes two invoices, 24 and 8 days late, and has a contact.
    func acme() -> Conversation {
        let c = make()
        run(c, ["add customer Acme Trading, contact Li Wei, finance manager, phone 13912345678",
                "Acme Trading owes 8000 due Oct 25", "Acme Trading owes 4500 due Nov 10"])
        return c
    }

    func testCollectionScriptFitsTheStanding() {
        let c = acme()
        let before = c.book.lastSeq
        let reply = c.handle("script collect Acme")
        XCTAssertFalse(reply.failed, reply.text)
        let text = reply.text
        XCTAssertTrue(text.hasPrefix("Collection call: Acme Trading · firm step, 24 days late"), text)
        XCTAssertTrue(text.contains("Ask for Li Wei (finance manager) · 13912345678"), text)
        XCTAssertTrue(text.contains("INV-0001 ¥8,000 due Sun 25 Oct (24 days late)"), text)
        XCTAssertTrue(text.contains("“Hello, it's about Acme Trading.”"), text)
        // Excuse plays: only those that fit this step (the boss play is tied to early and firm).
        XCTAssertTrue(text.contains("The boss is away: “When is Li Wei back?”"), text)
        XCTAssertTrue(text.contains("No money this month: “I understand. Could you pay part of ¥12,500 now?”"), text)
        // The sources come last.
        let lines = reply.lines.map(\.text)
        XCTAssertEqual(lines.suffix(4).first, "Plays used", text)
        XCTAssertEqual(lines.last, "  test.excuse.no-money · 003 test (your file other.yaml)")
        XCTAssertEqual(c.book.lastSeq, before, "a script writes nothing")
        XCTAssertTrue(reply.changes.isEmpty)
    }

    func testEarlyStepUsesItsOwnPlayAndTheClose() {
        let c = make()
        run(c, ["add customer Pine Dental", "Pine Dental owes 900 due Nov 13"])
        let text = c.handle("script collect Pine Dental").text
        XCTAssertTrue(text.hasPrefix("Collection call: Pine Dental · early step, 5 days late"), text)
        XCTAssertTrue(text.contains("“Hello, it's about Pine Dental's account.”"), "no contact: the second opening: \(text)")
        XCTAssertTrue(text.contains("“INV-0001 for ¥900 was due on Fri 13 Nov.”"), text)
        // Early: five days on, Mon 23 Nov.
        XCTAssertTrue(text.contains("Close\n  “Can we say Mon 23 Nov?”"), text)
        XCTAssertTrue(text.contains("Afterwards, write down\n  - The day they agreed."), text)
    }

    func testChineseScriptAndLangOption() {
        let c = acme()
        let zh = c.handle("催款话术 Acme Trading").text
        XCTAssertTrue(zh.hasPrefix("催款电话：Acme Trading · 正式催收 · 逾期24天"), zh)
        XCTAssertTrue(zh.contains("欠款¥12,500：INV-0001 ¥8,000，10月25日到期（逾期24天）"), zh)
        XCTAssertTrue(zh.contains("  “您好，关于Acme Trading的账。”"), zh)
        XCTAssertEqual(c.handle("script collect Acme --lang zh").text, zh)
        XCTAssertEqual(c.handle("催款话术 Acme Trading --lang en").text, c.handle("script collect Acme Trading").text)
    }

    func testAfterABrokenPromiseTheParticularPlayWins() {
        let c = acme()
        run(c, ["Acme Trading will pay 5000 by Nov 19"])
        c.comment("# today: 2026-11-20")
        let text = c.handle("script collect Acme").text
        XCTAssertTrue(text.contains("Collection call: Acme Trading · hold step, 26 days late, one step up for the broken promise"), text)
        XCTAssertTrue(text.contains("Promised ¥5,000 by Thu 19 Nov: broken"), text)
        XCTAssertTrue(text.contains("“You promised ¥5,000 by Thu 19 Nov.”"), text)
        let why = c.handle("why").text
        XCTAssertTrue(why.contains("  test.ladder.firm-broken · ladder: hold; promise: broken"), why)
    }

    func testOwesNothingIsNotAScript() {
        let c = make()
        run(c, ["add customer Sunday Bakery", "Sunday Bakery owes 300 due Nov 30", "Sunday Bakery paid 300"])
        let reply = c.handle("script collect Sunday Bakery")
        XCTAssertFalse(reply.failed)
        XCTAssertTrue(reply.text.hasPrefix("Sunday Bakery owes nothing right now: no collection call is needed."), reply.text)
        XCTAssertTrue(reply.text.contains("script thanks Sunday Bakery"), reply.text)
        XCTAssertFalse(reply.text.contains("Say"), reply.text)
    }

    func testExcuseScripts() {
        let c = acme()
        let withCustomer = c.handle("Acme says they have no money, what do I say").text
        XCTAssertTrue(withCustomer.hasPrefix("When Acme Trading says: no money this month"), withCustomer)
        XCTAssertTrue(withCustomer.contains("“I understand. Could you pay part of ¥12,500 now?”"), withCustomer)
        let general = c.handle("script excuse no money").text
        XCTAssertTrue(general.hasPrefix("When a customer says: no money this month"), general)
        XCTAssertTrue(general.contains("“I understand. Could you pay part of it now?”"), general)
        // The boss play needs a contact's name: without a customer it cannot be said.
        let boss = c.handle("script excuse boss away")
        XCTAssertTrue(boss.failed)
        XCTAssertTrue(boss.text.contains("need a customer's figures"), boss.text)
        let which = c.handle("script excuse")
        XCTAssertTrue(which.text.hasPrefix("Which excuse?"), which.text)
    }

    func testAnExcuseFromACustomerWhoOwesNothing() {
        let c = make()
        run(c, ["add customer Sunday Bakery"])
        let text = c.handle("script excuse no money Sunday Bakery").text
        XCTAssertTrue(text.hasPrefix("Sunday Bakery owes nothing right now; in general:\nWhen a customer says: no money this month"), text)
        XCTAssertTrue(text.contains("“I understand. Could you pay part of it now?”"), text)
        XCTAssertFalse(text.contains("name the customer"), text)
    }

    func testLadderWithoutACustomer() {
        let c = make()
        let text = c.handle("script collect").text
        XCTAssertTrue(text.contains("  Early     1–15 days late     Early reminder"), text)
        XCTAssertTrue(text.contains("  Hold      31–60 days late    Firm"), text)
        XCTAssertTrue(text.contains("A broken promise moves a customer one step up."), text)
    }

    func testANumberWhereTheCustomerShouldBeIsNoLadder() {
        let c = make()
        let r = c.handle("whats the script for 7 eleven")
        XCTAssertTrue(r.failed, r.text)
        XCTAssertFalse(r.text.contains("ladder"), r.text)
    }

    func testTipsTakeTurnsAndNeverRepeatInADay() {
        let c = make()
        run(c, ["add customer Acme Trading, contact Li Wei", "Acme Trading owes 900 due Dec 1"])
        var tips: [String] = []
        for _ in 0..<4 {
            let reply = c.handle("Acme Trading paid 100")
            tips.append(reply.lines.last { $0.text.hasPrefix("Tip: ") }?.text ?? "none")
        }
        // Three payment tips in the fixture (one play); the fourth payment that day has none left.
        XCTAssertEqual(Set(tips.prefix(3)).count, 3, "\(tips)")
        XCTAssertEqual(tips[3], "none", "\(tips)")
        c.comment("# today: 2026-11-19")
        XCTAssertTrue(c.handle("Acme Trading paid 100").text.contains("Tip: "), "a new day, tips again")
    }

    func testABigPaymentGetsTheParticularTip() {
        let c = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 50000 due Dec 1"])
        let text = c.handle("Acme Trading paid 100").text
        XCTAssertTrue(text.contains("Tip: A big payment deserves a call."), text)
    }

    func testTipsAreTheSameOnReplay() {
        func tips() -> [String] {
            let c = make()
            run(c, ["add customer Acme Trading, contact Li Wei", "Acme Trading owes 900 due Dec 1"])
            return (0..<3).map { _ in c.handle("Acme Trading paid 100").lines.last?.text ?? "" }
        }
        XCTAssertEqual(tips(), tips())
    }

    func testNoTipWithoutTipPlays() {
        let c = make(PlaySetup(userFolder: nil, files: MemoryPlayFiles([:]), bundled: false))
        run(c, ["add customer Acme Trading", "Acme Trading owes 900 due Nov 1"])
        let reply = c.handle("Acme Trading paid 100")
        XCTAssertFalse(reply.text.contains("Tip"), reply.text)
        XCTAssertTrue(c.handle("script collect Acme").failed, "no ladder play: said, not crashed")
    }

    func testUserFileProblemsAreReportedOnceAndSkipped() {
        let folder = "/cfg/plays"
        let files = MemoryPlayFiles([
            "\(folder)/bad.yaml": "plays:\n  - id: x\n    topic: lader\n",
            "\(folder)/broken.yaml": "plays: [\n",
        ])
        let c = make(PlaySetup(userFolder: folder, files: files, bundled: false))
        let first = c.handle("script collect").text
        XCTAssertTrue(first.contains("Your play files have 5 problems; what they spoil was skipped:"), first)
        XCTAssertTrue(first.contains("  bad.yaml line 3 (x): `topic` cannot be `lader`"), first)
        XCTAssertTrue(first.contains("  broken.yaml line 2: is not valid YAML"), first)
        XCTAssertFalse(c.handle("script collect").text.contains("problems"), "said once a session")
        XCTAssertTrue(c.handle("plays").text.contains("bad.yaml line 3"), "plays always shows them")
    }

    func testPlaysCheck() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-plays-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let good = dir.appendingPathComponent("good.yaml").path
        let bad = dir.appendingPathComponent("bad.yaml").path
        try "plays:\n  - id: a\n    topic: tip\n    source: s\n    en: {title: A}\n    zh: {title: 甲}\n".write(toFile: good, atomically: true, encoding: .utf8)
        try "plays:\n  - id: a\n    topic: tip\n    source: s\n    when: {ladder: frim}\n    en: {title: A}\n    zh: {title: 甲}\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let c = make()
        XCTAssertEqual(c.handle("plays check \(good)").text, "\(good): 1 play, all fine.")
        let r = c.handle("plays check \(bad)")
        XCTAssertFalse(r.failed)
        XCTAssertEqual(r.lines.map(\.text), [
            "\(bad): 1 problem; 0 of 1 play would load, the rest is skipped:",
            "  line 5 (a): `ladder` cannot be `frim` (one of: clear, not_due, courtesy, due_day, early, firm, hold, escalate, legal)",
        ])
        let zh = c.handle("检查话术文件 \(bad)").lines.map(\.text)
        XCTAssertEqual(zh.last, "  第5行 (a)：`ladder` 不能是 `frim`（可选：clear、not_due、courtesy、due_day、early、firm、hold、escalate、legal）")
        let missing = c.handle("plays check \(dir.path)/nope.yaml")
        XCTAssertTrue(missing.failed)
        XCTAssertEqual(missing.text, "Can't check \(dir.path)/nope.yaml: there is no such file. Nothing was changed.")
        XCTAssertTrue(c.handle("plays check").failed)
    }

    func testNoRawPlaceholderInAnyReply() {
        let c = acme()
        run(c, ["add customer Pine Dental", "Pine Dental owes 900 due Nov 25", "add customer Sunday Bakery",
                "Sunday Bakery owes 300 USD due Nov 1", "Sunday Bakery owes 200 due Nov 2", "新增客户明天科技，联系人王经理",
                "明天科技应收5000，11月18日到期"])
        for name in ["Acme Trading", "Pine Dental", "Sunday Bakery", "明天科技"] {
            for line in ["script collect \(name)", "script thanks \(name)", "script excuse no money \(name)",
                         "script excuse boss away \(name)", "\(name)怎么催款", "script collect", "script excuse no money"] {
                let text = c.handle(line).text
                XCTAssertFalse(text.contains("{") || text.contains("}"), "\(line): \(text)")
            }
        }
    }
}
