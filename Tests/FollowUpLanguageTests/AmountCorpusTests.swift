import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Amounts in Duckling's shape: the expected plain value (and currency) and its phrasings.
final class AmountCorpusTests: XCTestCase {
    static let english: [(String, String?, [String])] = [
        ("5000", nil, ["5k", "5K", "5 grand", "5000", "5,000", "5 thousand", "paid 5k", "Acme paid 5,000 today"]),
        ("12500", nil, ["12,500", "12.5k", "12500", "owes 12,500 due on the 30th"]),
        ("1200.5", "USD", ["$1,200.50", "$1200.50", "USD 1,200.50", "1200.50 dollars", "US$1,200.50"]),
        ("3000", "CNY", ["¥3,000", "¥3000", "RMB 3000", "rmb3000", "3000 yuan", "3000 RMB", "CNY 3000", "￥3000"]),
        ("200", "USD", ["USD 200", "200 dollars", "$200", "200 bucks", "200 usd"]),
        ("10000", nil, ["10k", "wired us 10k for INV-2031", "10,000", "10 grand"]),
        ("2400", nil, ["2,400", "2400", "Sunrise Hotel paid 2,400"]),
        ("1500000", nil, ["1.5m", "1.5 million"]),
        ("99.99", "EUR", ["€99.99", "99.99 euros", "EUR 99.99"]),
        ("50", "GBP", ["£50", "50 pounds"]),
        ("80000", nil, ["credit limit 80k", "80,000", "80 thousand"]),
        ("6000", nil, ["promised to pay 6k next Friday", "6k"]),
        ("900", nil, ["payment of 900 from Pine Dental", "will pay 900 tomorrow"]),
    ]

    static let chinese: [(String, String?, [String])] = [
        ("15000", nil, ["1.5万", "一万五", "一万五千", "15000", "回款1.5万", "1万5"]),
        ("20000", "CNY", ["2万元", "两万元", "20000元", "两万块", "2万块钱", "贰万元"]),
        ("20000", nil, ["两万", "2万", "二万", "2w"]),
        ("35000", nil, ["3万5", "三万五", "三万五千", "35000"]),
        ("3500", nil, ["三千五", "三千五百", "3500"]),
        ("12000", nil, ["一万二", "1.2万", "一万二千", "12000"]),
        ("100000", nil, ["十万", "10万", "100000", "拾万"]),
        ("25000", nil, ["两万五", "2.5万", "二万五千", "应收两万五"]),
        ("10000", nil, ["壹万", "一万", "1万"]),
        ("8000", "CNY", ["8000元", "八千元", "付款8000元", "8000块", "8,000元"]),
        ("3000", "CNY", ["3000元", "3000块", "三千块", "人民币3000", "3000人民币"]),
        ("5000", "USD", ["5000美元", "5000美金", "五千美元"]),
        ("1234", "CNY", ["１２３４元", "1234元"]),
        ("300", nil, ["三百", "300"]),
        ("1200", nil, ["一千二", "一千二百", "1200"]),
        ("101000", nil, ["十万一千"]),
        ("1005", nil, ["一千零五"]),
        ("120000000", nil, ["1.2亿"]),
    ]

    func testEnglishAmounts() { check(Self.english, minimum: 40) }
    func testChineseAmounts() { check(Self.chinese, minimum: 40) }

    private func check(_ corpus: [(String, String?, [String])], minimum: Int,
                       file: StaticString = #filePath, line: UInt = #line) {
        var count = 0
        for (expected, currency, phrasings) in corpus {
            for phrase in phrasings {
                count += 1
                let p = Fixture.parse(phrase)
                XCTAssertEqual(p.slots.amount?.plain, expected, "\(phrase) → \(Fixture.describe(p))", file: file, line: line)
                if let currency {
                    XCTAssertEqual(p.slots.amount?.currency, currency, "\(phrase) → \(Fixture.describe(p))",
                                   file: file, line: line)
                }
            }
        }
        XCTAssertGreaterThanOrEqual(count, minimum, file: file, line: line)
    }

    func testChineseNumeralReader() {
        let cases: [(String, Int64)] = [
            ("三千五", 3500), ("两万五", 25000), ("一万二", 12000), ("十五", 15), ("二十", 20), ("十万", 100_000),
            ("一百二", 120), ("一千零五", 1005), ("三万五千", 35000), ("壹万", 10000), ("二十五", 25), ("九十九", 99),
            ("一亿", 100_000_000), ("三十万", 300_000), ("两", 2),
        ]
        for (text, value) in cases {
            let a = Analysis(Normalizer.normalize(text))
            XCTAssertEqual(ChineseNumeral.read(a.tokens, at: 0)?.value, value, text)
        }
    }
}
