import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpStore
@testable import FollowUpAssistant

/// The complaint handlers' own logic, without the parser: which complaint a line means, what a
/// money remedy takes off, what a move line turns into, and wording tables complete in both
/// languages.
final class ComplaintHandlerTests: XCTestCase {
    private let today = Day(iso: "2026-11-18") ?? Day(ordinal: 0)

    /// Two customers; Acme owes two invoices and has two open complaints, Kite one.
    private func book() throws -> Book {
        var b = Book()
        let acme = Customer(id: CustomerID(1), name: "Acme Trading", added: today)
        let kite = Customer(id: CustomerID(2), name: "Kite Logistics", added: today)
        let cny = { (n: Int64) in Money(minor: n * 100, currency: .cny) }
        let events: [Event] = [
            .customerAdded(acme), .customerAdded(kite),
            .invoiceAdded(Invoice(id: InvoiceID(1), customer: acme.id, number: "INV-0001", amount: cny(5000), issued: today.adding(days: -40), due: today.adding(days: -10))),
            .invoiceAdded(Invoice(id: InvoiceID(2), customer: acme.id, number: "INV-0002", amount: cny(3000), issued: today.adding(days: -30), due: today.adding(days: -5))),
            .complaintAdded(Complaint(id: ComplaintID(1), customer: acme.id, words: "the AC unit leaks", received: today, invoice: InvoiceID(2))),
            .complaintAdded(Complaint(id: ComplaintID(2), customer: acme.id, words: "late delivery", received: today)),
            .complaintAdded(Complaint(id: ComplaintID(3), customer: kite.id, words: "rude driver", received: today)),
        ]
        _ = try b.record(Step(seq: 1, day: today, line: "setup", events: events))
        return b
    }

    private func context(_ b: Book, lang: Lang = .en, decisions: Decisions = Decisions()) -> Context {
        Context(book: b, index: BookIndex(), today: today, lang: lang, decisions: decisions)
    }

    private func line(_ intent: Intent = .complaintUpdate, id: Int? = nil, customer: String? = nil,
                      move: ComplaintMove? = nil, lang: Lang = .en) -> ParsedLine {
        var s = Slots()
        s.id = id
        s.customer = customer
        var r = ComplaintReading(move: move)
        r.move = move
        s.complaint = r
        return ParsedLine(input: "test", intent: intent, slots: s, language: lang)
    }

    // MARK: Which complaint

    func testANumberNamesItsComplaint() throws {
        let b = try book()
        let x = try ComplaintPick.complaint(line(id: 2), context(b), scope: .open, example: "")
        XCTAssertEqual(x.id, ComplaintID(2))
    }

    func testAnUnknownNumberIsRefused() throws {
        let b = try book()
        XCTAssertThrowsError(try ComplaintPick.complaint(line(id: 9), context(b), scope: .open, example: "")) { e in
            XCTAssertEqual(e as? Problem, .complaint(.unknown(9)))
        }
    }

    func testANumberOfAnotherCustomerIsRefused() throws {
        let b = try book()
        XCTAssertThrowsError(try ComplaintPick.complaint(line(id: 3, customer: "Acme Trading"), context(b), scope: .open, example: "")) { e in
            XCTAssertEqual(e as? Problem, .complaint(.notTheirs(3, owner: "Kite Logistics", named: "Acme Trading")))
        }
    }

    func testACustomerWithOneOpenComplaintNamesIt() throws {
        let b = try book()
        let x = try ComplaintPick.complaint(line(customer: "Kite Logistics"), context(b), scope: .open, example: "")
        XCTAssertEqual(x.id, ComplaintID(3))
    }

    func testACustomerWithSeveralOpenComplaintsIsAskedWhich() throws {
        let b = try book()
        do {
            _ = try ComplaintPick.complaint(line(customer: "Acme Trading"), context(b), scope: .open, example: "")
            XCTFail("expected a question")
        } catch let ask as Ask {
            guard case .chooseComplaint(let ids, _) = ask.question else { return XCTFail("\(ask.question)") }
            XCTAssertEqual(ids, [ComplaintID(1), ComplaintID(2)])
            XCTAssertTrue(ask.lines.map(\.text).contains { $0.contains("1) #1") && $0.contains("the AC unit leaks") })
        }
    }

