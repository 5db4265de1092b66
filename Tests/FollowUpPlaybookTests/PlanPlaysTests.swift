import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

/// Plan plays (topic `plan`): their cadence under `touches`, each touch's words under `say`, the
/// names a user calls them by; every mistake in a user's plan file is reported with its line.
final class PlanPlaysTests: XCTestCase {
    private func plan(touches: String, sayEN: String = "tip: \"Hello {contact}, a tip: [tip]. {me}\"",
                      sayZH: String = "tip: \"{contact}您好，小知识：[内容]。{me}\"", topic: String = "plan") -> String {
        """
        plays:
          - id: plan.weekly_tips
            topic: \(topic)
            source: "004 篇1 客户跟进计划"
        \(touches)
            en:
              title: Weekly tips
              names: [weekly tips, tips]
              say:
                \(sayEN)
            zh:
              title: 每周小知识
              names: [每周小知识]
              say:
                \(sayZH)
        """
    }

    func testAUserPlanReadsItsCadenceAndNames() throws {
        let f = Fixtures.parse(plan(touches: """
            touches:
              - key: tip
                channel: sms
                day: 2
                every: 2 weeks
        """))
        XCTAssertEqual(f.issues, [])
        let p = try XCTUnwrap(f.plays.first)
        XCTAssertEqual(p.topic, .plan)
        XCTAssertEqual(p.touches, [PlanTouch(key: "tip", channel: .sms, when: .days(2), every: Recurrence(every: 2, unit: .week))])
        XCTAssertEqual(p.text(.en).names, ["weekly tips", "tips"])
        XCTAssertEqual(p.text(.zh).names, ["每周小知识"])
    }

    func testEveryBundledPlanHasWordsForEachTouch() {
        let plans = Playbook.bundled().plays(.plan)
        XCTAssertEqual(Set(plans.map(\.id)), ["plan.first_contact", "plan.during_job", "plan.after_sale", "plan.quote"])
        XCTAssertEqual(plans.flatMap(\.touches).filter(\.endsWithVisit).map(\.key), ["book_visit"], "a visit does the call that books it")
        for p in plans {
            XCTAssertFalse(p.touches.isEmpty, p.id)
            for t in p.touches {
                XCTAssertNotNil(p.text(.en).say(t.key), "\(p.id) \(t.key)")
                XCTAssertNotNil(p.text(.zh).say(t.key), "\(p.id) \(t.key)")
            }
            XCTAssertFalse(p.text(.en).names.isEmpty, p.id)
            XCTAssertFalse(p.text(.zh).names.isEmpty, p.id)
        }
    }

    func testMistakesInAPlanAreReportedWithTheirLines() {
        func reasons(_ yaml: String) -> [PlayIssue.Reason] { Fixtures.parse(yaml).issues.map(\.reason) }
        XCTAssertEqual(reasons(plan(touches: "")), [.touchesMisplaced(plan: true)], "a plan without touches")
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: tip\n        channel: sms\n        day: 1", topic: "tip")),
                       [.touchesMisplaced(plan: false)], "touches on a play that is no plan")
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: tip\n        channel: fax\n        day: 1")),
                       [.badValue(key: "touches.tip.channel", value: "fax", allowed: Channel.allCases.map(\.rawValue))])
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: tip\n        channel: sms\n        day: 1\n        every: fortnightly")),
                       [.badValue(key: "touches.tip.every", value: "fortnightly", allowed: ["3 days", "2 weeks", "2 months"])])
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: tip\n        channel: sms\n        day: 1\n        until: order")),
                       [.badValue(key: "touches.tip.until", value: "order", allowed: ["visit"])])
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: tip\n        channel: sms")),
                       [.missingKey("touches.tip.day | month | after_visit")])
        XCTAssertEqual(reasons(plan(touches: "    touches:\n      - key: call\n        channel: call\n        day: 1")),
                       [.touchWords("call")], "a touch with no words")
        let issue = Fixtures.parse(plan(touches: "    touches:\n      - key: tip\n        channel: fax\n        day: 1")).issues.first
        XCTAssertEqual(issue?.play, "plan.weekly_tips")
        XCTAssertNotNil(issue?.line)
    }
}
