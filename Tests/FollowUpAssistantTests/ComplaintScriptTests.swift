import XCTest
import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook
import FollowUpStore
@testable import FollowUpAssistant

/// `script complaint`: the script for each step of a complaint, its cause and remedy, angry or
/// not, in both languages, with the bundled plays.
final class ComplaintScriptTests: XCTestCase {
    // A Wednesday.
    let today = Day(year: 2026, month: 12, day: 2) ?? Day(ordinal: 0)
    let acme = CustomerID(1)

    func day(_ offset: Int) -> Day { today.adding(days: offset) }

    /// Acme Trading (contact 王芳, manager), owing one invoice; Pine Dental, owing nothing.
    func book(_ complaints: [Complaint]) throws -> Book {
        let customers = [
            Customer(id: acme, name: "Acme Trading", contacts: [ContactPerson(name: "王芳", title: "经理", phone: "13912345678")],
                     added: day(-60)),
            Customer(id: CustomerID(2), name: "Pine Dental", added: day(-60)),
        ]
        let invoice = Invoice(id: InvoiceID(1), customer: acme, number: "INV-0001", amount: Money(minor: 800_000, currency: .cny),
                              issued: day(-40), due: day(-10))
        return try Book(customers: customers, invoices: [invoice], payments: [], promises: [], reminders: [], contacts: [],
                        complaints: complaints, settings: [:], history: [], undoStack: [], lastSeq: 0)
    }

    func complaint(_ id: Int = 1, stage: ComplaintStage = .listen, customer: CustomerID? = nil, _ change: (inout Complaint) -> Void = { _ in }) -> Complaint {
        var c = Complaint(id: ComplaintID(id), customer: customer ?? acme, contact: "王芳", words: "the AC unit leaks",
                          received: day(-3), product: "AC unit", stage: stage)
        change(&c)
        return c
    }

    func context(_ book: Book, _ lang: Lang) -> Context {
        Context(book: book, index: BookIndex(), today: today, lang: lang, decisions: Decisions())
    }

    func lines(_ outcome: Outcome) -> [String] {
        guard case .show(let lines) = outcome else {
            XCTFail("not a read-only reply: \(outcome)")
            return []
        }
        return lines.map(\.text)
    }

    func script(_ cp: Complaint?, angry: Bool = false, _ lang: Lang = .en, others: [Complaint] = []) throws -> (text: String, plays: [String]) {
        let b = try book((cp.map { [$0] } ?? []) + others)
        let c = context(b, lang)
        let out = lines(ComplaintScript.reply(for: cp, angry: angry, c))
        XCTAssertFalse(out.contains { $0.contains("{") || $0.contains("}") }, out.joined(separator: "\n"))
        XCTAssertFalse(out.contains { $0.hasPrefix("#") }, "no reply line starts with #")
        return (out.joined(separator: "\n"), c.plays.lastChoices.map(\.play.id))
    }