    func testThePickedComplaintAnswersTheQuestion() throws {
        let b = try book()
        var d = Decisions()
        d.complaint = ComplaintID(2)
        let x = try ComplaintPick.complaint(line(customer: "Acme Trading"), context(b, decisions: d), scope: .open, example: "")
        XCTAssertEqual(x.id, ComplaintID(2))
    }

    func testNoNumberAndNoCustomerIsRefusedNotGuessed() throws {
        let b = try book()
        XCTAssertThrowsError(try ComplaintPick.complaint(line(), context(b), scope: .open, example: "complaint 3 resolved")) { e in
            XCTAssertEqual(e as? Problem, .complaint(.which(example: "complaint 3 resolved", open: 3)))
        }
    }

    func testAReopenLooksOnlyAtResolvedOrClosedComplaints() throws {
        var b = try book()
        guard let before = b.complaint(ComplaintID(2)) else { return XCTFail() }
        let after = try ComplaintFlow.apply([.causeFound(.productDefect), .solutionFound("new date", remedy: nil), .carriedOut(nil)],
                                            to: before, on: today)
        _ = try b.record(Step(seq: 2, day: today, line: "fix", events: [.complaintChanged(before: before, after: after)]))
        let x = try ComplaintPick.complaint(line(customer: "Acme Trading", move: .reopen), context(b),
                                            scope: ComplaintPick.scope(for: .reopen), example: "")
        XCTAssertEqual(x.id, ComplaintID(2))
        // A check-back also means the resolved one; a cause means the one still open.
        XCTAssertEqual(try ComplaintPick.complaint(line(customer: "Acme Trading"), context(b),
                                                   scope: ComplaintPick.scope(for: .checkBack), example: "").id, ComplaintID(2))
        XCTAssertEqual(try ComplaintPick.complaint(line(customer: "Acme Trading"), context(b),
                                                   scope: ComplaintPick.scope(for: .cause), example: "").id, ComplaintID(1))
    }

    // MARK: Money remedies

    func testACreditNoteGoesToTheComplaintsInvoiceFirst() throws {
        let b = try book()
        guard let x = b.complaint(ComplaintID(1)) else { return XCTFail() }
        let p = try ComplaintMoney.credit(.creditNote, amount: Money(minor: 400_000, currency: .cny), complaint: x, in: b, on: today).payment
        XCTAssertEqual(p.kind, .creditNote)
        XCTAssertEqual(p.id, b.nextPaymentID)
        // INV-0002 (the complaint's) takes 3,000, then the oldest, INV-0001, the other 1,000.
        XCTAssertEqual(p.allocations, [Allocation(invoice: InvoiceID(2), minor: 300_000), Allocation(invoice: InvoiceID(1), minor: 100_000)])
        XCTAssertFalse(p.isReceived, "a credit is no money received")
    }

    func testARefundIsItsOwnKind() throws {
        let b = try book()
        guard let x = b.complaint(ComplaintID(2)) else { return XCTFail() }
        let p = try ComplaintMoney.credit(.refund, amount: Money(minor: 50_000, currency: .cny), complaint: x, in: b, on: today).payment
        XCTAssertEqual(p.kind, .refund)
        XCTAssertEqual(p.allocations, [Allocation(invoice: InvoiceID(1), minor: 50_000)])
    }

