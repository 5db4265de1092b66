import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpStore

/// A book built through `Book.record` with every kind of event, as a list of steps.
enum StoreFixture {
    static let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    static func d(_ iso: String) -> Day { Day(iso: iso) ?? Day(ordinal: 0) }

    /// The steps, in order; recording them all on an empty book gives `book`.
    static func steps() throws -> [Step] {
        var book = Book()
        var steps: [Step] = []
        func add(_ line: String, _ events: (Book) -> [Event], on day: Day = today) throws {
            let step = Step(seq: book.lastSeq + 1, day: day, line: line, events: events(book))
            try book.record(step)
            steps.append(step)
        }
        func undo() throws {
            guard let top = book.undoStack.last else { return }
            let step = Step(seq: book.lastSeq + 1, day: today, line: "undo", events: top.inverse, undoes: top.seq)
            try book.record(step)
            steps.append(step)
        }
        let yuan = { (n: Int64) in Money(minor: n * 100, currency: .cny) }
        let acme = Customer(id: CustomerID(1), name: "Acme Trading", aliases: ["Acme", "阿克米"],
                            contacts: [ContactPerson(name: "Li Wei", title: "Manager", phone: "13912345678", email: "li@acme.cn"),
                                       ContactPerson(name: "张总")],
                            phone: "021-5555", email: "ap@acme.cn", termsDays: 30, creditLimit: yuan(50_000),
                            tier: .key, notes: "Pays late; call before 10 \"sharp\"\nsecond line \\ tab\t", added: d("2026-11-01"))
        try add("add customer Acme Trading", { _ in [.customerAdded(acme)] }, on: d("2026-11-01"))
        let meihua = Customer(id: CustomerID(2), name: "美华商贸 🏬", creditLimit: Money(minor: 900_000, currency: .jpy),
                              tier: .watch, added: d("2026-11-02"))
        try add("新增客户美华商贸", { _ in [.customerAdded(meihua)] })
        try add("Acme phone 13800001111") { b in
            var after = b.customers[0]
            after.phone = "13800001111"
            after.termsDays = nil
            return [.customerChanged(before: b.customers[0], after: after)]
        }
        try add("set currency USD") { _ in [.settingChanged(key: "currency", before: nil, after: "USD")] }
        try add("set currency CNY") { _ in [.settingChanged(key: "currency", before: "USD", after: "CNY")] }
        try add("Acme owes 12,500 due Dec 10") { b in
            [.invoiceAdded(Invoice(id: b.nextInvoiceID, customer: CustomerID(1), number: "INV-0001", amount: yuan(12_500),
                                   issued: d("2026-11-03"), due: d("2026-12-10")))]
        }
        try add("Acme owes $1,200.50") { b in
            [.invoiceAdded(Invoice(id: b.nextInvoiceID, customer: CustomerID(1), number: "US-7", amount: Money(minor: 120_050, currency: .usd),
                                   issued: d("2026-11-04"), due: d("2026-11-30")))]
        }
        try add("美华商贸应收8000") { b in
            [.invoiceAdded(Invoice(id: b.nextInvoiceID, customer: CustomerID(2), number: "INV-0003", amount: yuan(8000),
                                   issued: today, due: d("2026-12-01")))]
        }
        try add("Acme paid 5,000 for INV-0001") { b in
            [.paymentAdded(Payment(id: b.nextPaymentID, customer: CustomerID(1), amount: yuan(5000), day: d("2026-11-10"),
                                   reference: "INV-0001", allocations: b.plannedAllocations(of: yuan(5000), customer: CustomerID(1))))]
        }
        try add("美华商贸付款10000") { b in
            [.paymentAdded(Payment(id: b.nextPaymentID, customer: CustomerID(2), amount: yuan(10_000), day: today,
                                   allocations: b.plannedAllocations(of: yuan(10_000), customer: CustomerID(2))))]
        }
        try add("美华商贸应收1500") { b in
            let inv = Invoice(id: b.nextInvoiceID, customer: CustomerID(2), number: "INV-0004", amount: yuan(1500), issued: today, due: today)
            return [.invoiceAdded(inv), .allocated(payment: PaymentID(2), Allocation(invoice: inv.id, minor: 150_000))]
        }
        try add("Acme will pay 5000 on Friday") { b in
            [.promiseAdded(Promise(id: b.nextPromiseID, customer: CustomerID(1), amount: yuan(5000), due: d("2026-11-20"), made: today))]
        }
        try add("remind me every week to call 张总 at 9:30") { b in
            [.reminderAdded(Reminder(id: b.nextReminderID, text: "call 张总", customer: CustomerID(1), due: d("2026-11-19"),
                                     time: TimeOfDay(hour: 9, minute: 30), recurrence: Recurrence(every: 2, unit: .week),
                                     kind: .call, created: today))]
        }
        try add("remind me to buy stamps tomorrow") { b in
            [.reminderAdded(Reminder(id: b.nextReminderID, text: "buy stamps", due: d("2026-11-19"), recurrence: .monthly, created: today))]
        }
        try add("done 2") { b in
            var after = b.reminders[1]
            after.done = today
            return [.reminderChanged(before: b.reminders[1], after: after)]
        }
        try add("snooze 1 until Friday") { b in
            var after = b.reminders[0]
            after.snoozedFrom = after.due
            after.due = d("2026-11-20")
            return [.reminderChanged(before: b.reminders[0], after: after)]
        }
        try add("called Acme, no answer") { b in
            [.contactAdded(ContactEntry(id: b.nextContactID, customer: CustomerID(1), day: today, channel: .call, note: "no answer — 再打"))]
        }
        try add("visited 美华商贸") { b in
            [.contactAdded(ContactEntry(id: b.nextContactID, customer: CustomerID(2), day: today, channel: .visit, note: ""))]
        }
        try undo()
        try add("line with\nnewline, \"quotes\", \u{2028} and \u{1}") { b in
            [.contactAdded(ContactEntry(id: b.nextContactID, customer: CustomerID(2), day: today, channel: .email, note: "sent"))]
        }
        // Remove-type events as forward changes, then undo one of them.
        try add("remove promise") { b in [.promiseRemoved(b.promises[0])] }
        try undo()
        try add("unapply") { b in [.unallocated(payment: PaymentID(1), b.payments[0].allocations[0])] }
        // A complaint through its steps, with a credit note taken back by undo and a refund kept.
        try add("美华商贸投诉：空调漏水，很生气") { b in
            [.complaintAdded(Complaint(id: b.nextComplaintID, customer: CustomerID(2), contact: "王经理", words: "空调漏水",
                                       received: today, product: "空调", invoice: InvoiceID(3), severity: .high, angry: true))]
        }
        func move(_ changes: [ComplaintChange], _ b: Book) -> [Event] {
            guard let before = b.complaints.last, let after = try? ComplaintFlow.apply(changes, to: before, on: today) else { return [] }
            return [.complaintChanged(before: before, after: after)]
        }
        try add("1号投诉：产品质量问题，转售后部周五上门") { b in
            move([.cooled(.person), .causeFound(.productDefect), .handedOff(to: "售后部", by: d("2026-11-20"))], b)
        }
        try add("credit note 300 for complaint 1") { b in
            guard let c = b.complaints.last else { return [] }
            return (try? ComplaintMoney.events(.creditNote, amount: yuan(300), complaint: c, in: b, on: today)) ?? []
        }
        try undo()
        try add("refund 200 for complaint 1, resolved") { b in
            guard let c = b.complaints.last else { return [] }
            return (try? ComplaintMoney.events(.refund, amount: yuan(200), complaint: c, in: b, on: today, also: [.carriedOut("换了新机")])) ?? []
        }
        return steps
    }

