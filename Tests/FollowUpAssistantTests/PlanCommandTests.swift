import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook
import FollowUpStore
@testable import FollowUpAssistant

/// The plan handlers, fed readings built by hand (the plan lines' rules are another branch's):
/// which plan the words name, what a start records and says, a switch, stop, the lists, the
/// agenda's drafts, the settings that fill them, and undo of a start in one step.
final class PlanCommandTests: XCTestCase {
    private let today = Day(iso: "2026-12-01") ?? Day(ordinal: 0)

    private func make() throws -> Conversation {
        var b = Book()
        let acme = Customer(id: CustomerID(1), name: "Acme Trading", contacts: [ContactPerson(name: "Li Wei", title: "manager")],
                            added: today)
        let hotel = Customer(id: CustomerID(2), name: "东方酒店", contacts: [ContactPerson(name: "王芳", title: "经理")], added: today)
        _ = try b.record(Step(seq: 1, day: today, line: "setup", events: [
            .customerAdded(acme), .customerAdded(hotel),
            .settingChanged(key: "me.name", before: nil, after: "Sam Lee"),
            .settingChanged(key: "me.company", before: nil, after: "Sunrise Kitchens"),
        ]))
        return Conversation(book: b, store: MemoryBookStore(book: b), clock: FixedClock(today))
    }

    private func line(_ intent: Intent, customer: String? = nil, contact: String? = nil, text: String? = nil, date: Day? = nil,
                      value: String? = nil, lang: Lang = .en) -> ParsedLine {
        var s = Slots()
        s.customer = customer
        s.contact = contact
        s.text = text
        s.date = date
        s.value = value
        return ParsedLine(input: "\(intent.rawValue) \(customer ?? "") \(text ?? "")", intent: intent, slots: s, language: lang)
    }

    private func run(_ conv: Conversation, _ p: ParsedLine) -> [String] {
        conv.carryOut(p, decisions: Decisions(), today: conv.today).lines.map(\.text)
    }

    // MARK: Names

    func testPlanNamesFoldCaseSpacesAndHyphensInEitherLanguage() {
        let plans = Playbook.bundled().plays(.plan)
        let cases: [(String, String)] = [("after-sale", "plan.after_sale"), ("After Sale", "plan.after_sale"), ("aftersales", "plan.after_sale"),
                                         ("after_sale", "plan.after_sale"), ("售后", "plan.after_sale"), ("first contact", "plan.first_contact"),
                                         ("初次联系", "plan.first_contact"), ("quote", "plan.quote"), ("施工期间", "plan.during_job"),
                                         ("During the job", "plan.during_job"), ("the after-sale one", "plan.after_sale")]
        for (words, id) in cases {
            guard case .one(let play) = PlanCatalog.resolve(words, in: plans) else { return XCTFail("\(words) named no one plan") }
            XCTAssertEqual(play.id, id, words)
        }
        XCTAssertEqual(PlanCatalog.resolve("birthday party", in: plans), .none)
        XCTAssertEqual(PlanCatalog.resolve("", in: plans), .none)
    }

    // MARK: Start

