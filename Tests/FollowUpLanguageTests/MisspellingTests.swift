import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// A dropped or swapped letter in a word the rules read does not hide what the line says; a slip
/// that is a word or a name of its own is read as typed, and the typed text stays in the slots.
final class MisspellingTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 1)!
    let parser = LineParser(names: ["Acme Trading", "Sunday Bakery", "Frida Foods", "3M China"])

    func testSlipsAreReadAsTheirWords() {
        XCTAssertEqual(Misspellings.corrected["deliverd"], "delivered")
        XCTAssertEqual(Misspellings.corrected["brokn"], "broken")
        XCTAssertEqual(Misspellings.corrected["borken"], "broken")
        XCTAssertEqual(Misspellings.corrected["wendesday"], "wednesday")
        XCTAssertEqual(Misspellings.corrected["promsied"], "promised")
        XCTAssertEqual(Misspellings.corrected["invoce"], "invoice")
    }

    func testWordsAndNamesAreNotSlips() {
        for w in ["broke", "fault", "deliver", "damage", "receive", "mailed", "racked", "compliant", "frida", "topped", "arrive"] {
            XCTAssertNil(Misspellings.corrected[w], w)
        }
        // Short words are never corrected: a dropped letter in five letters is too often another word.
        XCTAssertNil(Misspellings.corrected["angy"])
        XCTAssertNil(Misspellings.corrected["nosy"])
    }

    func testHurriedLinesWithSlips() {
        let complaint = parser.parse("acme says the oven was deliverd broken", today: today)
        XCTAssertEqual(complaint.intent, .complaintLog)
        XCTAssertEqual(complaint.slots.complaint?.product, "oven")
        XCTAssertEqual(complaint.slots.text, "the oven was deliverd broken", "the words stay as typed")

        let promise = parser.parse("acme promsied to pay 500 on wendesday", today: today)
        XCTAssertEqual(promise.intent, .promiseRecord)
        XCTAssertEqual(promise.slots.date, Day(year: 2026, month: 12, day: 2))

        let borken = parser.parse("sunday bakery compained the mixer is borken", today: today)
        XCTAssertEqual(borken.intent, .complaintLog)
        XCTAssertEqual(borken.slots.customer?.lowercased(), "sunday bakery")
    }

    func testANameThatLooksLikeASlipKeepsItsName() {
        let line = parser.parse("frida foods paid 300", today: today)
        XCTAssertEqual(line.intent, .paymentRecord)
        XCTAssertEqual(line.slots.customer?.lowercased(), "frida foods")
        XCTAssertNil(line.slots.date, "Frida is no Friday")
    }
}