    static func book(_ steps: [Step]) throws -> Book {
        var b = Book()
        for s in steps { try b.record(s) }
        return b
    }
}

/// Fails unless every part of the two books is the same.
func assertSameBook(_ a: Book, _ b: Book, file: StaticString = #filePath, line: UInt = #line) {
    XCTAssertEqual(a.customers, b.customers, "customers", file: file, line: line)
    XCTAssertEqual(a.invoices, b.invoices, "invoices", file: file, line: line)
    XCTAssertEqual(a.payments, b.payments, "payments", file: file, line: line)
    XCTAssertEqual(a.promises, b.promises, "promises", file: file, line: line)
    XCTAssertEqual(a.reminders, b.reminders, "reminders", file: file, line: line)
    XCTAssertEqual(a.contacts, b.contacts, "contacts", file: file, line: line)
    XCTAssertEqual(a.complaints, b.complaints, "complaints", file: file, line: line)
    XCTAssertEqual(a.settings, b.settings, "settings", file: file, line: line)
    XCTAssertEqual(a.history, b.history, "history", file: file, line: line)
    XCTAssertEqual(a.undoStack, b.undoStack, "undoStack", file: file, line: line)
    XCTAssertEqual(a.lastSeq, b.lastSeq, "lastSeq", file: file, line: line)
}

