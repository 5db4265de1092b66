import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpStore

final class SnapshotCodecTests: XCTestCase {
    private let path = "/books/book.json"

    private func read(_ text: String) throws -> Book {
        try SnapshotCodec.read(Array(text.utf8), path: path)
    }

    private func assertMalformed(_ text: String, containing needle: String? = nil,
                                 file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try read(text), file: file, line: line) { error in
            guard case StoreError.malformed(let p, let detail) = error else {
                return XCTFail("expected malformed, got \(error)", file: file, line: line)
            }
            XCTAssertEqual(p, self.path, file: file, line: line)
            if let needle { XCTAssertTrue(detail.contains(needle), "“\(detail)” lacks “\(needle)”", file: file, line: line) }
        }
    }

    func testInvoicesAndPaymentsReadTheSameAsArraysOrObjects() throws {
        let head = #"{"format":"followup-book","version":1,"lastSeq":3,"customers":[{"id":1,"name":"Acme","added":"2026-11-01"}],"#
        let asArrays = head + #""invoices":[[1,1,"INV-1",50000,"CNY","2026-11-01","2026-12-01"]],"#
            + #""payments":[[1,1,20000,"CNY","2026-11-05","INV-1",[[1,20000]]]]}"#
        let asObjects = head + #""invoices":[{"id":1,"customer":1,"number":"INV-1","amount":50000,"amountCurrency":"CNY","#
            + #""issued":"2026-11-01","due":"2026-12-01"}],"#
            + #""payments":[{"id":1,"customer":1,"amount":20000,"amountCurrency":"CNY","day":"2026-11-05","#
            + #""reference":"INV-1","applied":[[1,20000]]}]}"#
        let a = try read(asArrays), o = try read(asObjects)
        XCTAssertEqual(a.invoices, o.invoices)
        XCTAssertEqual(a.payments, o.payments)
        XCTAssertEqual(a.invoices.first?.outstanding.minor, 30000)
        // What is written is the object form (as `asObjects` has it), and it reads back the same.
        XCTAssertEqual(try SnapshotCodec.read(SnapshotCodec.write(a), path: path).invoices, a.invoices)
        let written = String(decoding: SnapshotCodec.write(a), as: UTF8.self)
        XCTAssertTrue(written.contains(String(asObjects.dropFirst(head.count).dropLast())), written)
        assertMalformed(head + #""invoices":[[1,1,"INV-1",50000,"CNY","2026-11-01"]]}"#, containing: "7 fields")
        assertMalformed(head + #""payments":[[1,1,20000,"CNY"]]}"#, containing: "7 fields")
    }

    func testRecordsNamingAMissingCustomerAreRefused() {
        let head = #"{"format":"followup-book","version":1,"lastSeq":1,"customers":[{"id":1,"name":"Acme","added":"2026-11-01"}],"#
        assertMalformed(head + #""invoices":[[1,7,"INV-1",50000,"CNY","2026-11-01","2026-12-01"]]}"#, containing: "customer #7")
        assertMalformed(head + #""reminders":[{"id":1,"text":"call","customer":9,"due":"2026-12-01","created":"2026-11-01"}]}"#,
                        containing: "customer #9")
    }

    func testRoundTripOfARichBook() throws {
        let book = try StoreFixture.book(try StoreFixture.steps())
        let bytes = SnapshotCodec.write(book)
        assertSameBook(try SnapshotCodec.read(bytes, path: path), book)
        XCTAssertEqual(FileBookStore.snapshotBytes(book), bytes)
    }

    func testRoundTripOfAnEmptyBook() throws {
        let bytes = SnapshotCodec.write(Book())
        XCTAssertEqual(String(decoding: bytes, as: UTF8.self),
                       #"{"format":"followup-book","version":\#(SnapshotCodec.version),"lastSeq":0,"settings":{},"customers":[],"invoices":[],"payments":[],"promises":[],"reminders":[],"contacts":[],"history":[],"undo":[]}"# + "\n")
        assertSameBook(try SnapshotCodec.read(bytes, path: path), Book())
    }

    func testEveryEventRoundTripsThroughAJournalLine() throws {
        let steps = try StoreFixture.steps()
        var kinds = Set<String>()
        for step in steps {
            let line = FileBookStore.journalLine(step)
            XCTAssertFalse(line.contains(0x0A), "a journal line must not contain a newline")
            var r = JSONReader(line)
            let back = try EventCodec.readStep(&r)
            try r.expectEnd()
            XCTAssertEqual(back, step)
            for e in step.events { kinds.insert(String(describing: e).prefix { $0 != "(" }.description) }
            // The inverses (kept in the undo stack) must read back too.
            for e in step.events {
                var w = JSONWriter(capacity: 64)
                EventCodec.write(e.inverse, &w)
                var r2 = JSONReader(w.bytes)
                XCTAssertEqual(try EventCodec.read(&r2), e.inverse)
            }
        }
        XCTAssertEqual(kinds, ["customerAdded", "customerChanged", "settingChanged", "invoiceAdded", "paymentAdded",
                               "allocated", "unallocated", "promiseAdded", "promiseRemoved", "reminderAdded", "reminderChanged",
                               "contactAdded", "contactRemoved", "complaintAdded", "complaintChanged", "paymentRemoved"])
    }

    func testADeletedReminderKeepsItsDayThroughSnapshotAndJournal() throws {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
        var r = Reminder(id: ReminderID(1), text: "call 张总", due: today, created: today)
        let before = r
        r.cancelled = today
        let step = Step(seq: 1, day: today, line: "删除提醒1", events: [.reminderAdded(before), .reminderChanged(before: before, after: r)])
        var reader = JSONReader(FileBookStore.journalLine(step))
        XCTAssertEqual(try EventCodec.readStep(&reader), step)
        var book = Book()
        _ = try book.record(step)
        let loaded = try SnapshotCodec.read(SnapshotCodec.write(book), path: path)
        XCTAssertEqual(loaded.reminders.first?.cancelled, today)
        XCTAssertFalse(loaded.reminders.first?.isOpen ?? true)
    }

    func testARemovedCustomerKeepsItsDay() throws {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
        var cu = Customer(id: CustomerID(1), name: "Acme", added: today)
        let before = cu
        cu.removed = today
        var book = Book()
        _ = try book.record(Step(seq: 1, day: today, line: "add", events: [.customerAdded(before)]))
        _ = try book.record(Step(seq: 2, day: today, line: "delete", events: [.customerChanged(before: before, after: cu)]))
        let loaded = try SnapshotCodec.read(SnapshotCodec.write(book), path: path)
        XCTAssertEqual(loaded.customers.first?.removed, today)
    }

    func testBouncedPaymentsAndCreditNotesRoundTrip() throws {
        let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
        let cu = Customer(id: CustomerID(1), name: "Acme", added: today)
        let inv = Invoice(id: InvoiceID(1), customer: cu.id, number: "INV-0001", amount: Money(minor: 500_000, currency: .cny),
                          issued: today, due: today)
        let a = Allocation(invoice: inv.id, minor: 200_000)
        let pay = Payment(id: PaymentID(1), customer: cu.id, amount: Money(minor: 200_000, currency: .cny), day: today,
                          allocations: [a])
        var note = Payment(id: PaymentID(2), customer: cu.id, amount: Money(minor: 100_000, currency: .cny), day: today,
                           allocations: [Allocation(invoice: inv.id, minor: 100_000)])
        note.kind = .creditNote
        let steps = [
            Step(seq: 1, day: today, line: "setup", events: [.customerAdded(cu), .invoiceAdded(inv), .paymentAdded(pay)]),
            Step(seq: 2, day: today, line: "bounced", events: [.unallocated(payment: pay.id, a),
                                                                 .paymentBounced(pay.id, customer: cu.id, on: today)]),
            Step(seq: 3, day: today, line: "returned", events: [.paymentAdded(note)]),
        ]
        var book = Book()
        for step in steps {
            var reader = JSONReader(FileBookStore.journalLine(step))
            XCTAssertEqual(try EventCodec.readStep(&reader), step)
            _ = try book.record(step)
        }
        let loaded = try SnapshotCodec.read(SnapshotCodec.write(book), path: path)
        XCTAssertEqual(loaded.payments.map(\.bounced), [today, nil])
        XCTAssertEqual(loaded.payments.map(\.kind), [.payment, .creditNote])
        XCTAssertEqual(loaded.invoices.first?.paid, 100_000)
    }

    func testContactOutcomesAndExcusesAreWrittenOnlyWhenSet() throws {
        let head = #"{"format":"followup-book","version":1,"lastSeq":1,"customers":[{"id":1,"name":"Acme","added":"2026-11-01"}],"#
        // A book written before outcomes existed reads as it is.
        let old = try read(head + #""contacts":[{"id":1,"customer":1,"day":"2026-11-18","channel":"call","note":"no answer"}],"#
                           + #""reminders":[{"id":1,"text":"call Acme","customer":1,"due":"2026-11-19","kind":"collect","created":"2026-11-18"}]}"#)
        XCTAssertEqual(old.contacts.first?.channel, .call)
        XCTAssertNil(old.contacts.first?.outcome)
        XCTAssertNil(old.contacts.first?.excuse)
        XCTAssertEqual(old.reminders.first?.kind, .collect)
        let plain = String(decoding: SnapshotCodec.write(old), as: UTF8.self)
        XCTAssertFalse(plain.contains("outcome"))
        XCTAssertFalse(plain.contains("excuse"))

        let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
        let contact = ContactEntry(id: ContactID(2), customer: CustomerID(1), day: today, channel: .call, note: "关机",
                                   outcome: .phoneOff, excuse: .bossAway)
        let step = Step(seq: 2, day: today, line: "给Acme打电话，关机", events: [.contactAdded(contact)])
        var reader = JSONReader(FileBookStore.journalLine(step))
        XCTAssertEqual(try EventCodec.readStep(&reader), step)
        var book = old
        _ = try book.record(step)
        let text = String(decoding: SnapshotCodec.write(book), as: UTF8.self)
        XCTAssertTrue(text.contains(#""outcome":"phone_off","excuse":"boss_away""#))
        XCTAssertEqual(try SnapshotCodec.read(SnapshotCodec.write(book), path: path).contacts.last, contact)

        assertMalformed(head + #""contacts":[{"id":1,"customer":1,"day":"2026-11-18","channel":"pigeon","note":""}]}"#,
                        containing: "unknown channel \"pigeon\"")
        assertMalformed(head + #""contacts":[{"id":1,"customer":1,"day":"2026-11-18","channel":"call","note":"","outcome":"maybe"}]}"#,
                        containing: "unknown contact outcome")
        assertMalformed(head + #""reminders":[{"id":1,"text":"x","due":"2026-11-19","kind":"nap","created":"2026-11-18"}]}"#,
                        containing: "unknown reminder kind")
    }

    func testPaidIsRecomputedFromPayments() throws {
        let book = try StoreFixture.book(try StoreFixture.steps())
        let loaded = try SnapshotCodec.read(SnapshotCodec.write(book), path: path)
        XCTAssertEqual(loaded.invoices.map(\.paid), book.invoices.map(\.paid))
        XCTAssertTrue(loaded.invoices.contains { $0.paid > 0 })
    }

    /// A field or section this build does not know would be dropped at its next compaction, so
    /// the book is refused instead (a newer build that adds one also bumps `version`).
    func testUnknownFieldsAreRefused() throws {
        assertMalformed(#"{"format":"followup-book","version":1,"lastSeq":3,"future":{"a":[1,2,{"b":null}]}}"#, containing: "future")
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"Acme","added":"2026-11-18","mood":"happy"}]}"#,
                        containing: "mood")
    }

    func testNewerVersionIsRefusedBeforeReadingTheRest() {
        XCTAssertThrowsError(try read(#"{"format":"followup-book","version":7,"customers":"a new shape"}"#)) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(self.path, found: 7, supported: SnapshotCodec.version))
        }
        XCTAssertThrowsError(try read(#"{"version":99,"format":"followup-book","customers":42}"#)) { error in
            XCTAssertEqual(error as? StoreError, .newerVersion(self.path, found: 99, supported: SnapshotCodec.version))
        }
    }

    func testMalformedSnapshots() {
        assertMalformed("")
        assertMalformed("not json")
        assertMalformed("[]")
        assertMalformed(#"{"format":"followup-book","version":1"#)
        assertMalformed(#"{"format":"followup-book","version":1} trailing"#)
        assertMalformed(#"{"version":1}"#, containing: "format")
        assertMalformed(#"{"format":"something-else","version":1}"#, containing: "format")
        assertMalformed(#"{"lastSeq":1,"format":"followup-book","version":1}"#, containing: "first")
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A"}]}"#, containing: "added")
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A","added":"2026-02-30"}]}"#, containing: "2026-02-30")
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A","added":"2026-11-18","tier":"gold"}]}"#, containing: "gold")
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":2,"name":"A","added":"2026-11-18"}]}"#, containing: "order")
        assertMalformed(#"{"format":"followup-book","version":1,"invoices":[{"id":1,"customer":1,"number":"A","amount":5,"amountCurrency":"??","issued":"2026-11-18","due":"2026-11-18"}]}"#)
        assertMalformed(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A","added":"2026-11-18"}],"payments":[{"id":1,"customer":1,"amount":5,"amountCurrency":"CNY","day":"2026-11-18","applied":[[3,5]]}]}"#, containing: "invoice #3")
        assertMalformed(#"{"format":"followup-book","version":1,"reminders":[{"id":1,"text":"x","due":"2026-11-18","created":"2026-11-18","repeat":"every 0 days"}]}"#)
        assertMalformed(#"{"format":"followup-book","version":1,"reminders":[{"id":1,"text":"x","due":"2026-11-18","created":"2026-11-18","time":"25:00"}]}"#)
        assertMalformed(#"{"format":"followup-book","version":1,"undo":[{"seq":1,"inverse":[{"type":"complaintRemoved"}]}]}"#, containing: "complaintRemoved")
    }
}
