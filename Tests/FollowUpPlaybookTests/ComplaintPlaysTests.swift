import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

/// The complaint plays: their conditions, which play each step and cause picks, and that every
/// one fills in both languages without a raw placeholder.
final class ComplaintPlaysTests: XCTestCase {
    let book = Playbook.bundled()

    func situation(_ facts: ComplaintFacts, values: [PlayLanguage: [Placeholder: String]] = fullValues()) -> Situation {
        Situation(complaint: facts, values: values)
    }

    func best(_ topic: PlayTopic, _ facts: ComplaintFacts, _ lang: PlayLanguage = .en) -> String? {
        book.best(topic, for: situation(facts), in: lang)?.play.id
    }

    func testEachStepPicksItsPlay() {
        let expected: [(ComplaintFacts, String)] = [
            (ComplaintFacts(stage: .listen), "complaint.listen"),
            (ComplaintFacts(stage: .listen, severity: .urgent), "complaint.listen.urgent"),
            (ComplaintFacts(stage: .analyse), "complaint.analyse"),
            (ComplaintFacts(stage: .solve), "complaint.solve"),
            (ComplaintFacts(stage: .solve, handedOff: true), "complaint.handoff"),
            (ComplaintFacts(stage: .tell, handedOff: true), "complaint.handoff"),
            (ComplaintFacts(stage: .carryOut, handedOff: true), "complaint.carry_out"),
            (ComplaintFacts(stage: .tell), "complaint.tell"),
            (ComplaintFacts(stage: .carryOut), "complaint.carry_out"),
            (ComplaintFacts(stage: .review), "complaint.checkback"),
            (ComplaintFacts(stage: .review, satisfaction: .satisfied), "complaint.review"),
            (ComplaintFacts(stage: .closed, satisfaction: .satisfied), "complaint.review"),
            (ComplaintFacts(stage: .listen, satisfaction: .notSatisfied), "complaint.reopened"),
            (ComplaintFacts(stage: .solve, satisfaction: .notSatisfied), "complaint.reopened"),
        ]
        for (facts, id) in expected {
            for lang in PlayLanguage.allCases {
                XCTAssertEqual(best(.complaint, facts, lang), id, "\(facts) \(lang)")
            }
        }
        let chosen = book.best(.complaint, for: situation(ComplaintFacts(stage: .solve, handedOff: true)), in: .en)
        XCTAssertEqual(chosen?.matched.map(\.description), ["complaint_stage: solve", "handed_off: true"])
    }

    func testEachCauseAndRemedyPicksItsPlay() {
        let causes: [ComplaintCause: String] = [
            .explanation: "cause.explanation", .promiseNotKept: "cause.promise", .attitude: "cause.attitude",
            .customerOversight: "cause.customer", .misunderstanding: "cause.customer",
            .productDefect: "cause.product", .equipment: "cause.product", .unknown: "cause.unknown",
        ]
        XCTAssertEqual(Set(causes.keys), Set(ComplaintCause.allCases))
        for (cause, id) in causes {
            XCTAssertEqual(best(.cause, ComplaintFacts(stage: .analyse, cause: cause)), id, "\(cause)")
        }
        for remedy in Remedy.allCases {
            XCTAssertEqual(best(.remedy, ComplaintFacts(stage: .tell, remedy: remedy)), "remedy.\(remedy.rawValue)")
        }
        XCTAssertNil(best(.remedy, ComplaintFacts(stage: .tell)), "no remedy chosen: no remedy play")
    }

    func testCoolingOnlyWhenAngry() {
        let angry = book.choose(.cooling, for: situation(ComplaintFacts(angry: true)), in: .zh).map(\.play.id)
        XCTAssertEqual(angry, ["cooling.person", "cooling.place", "cooling.time"])
        XCTAssertEqual(book.choose(.cooling, for: situation(ComplaintFacts(angry: false)), in: .zh).map(\.play.id), [])
    }

