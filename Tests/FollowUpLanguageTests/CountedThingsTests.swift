import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// A number that counts things is never money, and what a hurried line says in shorthand keeps
/// its meaning: deliveries with quantities, refusals typed without apostrophes.
final class CountedThingsTests: XCTestCase {
    let today = Day(year: 2026, month: 12, day: 5)!
    let parser = LineParser(names: ["Harbor Foods", "Pinecrest Hotel", "东方酒店", "Acme", "Amy Lee"])

    func testCountsAreNoMoney() {
        for line in ["delivered 20 ovens to harbor foods", "installed 3 units at pinecrest hotel", "东方酒店送了5箱货",
                     "给东方酒店送货了，20台冰箱", "delivered 12 cartons to harbor foods"] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .deliveryRecord, line)
            XCTAssertNil(p.slots.amount, line)
        }
    }

    func testMoneyWordsEndingInSStayMoney() {
        let cases: [(String, Int64)] = [("acme paid 500 dollars", 50_000), ("acme will pay 300 bucks friday", 30_000),
                                         ("acme paid 500 thanks", 50_000), ("acme paid 500 towards the invoice", 50_000)]
        for (line, hundredths) in cases {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.slots.amount?.hundredths, hundredths, line)
            XCTAssertNil(p.problem, line)
        }
    }

    func testARefusalTypedWithoutItsApostropheIsARefusal() {
        for line in ["amy lee doesnt want emails", "acme dont want emails", "amy lee doesn't want emails"] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .emailConsent, line)
            XCTAssertEqual(p.slots.consent, false, line)
        }
    }
}
