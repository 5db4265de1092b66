import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpStore

/// The codec after "one declaration per record kind": books written before it still open,
/// every record and event round-trips, and a bad field is named with its position.
final class CodecTests: XCTestCase {
    /// A book written by the build before the field tables (version 1: positional invoices
    /// and payments in the snapshot and in journal lines), by `run` then three `say` lines.
    static let versionOneSnapshot = #"""
{"format":"followup-book","version":1,"lastSeq":13,"settings":{"currency":"USD"},"customers":[{"id":1,"name":"Acme Trading","contacts":[{"name":"Li Wei","title":"manager"}],"email":"ap@acme.com","added":"2026-11-18"},{"id":2,"name":"Pinecrest Dental","added":"2026-11-18"}],"invoices":[[1,2,"INV-0001",300000,"CNY","2026-11-18","2026-12-10"],[2,2,"INV-0002",100000,"CNY","2026-11-18","2026-12-20"],[3,1,"INV-0003",300000,"CNY","2026-11-18","2026-11-20"]],"payments":[[1,2,200000,"CNY","2026-11-18",null,[],"2026-11-18"],[2,2,50000,"CNY","2026-11-18",null,[[1,50000]],null,"credit"]],"promises":[{"id":1,"customer":2,"amount":200000,"amountCurrency":"CNY","due":"2026-11-20","made":"2026-11-18","countsFrom":1}],"reminders":[{"id":1,"text":"call Acme Trading again (no answer)","customer":1,"due":"2026-11-19","kind":"call","created":"2026-11-18"},{"id":2,"text":"call Acme Trading","customer":1,"due":"2026-11-18","repeat":"every 2 weeks","kind":"call","created":"2026-11-18"},{"id":3,"text":"check the bank","due":"2026-11-18","repeat":"every 3 days","created":"2026-11-18"}],"contacts":[{"id":1,"customer":1,"day":"2026-11-18","channel":"call","note":"no answer","outcome":"no_answer"}],"history":[{"seq":1,"day":"2026-11-18","line":"add customer Acme Trading, contact Li Wei, manager, email ap@acme.com","customers":[1]},{"seq":2,"day":"2026-11-18","line":"add customer Pinecrest Dental","customers":[2]},{"seq":3,"day":"2026-11-18","line":"pinecrest owes 3000 due dec 10","customers":[2]},{"seq":4,"day":"2026-11-18","line":"pinecrest owes 1000 due dec 20","customers":[2]},{"seq":5,"day":"2026-11-18","line":"Acme Trading owes 3,000 due Nov 20","customers":[1]},{"seq":6,"day":"2026-11-18","line":"pinecrest promised to pay 2000 by friday","customers":[2]},{"seq":7,"day":"2026-11-18","line":"pinecrest paid 2k","customers":[2]},{"seq":8,"day":"2026-11-18","line":"pinecrest's check for 2k bounced","customers":[2]},{"seq":9,"day":"2026-11-18","line":"pinecrest returned goods worth 500","customers":[2]},{"seq":10,"day":"2026-11-18","line":"called Acme Trading, no answer","customers":[1]},{"seq":11,"day":"2026-11-18","line":"every 2 weeks remind me to call Acme Trading","customers":[1]},{"seq":12,"day":"2026-11-18","line":"remind me every 3 days to check the bank"},{"seq":13,"day":"2026-11-18","line":"set currency USD"}],"undo":[{"seq":1,"line":"add customer Acme Trading, contact Li Wei, manager, email ap@acme.com","inverse":[{"type":"customerRemoved","customer":{"id":1,"name":"Acme Trading","contacts":[{"name":"Li Wei","title":"manager"}],"email":"ap@acme.com","added":"2026-11-18"}}]},{"seq":2,"line":"add customer Pinecrest Dental","inverse":[{"type":"customerRemoved","customer":{"id":2,"name":"Pinecrest Dental","added":"2026-11-18"}}]},{"seq":3,"line":"pinecrest owes 3000 due dec 10","inverse":[{"type":"invoiceRemoved","invoice":[1,2,"INV-0001",300000,"CNY","2026-11-18","2026-12-10"]}]},{"seq":4,"line":"pinecrest owes 1000 due dec 20","inverse":[{"type":"invoiceRemoved","invoice":[2,2,"INV-0002",100000,"CNY","2026-11-18","2026-12-20"]}]},{"seq":5,"line":"Acme Trading owes 3,000 due Nov 20","inverse":[{"type":"invoiceRemoved","invoice":[3,1,"INV-0003",300000,"CNY","2026-11-18","2026-11-20"]}]},{"seq":6,"line":"pinecrest promised to pay 2000 by friday","inverse":[{"type":"promiseRemoved","promise":{"id":1,"customer":2,"amount":200000,"amountCurrency":"CNY","due":"2026-11-20","made":"2026-11-18","countsFrom":1}}]},{"seq":7,"line":"pinecrest paid 2k","inverse":[{"type":"paymentRemoved","payment":[1,2,200000,"CNY","2026-11-18",null,[[1,200000]]]}]},{"seq":8,"line":"pinecrest's check for 2k bounced","inverse":[{"type":"paymentRestored","payment":1,"customer":2,"day":"2026-11-18"},{"type":"allocated","payment":1,"invoice":1,"amount":200000}]},{"seq":9,"line":"pinecrest returned goods worth 500","inverse":[{"type":"paymentRemoved","payment":[2,2,50000,"CNY","2026-11-18",null,[[1,50000]],null,"credit"]}]},{"seq":10,"line":"called Acme Trading, no answer","inverse":[{"type":"reminderRemoved","reminder":{"id":1,"text":"call Acme Trading again (no answer)","customer":1,"due":"2026-11-19","kind":"call","created":"2026-11-18"}},{"type":"contactRemoved","contact":{"id":1,"customer":1,"day":"2026-11-18","channel":"call","note":"no answer","outcome":"no_answer"}}]},{"seq":11,"line":"every 2 weeks remind me to call Acme Trading","inverse":[{"type":"reminderRemoved","reminder":{"id":2,"text":"call Acme Trading","customer":1,"due":"2026-11-18","repeat":"every 2 weeks","kind":"call","created":"2026-11-18"}}]},{"seq":12,"line":"remind me every 3 days to check the bank","inverse":[{"type":"reminderRemoved","reminder":{"id":3,"text":"check the bank","due":"2026-11-18","repeat":"every 3 days","created":"2026-11-18"}}]},{"seq":13,"line":"set currency USD","inverse":[{"type":"settingChanged","key":"currency","before":"USD","after":null}]}]}
"""#
    static let versionOneJournal = #"""
{"seq":14,"day":"2026-11-19","line":"remind me tomorrow to visit Pinecrest Dental","events":[{"type":"reminderAdded","reminder":{"id":4,"text":"visit Pinecrest Dental","customer":2,"due":"2026-11-20","kind":"visit","created":"2026-11-19"}}]}
{"seq":15,"day":"2026-11-19","line":"emailed Acme Trading the statement","events":[{"type":"contactAdded","contact":{"id":2,"customer":1,"day":"2026-11-19","channel":"email","note":"the statement"}}]}
{"seq":16,"day":"2026-11-19","line":"pinecrest owes ¥200 due dec 30","events":[{"type":"invoiceAdded","invoice":[4,2,"INV-0004",20000,"CNY","2026-11-19","2026-12-30"]}]}
{"seq":17,"day":"2026-11-19","line":"pinecrest paid ¥300","events":[{"type":"paymentAdded","payment":[3,2,30000,"CNY","2026-11-19",null,[[1,30000]]]}]}
{"seq":18,"day":"2026-11-19","line":"pinecrest promised to pay ¥500 by dec 1","events":[{"type":"promiseAdded","promise":{"id":2,"customer":2,"amount":50000,"amountCurrency":"CNY","due":"2026-12-01","made":"2026-11-19","countsFrom":4}}]}
"""#

    private func tempBook(_ snapshot: String, _ journal: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-codec-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        addTeardownBlock { try? FileManager.default.removeItem(atPath: dir) }
        let path = dir + "/book.json"
        try Data(snapshot.utf8).write(to: URL(fileURLWithPath: path))
        try Data(journal.utf8).write(to: URL(fileURLWithPath: dir + "/book.journal"))
        return path
    }

    func testABookWrittenByVersionOneOpensAsTheSameBook() throws {
        let path = try tempBook(Self.versionOneSnapshot, Self.versionOneJournal + "\n")
        let (book, warnings) = try FileBookStore(path: path).load()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(book.lastSeq, 18)
        XCTAssertEqual(book.customers.map(\.name), ["Acme Trading", "Pinecrest Dental"])
        XCTAssertEqual(book.customers.first?.contacts.first?.title, "manager")
        XCTAssertEqual(book.invoices.map(\.number), ["INV-0001", "INV-0002", "INV-0003", "INV-0004"])
        XCTAssertEqual(book.invoices.first?.paid, 80000)  // ¥300 paid + ¥500 credit note; the ¥2,000 bounced
        XCTAssertEqual(book.payments.count, 3)
        XCTAssertNotNil(book.payments.first?.bounced)
        XCTAssertTrue(book.payments.contains { $0.kind == .creditNote })
        XCTAssertEqual(book.reminders.count, 4)
        XCTAssertEqual(book.reminders.compactMap(\.recurrence).count, 2)
        XCTAssertEqual(book.contacts.count, 2)
        XCTAssertEqual(book.complaints, [], "written before complaints existed")
        XCTAssertEqual(book.settings["currency"], "USD")
        XCTAssertFalse(book.undoStack.isEmpty)
        // What this build writes reads back as the same book, and the fixture's journal lines
        // written again read back as the same steps.
        assertSameBook(try SnapshotCodec.read(SnapshotCodec.write(book), path: path), book)
        for line in Self.versionOneJournal.split(separator: "\n") {
            var r = JSONReader(String(line))
            let step = try EventCodec.readStep(&r)
            var r2 = JSONReader(FileBookStore.journalLine(step))
            XCTAssertEqual(try EventCodec.readStep(&r2), step)
        }
    }

    func testJournalLinesAndSnapshotsUseNamedFields() throws {
        let path = try tempBook(Self.versionOneSnapshot, Self.versionOneJournal + "\n")
        let (book, _) = try FileBookStore(path: path).load()
        let invoice = try XCTUnwrap(book.invoices.first)
        var w = JSONWriter()
        Event.invoiceAdded(invoice).writeJSON(&w)
        let named = #"{"id":1,"customer":2,"number":"INV-0001","amount":300000,"amountCurrency":"CNY","issued":"2026-11-18","due":"2026-12-10"}"#
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #"{"type":"invoiceAdded","invoice":"# + named + "}")
        let snapshot = String(decoding: SnapshotCodec.write(book), as: UTF8.self)
        XCTAssertTrue(snapshot.contains(#""invoices":["# + named + ","), snapshot)
        XCTAssertTrue(snapshot.contains(#""payments":[{"id":1,"customer":2,"amount":200000,"amountCurrency":"CNY","day":"2026-11-18","bounced":"2026-11-18"},"#
            + #"{"id":2,"customer":2,"amount":50000,"amountCurrency":"CNY","day":"2026-11-18","applied":[[1,50000]],"kind":"credit"}"#), snapshot)
        XCTAssertFalse(snapshot.contains("[[1,2,"), "no positional record is written")
    }

    /// A book as the previous release wrote it (`Fixtures/PreviousRelease`, made by that
    /// release's binary from `session.txt` on 2026-11-18 and five `say` lines on 2026-11-19):
    /// invoices and payments positional in `book.json`, named in the journal.
    func testABookWrittenByThePreviousReleaseOpensAsTheSameBook() throws {
        let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/PreviousRelease")
        let snapshot = try String(contentsOf: fixtures.appendingPathComponent("book.json"), encoding: .utf8)
        let journal = try String(contentsOf: fixtures.appendingPathComponent("book.journal"), encoding: .utf8)
        XCTAssertTrue(snapshot.contains(#""invoices":[[1,2,"INV-0001",300000,"CNY","2026-11-18","2026-12-10"]"#), "the fixture is positional")
        XCTAssertTrue(journal.contains(#""invoice":{"id":5,"#), "its journal is named")
        let path = try tempBook(snapshot, journal)
        let (book, warnings) = try FileBookStore(path: path).load()
        XCTAssertEqual(warnings, [])
        XCTAssertEqual(book.lastSeq, 22)
        XCTAssertEqual(book.customers.map(\.name), ["Acme Trading", "Pinecrest Dental", "华强电子"])
        XCTAssertEqual(book.invoices.map(\.number), ["INV-0001", "INV-0002", "INV-0003", "INV-0004", "INV-0005"])
        XCTAssertEqual(book.invoices.map(\.amount.minor), [300000, 100000, 300000, 880000, 20000])
        XCTAssertEqual(book.invoices.map(\.due.iso), ["2026-12-10", "2026-12-20", "2026-11-20", "2026-12-05", "2026-12-30"])
        XCTAssertEqual(book.invoices.map(\.paid), [80000, 0, 120000, 500000, 0])  // the ¥2,000 cheque bounced
        XCTAssertEqual(book.payments.map(\.amount.minor), [200000, 50000, 120000, 500000, 30000])
        XCTAssertEqual(book.payments.map(\.bounced?.iso), ["2026-11-18", nil, nil, nil, nil])
        XCTAssertEqual(book.payments.map(\.kind), [.payment, .creditNote, .payment, .payment, .payment])
        XCTAssertEqual(book.payments.map(\.reference), [nil, nil, "INV-0003", nil, nil])
        XCTAssertEqual(book.payments.map(\.allocations), [[], [Allocation(invoice: InvoiceID(1), minor: 50000)],
                                                          [Allocation(invoice: InvoiceID(3), minor: 120000)],
                                                          [Allocation(invoice: InvoiceID(4), minor: 500000)],
                                                          [Allocation(invoice: InvoiceID(1), minor: 30000)]])
        XCTAssertEqual(book.promises.count, 1, "the second promise was undone")
        XCTAssertEqual(book.reminders.count, 4)
        XCTAssertEqual(book.contacts.count, 1)
        XCTAssertEqual(book.settings["currency"], "USD")
        XCTAssertEqual(book.undoStack.last?.seq, 20)
        XCTAssertEqual(book.history.last?.undoes, 21)
        // Written by this build: named fields, read back as the same book.
        let written = SnapshotCodec.write(book)
        XCTAssertTrue(String(decoding: written, as: UTF8.self).contains(#""invoices":[{"id":1,"customer":2,"number":"INV-0001""#))
        assertSameBook(try SnapshotCodec.read(written, path: path), book)
    }

    /// Every record kind and event, over generated values, through the journal and the snapshot.
    func testGeneratedRecordsAndEventsRoundTrip() throws {
        var rng = CodecRNG(seed: 9)
        let day = { (rng: inout CodecRNG) in Day(ordinal: Day.supportedRange.lowerBound.ordinal + Int(rng.next() % 100_000)) }
        let text = { (rng: inout CodecRNG) -> String in ["", "Acme", "华强电子", "a \"quoted\"\nline", "\u{1F600} ok", "\\"][Int(rng.next() % 6)] }
        func maybe<T>(_ rng: inout CodecRNG, _ v: T) -> T? { rng.next() % 2 == 0 ? v : nil }
        for _ in 0..<300 {
            let money = Money(minor: Int64(rng.next() % 1_000_000) + 1, currency: rng.next() % 2 == 0 ? .cny : .usd)
            var c = Customer(id: CustomerID(Int(rng.next() % 50) + 1), name: text(&rng) + "x",
                             aliases: rng.next() % 2 == 0 ? [] : [text(&rng)],
                             contacts: rng.next() % 2 == 0 ? [] : [ContactPerson(name: "Li", title: maybe(&rng, "经理"), phone: maybe(&rng, "1"), email: nil)],
                             phone: maybe(&rng, text(&rng)), email: maybe(&rng, "a@b.c"), termsDays: maybe(&rng, 30),
                             creditLimit: maybe(&rng, money), tier: Tier.allCases[Int(rng.next() % 3)], notes: maybe(&rng, text(&rng)),
                             added: day(&rng))
            c.removed = maybe(&rng, day(&rng))
            let i = Invoice(id: InvoiceID(Int(rng.next() % 99) + 1), customer: c.id, number: text(&rng), amount: money,
                            issued: day(&rng), due: day(&rng))
            var p = Payment(id: PaymentID(Int(rng.next() % 99) + 1), customer: c.id, amount: money, day: day(&rng),
                            reference: maybe(&rng, text(&rng)), allocations: rng.next() % 2 == 0 ? [] : [Allocation(invoice: i.id, minor: 5)])
            p.bounced = maybe(&rng, day(&rng))
            p.kind = [Payment.Kind.payment, .creditNote, .refund][Int(rng.next() % 3)]
            let pr = Promise(id: PromiseID(3), customer: c.id, amount: money, due: day(&rng), made: day(&rng),
                             countsFrom: maybe(&rng, PaymentID(2)))
            var re = Reminder(id: ReminderID(4), text: text(&rng), customer: maybe(&rng, c.id), due: day(&rng),
                              time: maybe(&rng, TimeOfDay(text: "09:30") ?? TimeOfDay(text: "10:00")).flatMap { $0 },
                              recurrence: maybe(&rng, Recurrence(text: "every 2 weeks")).flatMap { $0 }, anchor: maybe(&rng, day(&rng)),
                              kind: maybe(&rng, ReminderKind.allCases[Int(rng.next() % UInt64(ReminderKind.allCases.count))]),
                              done: maybe(&rng, day(&rng)), snoozedFrom: maybe(&rng, day(&rng)), created: day(&rng),
                              plan: maybe(&rng, PlanID(2)), touch: maybe(&rng, "tip"), message: maybe(&rng, text(&rng)))
            re.cancelled = maybe(&rng, day(&rng))
            let adjustments = [PlanAdjustment(day: day(&rng), change: .slowed(factor: 2), words: text(&rng)),
                               PlanAdjustment(day: day(&rng), change: .rechanneled(from: .call, to: .sms))]
            let pl = FollowUpPlan(id: PlanID(2), customer: c.id, contact: maybe(&rng, text(&rng)), play: "plan.after_sale",
                                  started: day(&rng), stopped: maybe(&rng, day(&rng)),
                                  adjustments: Array(adjustments.prefix(Int(rng.next() % 3))))
            var ce = ContactEntry(id: ContactID(5), customer: c.id, day: day(&rng), channel: Channel.allCases[Int(rng.next() % 5)],
                                  note: text(&rng), outcome: maybe(&rng, ContactOutcome.allCases[0]), excuse: maybe(&rng, Excuse.allCases[0]),
                                  service: maybe(&rng, ServiceKind.allCases[Int(rng.next() % 2)]), satisfied: maybe(&rng, rng.next() % 2 == 0))
            ce.greeting = maybe(&rng, Occasion.Kind.allCases[Int(rng.next() % UInt64(Occasion.Kind.allCases.count))])
            ce.greetingFor = maybe(&rng, text(&rng))
            var crng = CodecRNG(seed: rng.next())
            let co = generatedComplaint(&crng, customer: c.id, invoice: i.id, money: money)
            let events: [Event] = [
                .complaintAdded(co), .complaintRemoved(co), .complaintChanged(before: co, after: co),
                .planAdded(pl), .planRemoved(pl), .planChanged(before: pl, after: pl),
                .customerAdded(c), .customerRemoved(c), .customerChanged(before: c, after: c),
                .invoiceAdded(i), .invoiceRemoved(i), .paymentAdded(p), .paymentRemoved(p),
                .paymentBounced(p.id, customer: c.id, on: day(&rng)), .paymentRestored(p.id, customer: c.id, on: day(&rng)),
                .allocated(payment: p.id, Allocation(invoice: i.id, minor: 7)), .unallocated(payment: p.id, Allocation(invoice: i.id, minor: 7)),
                .promiseAdded(pr), .promiseRemoved(pr), .reminderAdded(re), .reminderRemoved(re), .reminderChanged(before: re, after: re),
                .contactAdded(ce), .contactRemoved(ce), .settingChanged(key: text(&rng), before: maybe(&rng, "a"), after: maybe(&rng, "b")),
            ]
            XCTAssertEqual(Set(events.map { String(describing: $0).prefix { $0 != "(" } }).count, EventCodec.cases.count, "every event kind")
            let step = Step(seq: Int(rng.next() % 1000) + 1, day: day(&rng), line: text(&rng), events: events, undoes: maybe(&rng, 3))
            var r = JSONReader(FileBookStore.journalLine(step))
            XCTAssertEqual(try EventCodec.readStep(&r), step)
            // Records alone, and the snapshot-only records.
            XCTAssertEqual(try roundTrip(c, Customer.schema), c)
            XCTAssertEqual(try roundTrip(i, Invoice.schema), i)
            XCTAssertEqual(try roundTrip(p, Payment.schema), p)
            XCTAssertEqual(try roundTrip(pr, Promise.schema), pr)
            XCTAssertEqual(try roundTrip(pl, FollowUpPlan.schema), pl)
            XCTAssertEqual(try roundTrip(re, Reminder.schema), re)
            XCTAssertEqual(try roundTrip(ce, ContactEntry.schema), ce)
            XCTAssertEqual(try roundTrip(co, Complaint.schema), co)
            let h = HistoryEntry(seq: 4, day: day(&rng), line: text(&rng), customers: [c.id], undoes: maybe(&rng, 2), undone: rng.next() % 2 == 0)
            XCTAssertEqual(try roundTrip(h, HistoryEntry.schema), h)
            let u = UndoEntry(seq: 5, line: text(&rng), inverse: events.map(\.inverse))
            XCTAssertEqual(try roundTrip(u, UndoEntry.schema), u)
            var pw = JSONWriter()
            Positional.write(p, &pw)
            var pr2 = JSONReader(pw.bytes)
            XCTAssertEqual(try Payment.schema.read(&pr2), p)
            var iw = JSONWriter()
            Positional.write(i, &iw)
            var ir = JSONReader(iw.bytes)
            XCTAssertEqual(try Invoice.schema.read(&ir), i)
        }
    }

    /// A complaint with every optional part present or not, and a timeline with every kind of move.
    private func generatedComplaint(_ rng: inout CodecRNG, customer: CustomerID, invoice: InvoiceID, money: Money) -> Complaint {
        func day() -> Day { Day(ordinal: Day.supportedRange.lowerBound.ordinal + Int(rng.next() % 100_000)) }
        func text() -> String { ["", "Acme", "华强电子", "a \"quoted\"\nline", "\u{1F600} ok", "\\"][Int(rng.next() % 6)] }
        func maybe<T>(_ v: T) -> T? { rng.next() % 2 == 0 ? v : nil }
        func pick<T>(_ all: [T]) -> T { all[Int(rng.next() % UInt64(all.count))] }
        let changes: [ComplaintChange] = [
            .causeFound(pick(ComplaintCause.allCases)), .handedOff(to: text() + "service", by: maybe(day())),
            .solutionFound(maybe(text()), remedy: maybe(pick(Remedy.allCases))), .told(maybe(text())),
            .carriedOut(maybe(text())), .reviewed(text()), .closed(maybe(text())), .reopened(maybe(text())),
            .cooled(pick(CoolingMove.allCases)), .replyPromised(by: day()), .checkedBack(satisfied: rng.next() % 2 == 0, words: maybe(text())),
            .severityChanged(pick(ComplaintSeverity.allCases)), .remedyGiven(pick(Remedy.allCases), amount: maybe(money), credit: maybe(PaymentID(7))),
            .note(text()), .disputed(invoice: invoice, amount: maybe(money)),
        ]
        XCTAssertEqual(Set(changes.map(\.kind)).count, ComplaintChange.Kind.allCases.count, "every kind of move")
        return Complaint(id: ComplaintID(Int(rng.next() % 9) + 1), customer: customer, contact: maybe(text()), words: text(),
                         received: day(), product: maybe(text()), invoice: maybe(invoice), disputed: maybe(money),
                         severity: pick(ComplaintSeverity.allCases), angry: rng.next() % 2 == 0, stage: pick(ComplaintStage.allCases),
                         stageSince: maybe(day()), cause: maybe(pick(ComplaintCause.allCases)),
                         handoff: maybe(Complaint.Handoff(to: text(), by: maybe(day()), day: day())), solution: maybe(text()),
                         remedy: maybe(pick(Remedy.allCases)), told: maybe(day()),
                         remedies: rng.next() % 2 == 0 ? [] : [Complaint.RemedyEntry(remedy: pick(Remedy.allCases), amount: maybe(money),
                                                                                      credit: maybe(PaymentID(3)), day: day())],
                         cooling: Array(CoolingMove.allCases.prefix(Int(rng.next() % 4))), replyBy: maybe(day()), resolved: maybe(day()),
                         review: maybe(text()), checkBack: maybe(day()),
                         satisfaction: maybe(Complaint.Satisfaction(satisfied: rng.next() % 2 == 0, words: maybe(text()), day: day())),
                         timeline: changes.filter { _ in rng.next() % 3 != 0 }.map { ComplaintEntry(day: day(), stage: pick(ComplaintStage.allCases), change: $0) })
    }

    private func roundTrip<R>(_ x: R, _ schema: Schema<R>) throws -> R {
        var w = JSONWriter()
        schema.write(x, &w)
        var r = JSONReader(w.bytes)
        let back = try schema.read(&r)
        try r.expectEnd()
        return back
    }

    /// Adding a field to a record kind is one line in its schema: written, read, defaulted and
    /// required alike. `Sample` stands for a record kind; `extra` is the field added.
    /// A greeting sent: the occasion by its raw word, and whose birthday; left out on other contacts.
    func testAGreetingContactRoundTrips() throws {
        let d = try XCTUnwrap(Day(iso: "2026-09-22"))
        var ce = ContactEntry(id: ContactID(1), customer: CustomerID(1), day: d, channel: .sms, note: "birthday greeting to Li Wei")
        ce.greeting = .birthday
        ce.greetingFor = "Li Wei"
        var w = JSONWriter()
        ContactEntry.schema.write(ce, &w)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self),
                       #"{"id":1,"customer":1,"day":"2026-09-22","channel":"sms","note":"birthday greeting to Li Wei","greeting":"birthday","greetingFor":"Li Wei"}"#)
        XCTAssertEqual(try roundTrip(ce, ContactEntry.schema), ce)
        var plain = ce
        plain.greeting = nil
        plain.greetingFor = nil
        var w2 = JSONWriter()
        ContactEntry.schema.write(plain, &w2)
        XCTAssertFalse(String(decoding: w2.bytes, as: UTF8.self).contains("greeting\""))
        var bad = JSONReader(#"{"id":1,"customer":1,"day":"2026-09-22","channel":"sms","greeting":"easter"}"#)
        XCTAssertThrowsError(try ContactEntry.schema.read(&bad)) { XCTAssertTrue("\($0)".contains(#"unknown occasion "easter""#), "\($0)") }
    }

    func testAddingAFieldIsOneLine() throws {
        struct Sample: Equatable, Sendable { var id = 0, note: String? = nil, extra = Day(ordinal: 0) }
        let before = Schema<Sample>("a sample", blank: Sample(), [.field("id", \.id), .field("note", \.note)])
        let after = Schema<Sample>("a sample", blank: Sample(), [.field("id", \.id), .field("note", \.note),
                                                                 .field("extra", \.extra)])  // the one line
        let s = Sample(id: 3, note: "hi", extra: Day(ordinal: 9))
        XCTAssertEqual(try roundTrip(s, after), s)
        var w = JSONWriter()
        after.write(s, &w)
        XCTAssertEqual(String(decoding: w.bytes, as: UTF8.self), #"{"id":3,"note":"hi","extra":"2000-01-10"}"#.replacingOccurrences(of: "2000-01-10", with: Day(ordinal: 9).iso))
        // The old build refuses the new field rather than drop it at its next compaction,
        var r = JSONReader(w.bytes)
        XCTAssertThrowsError(try before.read(&r)) { XCTAssertTrue("\($0)".contains(#"unknown field "extra""#), "\($0)") }
        // and the new build requires it (a record written without it is damaged).
        var r2 = JSONReader(#"{"id":3}"#)
        XCTAssertThrowsError(try after.read(&r2)) { XCTAssertTrue("\($0)".contains(#"without "extra""#), "\($0)") }
    }

    func testBadFieldsAreNamedWithTheirPosition() throws {
        func message(_ json: String) -> String {
            var r = JSONReader(json)
            do { _ = try Invoice.schema.read(&r); return "no error" } catch { return "\(error)" }
        }
        let good = #"{"id":1,"customer":1,"number":"A","amount":5,"amountCurrency":"CNY","issued":"2026-11-18","due":"2026-11-18"}"#
        XCTAssertEqual(message(good), "no error")
        XCTAssertEqual(message(good.replacingOccurrences(of: #""due":"2026-11-18""#, with: #""due":"2026-13-01""#)),
                       #""due" of an invoice: not a date (YYYY-MM-DD): "2026-13-01" at line 1, column 97"#)
        XCTAssertTrue(message(good.replacingOccurrences(of: #""amount":5"#, with: #""amount":"5""#)).hasPrefix(#""amount" of an invoice: "#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""CNY""#, with: #""???""#)).contains(#""amountCurrency" of an invoice: not a currency code"#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #","amountCurrency":"CNY""#, with: "")).contains(#"an invoice without "amountCurrency" at line 1, column 1"#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""id":1,"#, with: #""id":1,"id":2,"#)).contains(#""id" twice"#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""id":1,"#, with: #""id":1,"amout":2,"#)).contains(#"an invoice with an unknown field "amout""#))
    }

    /// Keys, days and currency codes are matched on the file's bytes; whatever is not plain
    /// ASCII (escapes, other scripts, spaces) takes the general path and means the same.
    func testKeysAndValuesReadFromBytesMeanWhatTheyDid() throws {
        let plain = #"{"id":1,"customer":2,"number":"A","amount":5,"amountCurrency":"CNY","issued":"2026-11-18","due":"2026-12-31"}"#
        let escaped = #"{ "id" : 1 , "customer":2,"number":"A","amount":5,"amountCurrency":"CNY","#
            + #""issued": "2026-11-18" ,"due":"2026-12-31"}"#
        var r1 = JSONReader(plain), r2 = JSONReader(escaped)
        let a = try Invoice.schema.read(&r1), b = try Invoice.schema.read(&r2)
        XCTAssertEqual(a, b)
        XCTAssertEqual(a.issued.iso, "2026-11-18")
        XCTAssertEqual(a.amount.currency, .cny)
        func message(_ json: String) -> String {
            var r = JSONReader(json)
            do { _ = try Invoice.schema.read(&r); return "no error" } catch { return "\(error)" }
        }
        for bad in ["2026-02-30", "2026-1-018", "20261-1-18", "2026-11-1", "２026-11-18", "2026/11/18", "0000-01-01"] {
            XCTAssertTrue(message(plain.replacingOccurrences(of: "2026-12-31", with: bad))
                .contains(#""due" of an invoice: not a date (YYYY-MM-DD): "\#(bad)""#), bad)
        }
        XCTAssertTrue(message(plain.replacingOccurrences(of: #""CNY""#, with: #""cny""#)).contains("no error"), "codes are read as before")
        XCTAssertTrue(message(plain.replacingOccurrences(of: #""id":1"#, with: #""ïd":1"#)).contains(#"unknown field "ïd""#))
        XCTAssertTrue(message(plain.replacingOccurrences(of: #""amountCurrency""#, with: #""amountCurrencyX""#))
            .contains(#"unknown field "amountCurrencyX""#))
        // Keys longer than 16 bytes are compared whole.
        let customer = #"{"id":1,"name":"A","creditLimit":5,"creditLimitCurrency":"USD","added":"2026-11-18"}"#
        var rc = JSONReader(customer)
        XCTAssertEqual(try Customer.schema.read(&rc).creditLimit, Money(minor: 5, currency: .usd))
        var rx = JSONReader(customer.replacingOccurrences(of: "creditLimitCurrency", with: "creditLimitCurrenXy"))
        XCTAssertThrowsError(try Customer.schema.read(&rx)) { XCTAssertTrue("\($0)".contains(#"unknown field "creditLimitCurrenXy""#), "\($0)") }
    }

    /// A complaint as the journal writes it, with a field, a word or a move this build does not know.
    func testComplaintsWithUnknownFieldsWordsOrMovesAreRefused() throws {
        let c = Complaint(id: ComplaintID(1), customer: CustomerID(1), words: "leaks", received: Day(ordinal: 20_000), stage: .solve,
                          stageSince: Day(ordinal: 20_001), cause: .productDefect,
                          timeline: [ComplaintEntry(day: Day(ordinal: 20_001), stage: .solve, change: .causeFound(.productDefect))])
        var w = JSONWriter()
        Complaint.schema.write(c, &w)
        let good = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertEqual(good, #"{"id":1,"customer":1,"words":"leaks","received":"2024-10-04","stage":"solve","stageSince":"2024-10-05","cause":"product_defect","timeline":[{"day":"2024-10-05","stage":"solve","move":"cause","cause":"product_defect"}]}"#)
        func message(_ json: String) -> String {
            var r = JSONReader(json)
            do { return try Complaint.schema.read(&r) == c ? "same" : "different" } catch { return "\(error)" }
        }
        XCTAssertEqual(message(good), "same")
        XCTAssertTrue(message(good.replacingOccurrences(of: #""words""#, with: #""mood":"x","words""#)).contains(#"a complaint with an unknown field "mood""#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""stage":"solve","stageSince""#, with: #""stage":"escalated","stageSince""#))
            .contains(#"unknown complaint stage "escalated""#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""cause":"product_defect","timeline""#, with: #""cause":"weather","timeline""#))
            .contains(#"unknown complaint cause "weather""#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""move":"cause""#, with: #""move":"escalate""#)).contains(#"unknown complaint move "escalate""#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #","cause":"product_defect"}]"#, with: "}]"))
            .contains(#"a complaint's "cause" move without its facts"#))
        XCTAssertTrue(message(good.replacingOccurrences(of: #""stage":"solve","stageSince""#, with: #""stageSince""#)).contains(#"a complaint without "stage""#))
        // In a snapshot, the section is read, and left out when the book has none.
        let snapshot = #"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A","added":"2024-10-01"}],"complaints":["# + good + "]}"
        XCTAssertEqual(try SnapshotCodec.read(Array(snapshot.utf8), path: "/b/book.json").complaints, [c])
        XCTAssertFalse(String(decoding: SnapshotCodec.write(Book()), as: UTF8.self).contains("complaints"))
    }

    func testUnknownFieldsAndSectionsAreRefused() throws {
        func detail(_ text: String) -> String {
            do { _ = try SnapshotCodec.read(Array(text.utf8), path: "/b/book.json"); return "read" } catch { return "\(error)" }
        }
        XCTAssertTrue(detail(#"{"format":"followup-book","version":1,"future":[]}"#).contains(#"unknown section "future""#))
        XCTAssertTrue(detail(#"{"format":"followup-book","version":1,"customers":[{"id":1,"name":"A","added":"2026-11-18","mood":"happy"}]}"#)
            .contains(#"a customer with an unknown field "mood""#))
        var r = JSONReader(#"{"type":"allocated","payment":1,"invoice":2,"amount":3,"note":"x"}"#)
        XCTAssertThrowsError(try EventCodec.read(&r)) { XCTAssertTrue("\($0)".contains(#"unknown field "note""#), "\($0)") }
        var r2 = JSONReader(#"{"payment":1,"type":"allocated","invoice":2,"amount":3}"#)
        XCTAssertThrowsError(try EventCodec.read(&r2)) { XCTAssertTrue("\($0)".contains(#"must start with its "type""#), "\($0)") }
    }
}

/// A small deterministic generator (CodecRNG64), so a failure can be replayed.
private struct CodecRNG {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// The previous release's positional writers, so generated records can be read back in that form.
extension Positional {
    /// `[id, customer, amount, currency, day, reference or null, [[invoice, amount], …]]`, then
    /// only when needed the day it bounced (or null) and `"credit"` for a credit note.
    static func write(_ p: Payment, _ w: inout JSONWriter) {
        w.beginArray()
        w.int(p.id.raw)
        w.int(p.customer.raw)
        w.int64(p.amount.minor)
        w.string(p.amount.currency.code)
        w.string(p.day.iso)
        if let reference = p.reference { w.string(reference) } else { w.null() }
        p.allocations.write(&w)
        if p.bounced != nil || p.kind != .payment {
            if let d = p.bounced { w.string(d.iso) } else { w.null() }
            if p.kind != .payment { w.string(p.kind.rawValue) }
        }
        w.endArray()
    }

    /// `[id, customer, number, amount, currency, issued, due]`
    static func write(_ i: Invoice, _ w: inout JSONWriter) {
        w.beginArray()
        w.int(i.id.raw)
        w.int(i.customer.raw)
        w.string(i.number)
        w.int64(i.amount.minor)
        w.string(i.amount.currency.code)
        w.string(i.issued.iso)
        w.string(i.due.iso)
        w.endArray()
    }
}
