import XCTest
@testable import FollowUpCore

/// The six steps: every legal move, skipped steps with and without their facts, every refusal.
final class ComplaintFlowTests: XCTestCase {
    let today = day("2026-11-18")
    let id = ComplaintID(3)

    private func fresh(stage: ComplaintStage = .listen, received: Day? = nil) -> Complaint {
        Complaint(id: id, customer: CustomerID(1), words: "the AC unit leaks", received: received ?? today, stage: stage)
    }

    private func apply(_ changes: [ComplaintChange], _ c: Complaint, on: Day? = nil) throws -> Complaint {
        try ComplaintFlow.apply(changes, to: c, on: on ?? today)
    }

    /// The refusal `changes` meet, or a failure when they pass.
    private func refusal(_ changes: [ComplaintChange], _ c: Complaint, on: Day? = nil,
                         file: StaticString = #filePath, line: UInt = #line) -> ComplaintMoveError? {
        do {
            _ = try ComplaintFlow.apply(changes, to: c, on: on ?? today)
            XCTFail("expected a refusal", file: file, line: line)
            return nil
        } catch {
            return error
        }
    }

    // MARK: Legal moves

    func testTheSixStepsInOrder() throws {
        var c = fresh()
        c = try apply([.causeFound(.productDefect)], c, on: today.adding(days: 1))
        XCTAssertEqual(c.stage, .solve)
        XCTAssertEqual(c.stageSince, today.adding(days: 1))
        XCTAssertEqual(c.cause, .productDefect)
        c = try apply([.solutionFound("replace the seal", remedy: .replace)], c, on: today.adding(days: 1))
        XCTAssertEqual(c.stage, .tell)
        XCTAssertEqual(c.solution, "replace the seal")
        XCTAssertEqual(c.remedy, .replace)
        c = try apply([.told("we will replace the seal on Friday")], c, on: today.adding(days: 2))
        XCTAssertEqual(c.stage, .carryOut)
        XCTAssertEqual(c.told, today.adding(days: 2))
        c = try apply([.carriedOut(nil)], c, on: today.adding(days: 4))
        XCTAssertEqual(c.stage, .review)
        XCTAssertEqual(c.resolved, today.adding(days: 4))
        XCTAssertEqual(c.checkBack, today.adding(days: 7), "three days after the fix by default")
        XCTAssertTrue(c.isOpen)
        XCTAssertFalse(c.isUnresolved)
        c = try apply([.reviewed("the installer skipped the pressure test; test every unit before leaving")], c, on: today.adding(days: 5))
        XCTAssertEqual(c.stage, .closed)
        XCTAssertFalse(c.isOpen)
        XCTAssertEqual(c.timeline.map(\.stage), [.solve, .tell, .carryOut, .review, .closed])
        XCTAssertEqual(c.timeline.map(\.change.kind), [.cause, .solution, .told, .carriedOut, .reviewed])
        XCTAssertEqual(c.timeline.first?.day, today.adding(days: 1))
    }

    func testAnUnknownCauseMovesToAnalysingButDoesNotFinishIt() throws {
        let c = try apply([.causeFound(.unknown)], fresh())
        XCTAssertEqual(c.stage, .analyse)
        XCTAssertEqual(c.cause, .unknown)
        XCTAssertEqual(refusal([.solutionFound("send a technician", remedy: .visit)], c),
                       .missingFacts(id, move: .solution, at: .analyse, missing: [.cause]))
    }

    func testAHandoffPassesAnalysisAndSolvingAndKeepsTheSalespersonOnIt() throws {
        let friday = day("2026-11-20")
        let c = try apply([.handedOff(to: "  service  ", by: friday)], fresh())
        XCTAssertEqual(c.stage, .tell, "next: tell the customer who will act and when")
        XCTAssertEqual(c.handoff, Complaint.Handoff(to: "service", by: friday, day: today))
        XCTAssertTrue(c.isUnresolved)
        XCTAssertEqual(c.timeline.last?.change, .handedOff(to: "service", by: friday))
    }

