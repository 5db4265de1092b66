import Foundation
import XCTest
import FollowUpCore
import FollowUpLanguage

/// Parse throughput with a large book's names: every corpus line, over and over, for about two
/// seconds. Skipped unless `FOLLOWUP_BENCH=1`; `scripts/bench` runs it in release and reads the
/// `parse:` line it prints. Uses the public API only, as the assistant does.
final class ParseThroughputTests: XCTestCase {
    static let customerCount = 10_000
    static let budgetSeconds = 2.0

    func testParseThroughput() throws {
        try XCTSkipUnless(ProcessInfo.processInfo.environment["FOLLOWUP_BENCH"] == "1",
                          "set FOLLOWUP_BENCH=1 to measure parse throughput")
        let names = Self.bookNames(Self.customerCount)
        let parser = LineParser(names: names)
        let lines = Self.corpusLines()
        XCTAssertGreaterThan(lines.count, 500)
        let today = Fixture.today

        // One untimed pass so lazily built tables are not charged to the first lines.
        var sink = 0
        for line in lines { sink &+= parser.parse(line, today: today).slots.customer?.count ?? 0 }

        let clock = ContinuousClock()
        var perLine: [Duration] = []
        perLine.reserveCapacity(lines.count * 64)
        let start = clock.now
        let budget = Duration.milliseconds(Int(Self.budgetSeconds * 1000))
        while start.duration(to: clock.now) < budget {
            for line in lines {
                let t0 = clock.now
                let p = parser.parse(line, today: today)
                perLine.append(t0.duration(to: clock.now))
                sink &+= p.slots.customer?.count ?? 0
            }
        }
        let total = start.duration(to: clock.now)
        let rate = Double(perLine.count) / Self.seconds(total)
        perLine.sort()
        let p99 = perLine[min(perLine.count - 1, perLine.count * 99 / 100)]
        let p50 = perLine[perLine.count / 2]
        print("parse: \(Int(rate.rounded())) lines/s, p99 \(String(format: "%.3f", Self.seconds(p99) * 1000)) ms"
              + " (median \(String(format: "%.3f", Self.seconds(p50) * 1000)) ms; \(perLine.count) parses of "
              + "\(lines.count) distinct lines, \(names.count) names in the book; checksum \(sink))")
    }

    private static func seconds(_ d: Duration) -> Double {
        let c = d.components
        return Double(c.seconds) + Double(c.attoseconds) / 1e18
    }

    /// Every line of the language corpora and of utterances.tsv.
    static func corpusLines() -> [String] {
        var lines: [String] = []
        for (_, _, group) in IntentCorpusTests.english + IntentCorpusTests.chinese { lines += group }
        lines += IntentCorpusTests.chinesePhrasings.map(\.0)
        for (_, group) in DateCorpusTests.english + DateCorpusTests.chinese { lines += group }
        for (_, _, group) in AmountCorpusTests.english + AmountCorpusTests.chinese { lines += group }
        lines += NegativeCorpusTests.meaningless + NegativeCorpusTests.noDate + NegativeCorpusTests.impossible
        lines += ReplyLanguageTests.english + ReplyLanguageTests.chinese
        if let tsv = Fixture.read(Fixture.path("utterances.tsv")) {
            for row in tsv.split(separator: "\n").dropFirst() {
                if let first = row.split(separator: "\t", omittingEmptySubsequences: false).first, !first.isEmpty {
                    lines.append(String(first))
                }
            }
        }
        return lines
    }

    /// `count` distinct customer names, about a third Chinese, generated deterministically, plus
    /// the names the corpora use so lines find them in the book as they would in real use.
    static func bookNames(_ count: Int) -> [String] {
        let first = ["Acme", "Harbor", "Sunrise", "Kite", "Pine", "Silver", "Golden", "Blue", "Red", "Green", "North",
                     "South", "East", "West", "Star", "Ocean", "River", "Maple", "Cedar", "Summit", "Pacific", "Union",
                     "Royal", "Crown", "Bright", "Swift", "Lotus", "Jade", "Dragon", "Phoenix"]
        let second = ["Foods", "Hotel", "Logistics", "Dental", "Trading", "Textiles", "Motors", "Printing", "Bakery",
                      "Furniture", "Electric", "Pharmacy", "Studio", "Garden", "Steel", "Paper", "Glass", "Tools"]
        let third = ["Co", "Ltd", "Inc", "Group", "LLC", "& Sons", "Partners", "Holdings"]
        let place = ["北京", "上海", "广州", "深圳", "杭州", "南京", "成都", "武汉", "西安", "苏州", "天津", "重庆",
                     "青岛", "厦门", "宁波", "长沙"]
        let word = ["东方", "金辉", "美华", "华美", "恒通", "鑫源", "宏达", "永利", "盛世", "佳和", "瑞丰", "嘉禾",
                    "新城", "天成", "富安", "隆盛", "汇丰", "百合", "海天", "明珠"]
        let suffix = ["酒店", "集团", "商贸", "科技", "贸易", "实业", "建材", "家具", "电器", "餐厅", "物流", "百货"]
        var names = ["Acme", "Harbor Foods", "Sunrise Hotel", "Kite Logistics", "Pine Dental", "东方酒店", "金辉集团",
                     "美华商贸", "张总", "王老板"]
        var seen = Set(names)
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func pick<T>(_ xs: [T]) -> T {
            // xorshift64: deterministic, so every run measures the same book.
            state ^= state << 13
            state ^= state >> 7
            state ^= state << 17
            return xs[Int(state % UInt64(xs.count))]
        }
        var n = 0
        while names.count < count {
            n += 1
            let name = n % 3 == 0
                ? pick(place) + pick(word) + pick(suffix) + (n % 7 == 0 ? "\(n % 90 + 10)号店" : "")
                : "\(pick(first)) \(pick(second)) \(pick(third))" + (n % 5 == 0 ? " \(n % 900 + 100)" : "")
            if seen.insert(name).inserted { names.append(name) }
        }
        return names
    }
}