    func testAMoneyRemedyLineIsOneStepThatUndoTakesBack() throws {
        let b = try book()
        var p = line(id: 1, move: .remedy)
        p.slots.complaint?.remedy = .creditNote
        p.slots.amount = ParsedAmount(hundredths: 50_000)
        guard case .change(let events, let lines) = try ComplaintMoves.move(p, context(b)) else { return XCTFail() }
        XCTAssertEqual(events.count, 2)
        guard case .paymentAdded(let credit) = events[0], case .complaintChanged(_, let after) = events[1] else { return XCTFail("\(events)") }
        XCTAssertEqual(credit.amount, Money(minor: 50_000, currency: .cny))
        XCTAssertEqual(after.remedies.first?.credit, credit.id)
        XCTAssertTrue(lines.map(\.text).contains("Acme Trading now owes ¥7,500."), lines.map(\.text).joined(separator: "\n"))
        var after2 = b
        let receipt = try after2.record(Step(seq: 2, day: today, line: "credit note 500 for #1", events: events))
        _ = receipt
        XCTAssertEqual(after2.outstanding(of: CustomerID(1)).first?.minor, 750_000)
        let undo = try XCTUnwrap(after2.undoStack.last)
        _ = try after2.record(Step(seq: 3, day: today, line: "undo", events: undo.inverse, undoes: undo.seq))
        XCTAssertEqual(after2.outstanding(of: CustomerID(1)).first?.minor, 800_000)
        XCTAssertEqual(after2.complaint(ComplaintID(1)), b.complaint(ComplaintID(1)))
        XCTAssertEqual(after2.payments.count, b.payments.count)
    }

    func testACreditNoteWithoutAnAmountIsRefusedWithTheLineToType() throws {
        let b = try book()
        var p = line(id: 1, move: .remedy)
        p.slots.complaint?.remedy = .creditNote
        XCTAssertThrowsError(try ComplaintMoves.move(p, context(b))) { e in
            guard case .complaint(.move(.remedyAmount, let n))? = e as? Problem else { return XCTFail("\(e)") }
            XCTAssertEqual(n, 1)
            XCTAssertTrue((e as? Problem)?.message(.en, today: self.today).contains("credit note 500 for #1") ?? false)
        }
    }

    // MARK: Lines into changes

    func testACauseGivenWithResolvedCarriesTheSkippedFact() throws {
        let b = try book()
        guard let x = b.complaint(ComplaintID(2)) else { return XCTFail() }
        var p = line(id: 2, move: .resolved)
        p.slots.complaint?.cause = .promiseNotKept
        p.slots.complaint?.remedy = .apology
        var credit: Payment?
        let changes = try ComplaintMoves.changes(for: .resolved, p.slots.complaint ?? ComplaintReading(), p, x, context(b), credit: &credit)
        XCTAssertEqual(changes, [.causeFound(.promiseNotKept), .solutionFound(nil, remedy: .apology), .carriedOut(nil)])
        XCTAssertNil(credit)
    }

    func testToldWithADayPromisesAReply() throws {
        let b = try book()
        guard let x = b.complaint(ComplaintID(2)) else { return XCTFail() }
        var p = line(id: 2, move: .told)
        p.slots.date = today.adding(days: 2)
        var credit: Payment?
        let changes = try ComplaintMoves.changes(for: .told, p.slots.complaint ?? ComplaintReading(), p, x, context(b), credit: &credit)
        XCTAssertEqual(changes, [.told(nil), .replyPromised(by: today.adding(days: 2))])
    }

    func testAMoveWithoutItsDetailIsRefused() throws {
        let b = try book()
        for move in [ComplaintMove.cause, .cooling, .replyBy, .checkBack, .severity, .remedy] {
            XCTAssertThrowsError(try ComplaintMoves.move(line(id: 2, move: move), context(b)), "\(move)") { e in
                XCTAssertEqual(e as? Problem, .complaint(.needDetail(move, number: 2)))
            }
        }
    }

    func testASkippingMoveIsRefusedNamingWhatIsMissing() throws {
        let b = try book()
        XCTAssertThrowsError(try ComplaintMoves.move(line(id: 2, move: .resolved), context(b))) { e in
            let p = e as? Problem
            XCTAssertEqual(p, .complaint(.move(.missingFacts(ComplaintID(2), move: .carriedOut, at: .listen, missing: [.cause, .solution]), number: 2)))
            let en = p?.message(.en, today: self.today) ?? ""
            XCTAssertTrue(en.contains("without the cause and the solution"), en)
            XCTAssertTrue(en.contains("complaint 2: it was a product defect"), en)
            let zh = p?.message(.zh, today: self.today) ?? ""
            XCTAssertTrue(zh.contains("原因和解决方案"), zh)
        }
    }

