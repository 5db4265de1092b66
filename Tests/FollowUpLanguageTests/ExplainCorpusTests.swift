import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// `explain`: whole lines asking how the previous line was understood, and lines that only
/// mention "why" or 解释 and must keep their own intent.
final class ExplainCorpusTests: XCTestCase {
    static let english = ["why", "why?", "Why?", "so why", "why that", "explain", "explain that", "Explain that.",
                          "explain this", "please explain", "how did you understand that",
                          "How did you understand that?", "what did you understand", "how did you get that"]
    static let chinese = ["为什么", "为什么？", "为什么?", "为什么呢", "为啥", "怎么理解的", "你是怎么理解的",
                          "你是怎么理解的？", "你怎么理解的", "解释一下", "请解释一下", "解释", "为什么这么理解"]

    func testExplainPhrasings() {
        for line in Self.english {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .explain, "“\(line)” → \(Fixture.describe(p))")
            XCTAssertEqual(p.language, .en, line)
            XCTAssertNil(p.slots.customer, line)
        }
        for line in Self.chinese {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .explain, "“\(line)” → \(Fixture.describe(p))")
            XCTAssertEqual(p.language, .zh, line)
            XCTAssertNil(p.slots.customer, line)
        }
    }

    /// Lines with why/explain/为什么/解释 in them that ask for something else.
    static let notExplain: [(String, Intent?)] = [
        ("why did Acme not pay", nil), ("explain the invoice to Acme", nil), ("why is Acme angry", .complaintLog),
        ("how do I explain the delay to Acme", nil), ("Acme asked why", nil),
        ("remind me to explain the new prices to Acme tomorrow", .reminderAdd),
        ("Acme explained they will pay 5000 on Friday", .promiseRecord),
        ("为什么美华商贸还没付款", nil), ("给东方酒店解释一下发票", nil),
        ("明天提醒我给东方酒店解释价格", .reminderAdd), ("东方酒店答应下周一付3000", .promiseRecord),
        ("undo", .undo), ("help", .help), ("撤销", .undo), ("帮助", .help), ("quit", .quit), ("退出", .quit),
    ]

    func testNotConfusedWithOtherIntents() {
        for (line, intent) in Self.notExplain {
            let p = Fixture.parse(line)
            XCTAssertNotEqual(p.intent, .explain, "“\(line)” → \(Fixture.describe(p))")
            if let intent { XCTAssertEqual(p.intent, intent, "“\(line)” → \(Fixture.describe(p))") }
        }
    }

    func testExplainHasItsCueAsEvidence() {
        XCTAssertEqual(Fixture.parse("why?").words(for: "intent"), "why")
        XCTAssertEqual(Fixture.parse("你是怎么理解的？").words(for: "intent"), "你是怎么理解的")
    }
}