    func testResolvedOnAFreshComplaintNeedsTheCauseAndTheSolution() throws {
        XCTAssertEqual(refusal([.carriedOut(nil)], fresh()),
                       .missingFacts(id, move: .carriedOut, at: .listen, missing: [.cause, .solution]))
        XCTAssertEqual(refusal([.causeFound(.attitude), .carriedOut(nil)], fresh()),
                       .missingFacts(id, move: .carriedOut, at: .solve, missing: [.solution]))
        // With both on the same line, carrying it out also tells the customer.
        let c = try apply([.causeFound(.productDefect), .solutionFound(nil, remedy: .repair), .carriedOut(nil)], fresh())
        XCTAssertEqual(c.stage, .review)
        XCTAssertEqual(c.resolved, today)
        XCTAssertNil(c.told)
    }

    func testTellingSkipsNothingWithoutACauseAndASolution() throws {
        XCTAssertEqual(refusal([.told(nil)], fresh()), .missingFacts(id, move: .told, at: .listen, missing: [.cause, .solution]))
        let c = try apply([.causeFound(.misunderstanding), .solutionFound("explain the warranty terms", remedy: nil), .told(nil)], fresh())
        XCTAssertEqual(c.stage, .carryOut)
    }

    func testAReviewBeforeTheFixNeedsTheFix() throws {
        let atTell = try apply([.causeFound(.productDefect), .solutionFound("replace", remedy: .replace)], fresh())
        XCTAssertEqual(refusal([.reviewed("check seals")], atTell), .missingFacts(id, move: .reviewed, at: .tell, missing: [.told, .resolution]))
        let c = try apply([.carriedOut(nil), .reviewed("check seals")], atTell)
        XCTAssertEqual(c.stage, .closed)
    }

    func testCorrectionsBeforeTheFixMoveNothingBack() throws {
        var c = try apply([.causeFound(.productDefect), .solutionFound("replace", remedy: .replace), .told(nil)], fresh())
        XCTAssertEqual(c.stage, .carryOut)
        c = try apply([.causeFound(.equipment), .solutionFound("repair on site", remedy: .repair), .handedOff(to: "installers", by: nil)], c)
        XCTAssertEqual(c.stage, .carryOut)
        XCTAssertEqual(c.cause, .equipment)
        XCTAssertEqual(c.solution, "repair on site")
        XCTAssertEqual(c.handoff?.to, "installers")
    }

    func testMovesThatDoNotChangeTheStep() throws {
        let friday = day("2026-11-20")
        var c = try apply([.cooled(.person), .cooled(.time), .cooled(.person), .replyPromised(by: friday), .severityChanged(.urgent),
                           .remedyGiven(.apology, amount: nil, credit: nil), .note("called twice, very upset")], fresh())
        XCTAssertEqual(c.stage, .listen)
        XCTAssertEqual(c.stageSince, today)
        XCTAssertEqual(c.cooling, [.person, .time])
        XCTAssertEqual(c.replyBy, friday)
        XCTAssertEqual(c.severity, .urgent)
        XCTAssertEqual(c.remedies, [Complaint.RemedyEntry(remedy: .apology, day: today)])
        XCTAssertEqual(c.timeline.count, 7)
        // Telling the customer the answer is the promised reply.
        c = try apply([.causeFound(.productDefect), .solutionFound("new seal", remedy: nil), .told(nil)], c)
        XCTAssertNil(c.replyBy)
    }

    func testAMoneyRemedyCarriesItsAmountAndCredit() throws {
        let c = try apply([.remedyGiven(.creditNote, amount: cny(500), credit: PaymentID(4))], fresh())
        XCTAssertEqual(c.remedies.last, Complaint.RemedyEntry(remedy: .creditNote, amount: cny(500), credit: PaymentID(4), day: today))
        XCTAssertEqual(c.remedy, .creditNote, "a remedy given is a solution")
    }

    func testClosingAResolvedComplaintNeedsNoReasonAndAnUnresolvedOneDoes() throws {
        let resolved = try apply([.causeFound(.productDefect), .solutionFound(nil, remedy: .replace), .carriedOut(nil)], fresh())
        XCTAssertEqual(try apply([.closed(nil)], resolved).stage, .closed)
        XCTAssertEqual(refusal([.closed("  ")], fresh()), .needsWords(id, move: .closed))
        let withdrawn = try apply([.closed("the customer withdrew it")], fresh())
        XCTAssertEqual(withdrawn.stage, .closed)
        XCTAssertFalse(withdrawn.isUnresolved)
        XCTAssertNil(withdrawn.resolved)
    }