    // MARK: Wording complete in both languages

    func testEveryVocabularyWordHasBothLanguages() {
        typealias V = ComplaintVocabularyWording
        func check(_ pairs: [(String, String)], file: StaticString = #filePath, line: UInt = #line) {
            for (en, zh) in pairs {
                XCTAssertFalse(en.isEmpty, file: file, line: line)
                XCTAssertFalse(zh.isEmpty, file: file, line: line)
                XCTAssertNotEqual(en, zh, file: file, line: line)
                XCTAssertTrue(zh.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "“\(zh)” is not Chinese", file: file, line: line)
                XCTAssertFalse(en.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF }, "“\(en)” is not English", file: file, line: line)
            }
        }
        check(ComplaintStage.allCases.map { (V.stage($0, .en), V.stage($0, .zh)) })
        check(ComplaintStage.allCases.map { (V.todo($0, .en), V.todo($0, .zh)) })
        check(ComplaintCause.allCases.map { (V.cause($0, .en), V.cause($0, .zh)) })
        check(ComplaintCause.Party.allCases.map { (V.party($0, .en), V.party($0, .zh)) })
        check(Remedy.allCases.map { (V.remedy($0, .en), V.remedy($0, .zh)) })
        check(CoolingMove.allCases.map { (V.cooling($0, .en), V.cooling($0, .zh)) })
        check(ComplaintSeverity.allCases.map { (V.severity($0, .en), V.severity($0, .zh)) })
        check(ComplaintMove.allCases.map { (V.move($0, .en), V.move($0, .zh)) })
        check(ComplaintMove.allCases.map { (ComplaintMoveWording.example($0, .en), ComplaintMoveWording.example($0, .zh)) })
        check(ComplaintMove.allCases.map { (ComplaintMoveWording.needDetail($0, number: 3, .en), ComplaintMoveWording.needDetail($0, number: 3, .zh)) })
        check(ComplaintChange.Kind.allCases.map { (ComplaintMoveWording.kind($0, .en), ComplaintMoveWording.kind($0, .zh)) })
        check(ComplaintFact.allCases.map { (ComplaintMoveWording.fact($0, .en), ComplaintMoveWording.fact($0, .zh)) })
        check(Agenda.ComplaintItem.Kind.allCases.map { (ComplaintAgendaWording.kind($0, .en), ComplaintAgendaWording.kind($0, .zh)) })
        // Each word distinct within its table, so two values never read the same.
        for lang in [Lang.en, .zh] {
            XCTAssertEqual(Set(ComplaintStage.allCases.map { V.stage($0, lang) }).count, ComplaintStage.allCases.count)
            XCTAssertEqual(Set(ComplaintCause.allCases.map { V.cause($0, lang) }).count, ComplaintCause.allCases.count)
            XCTAssertEqual(Set(Remedy.allCases.map { V.remedy($0, lang) }).count, Remedy.allCases.count)
        }
    }

    func testEveryMoveErrorIsWordedWithWhatToType() {
        let id = ComplaintID(3)
        let errors: [ComplaintMoveError] = [
            .closed(id), .missingFacts(id, move: .carriedOut, at: .listen, missing: [.cause, .solution]),
            .notResolved(id, at: .analyse), .afterResolution(id, move: .cause, resolved: today), .notReopenable(id, at: .solve),
            .noDepartment(id), .needsWords(id, move: .reviewed), .needsWords(id, move: .closed), .needsWords(id, move: .solution),
            .needsWords(id, move: .note), .beforeReceived(id, day: today, received: today.adding(days: 1)),
            .beforeLastMove(id, day: today, last: today.adding(days: 1)), .dayPassed(id, move: .replyPromised, day: today, today: today),
            .dayPassed(id, move: .handoff, day: today, today: today), .remedyAmount(id, .refund), .remedyAmount(id, .repair),
        ]
        for e in errors {
            let en = ComplaintMoveWording.error(e, number: 3, .en, today: today)
            let zh = ComplaintMoveWording.error(e, number: 3, .zh, today: today)
            XCTAssertTrue(en.contains("Nothing was changed."), en)
            XCTAssertTrue(zh.contains("没有做任何修改"), zh)
            // The line to type names the complaint's number.
            XCTAssertTrue(en.contains("3"), en)
            XCTAssertTrue(zh.contains("3"), zh)
        }
    }

    // MARK: Settings

    func testTheComplaintSettingsAreCheckedAndWorded() throws {
        let b = try book()
        var p = ParsedLine(input: "set complaint.stall 3", intent: .settingSet, language: .en)
        p.slots.setting = .complaintStall
        p.slots.value = "3"
        guard case .change(let events, let lines) = try MetaCommands.set(p, context(b)) else { return XCTFail() }
        XCTAssertEqual(events, [.settingChanged(key: "complaint.stall", before: nil, after: "3")])
        XCTAssertTrue(lines[0].text.contains("3 days"), lines[0].text)
        p.slots.setting = .complaintCheckBack
        p.slots.value = "91"
        XCTAssertThrowsError(try MetaCommands.set(p, context(b))) { e in
            XCTAssertEqual(e as? Problem, .badDays(.complaintCheckBack, 91, allowed: "1–90"))
        }
        p.slots.value = nil
        XCTAssertThrowsError(try MetaCommands.set(p, context(b))) { e in
            XCTAssertEqual(e as? Problem, .needDays(.complaintCheckBack))
        }
    }

    // MARK: Log

    func testALogLineWithOnlyParticlesIsRefused() throws {
        let b = try book()
        var p = ParsedLine(input: "东方酒店的投诉", intent: .complaintLog, language: .zh)
        p.slots.customer = "Kite Logistics"
        p.slots.text = "的"
        XCTAssertThrowsError(try ComplaintCommands.log(p, context(b, lang: .zh))) { e in
            guard case .complaint(.needWords)? = e as? Problem else { return XCTFail("\(e)") }
        }
    }

    func testALoggedComplaintKeepsItsInvoiceAndDisputedPart() throws {
        let b = try book()
        var p = ParsedLine(input: "log complaint from Acme: INV-0001 wrong quantity, 1200 disputed", intent: .complaintLog, language: .en)
        p.slots.customer = "Acme Trading"
        p.slots.text = "INV-0001 wrong quantity, 1200 disputed"
        p.slots.invoice = "INV-0001"
        var r = ComplaintReading()
        r.disputed = ParsedAmount(hundredths: 120_000)
        r.angry = true
        p.slots.complaint = r
        guard case .change(let events, let lines) = try ComplaintCommands.log(p, context(b)) else { return XCTFail() }
        guard case .complaintAdded(let x) = events.first else { return XCTFail("\(events)") }
        XCTAssertEqual(x.id, ComplaintID(4))
        XCTAssertEqual(x.invoice, InvoiceID(1))
        XCTAssertEqual(x.disputed, Money(minor: 120_000, currency: .cny))
        XCTAssertEqual(x.stage, .listen)
        XCTAssertTrue(x.angry)
        let text = lines.map(\.text).joined(separator: "\n")
        XCTAssertTrue(text.contains("INV-0001 is disputed: chasing ¥1,200 of it is paused"), text)
        XCTAssertTrue(text.contains("the person (bring in a manager)"), text)
        // Another customer's invoice is refused, naming its owner.
        p.slots.customer = "Kite Logistics"
        XCTAssertThrowsError(try ComplaintCommands.log(p, context(b))) { e in
            XCTAssertEqual(e as? Problem, .invoiceOfOther("INV-0001", owner: "Acme Trading"))
        }
    }
}