    /// Complaint plays never reach a collection script: their conditions fail when the situation
    /// is about no complaint; and the complaint attitudes are the three don'ts and more.
    func testComplaintPlaysStayOutOfCollectionScripts() {
        let collection = Situation(step: .firm, daysOverdue: 20, owed: cny(800), values: fullValues())
        for topic in [PlayTopic.complaint, .cause, .remedy, .cooling] {
            XCTAssertEqual(book.choose(topic, for: collection, in: .en).map(\.play.id), [], "\(topic)")
        }
        let attitudes = book.choose(.attitude, for: collection, in: .en).map(\.play.id)
        XCTAssertFalse(attitudes.isEmpty)
        XCTAssertFalse(attitudes.contains { $0.hasPrefix("attitude.complaint") }, "\(attitudes)")

        let forComplaint = book.choose(.attitude, for: situation(ComplaintFacts()), in: .en)
            .filter { $0.matched.contains { $0.key == .complaint } }
        let donts = forComplaint.compactMap { $0.filled.dontNotes.first }
        XCTAssertTrue(donts.prefix(3).contains { $0.contains("argue") }, "\(donts)")
        XCTAssertTrue(donts.prefix(3).contains { $0.contains("policy") }, "\(donts)")
        XCTAssertTrue(donts.prefix(3).contains { $0.contains("promise what you cannot deliver") }, "\(donts)")
    }

    func testCauseConditionTakesACauseOrAParty() {
        var c = Conditions()
        c.cause = [CauseMatch(rawValue: "product")].compactMap { $0 }
        XCTAssertNotNil(c.check(situation(ComplaintFacts(cause: .equipment))))
        XCTAssertNotNil(c.check(situation(ComplaintFacts(cause: .productDefect))))
        XCTAssertNil(c.check(situation(ComplaintFacts(cause: .attitude))))
        XCTAssertNil(c.check(Situation.general), "no complaint: no cause to match")
        c.cause = [CauseMatch(rawValue: "misunderstanding")].compactMap { $0 }
        XCTAssertEqual(c.check(situation(ComplaintFacts(cause: .misunderstanding)))?.map(\.description), ["cause: misunderstanding"])
        XCTAssertNil(c.check(situation(ComplaintFacts(cause: .customerOversight))))
        XCTAssertNil(CauseMatch(rawValue: "weather"))
        XCTAssertEqual(CauseMatch.allCases.filter { $0.rawValue == "unknown" }.count, 1)
    }

    func testEveryComplaintConditionKey() {
        var c = Conditions()
        c.complaint = true
        c.complaintStage = [.tell]
        c.angry = true
        c.severity = [.high, .urgent]
        c.remedy = [.refund]
        c.handedOff = false
        c.satisfaction = [.notAsked]
        let fits = situation(ComplaintFacts(stage: .tell, angry: true, severity: .high, remedy: .refund))
        XCTAssertEqual(c.check(fits)?.map(\.key), [.complaint, .complaintStage, .angry, .severity, .remedy, .handedOff, .satisfaction])
        XCTAssertEqual(c.count, 7)
        let breaks: [(inout ComplaintFacts) -> Void] = [
            { $0.stage = .solve }, { $0.angry = false }, { $0.severity = .normal }, { $0.remedy = nil }, { $0.remedy = .repair },
            { $0.handedOff = true }, { $0.satisfaction = .satisfied },
        ]
        for broken in breaks {
            var f = ComplaintFacts(stage: .tell, angry: true, severity: .high, remedy: .refund)
            broken(&f)
            XCTAssertNil(c.check(situation(f)), "\(f)")
        }
        XCTAssertNil(c.check(Situation.general))
        var notAbout = Conditions()
        notAbout.complaint = false
        XCTAssertNotNil(notAbout.check(Situation.general))
        XCTAssertNil(notAbout.check(situation(ComplaintFacts())))
    }