    func testReopeningGoesBackToAnalysingAndClearsTheSteps() throws {
        let done = try apply([.causeFound(.productDefect), .solutionFound("new seal", remedy: .replace), .told(nil), .carriedOut(nil),
                              .reviewed("check seals")], fresh())
        let c = try apply([.reopened("the leak is back")], done, on: today.adding(days: 9))
        XCTAssertEqual(c.stage, .analyse)
        XCTAssertEqual(c.stageSince, today.adding(days: 9))
        XCTAssertEqual(c.cause, .productDefect, "the cause found stays on record")
        XCTAssertNil(c.resolved)
        XCTAssertNil(c.checkBack)
        XCTAssertNil(c.solution)
        XCTAssertNil(c.told)
        XCTAssertNil(c.review)
        XCTAssertTrue(c.isUnresolved)
        // The steps are done again: the old solution does not count.
        XCTAssertEqual(refusal([.carriedOut(nil)], c, on: today.adding(days: 9)),
                       .missingFacts(id, move: .carriedOut, at: .analyse, missing: [.solution]))
        // A complaint closed without a fix can be reopened too.
        let withdrawn = try apply([.closed("withdrawn")], fresh())
        XCTAssertEqual(try apply([.reopened(nil)], withdrawn).stage, .analyse)
    }

    func testCheckBackSatisfiedAndNotSatisfied() throws {
        let resolved = try apply([.causeFound(.productDefect), .solutionFound("new seal", remedy: .replace), .carriedOut(nil)], fresh())
        let happy = try apply([.checkedBack(satisfied: true, words: "works fine now")], resolved, on: today.adding(days: 3))
        XCTAssertEqual(happy.satisfaction, Complaint.Satisfaction(satisfied: true, words: "works fine now", day: today.adding(days: 3)))
        XCTAssertNil(happy.checkBack, "the call is made")
        XCTAssertEqual(happy.stage, .review)

        let unhappy = try apply([.checkedBack(satisfied: false, words: "still drips")], resolved, on: today.adding(days: 3))
        XCTAssertEqual(unhappy.stage, .solve, "they reject the fix, not the diagnosis")
        XCTAssertEqual(unhappy.satisfaction?.satisfied, false)
        XCTAssertNil(unhappy.resolved)
        XCTAssertNil(unhappy.solution)
        XCTAssertNil(unhappy.remedy)
        XCTAssertEqual(unhappy.cause, .productDefect)
        XCTAssertTrue(unhappy.isUnresolved)

        // The call falls due after closing, and is answered then.
        let closed = try apply([.reviewed("seal batch faulty")], resolved)
        XCTAssertEqual(try apply([.checkedBack(satisfied: true, words: nil)], closed).stage, .closed)
        XCTAssertEqual(try apply([.checkedBack(satisfied: false, words: nil)], closed).stage, .solve)
    }

    func testTheCheckBackDaysComeFromTheSettings() throws {
        let rules = ComplaintRules(settings: ["complaint.checkback": "5", "complaint.stall": "4"])
        XCTAssertEqual(rules, ComplaintRules(stallDays: 4, checkBackDays: 5))
        XCTAssertEqual(ComplaintRules(settings: ["complaint.checkback": "0", "complaint.stall": "x"]), .standard)
        let c = try ComplaintFlow.apply([.causeFound(.attitude), .solutionFound("apologise", remedy: .apology), .carriedOut(nil)],
                                        to: fresh(), on: today, rules: rules)
        XCTAssertEqual(c.checkBack, today.adding(days: 5))
    }

    func testWhatEachStepNeeds() {
        XCTAssertNil(ComplaintFlow.needed(at: .listen))
        XCTAssertEqual(ComplaintFlow.needed(at: .analyse), .cause)
        XCTAssertEqual(ComplaintFlow.needed(at: .solve), .solution)
        XCTAssertEqual(ComplaintFlow.needed(at: .tell), .told)
        XCTAssertEqual(ComplaintFlow.needed(at: .carryOut), .resolution)
        XCTAssertEqual(ComplaintFlow.needed(at: .review), .review)
        XCTAssertNil(ComplaintFlow.needed(at: .closed))
    }

    // MARK: Refusals, one per case

