import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

final class FillingTests: XCTestCase {
    let book = Fixtures.playbook()

    func testFirstAlternativeThatFills() throws {
        var values = fullValues()
        let s = Situation(step: .early, daysOverdue: 5, values: values)
        let play = try XCTUnwrap(book.play("test.ladder.early"))
        XCTAssertEqual(PlayFiller.fill(play, s, .en)?.say("opening"), "Hello <contact>, it's about <customer>'s account.")
        values[.en]?[.contact] = nil
        let noContact = Situation(step: .early, daysOverdue: 5, values: values)
        XCTAssertEqual(PlayFiller.fill(play, noContact, .en)?.say("opening"), "Hello, it's about <customer>'s account.")
        XCTAssertEqual(PlayFiller.fill(play, noContact, .zh)?.say("opening"), "〈contact〉您好，我是为〈customer〉的账来的。")
    }

    func testPossessiveOfANameEndingInS() {
        let t = Template(pieces: [.text("about "), .slot(.customer), .text("'s account")])
        XCTAssertEqual(t.fill([.customer: "Golden Harvest Foods"]), "about Golden Harvest Foods' account")
        XCTAssertEqual(t.fill([.customer: "Acme"]), "about Acme's account")
    }

    func testLinesThatCannotFillAreDropped() throws {
        let play = try XCTUnwrap(book.play("test.tip.payment"))
        var values = fullValues()
        values[.en]?[.contact] = nil
        let filled = try XCTUnwrap(PlayFiller.fill(play, Situation(values: values), .en))
        XCTAssertEqual(filled.tips, ["Say thank you.", "Note the day it came in."])
    }

    func testAnEmptyValueDoesNotFill() throws {
        let play = try XCTUnwrap(book.play("test.excuse.no-money"))
        let filled = PlayFiller.fill(play, Situation(values: [.en: [.amount: ""]]), .en)
        XCTAssertEqual(filled?.say("answer"), "I understand. Could you pay part of it now?")
    }

    func testNoRawPlaceholderOverManySituations() {
        for s in situations() {
            for lang in PlayLanguage.allCases {
                for topic in PlayTopic.allCases {
                    for choice in book.choose(topic, for: s, in: lang) {
                        assertNoPlaceholder(choice.filled, choice.play.id)
                    }
                }
                for play in book.plays {
                    if let f = PlayFiller.fill(play, s, lang) { assertNoPlaceholder(f, play.id) }
                }
            }
        }
    }

    func assertNoPlaceholder(_ f: FilledPlay, _ id: String, file: StaticString = #filePath, line: UInt = #line) {
        for text in [f.title] + f.steps + f.say.map(\.line) + f.doNotes + f.dontNotes + f.record + f.tips {
            for p in Placeholder.allCases {
                XCTAssertFalse(text.contains("{\(p.rawValue)}"), "\(id): \(text)", file: file, line: line)
            }
            XCTAssertFalse(text.contains("{") || text.contains("}"), "\(id): \(text)", file: file, line: line)
        }
    }
}

/// Situations over every step, promise state, excuse, and with values missing one by one.
func situations() -> [Situation] {
    var out: [Situation] = [Situation.general]
    let full = fullValues()
    for step in LadderStep.allCases {
        for promise in PromiseState.allCases {
            for excuse in [nil] + Excuse.allCases.map(Optional.some) {
                out.append(Situation(step: step, daysOverdue: step == .clear ? nil : 10, owed: step == .clear ? nil : cny(5000),
                                     promise: promise, excuse: excuse, values: full))
            }
        }
    }
    for missing in Placeholder.allCases {
        var v = full
        v[.en]?[missing] = nil
        v[.zh]?[missing] = nil
        for step in LadderStep.allCases {
            out.append(Situation(step: step, daysOverdue: 20, owed: cny(100), promise: .broken, excuse: .noMoney,
                                 after: .payment, values: v))
        }
    }
    return out
}