    func testEveryStepInBothLanguages() throws {
        let cases: [(ComplaintStage, (inout Complaint) -> Void, String, String, String)] = [
            (.listen, { _ in }, "complaint.listen", "step 1 of 6, listen and write it down", "第1步（共6步）：倾听并记录"),
            (.analyse, { _ in }, "complaint.analyse", "step 2 of 6, find the cause", "第2步（共6步）：查明原因"),
            (.solve, { $0.cause = .productDefect }, "complaint.solve", "step 3 of 6", "第3步（共6步）"),
            (.tell, { $0.cause = .productDefect; $0.remedies = [.init(remedy: .replace, day: self.day(-1))] }, "complaint.tell",
             "step 4 of 6, tell the customer the solution", "第4步（共6步）：把办法告诉客户"),
            (.carryOut, { $0.cause = .productDefect; $0.remedies = [.init(remedy: .repair, day: self.day(-1))] }, "complaint.carry_out",
             "step 5 of 6, carry it out", "第5步（共6步）：落实处理"),
            (.review, { $0.resolved = self.day(-3); $0.checkBack = self.today }, "complaint.checkback", "step 6 of 6", "第6步（共6步）"),
            (.closed, { $0.resolved = self.day(-3); $0.satisfaction = .init(satisfied: true, day: self.day(-1)) }, "complaint.review",
             "closed", "已结案"),
        ]
        for (stage, change, play, en, zh) in cases {
            let cp = complaint(stage: stage, change)
            let e = try script(cp, .en), z = try script(cp, .zh)
            XCTAssertTrue(e.text.hasPrefix("Complaint #1: Acme Trading · \(en)"), e.text)
            XCTAssertTrue(z.text.hasPrefix("投诉#1：Acme Trading · \(zh)"), z.text)
            XCTAssertEqual(e.plays.first, play, "\(stage)")
            XCTAssertEqual(z.plays.first, play, "\(stage)")
            for (text, lang) in [(e.text, Lang.en), (z.text, .zh)] {
                XCTAssertTrue(text.contains(lang == .en ? "received 3 days ago" : "3天前收到"), text)
                XCTAssertTrue(text.contains(lang == .en ? "They said: “the AC unit leaks”" : "对方说：“the AC unit leaks”"), text)
                XCTAssertTrue(text.contains(lang == .en ? "Speak to 王芳 (manager) · 13912345678" : "联系人：王芳（经理） · 13912345678"), text)
                XCTAssertTrue(text.contains(lang == .en ? "\nPlays used\n" : "\n用到的话术\n"), text)
            }
            // The three don'ts of complaint handling are in every script.
            XCTAssertTrue(e.text.contains("Don't: Never argue"), e.text)
            XCTAssertTrue(e.text.contains("Don't: Never hide behind company policy"), e.text)
            XCTAssertTrue(e.text.contains("Don't: Never promise what you cannot deliver"), e.text)
            XCTAssertTrue(z.text.contains("不要：永远别跟投诉的客户争论"), z.text)
        }
    }

    func testTheFirstStepOpensListensAsksApologisesAndPromisesADay() throws {
        let (text, plays) = try script(complaint())
        XCTAssertTrue(text.contains("Open, then let them talk\n  “王芳, thank you for calling me about this."), text)
        XCTAssertTrue(text.contains("Questions that find the cause\n  “What happened, and when did you first notice it?”"), text)
        XCTAssertTrue(text.contains("Apologise once, and mean it\n  “I apologise for the trouble"), text)
        // Received three days ago, nothing promised yet: two working days on (Wed → Fri).
        XCTAssertTrue(text.contains("call you back by Fri 4 Dec with what I've found"), text)
        XCTAssertTrue(text.contains("Next: find the cause (step 2). When you know it: complaint 1: it was a product defect"), text)
        XCTAssertTrue(text.contains("Afterwards, write down\n  - What happened, in their own words, and when."), text)
        XCTAssertFalse(text.contains("the three changes"), "not angry: no cooling section")
        XCTAssertEqual(Array(plays.prefix(2)), ["complaint.listen", "cause.unknown"])

        let zh = try script(complaint(), .zh).text
        XCTAssertTrue(zh.contains("开场，然后让对方说\n  “王经理，谢谢您专门打电话告诉我。"), zh)
        XCTAssertTrue(zh.contains("12月4日（周五）之前给您回电话"), zh)
        XCTAssertTrue(zh.contains("下一步：查明原因（第2步）。查清后输入：1号投诉原因是产品质量问题"), zh)
    }