    func testNothingMovesAClosedComplaintButAReopenACheckBackOrANote() throws {
        let closed = try apply([.closed("withdrawn")], fresh())
        for change: ComplaintChange in [.causeFound(.attitude), .handedOff(to: "service", by: nil), .solutionFound("x", remedy: nil),
                                         .told(nil), .carriedOut(nil), .reviewed("x"), .closed("again"), .cooled(.place),
                                         .replyPromised(by: today), .severityChanged(.low), .remedyGiven(.apology, amount: nil, credit: nil)] {
            XCTAssertEqual(refusal([change], closed), .closed(id), "\(change)")
        }
        XCTAssertEqual(try apply([.note("they called to say thanks")], closed).stage, .closed)
    }

    func testStepsBeforeTheFixAreRefusedAfterIt() throws {
        let resolved = try apply([.causeFound(.productDefect), .solutionFound("new seal", remedy: .replace), .carriedOut(nil)], fresh())
        for change: ComplaintChange in [.causeFound(.attitude), .handedOff(to: "service", by: nil), .solutionFound("x", remedy: nil),
                                         .told(nil), .carriedOut(nil)] {
            XCTAssertEqual(refusal([change], resolved), .afterResolution(id, move: change.kind, resolved: today), "\(change)")
        }
    }

    func testACheckBackBeforeTheFixIsRefused() {
        XCTAssertEqual(refusal([.checkedBack(satisfied: true, words: nil)], fresh()), .notResolved(id, at: .listen))
    }

    func testReopeningAnOpenComplaintIsRefused() throws {
        XCTAssertEqual(refusal([.reopened(nil)], fresh()), .notReopenable(id, at: .listen))
        let told = try apply([.causeFound(.attitude), .solutionFound("apologise", remedy: nil), .told(nil)], fresh())
        XCTAssertEqual(refusal([.reopened("x")], told), .notReopenable(id, at: .carryOut))
    }

    func testAHandoffNeedsADepartment() {
        XCTAssertEqual(refusal([.handedOff(to: " \u{3000}", by: nil)], fresh()), .noDepartment(id))
    }

    func testMovesThatNeedWords() {
        XCTAssertEqual(refusal([.reviewed("  ")], fresh(stage: .review)), .needsWords(id, move: .reviewed))
        XCTAssertEqual(refusal([.note("")], fresh()), .needsWords(id, move: .note))
        XCTAssertEqual(refusal([.solutionFound(" ", remedy: nil)], fresh()), .needsWords(id, move: .solution))
        XCTAssertEqual(refusal([.closed(nil)], fresh()), .needsWords(id, move: .closed))
    }

    func testMovesDatedTooEarly() throws {
        XCTAssertEqual(refusal([.note("x")], fresh(), on: today.adding(days: -1)),
                       .beforeReceived(id, day: today.adding(days: -1), received: today))
        let c = try apply([.causeFound(.attitude)], fresh(), on: today.adding(days: 3))
        XCTAssertEqual(refusal([.note("x")], c, on: today.adding(days: 2)),
                       .beforeLastMove(id, day: today.adding(days: 2), last: today.adding(days: 3)))
    }

    func testDaysThatHavePassed() {
        let yesterday = today.adding(days: -1)
        XCTAssertEqual(refusal([.replyPromised(by: yesterday)], fresh(received: yesterday)),
                       .dayPassed(id, move: .replyPromised, day: yesterday, today: today))
        XCTAssertEqual(refusal([.handedOff(to: "service", by: yesterday)], fresh(received: yesterday)),
                       .dayPassed(id, move: .handoff, day: yesterday, today: today))
    }

    func testRemediesAndTheirMoney() {
        XCTAssertEqual(refusal([.remedyGiven(.refund, amount: nil, credit: nil)], fresh()), .remedyAmount(id, .refund))
        XCTAssertEqual(refusal([.remedyGiven(.creditNote, amount: cny(5), credit: nil)], fresh()), .remedyAmount(id, .creditNote))
        XCTAssertEqual(refusal([.remedyGiven(.apology, amount: cny(5), credit: nil)], fresh()), .remedyAmount(id, .apology))
        XCTAssertEqual(refusal([.remedyGiven(.repair, amount: nil, credit: PaymentID(1))], fresh()), .remedyAmount(id, .repair))
    }
}