    func testLoaderReadsAndChecksTheComplaintConditions() {
        let good = Fixtures.parse("""
            plays:
              - id: mine.cause
                topic: cause
                source: "001 test"
                when: {cause: [product, attitude], complaint_stage: analyse, angry: yes, severity: urgent, remedy: visit, handed_off: false, satisfaction: not_asked, complaint: true}
                en: {title: Mine, say: {ask: "When did the {product} stop, {contact}? We reply by {reply_day}; {department} by {handoff_day}."}}
                zh: {title: 我的, say: {ask: "{product}什么时候坏的？"}}
            """)
        XCTAssertEqual(good.issues, [])
        let when = good.plays.first?.when
        XCTAssertEqual(when?.cause?.map(\.rawValue), ["product", "attitude"])
        XCTAssertEqual(when?.complaintStage, [.analyse])
        XCTAssertEqual(when?.count, 8)

        let bad = Fixtures.parse("""
            plays:
              - id: mine.bad
                topic: cause
                source: "001 test"
                when: {cause: weather, complaint_stage: [listen, lunch], satisfaction: maybe}
                en: {title: Bad}
                zh: {title: 坏}
            """)
        XCTAssertEqual(bad.plays.count, 0)
        let reasons = bad.issues.map(\.reason)
        XCTAssertTrue(reasons.contains(.badValue(key: "cause", value: "weather", allowed: CauseMatch.allCases.map(\.rawValue))), "\(reasons)")
        XCTAssertTrue(reasons.contains(.badValue(key: "complaint_stage", value: "lunch", allowed: ComplaintStage.allCases.map(\.rawValue))))
        XCTAssertTrue(reasons.contains(.badValue(key: "satisfaction", value: "maybe", allowed: SatisfactionState.allCases.map(\.rawValue))))
    }

    /// Every complaint play fills in both languages in every state of a complaint, with each
    /// optional value (contact, product, department, handoff day) missing in turn, and never
    /// shows a raw placeholder; every step has a play even with nothing optional known.
    func testNoRawPlaceholderInAnyComplaintPlay() {
        let optional: [Placeholder] = [.contact, .product, .department, .handoffDay, .customer, .solution]
        var valueSets = [fullValues()]
        for p in optional {
            var v = fullValues()
            v[.en]?[p] = nil
            v[.zh]?[p] = nil
            valueSets.append(v)
        }
        var bare: [PlayLanguage: [Placeholder: String]] = [:]
        for lang in PlayLanguage.allCases { bare[lang] = [.replyDay: "<reply_day>"] }
        valueSets.append(bare)
        var facts: [ComplaintFacts] = []
        for stage in ComplaintStage.allCases {
            facts += ComplaintCause.allCases.map { ComplaintFacts(stage: stage, cause: $0) }
            facts += Remedy.allCases.map { ComplaintFacts(stage: stage, remedy: $0) }
            facts += SatisfactionState.allCases.map { ComplaintFacts(stage: stage, satisfaction: $0) }
            facts.append(ComplaintFacts(stage: stage, cause: .productDefect, angry: true, severity: .urgent, remedy: .visit, handedOff: true))
        }
        var count = 0
        for f in facts {
            for values in valueSets {
                for lang in PlayLanguage.allCases {
                    for topic in [PlayTopic.complaint, .cause, .remedy, .cooling, .attitude] {
                        for choice in book.choose(topic, for: situation(f, values: values), in: lang) {
                            let filled = choice.filled
                            for text in [filled.title] + filled.steps + filled.say.map(\.line) + filled.doNotes + filled.dontNotes + filled.record {
                                count += 1
                                XCTAssertFalse(text.contains("{") || text.contains("}"), "\(choice.play.id): \(text)")
                            }
                        }
                    }
                }
            }
        }
        XCTAssertGreaterThan(count, 10_000)
        for stage in ComplaintStage.allCases {
            for lang in PlayLanguage.allCases {
                XCTAssertNotNil(book.best(.complaint, for: situation(ComplaintFacts(stage: stage, satisfaction: .satisfied), values: bare), in: lang),
                                "\(stage) \(lang)")
            }
        }
    }

    /// Both languages say the same things: the same `say` keys and steps (the loader checks),
    /// and as many do, don't and record notes.
    func testComplaintPlaysHaveBothLanguagesSideBySide() {
        let topics: Set<PlayTopic> = [.complaint, .cause, .remedy, .cooling]
        let plays = book.plays.filter { topics.contains($0.topic) || $0.id.hasPrefix("attitude.complaint") }
        XCTAssertGreaterThanOrEqual(plays.count, 30)
        for play in plays {
            let en = play.text(.en), zh = play.text(.zh)
            XCTAssertEqual(en.doNotes.count, zh.doNotes.count, play.id)
            XCTAssertEqual(en.dontNotes.count, zh.dontNotes.count, play.id)
            XCTAssertEqual(en.record.count, zh.record.count, play.id)
            XCTAssertEqual(en.say.map(\.alternatives.count), zh.say.map(\.alternatives.count), play.id)
            XCTAssertTrue(play.source.hasPrefix("00"), play.id)
        }
    }
}