    func testAngryAddsTheThreeChangesInEitherWay() throws {
        for cp in [complaint { $0.angry = true }, complaint()] {
            let angryByLine = !cp.angry
            let (text, plays) = try script(cp, angry: angryByLine)
            XCTAssertTrue(text.contains("If they are angry: the three changes\n  Change the person: bring in your manager: “王芳, I'd like my manager"), text)
            XCTAssertTrue(text.contains("  Change the place: somewhere quieter: “Let's sit down somewhere quieter"), text)
            XCTAssertTrue(text.contains("  Change the time: look into it, reply on a set day: “I don't want to give you a half answer now."), text)
            XCTAssertTrue(plays.contains("cooling.time"))
            let zh = try script(cp, angry: angryByLine, .zh).text
            XCTAssertTrue(zh.contains("对方在气头上：三个“换”\n  换个人：请主管出面：“王经理，这件事我想请我们主管直接听您说"), zh)
        }
        let tried = try script(complaint { $0.angry = true; $0.cooling = [.person] }).text
        XCTAssertTrue(tried.contains("Severity: normal · angry"), tried)
        XCTAssertTrue(tried.contains("Already tried: a change of person"), tried)
        let closed = try script(complaint(stage: .closed) { $0.angry = true }).text
        XCTAssertFalse(closed.contains("the three changes"), "a closed complaint needs no cooling")
    }

    func testTheCauseChoosesTheQuestionsApologyAndOffer() throws {
        let product = try script(complaint(stage: .analyse) { $0.cause = .productDefect; $0.invoice = InvoiceID(1) })
        XCTAssertTrue(product.text.contains("Cause: a product defect"), product.text)
        XCTAssertTrue(product.text.contains("About: AC unit · invoice INV-0001 (not chased until this is resolved)"), product.text)
        XCTAssertTrue(product.text.contains("Questions that confirm the cause\n  “When did you first notice it, and what exactly does it do?”"), product.text)
        XCTAssertTrue(product.text.contains("“I'm sorry the AC unit let you down"), product.text)
        XCTAssertTrue(product.plays.contains("cause.product"))

        let promise = try script(complaint(stage: .solve) { $0.cause = .promiseNotKept })
        XCTAssertTrue(promise.text.contains("“We told you it would be done and it wasn't."), promise.text)
        XCTAssertTrue(promise.text.contains("Present the solution\n  “Here is what I can guarantee"), promise.text)
        XCTAssertFalse(promise.text.contains("Questions that"), "past step 2: no questions")

        let theirs = try script(complaint(stage: .analyse) { $0.cause = .misunderstanding }, .zh).text
        XCTAssertTrue(theirs.contains("原因：客户误解"), theirs)
        XCTAssertTrue(theirs.contains("“您能一步一步跟我说说，当时是怎么用的吗？”"), theirs)
    }

    func testTheRemedyIsPresentedWithTheProductAndTheDay() throws {
        let cp = complaint(stage: .tell) {
            $0.cause = .productDefect
            $0.solution = "new seal"
            $0.remedies = [.init(remedy: .replace, day: self.day(-1))]
            $0.replyBy = self.day(6)
        }
        let (text, plays) = try script(cp)
        XCTAssertTrue(text.contains("Solution: new seal (exchange)"), text)
        let chosen = try script(complaint(stage: .tell) { $0.solution = "new seal"; $0.remedy = .repair })
        XCTAssertTrue(chosen.plays.contains("remedy.repair"), "the solution's remedy, before any is given")
        XCTAssertTrue(text.contains("Reply promised by Tue 8 Dec"), text)
        XCTAssertTrue(text.contains("Present the solution\n  “Here is what we will do: new seal. It will be done by Tue 8 Dec; does that suit you?”"), text)
        XCTAssertTrue(plays.contains("remedy.replace"))
        // No solution in words: the remedy's own line, with the product.
        let bare = try script(complaint(stage: .tell) { $0.remedy = .replace; $0.replyBy = self.day(6) }, .zh).text
        XCTAssertTrue(bare.contains("“AC unit我们给您换一台新的，12月8日（周二）之前送到"), bare)
        let en = try script(complaint(stage: .tell) { $0.remedy = .replace; $0.replyBy = self.day(6) }).text
        XCTAssertTrue(en.contains("“We'll exchange the AC unit for a new one and collect the faulty one at the same time, by Tue 8 Dec.”"), en)

        // A promised day already past is said to be overdue; the script proposes a new one.
        let late = try script(complaint(stage: .carryOut) { $0.replyBy = self.day(-1); $0.severity = .high }).text
        XCTAssertTrue(late.contains("Reply promised by Tue 1 Dec: overdue, call them today"), late)
        XCTAssertTrue(late.contains("by Thu 3 Dec at the latest"), "serious: the next working day\n\(late)")
    }

