import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The parser never crashes and always returns a reading, whatever it is given.
final class RobustnessTests: XCTestCase {
    /// A small deterministic generator (xorshift) so failures reproduce.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state ^= state << 13; state ^= state >> 7; state ^= state << 17
            return state
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(1, n))) }
    }

    static let pieces = [
        "remind me", "提醒我", "Acme", "东方酒店", "paid", "付款", "5k", "1.5万", "三千五", "$", "¥", "the 10th", "15号",
        "Feb 30", "2月30日", "13/45", "next Friday", "下周三", "every", "每月", "done", "完成", "#", "INV-", "2031",
        "13912345678", "@", ".", ",", ":", "，", "。", "🙂", "👨‍👩‍👧", "\u{0}", "\u{7}", "\u{1b}[31m", "\u{200B}", "\u{FEFF}",
        "\t", "\n", "\r\n", "Ａ", "１", "　", "後天", "週五", "e\u{301}", "𝔘𝔫𝔦", "٣", "ß", "İ", "999999999999999999999999",
        "万万万万万", "十十十", "零零", "亿", "-", "--", "/", "//", "::", "'s", "’", "k", "kk", "grand", "on", "at", "in",
        "days", "天后", "号号", "年", "月", "日", "of", "every 0 days", "in 99999999 days", "每0天", "9999年99月99日",
    ]

    /// Parses a line and checks the reading keeps it as typed. No clock is read: a hang or a
    /// blow-up shows as a test run that never ends, and speed is measured by `scripts/bench`.
    private func parseBounded(_ parser: LineParser, _ line: String, file: StaticString = #filePath, line n: UInt = #line) {
        let p = parser.parse(line, today: Fixture.today)
        XCTAssertEqual(p.input, line, file: file, line: n)
    }

    func testRandomAndMutatedInputsNeverCrash() {
        var rng = Rng(state: 0x9E37_79B9_7F4A_7C15)
        let parser = LineParser(names: ["Acme", "东方酒店", "Kite Logistics"])
        for _ in 0..<3000 {
            var line = ""
            for _ in 0..<(1 + rng.below(12)) {
                line += Self.pieces[rng.below(Self.pieces.count)]
                if rng.below(3) == 0 { line += " " }
            }
            parseBounded(parser, line)
        }
        // Random bytes decoded lossily.
        for _ in 0..<2000 {
            let bytes = (0..<rng.below(80)).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
            parseBounded(parser, String(decoding: bytes, as: UTF8.self))
        }
        // Random scalars from across the code space.
        for _ in 0..<1000 {
            var s = String.UnicodeScalarView()
            for _ in 0..<rng.below(40) {
                if let u = Unicode.Scalar(UInt32(truncatingIfNeeded: rng.next() % 0x10FFFF)) { s.append(u) }
            }
            parseBounded(parser, String(s))
        }
    }

    func testEdgeInputs() {
        let parser = LineParser()
        for line in ["", " ", "\u{0}", "\n\n", "🙂", String(repeating: "🙂", count: 5000), "$", "¥", "#", "1/", "/1",
                     "-1", "0", "paid 0", "paid -5", "999999999999999999999999k", "1.5", ".5", "5.", "5,", ",5",
                     "INV-", "inv-", "@@", "a@", "@b.c", "every", "每", "十", "万", "号", "the", "on the", "in",
                     "remind me", "提醒我", "9999年99月99日", "0月0日", "Dec 0", "0/0", "in 0 days", "every 0 days"] {
            let p = parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.input, line)
        }
        XCTAssertEqual(parser.parse("Acme paid 0", today: Fixture.today).problem, .badAmount(words: "0"))
    }

    func testHugeLine() {
        let parser = LineParser()
        let big = String(repeating: "remind me to call Acme on the 10th 提醒我周五给刘总寄样品 5k 1.5万 ", count: 2000)
        XCTAssertGreaterThan(big.utf8.count, 100_000)
        let p = parser.parse(big, today: Fixture.today)
        XCTAssertEqual(p.input, big)
        let digits = String(repeating: "1", count: 100_000)
        parseBounded(parser, digits)
        let cjk = String(repeating: "万", count: 100_000)
        parseBounded(parser, cjk)
    }

    func testDeterministic() {
        let parser = LineParser()
        for line in ["remind me to collect from Acme on the 10th", "东方酒店昨天回款1.5万"] {
            XCTAssertEqual(parser.parse(line, today: Fixture.today), parser.parse(line, today: Fixture.today))
        }
    }

    func testTenThousandNames() {
        var names: [String] = []
        for i in 0..<5000 { names.append("Customer \(i) Trading") }
        for i in 0..<5000 { names.append("东方\(i)号酒店") }
        names.append("Zephyr Bakery")
        let parser = LineParser(names: names)
        let p = parser.parse("remind me to call Zephyr Bakery tomorrow", today: Fixture.today)
        XCTAssertEqual(p.slots.customer, "Zephyr Bakery")
        XCTAssertEqual(parser.parse("customer 4321 trading paid 5k", today: Fixture.today).slots.customer,
                       "customer 4321 trading")
        let lines = Array(repeating: "Zephyr Bakery promised to pay 6k next Friday", count: 500)
            + Array(repeating: "东方酒店答应下周一付3000", count: 500)
        // Speed is measured by scripts/bench, never by a clock in a test (a busy machine fails
        // it); here many lines against many names must still each find their customer.
        for l in lines {
            let customer = parser.parse(l, today: Fixture.today).slots.customer
            XCTAssertTrue(customer == "Zephyr Bakery" || customer == "东方酒店", "\(l) → \(customer ?? "nil")")
        }
    }
}