    func testAStartRecordsThePlanAndItsTouchesWithDraftsInTheContactsLanguage() throws {
        let conv = try make()
        let said = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        XCTAssertEqual(said.first, "Started the first-contact plan for Acme Trading from Tue 1 Dec: 4 touches.")
        XCTAssertTrue(said.contains("  #1 Tue 1 Dec · text · who you are and where to find you"), "\(said)")
        XCTAssertTrue(said.contains("  #3 Fri 4 Dec · text · a useful tip (every 3 days)"), "\(said)")
        let plan = try XCTUnwrap(conv.book.activePlan(of: CustomerID(1)))
        XCTAssertEqual(plan.play, "plan.first_contact")
        XCTAssertNil(plan.contact)
        let touches = conv.book.reminders.filter { $0.plan == plan.id }
        XCTAssertEqual(touches.map(\.touch), ["intro", "greeting", "tip", "book_visit"])
        XCTAssertEqual(touches[0].text, "Text Li Wei at Acme Trading: who you are and where to find you (first-contact plan)")
        // The address is not set: the intro falls back to the line without it, signed with name and company.
        XCTAssertEqual(touches[0].message,
                       "Hello Li Wei, this is Sam Lee from Sunrise Kitchens, thank you for your time today. This is my number if anything comes up.")
        XCTAssertEqual(touches[2].recurrence, Recurrence(every: 3, unit: .day))
        XCTAssertEqual(conv.book.history.last?.line, line(.planStart, customer: "Acme", text: "first contact").input)

        // A Chinese customer's drafts are Chinese even when the line was English.
        _ = run(conv, line(.planStart, customer: "东方酒店", text: "after-sale"))
        let hotel = conv.book.reminders.filter { $0.customer == CustomerID(2) }
        XCTAssertEqual(hotel.first?.message, "王经理您好，我是Sunrise Kitchens的Sam Lee。完工已经一个月了，用着还满意吗？有没有哪里不方便？")
        XCTAssertEqual(hotel.first?.due, Day(iso: "2027-01-01"))
        XCTAssertEqual(hotel.first?.text, "Call 王芳 at 东方酒店: a month on, is anything inconvenient (after-sale plan)")
    }

    func testAPersonNamedIsThePlansContactAndTheTextsAreInTheLinesLanguage() throws {
        let conv = try make()
        _ = run(conv, line(.planStart, customer: "东方酒店", contact: "王经理", text: "售后", lang: .zh))
        let plan = try XCTUnwrap(conv.book.activePlan(of: CustomerID(2)))
        XCTAssertEqual(plan.contact, "王芳")
        let first = try XCTUnwrap(conv.book.reminders.first { $0.plan == plan.id })
        XCTAssertEqual(first.text, "给东方酒店王经理打电话：完工满一个月回访（售后跟进）")
        XCTAssertEqual(first.kind, .survey)
    }

    func testAPersonWhoIsNoContactIsSaidAndTheDraftsAddressTheFirstContact() throws {
        let conv = try make()
        let said = run(conv, line(.planStart, customer: "Acme", contact: "Zhang Min", text: "quote"))
        XCTAssertTrue(said.contains("Zhang Min is not one of Acme Trading's contacts, so the drafts address Li Wei. To add them: Acme Trading contact Zhang Min"),
                      "\(said)")
        XCTAssertNil(conv.book.activePlan(of: CustomerID(1))?.contact)
    }

    func testNoPlanNamedAsksWhichAndTheAnswerStartsIt() throws {
        let conv = try make()
        let asked = conv.carryOut(line(.planStart, customer: "Acme"), decisions: Decisions(), today: today)
        XCTAssertTrue(conv.isAsking)
        XCTAssertEqual(asked.lines.first?.text, "Which plan for Acme?")
        XCTAssertTrue(asked.lines.contains { $0.text == "  3) after-sale — After the job is done (after-sale)" })
        XCTAssertTrue(conv.book.plans.isEmpty)
        XCTAssertTrue(asked.changes.isEmpty)
        let answered = conv.handle("3")
        XCTAssertEqual(answered.lines.first?.text, "Started the after-sale plan for Acme Trading from Tue 1 Dec: 2 touches.")
        XCTAssertEqual(conv.book.activePlan(of: CustomerID(1))?.play, "plan.after_sale")
    }

    func testNoCustomerIsRefusedBeforeAskingWhichPlan() throws {
        let conv = try make()
        let reply = conv.carryOut(line(.planStart), decisions: Decisions(), today: today)
        XCTAssertTrue(reply.failed)
        XCTAssertFalse(conv.isAsking)
        XCTAssertEqual(reply.lines.first?.text, "Which customer? For example: start the after-sale plan for Acme")
    }

    func testAnUnknownPlanIsRefusedListingThePlansAndNothingIsWritten() throws {
        let conv = try make()
        let reply = conv.carryOut(line(.planStart, customer: "Acme", text: "birthday party"), decisions: Decisions(), today: today)
        XCTAssertTrue(reply.failed)
        XCTAssertEqual(reply.lines.first?.text, "No plan is called “birthday party”; nothing was started. The plans:")
        XCTAssertEqual(reply.lines.count, 6)
        XCTAssertTrue(conv.book.plans.isEmpty)
        XCTAssertEqual(conv.book.lastSeq, 1)
    }

