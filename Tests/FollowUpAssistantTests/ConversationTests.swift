import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

final class ConversationTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make(_ book: Book = Book()) -> (Conversation, MemoryBookStore) {
        let store = MemoryBookStore(book: book)
        return (Conversation(book: book, store: store, clock: FixedClock(today)), store)
    }

    /// Handles each line, failing the test if any reply failed.
    @discardableResult
    private func run(_ c: Conversation, _ lines: [String], file: StaticString = #filePath, line: UInt = #line) -> [Reply] {
        lines.map { text in
            let reply = c.handle(text)
            XCTAssertFalse(reply.failed, "“\(text)” failed: \(reply.text)", file: file, line: line)
            return reply
        }
    }

    private func containsCJK(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    private func yuan(_ n: Int64) -> Money { Money(minor: n * 100, currency: .cny) }

    // MARK: Receivables

    func testCustomerInvoicePaymentChangeBalances() throws {
        let (c, store) = make()
        let replies = run(c, ["add customer Acme Trading", "Acme Trading owes 12,500 due Dec 10", "Acme Trading paid 5,000"])
        XCTAssertTrue(replies[0].text.contains("Acme Trading (#1)"), replies[0].text)
        XCTAssertEqual(c.book.customers.map(\.name), ["Acme Trading"])
        let acme = CustomerID(1)
        XCTAssertEqual(c.book.invoices.count, 1)
        XCTAssertEqual(c.book.invoices.first?.amount, yuan(12_500))
        XCTAssertEqual(c.book.invoices.first?.due, Day(year: 2026, month: 12, day: 10))
        XCTAssertEqual(c.book.invoices.first?.issued, today)
        XCTAssertEqual(c.book.payments.first?.amount, yuan(5000))
        XCTAssertEqual(c.book.payments.first?.allocations, [Allocation(invoice: InvoiceID(1), minor: 500_000)])
        XCTAssertEqual(c.book.outstanding(of: acme), [yuan(7500)])
        XCTAssertTrue(replies[2].text.contains("¥7,500"), replies[2].text)
        // Every change was saved as one step, and the store reloads to the same book.
        XCTAssertEqual(store.steps.count, 3)
        XCTAssertEqual(store.steps.map(\.seq), [1, 2, 3])
        XCTAssertEqual(store.steps.map(\.line), ["add customer Acme Trading", "Acme Trading owes 12,500 due Dec 10", "Acme Trading paid 5,000"])
        let reloaded = try store.load().book
        XCTAssertEqual(reloaded.invoices, c.book.invoices)
        XCTAssertEqual(reloaded.payments, c.book.payments)
    }

    func testPaymentsGoOldestDueFirst() {
        let (c, _) = make()
        run(c, ["add customer Sunrise Hotel", "Sunrise Hotel owes 4,800 due Dec 20", "Sunrise Hotel owes 3,250 due Nov 30",
                "Sunrise Hotel paid 5,000"])
        XCTAssertEqual(c.book.payments.first?.allocations,
                       [Allocation(invoice: InvoiceID(2), minor: 325_000), Allocation(invoice: InvoiceID(1), minor: 175_000)])
        XCTAssertEqual(c.book.invoices.map(\.status), [.partlyPaid, .paid])
    }

    func testUnknownCustomerAsksAndNoWritesNothing() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        let steps = store.steps
        let ask = c.handle("Zenith Corp owes 800 due Dec 1")
        XCTAssertFalse(ask.failed)
        XCTAssertTrue(ask.text.contains("Zenith Corp"), ask.text)
        XCTAssertTrue(c.isAsking)
        XCTAssertEqual(c.prompt, "followup? ")
        let no = c.handle("no")
        XCTAssertFalse(c.isAsking)
        XCTAssertTrue(no.text.contains("Nothing was changed"), no.text)
        XCTAssertEqual(store.steps, steps)
        XCTAssertEqual(c.book.customers.count, 1)
        XCTAssertTrue(c.book.invoices.isEmpty)
    }

    func testUnknownCustomerYesAddsItAndTheInvoiceInOneStep() {
        let (c, store) = make()
        _ = c.handle("Zenith Corp owes 800 due Dec 1")
        let yes = c.handle("yes")
        XCTAssertFalse(yes.failed, yes.text)
        XCTAssertEqual(c.book.customers.map(\.name), ["Zenith Corp"])
        XCTAssertEqual(c.book.invoices.first?.customer, CustomerID(1))
        XCTAssertEqual(c.book.invoices.first?.amount, yuan(800))
        XCTAssertEqual(store.steps.count, 1)
        XCTAssertEqual(store.steps.first?.events.count, 2)
        // One undo takes back both.
        run(c, ["undo"])
        XCTAssertTrue(c.book.customers.isEmpty)
        XCTAssertTrue(c.book.invoices.isEmpty)
    }

    func testAmbiguousNameAsksAndANumberPicks() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "add customer Acme Tools", "Acme Tools owes 500 due Dec 1"])
        let steps = store.steps.count
        let ask = c.handle("Acme paid 500")
        XCTAssertFalse(ask.failed)
        XCTAssertTrue(ask.text.contains("1) Acme Trading"), ask.text)
        XCTAssertTrue(ask.text.contains("2) Acme Tools"), ask.text)
        XCTAssertEqual(store.steps.count, steps)
        let pick = c.handle("2")
        XCTAssertFalse(pick.failed, pick.text)
        XCTAssertEqual(c.book.payments.count, 1)
        XCTAssertEqual(c.book.payments.first?.customer, CustomerID(2))
        XCTAssertEqual(c.book.outstanding(of: CustomerID(2)), [])
        XCTAssertEqual(store.steps.count, steps + 1)
    }

    func testAmbiguousNameCancelledWritesNothing() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "add customer Acme Tools"])
        let steps = store.steps
        _ = c.handle("Acme paid 500")
        _ = c.handle("no")
        XCTAssertEqual(store.steps, steps)
        XCTAssertTrue(c.book.payments.isEmpty)
    }

    func testOverpaymentAsksAndYesKeepsCredit() {
        let (c, store) = make()
        run(c, ["add customer Sunrise Hotel", "Sunrise Hotel owes 4,800 due Dec 20"])
        let steps = store.steps.count
        let ask = c.handle("Sunrise Hotel paid 7,000")
        XCTAssertFalse(ask.failed)
        XCTAssertTrue(ask.text.contains("¥2,200"), ask.text)
        XCTAssertTrue(c.isAsking)
        XCTAssertEqual(store.steps.count, steps)
        XCTAssertTrue(c.book.payments.isEmpty)
        let yes = c.handle("yes")
        XCTAssertFalse(yes.failed, yes.text)
        XCTAssertEqual(c.book.credit(of: CustomerID(1)), [yuan(2200)])
        XCTAssertEqual(c.book.outstanding(of: CustomerID(1)), [])
        XCTAssertEqual(store.steps.count, steps + 1)
        // The credit pays the next invoice.
        run(c, ["Sunrise Hotel owes 1,000 due Dec 31"])
        XCTAssertEqual(c.book.invoices.last?.status, .paid)
        XCTAssertEqual(c.book.credit(of: CustomerID(1)), [yuan(1200)])
    }

    func testOverpaymentDeclinedWritesNothing() {
        let (c, store) = make()
        run(c, ["add customer Sunrise Hotel", "Sunrise Hotel owes 4,800 due Dec 20"])
        let steps = store.steps
        _ = c.handle("Sunrise Hotel paid 7,000")
        _ = c.handle("no")
        XCTAssertEqual(store.steps, steps)
        XCTAssertTrue(c.book.payments.isEmpty)
    }

    // MARK: Failures write nothing

    func testFailedSaveLeavesBookAndStoreUnchanged() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        let steps = store.steps
        let customers = c.book.customers
        let lastSeq = c.book.lastSeq
        store.failAppends = StoreError.notSaved("/home/me/.local/share/followup/book.journal", reason: "the disk is full")
        let reply = c.handle("Acme Trading owes 12,500 due Dec 10")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("Not saved"), reply.text)
        XCTAssertTrue(reply.text.contains("the disk is full"), reply.text)
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertEqual(c.book.customers, customers)
        XCTAssertEqual(c.book.lastSeq, lastSeq)
        XCTAssertEqual(store.steps, steps)
        // Undo does not take back anything either.
        let undo = c.handle("undo")
        XCTAssertTrue(undo.failed)
        XCTAssertEqual(c.book.customers, customers)
        // Once the disk has room again the same line works, with the next seq.
        store.failAppends = nil
        run(c, ["Acme Trading owes 12,500 due Dec 10"])
        XCTAssertEqual(c.book.invoices.count, 1)
        XCTAssertEqual(store.steps.last?.seq, lastSeq + 1)
    }

    func testFailedSaveInChineseSaysSoInChinese() {
        let (c, store) = make()
        run(c, ["新增客户美华商贸"])
        store.failAppends = StoreError.notSaved("/tmp/book.journal", reason: "the disk is full")
        let reply = c.handle("美华商贸应收8000,12月1日到期")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("没有保存"), reply.text)
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertEqual(store.steps.count, 1)
    }

    func testVeryLongLineIsRefused() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        let steps = store.steps
        let long = "Acme Trading owes 500 due Dec 1 " + String(repeating: "x", count: 100_000)
        let reply = c.handle(long)
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("at most \(Conversation.maxLineLength)"), reply.text)
        XCTAssertTrue(reply.text.contains("Nothing was changed"), reply.text)
        XCTAssertEqual(store.steps, steps)
        XCTAssertTrue(c.book.invoices.isEmpty)
        // Chinese, too.
        let zh = c.handle(String(repeating: "美", count: 100_000))
        XCTAssertTrue(zh.failed)
        XCTAssertTrue(containsCJK(zh.text), zh.text)
        XCTAssertEqual(store.steps, steps)
    }

    func testControlCharactersAndJunkDoNotCrashOrWrite() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        let steps = store.steps
        let junk = ["\u{0}\u{1}\u{7F}\u{FFFD}", "\u{1B}[A\u{1B}[B", "\u{0}\u{0}\u{0}", "\u{85}\u{9F}",
                    String(decoding: [0xFF, 0xFE, 0xC0, 0x80, 0xED, 0xA0, 0x80], as: UTF8.self),
                    "§¶•ªº–≠ ∂ƒ©˙∆˚¬", "\u{202E}kcatta\u{202C}", "\u{FEFF}\u{200B}\u{200D}", "%s%n%x {}[]\\\"'",
                    "\u{0}Acme Trading\u{0}"]
        for line in junk {
            let reply = c.handle(line)
            XCTAssertFalse(reply.quit)
            XCTAssertEqual(store.steps, steps, "“\(line.debugDescription)” wrote something: \(reply.text)")
        }
        XCTAssertEqual(c.handle("\u{0}\u{1}\u{7F}\u{FFFD}"), Reply())
        var seed: UInt64 = 7
        for _ in 0..<200 {
            var bytes: [UInt8] = []
            for _ in 0..<40 {
                seed = seed &* 6364136223846793005 &+ 1442695040888963407
                bytes.append(UInt8(truncatingIfNeeded: seed >> 56))
            }
            _ = c.handle(String(decoding: bytes, as: UTF8.self))
        }
        XCTAssertEqual(c.book.customers.map(\.name), ["Acme Trading"])
    }

    func testEmptyAndBlankLinesGiveAnEmptyReply() {
        let (c, store) = make()
        for line in ["", "   ", "\t", "\u{3000}", "\n", "\r\n"] {
            let reply = c.handle(line)
            XCTAssertEqual(reply, Reply(), line.debugDescription)
            XCTAssertTrue(reply.text.isEmpty)
            XCTAssertFalse(reply.failed)
        }
        XCTAssertTrue(store.steps.isEmpty)
    }

    func testNotUnderstoodFailsAndWritesNothing() {
        let (c, store) = make()
        let reply = c.handle("the weather is nice today")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("didn't understand"), reply.text)
        XCTAssertTrue(store.steps.isEmpty)
    }

    // MARK: Undo

    func testUndoRestoresStateAndASecondUndoGoesFurther() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 5,000 due Dec 1"])
        let afterInvoice = (c.book.customers, c.book.invoices, c.book.payments)
        run(c, ["Acme Trading paid 2,000"])
        XCTAssertEqual(c.book.outstanding(of: CustomerID(1)), [yuan(3000)])
        let first = c.handle("undo")
        XCTAssertFalse(first.failed)
        XCTAssertTrue(first.text.contains("Acme Trading paid 2,000"), first.text)
        XCTAssertEqual(c.book.customers, afterInvoice.0)
        XCTAssertEqual(c.book.invoices, afterInvoice.1)
        XCTAssertEqual(c.book.payments, afterInvoice.2)
        XCTAssertEqual(c.book.outstanding(of: CustomerID(1)), [yuan(5000)])
        run(c, ["undo"])
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertEqual(c.book.customers.count, 1)
        run(c, ["undo"])
        XCTAssertTrue(c.book.customers.isEmpty)
        let none = c.handle("undo")
        XCTAssertTrue(none.failed)
        XCTAssertTrue(none.text.contains("Nothing to undo"), none.text)
        // Undo steps are saved too, and the store replays to the same (empty) book.
        XCTAssertEqual(store.steps.count, 6)
        XCTAssertEqual(store.steps.suffix(3).map(\.undoes), [3, 2, 1])
        XCTAssertEqual((try? store.load().book.customers)?.count, 0)
    }

    // MARK: Language

    func testChineseLinesGetChineseReplies() {
        let (c, _) = make()
        let replies = run(c, ["新增客户美华商贸", "美华商贸应收8000,12月1日到期", "美华商贸付款8000元"])
        for r in replies { XCTAssertTrue(containsCJK(r.text), r.text) }
        XCTAssertTrue(replies[0].text.contains("已添加客户"), replies[0].text)
        XCTAssertEqual(c.book.customers.map(\.name), ["美华商贸"])
        XCTAssertEqual(c.book.invoices.first?.amount, yuan(8000))
        XCTAssertEqual(c.book.invoices.first?.due, Day(year: 2026, month: 12, day: 1))
        XCTAssertEqual(c.book.outstanding(of: CustomerID(1)), [])
        let undo = c.handle("撤销")
        XCTAssertFalse(undo.failed)
        XCTAssertTrue(containsCJK(undo.text), undo.text)
        XCTAssertTrue(c.book.payments.isEmpty)
    }

    func testEnglishLinesGetEnglishReplies() {
        let (c, _) = make()
        let replies = run(c, ["add customer Acme Trading", "Acme Trading owes 12,500 due Dec 10", "Acme Trading paid 5,000",
                              "statement Acme Trading", "agenda", "aging", "customers", "help"])
        for r in replies { XCTAssertFalse(containsCJK(r.text), r.text) }
    }

    // MARK: Reminders

    func testReminderAddDoneAndUndo() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "remind me to call Acme Trading tomorrow"])
        XCTAssertEqual(c.book.reminders.count, 1)
        XCTAssertEqual(c.book.reminders.first?.due, today.adding(days: 1))
        XCTAssertEqual(c.book.reminders.first?.customer, CustomerID(1))
        run(c, ["done 1"])
        XCTAssertEqual(c.book.reminders.first?.done, today)
        let again = c.handle("done 1")
        XCTAssertTrue(again.failed)
        run(c, ["undo"])
        XCTAssertNil(c.book.reminders.first?.done)
        let missing = c.handle("done 9")
        XCTAssertTrue(missing.failed)
        XCTAssertTrue(missing.text.contains("#9"), missing.text)
    }

    func testMonthlyReminderKeepsItsDayOfMonthWhenDone() throws {
        // A monthly reminder on the 31st: done on Jan 31 → Feb 28, done on Feb 28 → Mar 31 (not Mar 28).
        var book = Book()
        let start = try XCTUnwrap(Day(iso: "2027-01-31"))
        try book.record(Step(seq: 1, day: start, line: "remind me monthly to send statements", events: [
            .reminderAdded(Reminder(id: ReminderID(1), text: "send statements", due: start, recurrence: .monthly, created: start)),
        ]))
        let (c, _) = make(book)
        c.comment("# today: 2027-01-31")
        run(c, ["done 1"])
        XCTAssertEqual(c.book.reminders.first?.due, Day(iso: "2027-02-28"))
        c.comment("# today: 2027-02-28")
        run(c, ["done 1"])
        XCTAssertEqual(c.book.reminders.first?.due, Day(iso: "2027-03-31"))
    }

    func testLineLengthLimitIsExact() {
        let (c, store) = make()
        let filler = { (n: Int) in "add customer " + String(repeating: "a", count: n - 13) }
        XCTAssertEqual(filler(Conversation.maxLineLength).count, Conversation.maxLineLength)
        let atLimit = c.handle(filler(Conversation.maxLineLength))
        XCTAssertFalse(atLimit.text.contains("at most"), atLimit.text)
        let over = c.handle(filler(Conversation.maxLineLength + 1))
        XCTAssertTrue(over.failed)
        XCTAssertTrue(over.text.contains("\(Conversation.maxLineLength + 1) characters"), over.text)
        XCTAssertLessThanOrEqual(store.steps.count, 1)
    }

    func testChineseYesAnswersTheAddQuestion() {
        let (c, store) = make()
        let ask = c.handle("东方酒店应收5000,12月1日到期")
        XCTAssertTrue(containsCJK(ask.text), ask.text)
        XCTAssertTrue(c.isAsking)
        let yes = c.handle("是")
        XCTAssertFalse(yes.failed, yes.text)
        XCTAssertEqual(c.book.customers.map(\.name), ["东方酒店"])
        XCTAssertEqual(c.book.invoices.first?.amount, yuan(5000))
        XCTAssertEqual(store.steps.count, 1)
    }

    func testFailedSaveAfterAnAnswerLeavesNothingPending() {
        let (c, store) = make()
        run(c, ["add customer Sunrise Hotel"])
        let steps = store.steps
        _ = c.handle("Sunrise Hotel paid 700")
        XCTAssertTrue(c.isAsking)
        store.failAppends = StoreError.notSaved("/tmp/book.journal", reason: "the disk is full")
        let yes = c.handle("yes")
        XCTAssertTrue(yes.failed)
        XCTAssertTrue(yes.text.contains("Not saved"), yes.text)
        XCTAssertFalse(c.isAsking)
        XCTAssertTrue(c.book.payments.isEmpty)
        XCTAssertEqual(store.steps, steps)
    }

    func testAQuestionIgnoredByANewCommandIsDropped() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        _ = c.handle("Zenith Corp owes 800 due Dec 1")
        XCTAssertTrue(c.isAsking)
        let list = c.handle("customers")
        XCTAssertFalse(list.failed)
        XCTAssertTrue(list.text.contains("Acme Trading"), list.text)
        XCTAssertFalse(c.isAsking)
        XCTAssertEqual(store.steps.count, 1)
        XCTAssertEqual(c.book.customers.count, 1)
    }

    // MARK: Completion

    func testCompletionsOfferCommandWordsAndCustomerNames() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "add customer Agora Foods", "add customer Kite Logistics"])
        let first = c.completions(forLineBeforeCursor: "ag")
        XCTAssertTrue(first.contains("agenda"), "\(first)")
        XCTAssertTrue(first.contains("aging"), "\(first)")
        XCTAssertTrue(first.contains("Agora Foods"), "\(first)")
        XCTAssertFalse(first.contains("Acme Trading"), "\(first)")
        let name = c.completions(forLineBeforeCursor: "statement ac")
        XCTAssertEqual(name, ["Acme Trading"])
        XCTAssertFalse(c.completions(forLineBeforeCursor: "statement un").contains("undo"))
        XCTAssertTrue(c.completions(forLineBeforeCursor: "open K").contains("Kite Logistics"))
        XCTAssertTrue(c.completions(forLineBeforeCursor: "open zz").isEmpty)
        XCTAssertTrue(c.completions(forLineBeforeCursor: "").contains("undo"))
    }

    // MARK: Compaction

    func testCompactionAfterManyStepsKeepsTheBook() throws {
        let (c, store) = make()
        run(c, ["add customer Acme Trading"])
        for i in 1..<Conversation.compactAfter {
            let reply = c.handle("Acme Trading owes \(i) due Dec 10")
            if reply.failed { return XCTFail("step \(i): \(reply.text)") }
        }
        XCTAssertTrue(store.steps.isEmpty, "the store was compacted")
        XCTAssertEqual(store.snapshot.lastSeq, c.book.lastSeq)
        XCTAssertEqual(store.snapshot.invoices, c.book.invoices)
        run(c, ["Acme Trading paid 10"])
        XCTAssertEqual(store.steps.count, 1)
        let reloaded = try store.load().book
        XCTAssertEqual(reloaded.payments, c.book.payments)
        XCTAssertEqual(reloaded.invoices, c.book.invoices)
    }

    func testAQuestionForADayIsAnsweredOnlyByADay() {
        let (c, store) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 900 due Dec 1"])
        let asked = c.handle("remind me to call Acme Trading")
        XCTAssertTrue(c.isAsking, asked.text)
        // A full command is carried out as itself; it does not become the reminder's day.
        let promise = c.handle("Acme Trading will pay 300 on Monday")
        XCTAssertFalse(promise.failed, promise.text)
        XCTAssertEqual(c.book.promises.count, 1)
        XCTAssertTrue(c.book.reminders.isEmpty)
        XCTAssertFalse(c.isAsking)
        // A bare day does answer.
        _ = c.handle("remind me to call Acme Trading")
        let answered = c.handle("Friday")
        XCTAssertFalse(answered.failed, answered.text)
        XCTAssertEqual(c.book.reminders.first?.due, Day(iso: "2026-11-20"))
        XCTAssertEqual(store.steps.count, 4)
    }

    func testAPaymentRecordedBeforeAPromiseDoesNotKeepIt() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 8,000 due Nov 5", "Acme Trading paid 5,000",
                "Acme Trading will pay 3,000 on Monday"])
        guard let promise = c.book.promises.first else { return XCTFail("no promise") }
        XCTAssertEqual(c.book.status(of: promise, on: c.today), .pending)
        let agenda = c.handle("agenda").text
        XCTAssertTrue(agenda.contains("Promise #1"), agenda)
        run(c, ["Acme Trading paid 3,000"])
        XCTAssertEqual(c.book.status(of: promise, on: c.today), .kept)
    }

    func testTheDateOrderSettingChangesHowSlashDatesRead() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 500 due 12/10"])
        XCTAssertEqual(c.book.invoices.last?.due, Day(iso: "2026-12-10"))
        run(c, ["set dates day-month", "Acme Trading owes 600 due 12/10"])
        XCTAssertEqual(c.book.invoices.last?.due, Day(iso: "2026-10-12"))
        run(c, ["undo", "undo", "Acme Trading owes 700 due 12/10"])
        XCTAssertEqual(c.book.invoices.last?.due, Day(iso: "2026-12-10"))
        XCTAssertTrue(c.handle("set dates sideways").failed)
    }

    func testTheCustomerListShowsEveryCurrencyOwed() {
        let (c, _) = make()
        run(c, ["add customer Acme Trading", "Acme Trading owes 500 due Nov 1", "Acme Trading owes USD 200 due Dec 1"])
        let list = c.handle("customers").text
        XCTAssertTrue(list.contains("¥500 + $200"), list)
        XCTAssertTrue(list.contains("¥500") && list.components(separatedBy: "¥500").count == 3, list)
    }
}