    func testAHandoffSaysWhoTakesOverAndWhen() throws {
        let cp = complaint(stage: .solve) {
            $0.cause = .equipment
            $0.handoff = .init(to: "service", by: self.day(2), day: self.day(-1))
        }
        let (text, plays) = try script(cp)
        XCTAssertEqual(plays.first, "complaint.handoff")
        var told = cp
        told.stage = .tell
        XCTAssertEqual(try script(told).plays.first, "complaint.handoff", "a handoff leaves the complaint at step 4")
        XCTAssertTrue(text.contains("Handed to service on Tue 1 Dec, to act by Fri 4 Dec; yours until they take it up"), text)
        XCTAssertTrue(text.contains("“王芳, I've passed this to our service; they will be in touch by Fri 4 Dec (Fri).”")
                      || text.contains("they will be in touch by Fri 4 Dec"), text)
        XCTAssertTrue(text.contains("“If you haven't heard from them by Fri 4 Dec, call me, and I'll chase it myself.”"), text)
        XCTAssertFalse(text.contains("Present the solution"), "the department settles the fix\n\(text)")
        let zh = try script(cp, .zh).text
        XCTAssertTrue(zh.contains("这件事我已经转给我们的service，他们12月4日（周五）之前会联系您"), zh)
        // No day from the department: the line without it.
        let noDay = try script(complaint(stage: .solve) { $0.handoff = .init(to: "service", day: self.day(-1)) }).text
        XCTAssertTrue(noDay.contains("they will be in touch shortly"), noDay)
    }

    func testCheckBackThenReviewThenReopened() throws {
        let due = try script(complaint(stage: .review) { $0.resolved = self.day(-3); $0.checkBack = self.today })
        XCTAssertEqual(due.plays.first, "complaint.checkback")
        XCTAssertTrue(due.text.contains("Resolved Sun 29 Nov; check-back call Wed 2 Dec"), due.text)
        XCTAssertTrue(due.text.contains("Is everything working as you expected?"), due.text)
        XCTAssertTrue(due.text.contains("Then record their answer: complaint 1: they are happy with the fix · complaint 1: they are not happy with the fix, still leaking"), due.text)

        let happy = try script(complaint(stage: .review) {
            $0.resolved = self.day(-3)
            $0.satisfaction = .init(satisfied: true, words: "works fine", day: self.today)
        })
        XCTAssertEqual(happy.plays.first, "complaint.review")
        XCTAssertTrue(happy.text.contains("Check-back: satisfied: “works fine”"), happy.text)
        XCTAssertTrue(happy.text.contains("Next: write the review (step 6): review #1"), happy.text)

        let unhappy = try script(complaint(stage: .listen) { $0.satisfaction = .init(satisfied: false, words: "still leaks", day: self.today) }, .zh)
        XCTAssertEqual(unhappy.plays.first, "complaint.reopened")
        XCTAssertTrue(unhappy.text.contains("回访：不满意：“still leaks”"), unhappy.text)
        XCTAssertTrue(unhappy.text.contains("很抱歉上次没能解决好"), unhappy.text)
    }

    func testUrgentPutsSafetyFirst() throws {
        let (text, plays) = try script(complaint { $0.severity = .urgent; $0.words = "smoke from the unit" })
        XCTAssertEqual(plays.first, "complaint.listen.urgent")
        XCTAssertTrue(text.contains("Severity: urgent"), text)
        XCTAssertTrue(text.contains("please stop using it until we've checked it"), text)
        XCTAssertTrue(text.contains("by Thu 3 Dec at the latest"), "urgent: the next working day\n\(text)")
    }

