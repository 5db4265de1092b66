import Foundation
import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Lines that used to break a book: far dates, huge amounts, decomposed text, read-only books.
final class HardeningTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make(_ lines: [String] = ["add customer Acme"]) -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore()
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today))
        for l in lines { XCTAssertFalse(c.handle(l).failed, l) }
        return (c, store)
    }

    private func assertRefused(_ c: Conversation, _ store: MemoryBookStore, _ line: String, saying text: String,
                               file: StaticString = #filePath, lineNumber: UInt = #line) {
        let before = store.steps.count
        let reply = c.handle(line)
        XCTAssertTrue(reply.failed, "“\(line)” was accepted: \(reply.text)", file: file, line: lineNumber)
        XCTAssertTrue(reply.text.contains(text), "“\(reply.text)” lacks “\(text)”", file: file, line: lineNumber)
        XCTAssertEqual(store.steps.count, before, "“\(line)” saved something", file: file, line: lineNumber)
    }

    func testFarDatesAreRefusedWithTheReason() {
        let (c, store) = make()
        for (line, text) in [("remind me in 8000 years to call Acme", "10026"), ("Acme paid 5k 3000 years ago", "1900 to 2200"),
                             ("Acme owes 5k due in 8000 years", "Type a nearer date"), ("一万年后提醒我给Acme打电话", "1900年到2200年"),
                             ("Acme will pay 500 in 300 years", "2326")] {
            assertRefused(c, store, line, saying: text)
        }
        XCTAssertTrue(c.book.reminders.isEmpty && c.book.payments.isEmpty && c.book.invoices.isEmpty)
    }

    func testADayComputedFromTheLineIsCheckedToo() {
        let (c, store) = make()
        c.comment("# today: 2200-12-20")
        // Due in 30 days by default: 2201, outside the range though the line names no date.
        assertRefused(c, store, "Acme owes 500", saying: "2201")
        c.comment("# today: 1850-01-01")
        assertRefused(c, store, "add customer Kite", saying: "1850")
    }

    func testHugeAmountsAreRefusedNeverShrunk() {
        let (c, store) = make()
        for (line, text) in [("Acme owes 50 trillion", "at most 1,000,000,000,000"), ("Acme owes 9000万亿", "一万亿"),
                             ("Acme owes 9,223,372,036,854万9", "1,000,000,000,000"), ("Acme owes 900,000,000,000k", "900,000,000,000k")] {
            assertRefused(c, store, line, saying: text)
        }
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertFalse(c.handle("Acme owes 1,000,000,000,000").failed, "the limit itself is kept")
    }

    func testTheBookTotalLimitIsAReasonNotACrash() {
        let (c, _) = make()
        var refused = false
        for _ in 0..<120 where !refused {
            let r = c.handle("Acme owes 1,000,000,000,000")
            refused = r.failed
        }
        XCTAssertTrue(refused, "the book total was never reached")
        for line in ["aging", "customers", "statement Acme", "show Acme", "Acme paid 5,000", "agenda"] {
            _ = c.handle(line) // must not trap
        }
    }

    func testDecomposedNamesMatchTheStoredName() {
        let (c, _) = make(["add customer Café Rouge"])
        let decomposed = "Cafe\u{301} Rouge owes 500"
        let r = c.handle(decomposed)
        XCTAssertFalse(r.failed, r.text)
        XCTAssertEqual(c.book.invoices.first?.customer, CustomerID(1), r.text)
        XCTAssertEqual(c.book.customers.count, 1)
        XCTAssertEqual(Conversation.clean("Cafe\u{301}").unicodeScalars.count, 4)
    }

    func testAHugeLineIsRefusedQuickly() {
        let (c, store) = make()
        let huge = String(repeating: "Acme owes 5k ", count: 1_300_000) // 16.9 MB
        assertRefused(c, store, huge, saying: "characters long")
        XCTAssertEqual(Conversation.tooLong(String(repeating: "a", count: 4000)), nil)
        XCTAssertEqual(Conversation.tooLong(String(repeating: "a", count: 4001)), 4001)
    }

    func testAReadOnlyStoreRefusesChangesWithTheReason() {
        final class ReadOnlyStore: BookStore {
            var appended = 0
            func load() throws -> (book: Book, warnings: [String]) { (Book(), []) }
            func append(_ step: Step) throws { appended += 1 }
            func compact(_ book: Book) throws {}
            var readOnlyReason: String? { "permission denied" }
        }
        let store = ReadOnlyStore()
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today))
        let r = c.handle("add customer Acme")
        XCTAssertTrue(r.failed)
        XCTAssertTrue(r.text.contains("read-only (permission denied)"), r.text)
        XCTAssertEqual(store.appended, 0)
        XCTAssertFalse(c.handle("agenda").failed, "reading still works")
    }

    func testALostLockIsExplainedInTheLinesLanguage() throws {
        let dir = NSTemporaryDirectory() + "followup-lock-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = try FileBookStore(path: dir + "/book.json")
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today))
        XCTAssertFalse(c.handle("add customer Acme").failed)
        XCTAssertEqual(unlink(dir + "/book.lock"), 0)
        let zh = c.handle("新增客户东方酒店")
        XCTAssertTrue(zh.failed && zh.text.contains("锁文件"), zh.text)
        let en = c.handle("add customer Kite")
        XCTAssertTrue(en.failed && en.text.contains("lock file was removed"), en.text)
        XCTAssertEqual(c.book.customers.map(\.name), ["Acme"])
    }

    // MARK: Fuzz

    /// Mutated realistic lines through the whole conversation on a real book on disk, which must
    /// reopen after every batch. Fixed seed and count; FOLLOWUP_FUZZ_LINES raises the count.
    func testFuzzedLinesNeverBreakTheBook() throws {
        let count = ProcessInfo.processInfo.environment["FOLLOWUP_FUZZ_LINES"].flatMap(Int.init) ?? 1500
        let dir = NSTemporaryDirectory() + "followup-fuzz-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/book.json"
        var rng = SeededGenerator(seed: 20261118)
        var store: FileBookStore? = try FileBookStore(path: path)
        var c = Conversation(book: Book(), store: try XCTUnwrap(store), clock: FixedClock(today))
        var handled = 0, failed = 0, reopened = 0
        for l in ["add customer Acme Trading", "add customer 东方酒店", "add customer Café Rouge"] { _ = c.handle(l) }
        while handled < count {
            let line = Fuzz.line(&rng)
            let reply = c.handle(line)
            if c.isAsking, rng.next() % 2 == 0 { _ = c.handle(["yes", "1", "no", "Friday"][Int(rng.next() % 4)]) }
            handled += 1
            if reply.failed { failed += 1 }
            if handled % max(250, count / 100) == 0 || handled == count {
                c.finish()
                let expected = c.book.lastSeq
                c = Conversation(book: Book(), store: MemoryBookStore(), clock: FixedClock(today)) // lets the lock go
                store = nil
                let reopenedStore = try FileBookStore(path: path)
                let (book, _) = try reopenedStore.load()
                XCTAssertEqual(book.lastSeq, expected, "reopened book differs after \(handled) lines")
                store = reopenedStore
                c = Conversation(book: book, store: reopenedStore, clock: FixedClock(today))
                reopened += 1
            }
        }
        print("fuzz: \(handled) lines, \(failed) refused, \(c.book.lastSeq) steps in the book, reopened \(reopened) times")
    }
}