final class FileBookStoreTests: XCTestCase {
    private var directory = ""
    private var path: String { directory + "/book.json" }
    private var journalPath: String { directory + "/book.journal" }

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("followup-store-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(atPath: directory)
    }

    private func bytes(_ p: String) -> [UInt8]? { FileManager.default.contents(atPath: p).map { Array($0) } }

    private func write(_ p: String, _ b: [UInt8]) throws {
        try Data(b).write(to: URL(fileURLWithPath: p))
    }

    private func appendRaw(_ p: String, _ b: [UInt8]) throws {
        let h = try FileHandle(forWritingTo: URL(fileURLWithPath: p))
        try h.seekToEnd()
        try h.write(contentsOf: Data(b))
        try h.close()
    }

    /// Opens a store, runs `body`, and lets the store go (closing its lock) before returning.
    private func withStore<T>(_ body: (FileBookStore) throws -> T) throws -> T {
        let store = try FileBookStore(path: path)
        return try body(store)
    }

    private func load() throws -> (book: Book, warnings: [String]) {
        try withStore { try $0.load() }
    }

    private func files() -> [String: [UInt8]] {
        var out: [String: [UInt8]] = [:]
        for name in (try? FileManager.default.contentsOfDirectory(atPath: directory)) ?? [] where !name.hasSuffix(".lock") {
            out[name] = bytes(directory + "/" + name)
        }
        return out
    }

    // MARK: Round trips

    func testEmptyBookLoadsEmpty() throws {
        let (book, warnings) = try load()
        XCTAssertTrue(warnings.isEmpty)
        assertSameBook(book, Book())
    }

