import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Lines that say two things give every reading, in order, with the customer named before
/// carried into "they", 他, 对方.
final class CompoundCorpusTests: XCTestCase {
    static let parser = LineParser(names: ["Acme", "Kite Logistics", "东方酒店", "张总", "王老板", "brightway"])

    static let corpus: [(String, [Intent], String)] = [
        ("called Acme, they will pay 5000 on the 15th", [.contactLog, .promiseRecord], "Acme"),
        ("called Acme, they will pay on Friday", [.contactLog, .promiseRecord], "Acme"),
        ("Acme paid 5k and promised the rest by Friday", [.paymentRecord, .promiseRecord], "Acme"),
        ("met Liu at Kite Logistics, they promised to pay 6k next Friday", [.contactLog, .promiseRecord], "Kite Logistics"),
        ("emailed brightway, they said they'll pay 3k on monday", [.contactLog, .promiseRecord], "brightway"),
        ("Acme paid 2000 then promised 3000 by the 20th", [.paymentRecord, .promiseRecord], "Acme"),
        ("spoke with acme; they will pay the rest next week", [.contactLog, .promiseRecord], "acme"),
        ("微信联系了张总，说下周付款", [.contactLog, .promiseRecord], "张总"),
        ("给东方酒店打了电话,他们答应周五付3000", [.contactLog, .promiseRecord], "东方酒店"),
        ("刚给王老板打了电话,他说下周付款", [.contactLog, .promiseRecord], "王老板"),
        ("东方酒店付了5000,答应余款月底付清", [.paymentRecord, .promiseRecord], "东方酒店"),
        ("拜访了东方酒店，对方答应15号付2万", [.contactLog, .promiseRecord], "东方酒店"),
    ]

    func testTwoThingsGiveBothReadings() {
        var wrong: [String] = []
        for (line, intents, customer) in Self.corpus {
            let p = Self.parser.parse(line, today: Fixture.today)
            let got = p.clauses.map(\.intent)
            let customers = Set(p.clauses.map { ($0.slots.customer ?? $0.slots.contact ?? "").lowercased() })
            if got != intents || customers != [customer.lowercased()] || p.clauses.contains(where: { $0.problem != nil }) {
                wrong.append("\(line) → \(p.clauses.map(Fixture.describe))")
            }
        }
        XCTAssertEqual(wrong, [])
    }

    /// One thing said with a comma stays one reading.
    static let single: [String] = [
        "called Acme, no answer", "Acme paid 5000, thanks", "add customer Acme, terms 30 days",
        "remind me to call Acme and ask about the invoice", "Acme owes 12,500, due Dec 10",
        "给东方酒店打了电话,没人接", "东方酒店付款8000元,谢谢",
    ]

    func testOneThingStaysOne() {
        for line in Self.single {
            let p = Self.parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.clauses.count, 0, "\(line) → \(p.clauses.map(Fixture.describe))")
        }
    }
}
