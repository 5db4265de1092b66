import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The rule index past 64 rules: candidates keep table order and miss none.
final class RuleIndexTests: XCTestCase {
    func testMoreThanSixtyFourRules() {
        // One word per rule: its number spelt in letters (7 → "qh", 129 → "qbcj").
        func word(_ n: Int) -> String {
            let letters = Array("abcdefghij")
            return "q" + String(String(n).compactMap { $0.wholeNumberValue.map { letters[$0] } })
        }
        let rules = (0..<130).map { IntentRule(.help, [word($0)]) }
        let index = RuleIndex(rules)
        let a = Analysis(Normalizer.normalize("\(word(129)) and \(word(70)) then \(word(0)) and \(word(64))"))
        XCTAssertEqual(index.candidates(a).map { $0.cueWords[0] }, [word(0), word(64), word(70), word(129)])
        XCTAssertTrue(index.candidates(Analysis(Normalizer.normalize("nothing here"))).isEmpty)
    }

    func testTheTablesFindTheirRules() {
        // Every rule of both tables is a candidate for a line made of its own first cue.
        for (rules, index) in [(IntentRulesEN.rules, IntentClassifier.enIndex), (IntentRulesZH.rules, IntentClassifier.zhIndex)] {
            for (i, rule) in rules.enumerated() {
                guard let cue = rule.cueWords.first else { continue }
                let found = index.candidates(Analysis(Normalizer.normalize(cue)))
                XCTAssertTrue(found.contains { $0.cueWords == rule.cueWords && $0.intent == rule.intent }, "rule \(i) (\(cue))")
            }
        }
    }
}