/// A deterministic generator (Knuth's MMIX LCG, high bits), so the fuzz test is the same on every run.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state >> 16
    }
}

/// Realistic lines and the ways they get mangled.
enum Fuzz {
    static let seeds = [
        "Acme owes 12,500 due Dec 10", "Acme paid 5k", "Acme promised to pay 5000 on Friday",
        "remind me to collect from Acme on the 10th", "东方酒店应收两万五,下月15号到期", "东方酒店答应下周一付3000",
        "提醒我明天给张总打电话", "Café Rouge paid 300", "aging", "agenda", "customers", "statement Acme", "show Acme",
        "undo", "history", "Acme terms 45 days", "Acme credit limit 80k", "done 1", "snooze 1 until Friday",
        "every month on the 1st remind me to collect from Acme", "called Acme, they will pay Friday", "why",
        "set currency USD", "add customer Kite", "invoice INV-7 for Acme 500 due Dec 1", "payments", "promises",
    ]
    static let dates = ["in 8000 years", "3000 years ago", "一万年后", "on 9999-12-31", "on 1899-12-31", "in 99999999999 days",
                        "Feb 30", "2200-12-31", "1900-01-01", "in 300 years", "next Friday", "13/45"]
    static let amounts = ["9,223,372,036,854万9", "900,000,000,000k", "50 trillion", "9000万亿", "一万亿", "-300", "0",
                          "1,000,000,000,000", "999999999999999999999", "0.001", "¥1.2万", "$1,200.50", "亿亿", "5 bn"]
    static let junk = ["\u{1B}]0;pwned\u{07}", "\u{1B}[2J", "\r", "\u{0}", "\u{9B}31m", "\u{202E}", "Cafe\u{301}", "e\u{301}\u{301}",
                       "\u{FFFD}", "🙂", "\t", "#", "\"", "\\", "，", "。"]

    static func line(_ rng: inout SeededGenerator) -> String {
        var words = seeds[Int(rng.next() % UInt64(seeds.count))].split(separator: " ").map(String.init)
        for _ in 0..<Int(rng.next() % 4) {
            let pick: String
            switch rng.next() % 3 {
            case 0: pick = dates[Int(rng.next() % UInt64(dates.count))]
            case 1: pick = amounts[Int(rng.next() % UInt64(amounts.count))]
            default: pick = junk[Int(rng.next() % UInt64(junk.count))]
            }
            let at = Int(rng.next() % UInt64(words.count + 1))
            if rng.next() % 3 == 0, at < words.count { words[at] = pick } else { words.insert(pick, at: at) }
        }
        let joined = words.joined(separator: rng.next() % 5 == 0 ? "" : " ")
        if rng.next() % 40 == 0 { return String(repeating: joined, count: 400) }
        return joined
    }
}