    func testTheSamePlanAgainChangesNothingAndAnotherStopsTheFirstInOneUndoableStep() throws {
        let conv = try make()
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        let seq = conv.book.lastSeq
        XCTAssertEqual(run(conv, line(.planStart, customer: "Acme", text: "first-contact")),
                       ["Acme Trading already follows the first-contact plan, since Tue 1 Dec; nothing changed."])
        XCTAssertEqual(conv.book.lastSeq, seq)
        let switched = run(conv, line(.planStart, customer: "Acme", text: "after-sale"))
        XCTAssertTrue(switched.contains("Stopped the first-contact plan (started Tue 1 Dec): 4 touches cancelled."), "\(switched)")
        XCTAssertEqual(conv.book.plans.map(\.stopped), [today, nil])
        XCTAssertEqual(conv.book.reminders.filter(\.isOpen).count, 2)
        _ = conv.handle("undo")
        XCTAssertEqual(conv.book.plans.map(\.stopped), [nil])
        XCTAssertEqual(conv.book.reminders.filter(\.isOpen).count, 4)
        _ = conv.handle("undo")
        XCTAssertTrue(conv.book.plans.isEmpty)
        XCTAssertTrue(conv.book.reminders.isEmpty)
    }

    func testStartDaysTooFarBackOrAheadOrWithEveryTouchPastAreRefused() throws {
        let conv = try make()
        let back = conv.carryOut(line(.planStart, customer: "Acme", text: "quote", date: today.adding(days: -31)), decisions: Decisions(), today: today)
        XCTAssertTrue(back.failed)
        XCTAssertTrue(back.lines[0].text.hasPrefix("A plan can start at most 30 days back"))
        let ahead = conv.carryOut(line(.planStart, customer: "Acme", text: "quote", date: today.adding(days: 91)), decisions: Decisions(), today: today)
        XCTAssertTrue(ahead.failed)
        let past = conv.carryOut(line(.planStart, customer: "Acme", text: "quote", date: today.adding(days: -10)), decisions: Decisions(), today: today)
        XCTAssertTrue(past.failed)
        XCTAssertTrue(past.lines[0].text.contains("already past"))
        XCTAssertTrue(conv.book.plans.isEmpty)
        let week = run(conv, line(.planStart, customer: "Acme", text: "quote", date: today.adding(days: 7)))
        XCTAssertEqual(week.first, "Started the quote plan for Acme Trading from Tue 8 Dec: 2 touches.")
    }

    // MARK: Stop, lists

    func testStopCancelsTheOpenTouchesAndNoPlanRunningIsRefused() throws {
        let conv = try make()
        let none = conv.carryOut(line(.planStop, customer: "Acme"), decisions: Decisions(), today: today)
        XCTAssertTrue(none.failed)
        XCTAssertTrue(none.lines[0].text.hasPrefix("Acme Trading has no plan running"))
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        _ = conv.handle("done 1")
        XCTAssertEqual(run(conv, line(.planStop, customer: "Acme")),
                       ["Stopped the first-contact plan for Acme Trading (started Tue 1 Dec): 3 open touches cancelled."])
        XCTAssertNil(conv.book.activePlan(of: CustomerID(1)))
        XCTAssertEqual(conv.book.reminders.compactMap(\.cancelled).count, 3)
    }

