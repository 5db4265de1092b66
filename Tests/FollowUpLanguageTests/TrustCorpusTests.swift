import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Lines that must never be recorded as read: each has words the reading cannot explain, so
/// the parse carries a problem (refuse with the reason) or a second reading (ask which).
final class TrustCorpusTests: XCTestCase {
    static let parser = LineParser(names: ["pinecrest", "Acme", "brightway", "美华商贸", "东方酒店", "Kite Logistics"])

    static let mustAskOrRefuse: [String] = [
        "pinecrest got a new invoice for 450",
        "Acme will send the signed contract on Friday",
        "Acme paid 5000 but it was returned",
        "kite logistics didn't pay the 2k",
        "Acme hasn't paid 5000 yet",
        "acme might pay 3k next week",
        "if acme pays 2000 on friday, call them",
        "refund 500 to Acme",
        "brightway will send samples on monday",
        "Acme will send the documents by friday",
        "acme paid 5000 and 3000",
        "Acme owes 5000, reversed",
        "东方酒店没付5000",
        "美华商贸可能下周付2000",
        "美华商贸还没付款3000",
        "东方酒店答应周五寄合同",
        "美华商贸退款1500",
        "东方酒店付款2000的单子作废了",
        "美华商贸拒付5000",
        "如果东方酒店周五付3000就发货",
        "acme hasnt paid yet", "kite logistics might pay 600 next week", "brightway could pay 2k on friday",
        "东方酒店还没付钱", "美华商贸可能付5000", "acme didnt pay the 2k",
        // A range of amounts: either end would be a guess.
        "acme will pay 2-3k next week", "acme owes 2k-3k", "pinecrest paid 2k to 3k", "acme will pay 2000 or 3000 on friday",
        "东方酒店答应付2千到3千", "美华商贸下周付3000至5000",
    ]

    func testDoubtfulLinesAreNotRecordedAsRead() {
        var recorded: [String] = []
        for line in Self.mustAskOrRefuse {
            let p = Self.parser.parse(line, today: Fixture.today)
            let changes = p.clauses.isEmpty ? [p] : p.clauses
            let writes = changes.contains { Coverage.checked.contains($0.intent) && $0.problem == nil }
            if writes && p.alternatives.isEmpty && changes.allSatisfy({ $0.problem == nil }) {
                recorded.append("\(line) → \(Fixture.describe(p))")
            }
        }
        XCTAssertEqual(recorded, [])
    }

    /// The negative corpus: plain money lines stay plain.
    static let plain: [String] = [
        "Acme paid 5000", "pinecrest paid 2k by bank transfer today", "Acme wired us 10k for INV-0003",
        "acme paid 3000 for 5 chairs", "brightway will pay 6k next friday", "Acme owes 12,500 due Dec 10",
        "pinecrest promised to pay the rest by the end of the month", "Acme paid in full",
        "东方酒店付款8000元", "美华商贸昨天回款1.5万", "东方酒店答应下周一付3000", "美华商贸应收两万五,下月15号到期",
        "美华商贸又下了一单，8500，45天账期", "东方酒店答应月底前付一半", "kite logistics paid 1,200 cash",
        "invoice Acme 3,250 due in 15 days for the AC units",
        "acme pd 1000 today", "brightway said theyll pay 3k on friday", "acme paid INV-0003 in full",
        "琴日东方酒店付咗5000",
        // Invoice numbers that start like amounts (3M-5, 5K-1) are numbers on a paper.
        "invoice Acme 5K-1 9000 due in 30 days", "invoice acme 9000 3M-5",
    ]

    func testPlainLinesAreRecorded() {
        var refused: [String] = []
        for line in Self.plain {
            let p = Self.parser.parse(line, today: Fixture.today)
            if p.problem != nil || !p.alternatives.isEmpty { refused.append("\(line) → \(Fixture.describe(p))") }
        }
        XCTAssertEqual(refused, [])
    }

    /// `3M-5`, `7E-88`, `5K-1`: digits glued to letters and a dash are an invoice number, never
    /// an amount with a suffix; `3M` alone is still three million.
    func testInvoiceNumbersThatStartLikeAmounts() {
        for (line, number) in [("invoice Acme 5K-1 9000 due in 30 days", "5K-1"), ("invoice acme 9000 3M-5", "3M-5"),
                               ("acme paid 9000 for 7E-88", "7E-88")] {
            let p = Self.parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.slots.amount?.hundredths, 900_000, line)
            XCTAssertEqual(p.slots.invoice, number, line)
        }
        XCTAssertEqual(Self.parser.parse("acme paid 3m", today: Fixture.today).slots.amount?.hundredths, 300_000_000)
    }

    /// Money going back is its own reading, never a payment: a bounced cheque, goods returned.
    static let reversals: [(String, Intent)] = [
        ("pinecrest cheque for 2k bounced", .paymentBounce), ("acme's check for 3000 bounced", .paymentBounce),
        ("the payment from kite logistics failed", .paymentBounce), ("acme chargeback 500", .paymentBounce),
        ("东方酒店的支票退票了", .paymentBounce), ("美华商贸的3000元支票被退回了", .paymentBounce),
        ("Acme returned goods worth 1200", .creditAdd), ("credit note 500 for brightway", .creditAdd),
        ("美华商贸退货3000", .creditAdd), ("东方酒店退了货，1500", .creditAdd),
    ]

    func testReversalsAreTheirOwnReading() {
        var wrong: [String] = []
        for (line, intent) in Self.reversals {
            let p = Self.parser.parse(line, today: Fixture.today)
            if p.intent != intent || p.slots.customer == nil || p.problem != nil { wrong.append("\(line) → \(Fixture.describe(p))") }
        }
        XCTAssertEqual(wrong, [])
    }
}