    func testTheGeneralScriptAngryOrNot() throws {
        let calm = try script(nil)
        XCTAssertTrue(calm.text.hasPrefix("Handling a complaint: the first step, listen and write it down"), calm.text)
        XCTAssertTrue(calm.text.contains("“Thank you for calling me about this."), "no contact: the line without one\n\(calm.text)")
        XCTAssertFalse(calm.text.contains("the three changes"))
        XCTAssertTrue(calm.text.contains("log it first: log complaint from Acme"), calm.text)
        XCTAssertFalse(calm.text.contains("Next:"), "no record, no next step to type")

        let angry = try script(nil, angry: true, .zh)
        XCTAssertTrue(angry.text.hasPrefix("客户投诉又在气头上：先让对方平静下来，再听"), angry.text)
        XCTAssertTrue(angry.text.contains("对方在气头上：三个“换”"), angry.text)
        XCTAssertTrue(angry.text.contains("不要：做不到的事千万别答应"), angry.text)
    }

    // MARK: Through a conversation

    func conversation(_ complaints: [Complaint]) throws -> Conversation {
        let b = try book(complaints)
        return Conversation(book: b, store: MemoryBookStore(book: b), clock: FixedClock(today), plays: .bundledOnly)
    }

    func testScriptLinesFindTheComplaint() throws {
        let older = complaint(1, stage: .solve)
        let newer = complaint(2, stage: .analyse) { $0.words = "invoice total is wrong" }
        let closed = complaint(3, stage: .closed, customer: CustomerID(2))
        let c = try conversation([older, newer, closed])
        let seq = c.book.lastSeq

        let byCustomer = c.handle("script complaint Acme")
        XCTAssertFalse(byCustomer.failed, byCustomer.text)
        XCTAssertTrue(byCustomer.text.hasPrefix("Complaint #2: Acme Trading · step 2 of 6"), "the newest open one\n\(byCustomer.text)")
        XCTAssertTrue(byCustomer.changes.isEmpty)
        XCTAssertEqual(c.book.lastSeq, seq, "a script writes nothing")

        let why = c.handle("why")
        XCTAssertTrue(why.text.contains("complaint.analyse · complaint_stage: analyse"), why.text)

        let none = c.handle("script complaint Pine Dental")
        XCTAssertTrue(none.text.hasPrefix("Pine Dental has no open complaint; in general:\nHandling a complaint"), none.text)

        let general = c.handle("客户投诉怎么回复")
        XCTAssertTrue(general.text.hasPrefix("处理客户投诉：第一步，倾听并记录"), general.text)

        let angry = c.handle("what should I say to an angry customer")
        XCTAssertTrue(angry.text.hasPrefix("An angry customer with a complaint"), angry.text)
        XCTAssertTrue(angry.text.contains("If they are angry: the three changes"), angry.text)
    }

    func testUnknownComplaintNumberSaysSo() throws {
        let c = context(try book([complaint()]), .en)
        var p = ParsedLine(input: "script complaint 9", intent: .script, language: .en)
        p.slots.topic = "complaint"
        p.slots.id = 9
        let text = lines(try ComplaintScript.script(p, c)).joined(separator: "\n")
        XCTAssertTrue(text.hasPrefix("There is no complaint #9 in your book; in general:\nHandling a complaint"), text)
        p.slots.id = 1
        let found = lines(try ComplaintScript.script(p, c)).joined(separator: "\n")
        XCTAssertTrue(found.hasPrefix("Complaint #1: Acme Trading"), found)
    }

    /// An angry customer who owes money and has no complaint open keeps the collection answer to
    /// anger, with their figures.
    func testAngryOnACollectionCallKeepsTheExcuseScript() throws {
        let c = try conversation([])
        var p = ParsedLine(input: "Acme is angry, what do I say", intent: .script, language: .en)
        p.slots.topic = "complaint"
        p.slots.customer = "Acme"
        p.slots.excuse = .angry
        let ctx = context(c.book, .en)
        let text = lines(try ComplaintScript.script(p, ctx)).joined(separator: "\n")
        XCTAssertTrue(text.hasPrefix("When Acme Trading is angry"), text)
    }
}