    func testPlansListsTheRunningOnesAndAllPlansTheStoppedToo() throws {
        let conv = try make()
        XCTAssertEqual(run(conv, line(.planList)).first, "No plans running.")
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        _ = run(conv, line(.planStart, customer: "东方酒店", text: "售后"))
        _ = conv.handle("done 1")
        _ = run(conv, line(.planStop, customer: "东方酒店"))
        let list = run(conv, line(.planList))
        XCTAssertEqual(list[0], "Plans running (1)")
        XCTAssertTrue(list[2].hasPrefix("  Acme Trading  first contact  Tue 1 Dec     1  Wed 2 Dec · text"), "\(list)")
        let all = run(conv, line(.planList, value: "all"))
        XCTAssertEqual(all[0], "Follow-up plans (2, stopped ones too)")
        XCTAssertEqual(all.count, 5)
        let table = PlanCommands.table(line(.planList, value: "all"), Context(book: conv.book, index: BookIndex(), today: today, lang: .en,
                                                                            decisions: Decisions()))
        XCTAssertEqual(table.rows.count, 2)
        XCTAssertEqual(table.rows[0][6], .int(1))
        XCTAssertEqual(table.rows[1][5], .day(today))
    }

    func testShowListsTouchesWithTheirStateAndTheLinesToType() throws {
        let conv = try make()
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        _ = conv.handle("done 1")
        let shown = run(conv, line(.planShow, customer: "Acme"))
        XCTAssertEqual(shown[0], "The first-contact plan · Acme Trading")
        XCTAssertEqual(shown[1], "Running since Tue 1 Dec.")
        XCTAssertTrue(shown.contains("  #1 Tue 1 Dec · text · who you are and where to find you — done Tue 1 Dec"), "\(shown)")
        XCTAssertTrue(shown.contains("  #2 Wed 2 Dec · text · a friendly greeting — next"), "\(shown)")
        XCTAssertEqual(shown.last, "Stop it: stop the plan for Acme Trading · a push-back: Acme Trading said stop calling")
        let none = conv.carryOut(line(.planShow, customer: "东方酒店"), decisions: Decisions(), today: today)
        XCTAssertTrue(none.failed)
    }

    // MARK: Agenda, file, settings

    func testTheAgendaShowsEachTouchsDraftUnderIt() throws {
        let conv = try make()
        _ = run(conv, line(.planStart, customer: "东方酒店", contact: "王经理", text: "初次联系", lang: .zh))
        let agenda = conv.handle("agenda").lines.map(\.text)
        let i = try XCTUnwrap(agenda.firstIndex { $0.hasPrefix("  #1 · 给东方酒店王经理发短信") }, "\(agenda)")
        XCTAssertTrue(agenda[i + 1].hasPrefix("      “王经理您好，我是Sunrise Kitchens的Sam Lee"), agenda[i + 1])
        let file = conv.handle("查看东方酒店").lines.map(\.text)
        XCTAssertTrue(file.contains { $0.hasPrefix("正在执行初次联系跟进计划，12月1日 周二启动；下一次#1 12月1日 周二：给东方酒店王经理发短信") }, "\(file)")
    }

    func testTheAgendaAndTheOpeningNeverReadThePlaybook() throws {
        let conv = try make()
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        XCTAssertTrue(conv.plays.isLoaded)
        let fresh = Conversation(book: conv.book, store: MemoryBookStore(book: conv.book), clock: FixedClock(today))
        let agenda = fresh.handle("agenda").lines.map(\.text)
        XCTAssertTrue(agenda.contains { $0.hasPrefix("      “Hello Li Wei, this is Sam Lee") }, "\(agenda)")
        XCTAssertFalse(fresh.plays.isLoaded)
    }

    func testMyCompanyAndAddressAreSetAndFillTheDrafts() throws {
        let conv = try make()
        var s = Slots()
        s.setting = .myAddress
        s.value = "8 Harbour Road"
        let set = conv.carryOut(ParsedLine(input: "my address is 8 Harbour Road", intent: .settingSet, slots: s, language: .en),
                                decisions: Decisions(), today: today)
        XCTAssertEqual(set.lines.first?.text, "Your company's address is set to 8 Harbour Road: the messages of plans started from now on carry it.")
        _ = run(conv, line(.planStart, customer: "Acme", text: "first contact"))
        XCTAssertEqual(conv.book.reminders.first?.message,
                       "Hello Li Wei, this is Sam Lee from Sunrise Kitchens, thank you for your time today. We are at 8 Harbour Road; this is my number if anything comes up.")
    }
}