    func testCompactThenLoadGivesAnEqualBook() throws {
        let steps = try StoreFixture.steps()
        let book = try StoreFixture.book(steps)
        XCTAssertFalse(book.undoStack.isEmpty)
        // The fixture's complaint steps did what they say (an empty step would prove nothing).
        let complaint = try XCTUnwrap(book.complaints.first)
        XCTAssertEqual(complaint.stage, .review)
        XCTAssertEqual(complaint.timeline.map(\.change.kind), [.cooled, .cause, .handoff, .remedy, .carriedOut])
        XCTAssertEqual(book.payments.last?.kind, .refund)
        XCTAssertEqual(book.payments.count, 3, "the credit note was taken back")
        XCTAssertTrue(book.history.contains { $0.undone })
        try withStore { try $0.compact(book) }
        let snapshot = try XCTUnwrap(bytes(path))
        let head = Array(#"{"format":"followup-book","version":\#(SnapshotCodec.version),"#.utf8)
        XCTAssertEqual(Array(snapshot.prefix(head.count)), head)
        XCTAssertEqual(snapshot.last, 0x0A)
        XCTAssertEqual(bytes(journalPath) ?? [], [])
        let (loaded, warnings) = try load()
        XCTAssertTrue(warnings.isEmpty)
        assertSameBook(loaded, book)
        // Compacting the loaded book writes the same bytes again.
        try withStore { try $0.compact(loaded) }
        XCTAssertEqual(bytes(path), snapshot)
    }

    func testJournalOnlyLoadEqualsTheBookInMemory() throws {
        let steps = try StoreFixture.steps()
        try withStore { store in for s in steps { try store.append(s) } }
        XCTAssertNil(bytes(path))
        let journal = try XCTUnwrap(bytes(journalPath))
        XCTAssertEqual(journal.filter { $0 == 0x0A }.count, steps.count)
        let (loaded, warnings) = try load()
        XCTAssertTrue(warnings.isEmpty)
        assertSameBook(loaded, try StoreFixture.book(steps))
    }

    func testSnapshotPlusJournalAfterCompaction() throws {
        let steps = try StoreFixture.steps()
        let half = steps.count / 2
        try withStore { store in
            for s in steps.prefix(half) { try store.append(s) }
            try store.compact(try StoreFixture.book(Array(steps.prefix(half))))
            XCTAssertEqual(self.bytes(self.journalPath) ?? [], [])
            for s in steps.dropFirst(half) { try store.append(s) }
        }
        let (loaded, _) = try load()
        assertSameBook(loaded, try StoreFixture.book(steps))
        // Once more after reopening: load, append, reload.
        let extra = Step(seq: loaded.lastSeq + 1, day: StoreFixture.today, line: "add customer Pine",
                         events: [.customerAdded(Customer(id: loaded.nextCustomerID, name: "Pine", added: StoreFixture.today))])
        var expected = loaded
        try expected.record(extra)
        try withStore { store in
            _ = try store.load()
            try store.append(extra)
        }
        assertSameBook(try load().book, expected)
    }

    func testStepsAlreadyInTheSnapshotAreSkipped() throws {
        // A crash after the snapshot was written but before the journal was emptied.
        let steps = try StoreFixture.steps()
        let book = try StoreFixture.book(steps)
        try withStore { store in for s in steps { try store.append(s) } }
        try write(path, FileBookStore.snapshotBytes(book))
        let (loaded, warnings) = try load()
        XCTAssertTrue(warnings.isEmpty)
        assertSameBook(loaded, book)
        // A journal holding older steps and one newer step: only the newer one is applied.
        let extra = Step(seq: book.lastSeq + 1, day: StoreFixture.today, line: "set currency USD",
                         events: [.settingChanged(key: "currency", before: "CNY", after: "USD")])
        try appendRaw(journalPath, FileBookStore.journalLine(extra) + [0x0A])
        var expected = book
        try expected.record(extra)
        assertSameBook(try load().book, expected)
    }

    // MARK: Damage

    func testTornLastLineIsSetAsideWithAWarning() throws {
        let steps = try StoreFixture.steps()
        let kept = Array(steps.prefix(5))
        try withStore { store in for s in kept { try store.append(s) } }
        let clean = try XCTUnwrap(bytes(journalPath))
        let torn = Array(FileBookStore.journalLine(steps[5]).prefix(37))
        try appendRaw(journalPath, torn)

        let (loaded, warnings) = try load()
        assertSameBook(loaded, try StoreFixture.book(kept))
        XCTAssertEqual(warnings.count, 1)
        let side = journalPath + ".torn"
        XCTAssertTrue(warnings.first?.contains(side) ?? false, warnings.first ?? "no warning")
        XCTAssertTrue(warnings.first?.contains(journalPath) ?? false)
        XCTAssertEqual(bytes(side), torn)
        XCTAssertEqual(bytes(journalPath), clean)
        XCTAssertEqual(bytes(journalPath)?.last, 0x0A)

        // The next load is clean, and appending goes on from there.
        try withStore { store in
            let (again, w) = try store.load()
            XCTAssertTrue(w.isEmpty)
            assertSameBook(again, try StoreFixture.book(kept))
            try store.append(steps[5])
        }
        assertSameBook(try load().book, try StoreFixture.book(Array(steps.prefix(6))))
    }

    func testMalformedSnapshotIsRefusedAndLeftAlone() throws {
        let steps = try StoreFixture.steps()
        try withStore { store in for s in steps.prefix(3) { try store.append(s) } }
        try write(path, Array(#"{"format":"followup-book","version":1,"customers":[{"id":1,"#.utf8))
        try appendRaw(journalPath, Array("{\"seq\":".utf8)) // a torn tail too: it must not be set aside
        let before = files()
        XCTAssertThrowsError(try load()) { error in
            guard case StoreError.malformed(let p, _) = error else { return XCTFail("expected malformed, got \(error)") }
            XCTAssertEqual(p, self.path)
        }
        XCTAssertEqual(files(), before)
    }

    func testMalformedJournalLineIsRefusedAndLeftAlone() throws {
        let steps = try StoreFixture.steps()
        try withStore { store in for s in steps.prefix(3) { try store.append(s) } }
        try appendRaw(journalPath, Array("{\"seq\": 4, this is not json}\n".utf8))
        try appendRaw(journalPath, FileBookStore.journalLine(steps[3]) + [0x0A])
        let before = files()
        XCTAssertThrowsError(try load()) { error in
            guard case StoreError.malformed(let p, let detail) = error else { return XCTFail("expected malformed, got \(error)") }
            XCTAssertEqual(p, self.journalPath)
            XCTAssertTrue(detail.contains("line 4"), detail)
        }
        XCTAssertEqual(files(), before)
    }

    func testUnknownEventTypeIsRefusedAndLeftAlone() throws {
        let line = #"{"seq":1,"day":"2026-11-18","line":"log complaint","events":[{"type":"complaintAdded","complaint":{"id":1}}]}"#
        try write(journalPath, Array(line.utf8) + [0x0A])
        let before = files()
        XCTAssertThrowsError(try load()) { error in
            guard case StoreError.malformed(let p, let detail) = error else { return XCTFail("expected malformed, got \(error)") }
            XCTAssertEqual(p, self.journalPath)
            XCTAssertTrue(detail.contains("complaintAdded"), detail)
        }
        XCTAssertEqual(files(), before)
    }

    func testAStepThatDoesNotFitTheBookIsRefused() throws {
        let steps = try StoreFixture.steps()
        // Step 6 adds an invoice for customer #1, who is never added here.
        try withStore { store in try store.append(steps[5]) }
        let before = files()
        XCTAssertThrowsError(try load()) { error in
            guard case StoreError.malformed(let p, let detail) = error else { return XCTFail("expected malformed, got \(error)") }
            XCTAssertEqual(p, self.journalPath)
            XCTAssertTrue(detail.contains("line 1"), detail)
        }
        XCTAssertEqual(files(), before)
    }

    func testNewerVersionIsRefusedAndLeftAlone() throws {
        try write(path, Array(#"{"format":"followup-book","version":99,"customers":{"new":"shape"}}"#.utf8) + [0x0A])
        try write(journalPath, Array("{\"seq\":1,\"day\":\"2026-11-18\",\"line\":\"x\",\"events\":[]}\n".utf8))
        let before = files()
        XCTAssertThrowsError(try load()) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(self.path, found: 99, supported: SnapshotCodec.version))
        }
        XCTAssertEqual(files(), before)
        // And compaction is never attempted over it by a failed load: still the same bytes.
        XCTAssertEqual(bytes(path), before["book.json"])
    }

    // MARK: Locking

    func testASecondStoreOnTheSamePathIsLockedOut() throws {
        let first = try FileBookStore(path: path)
        XCTAssertThrowsError(try FileBookStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .locked(self.path))
        }
        _ = try first.load()
        // Released when the first store goes away.
        first.files.close()
        XCTAssertNoThrow(try FileBookStore(path: path))
    }

    func testLockIsReleasedWhenTheStoreIsDeallocated() throws {
        var first: FileBookStore? = try FileBookStore(path: path)
        XCTAssertNotNil(first)
        XCTAssertThrowsError(try FileBookStore(path: path))
        first = nil
        XCTAssertNoThrow(try FileBookStore(path: path))
    }

    func testMissingFolderIsCreated() throws {
        let nested = directory + "/a/b/book.json"
        let store = try FileBookStore(path: nested)
        let step = Step(seq: 1, day: StoreFixture.today, line: "add customer X",
                        events: [.customerAdded(Customer(id: CustomerID(1), name: "X", added: StoreFixture.today))])
        try store.append(step)
        XCTAssertEqual(try store.load().book.customers.map(\.name), ["X"])
        XCTAssertNotNil(bytes(directory + "/a/b/book.journal"))
    }
    // MARK: Damaged books, refused with the file and position, nothing changed

    private let head = #"{"seq":1,"day":"2026-11-18","line":"x","events":[{"type":"customerAdded","customer":{"id":1,"name":"Acme","added":"2026-11-01"}}]}"#

    private func assertJournalRefused(_ second: String, containing text: String, line: UInt = #line) throws {
        try write(journalPath, Array((head + "\n" + second + "\n").utf8))
        let before = files()
        XCTAssertThrowsError(try load(), line: line) { error in
            guard case StoreError.malformed(let p, let detail) = error else { return XCTFail("expected malformed, got \(error)", line: line) }
            XCTAssertEqual(p, self.journalPath, line: line)
            XCTAssertTrue(detail.contains("line 2") && detail.contains(text), detail, line: line)
        }
        XCTAssertEqual(files(), before, line: line)
    }

    func testJournalLinesAreCheckedAsStrictlyAsTheSnapshot() throws {
        let step = #"{"seq":2,"day":"2026-11-18","line":"x","events":["#
        try assertJournalRefused(step + #"{"type":"paymentAdded","payment":[1,7,500,"CNY","2026-11-18",null,[]]}]}"#,
                                 containing: "customer #7, which does not exist")
        try assertJournalRefused(step + #"{"type":"promiseAdded","promise":{"id":1,"customer":3,"amount":5,"amountCurrency":"CNY","due":"2026-12-01","made":"2026-11-18"}}]}"#,
                                 containing: "customer #3")
        try assertJournalRefused(step + #"{"type":"invoiceAdded","invoice":[1,1,"I",9223372036854775807,"CNY","2026-11-18","2026-12-18"]}]}"#,
                                 containing: "amount")
        try assertJournalRefused(step + #"{"type":"customerChanged","before":{"id":1,"name":"Acme","added":"2026-11-01"},"after":{"id":1,"name":"Acme","terms":9223372036854775807,"added":"2026-11-01"}}]}"#,
                                 containing: "terms")
        try assertJournalRefused(#"{"seq":9223372036854775807,"day":"2026-11-18","line":"x","events":[]}"#, containing: "step")
        try assertJournalRefused(step + #"{"type":"invoiceAdded","invoice":[1,1,"I",500,"CNY","2026-11-18","2026-12-18"]},"#
                                 + #"{"type":"paymentAdded","payment":[1,1,100,"CNY","2026-11-18",null,[[1,-50]]]}]}"#,
                                 containing: "cannot cover")
        try assertJournalRefused(step + #"{"type":"invoiceAdded","invoice":[1,1,"I",500,"CNY","2026-11-18","2026-12-18"]},"#
                                 + #"{"type":"paymentAdded","payment":[1,1,9000,"CNY","2026-11-18",null,[[1,9000]]]}]}"#,
                                 containing: "cannot cover")
    }

    func testDamagedSnapshotsAreRefusedNotCrashedOn() throws {
        let start = #"{"format":"followup-book","version":1,"#
        let acme = #""customers":[{"id":1,"name":"Acme","added":"2026-11-01"}]"#
        let cases: [(String, String)] = [
            (start + #""lastSeq":9223372036854775807}"#, "lastSeq"),
            (start + #""lastSeq":1,"# + acme + #","invoices":[[1,1,"I",9223372036854775807,"CNY","2026-11-18","2026-12-18"]]}"#, "amount"),
            (start + #""lastSeq":1,"customers":[{"id":1,"name":"Acme","terms":99999999999999,"added":"2026-11-01"}]}"#, "terms"),
            (start + #""lastSeq":1,"# + acme + #","invoices":[[1,1,"I",500,"CNY","2026-11-18","2026-12-18"]],"#
                + #""payments":[[1,1,9223372036854775807,"CNY","2026-11-18",null,[[1,500],[1,9223372036854775807]]]]}"#, "amount"),
            (start + #""lastSeq":1,"# + acme + #","invoices":[[1,1,"I",500,"CNY","2026-11-18","2026-12-18"]],"#
                + #""payments":[[1,1,900,"CNY","2026-11-18",null,[[1,600]]]]}"#, "cannot cover"),
            (start + #""lastSeq":1,"# + acme + #","contacts":[{"id":1,"customer":4,"day":"2026-11-18","channel":"call"}]}"#, "customer #4"),
        ]
        for (json, text) in cases {
            try write(path, Array(json.utf8))
            try? FileManager.default.removeItem(atPath: journalPath)
            let before = files()
            XCTAssertThrowsError(try load()) { error in
                guard case StoreError.malformed(let p, let detail) = error else { return XCTFail("expected malformed, got \(error)") }
                XCTAssertEqual(p, self.path)
                XCTAssertTrue(detail.contains(text), "“\(detail)” lacks “\(text)”")
            }
            XCTAssertEqual(files(), before)
        }
    }

    // MARK: The lock, links, permissions

    private var lockPath: String { directory + "/book.lock" }

    private func step(_ seq: Int, _ name: String) -> Step {
        Step(seq: seq, day: StoreFixture.today, line: "add customer \(name)",
             events: [.customerAdded(Customer(id: CustomerID(seq), name: name, added: StoreFixture.today))])
    }

    func testADeletedLockStopsTheFirstWriterBeforeItErasesTheSecond() throws {
        let first = try FileBookStore(path: path)
        try first.append(step(1, "A"))
        XCTAssertEqual(unlink(lockPath), 0)
        let second = try FileBookStore(path: path) // the deleted lock let a second writer in
        let (book, _) = try second.load()
        try second.append(step(2, "B"))
        XCTAssertThrowsError(try first.append(step(2, "C"))) { error in
            guard case StoreError.notSaved(_, let reason)? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(reason, IOReason.lockLost)
        }
        XCTAssertThrowsError(try first.compact(book)) { error in
            XCTAssertEqual(error as? StoreError, .snapshotNotWritten(self.path, reason: IOReason.lockLost))
        }
        XCTAssertEqual(try second.load().book.customers.map(\.name), ["A", "B"])
    }

    func testALockFileDeletedWithNoSecondWriterStillStopsWrites() throws {
        let first = try FileBookStore(path: path)
        XCTAssertEqual(unlink(lockPath), 0)
        XCTAssertThrowsError(try first.append(step(1, "A")))
        XCTAssertNil(bytes(journalPath).flatMap { $0.isEmpty ? nil : $0 })
    }

    func testLinkedBookFilesAreRefusedAndLeftAsLinks() throws {
        let real = directory + "/real.json"
        try write(real, Array(#"{"format":"followup-book","version":1,"lastSeq":0}"#.utf8))
        XCTAssertEqual(symlink(real, path), 0)
        XCTAssertThrowsError(try FileBookStore(path: path)) { error in
            guard case StoreError.unsafe(let p, .symbolicLink(let target))? = error as? StoreError else { return XCTFail("\(error)") }
            XCTAssertEqual(p, self.path)
            XCTAssertEqual(target, real)
            XCTAssertTrue((error as? StoreError)?.message.contains("--book \(real)") == true)
        }
        var info = stat()
        XCTAssertEqual(lstat(path, &info), 0)
        XCTAssertEqual(info.st_mode & S_IFMT, S_IFLNK, "the link is still a link")
        XCTAssertEqual(unlink(path), 0)
        // A linked journal or lock is refused the same way.
        XCTAssertEqual(symlink(directory + "/elsewhere", journalPath), 0)
        XCTAssertThrowsError(try FileBookStore(path: path))
        XCTAssertNil(bytes(directory + "/elsewhere"))
    }

    func testAPlantedTemporaryLinkIsNotWrittenThrough() throws {
        let store = try FileBookStore(path: path)
        let victim = directory + "/victim"
        try write(victim, Array("keep".utf8))
        XCTAssertEqual(symlink(victim, path + ".tmp"), 0)
        try store.compact(try StoreFixture.book(try StoreFixture.steps()))
        XCTAssertEqual(bytes(victim), Array("keep".utf8))
        XCTAssertNil(bytes(path + ".tmp"))
    }

    func testAFolderOthersCanWriteIsRefusedWithTheFix() throws {
        XCTAssertEqual(chmod(directory, 0o770), 0)
        XCTAssertThrowsError(try FileBookStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .unsafe(self.directory, problem: .sharedFolder(mode: 0o770)))
            XCTAssertTrue((error as? StoreError)?.message.contains("chmod 700 \(self.directory)") == true)
        }
        XCTAssertEqual(chmod(directory, 0o700), 0)
    }

    func testFilesOfAnotherUserAreRefused() throws {
        try write(path, Array(#"{"format":"followup-book","version":1,"lastSeq":0}"#.utf8))
        guard geteuid() == 0 else { return } // only root can give a file away
        XCTAssertEqual(chown(path, 65534, 65534), 0)
        XCTAssertThrowsError(try FileBookStore(path: path)) { error in
            XCTAssertEqual(error as? StoreError, .unsafe(self.path, problem: .otherOwner(uid: 65534)))
        }
    }

    func testALeftoverTemporarySnapshotIsRemovedOnOpen() throws {
        try write(path + ".tmp", Array("half a snapsh".utf8))
        _ = try FileBookStore(path: path)
        XCTAssertNil(bytes(path + ".tmp"))
    }
}

