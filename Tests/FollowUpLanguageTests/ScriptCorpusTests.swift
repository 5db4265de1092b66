import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Asking for a call script, in the ways people ask: topic, customer and excuse slots, with a
/// book that has hard names (3M China, 7-Eleven, Sunday Bakery, 明天科技) and a contact title (张总).
final class ScriptCorpusTests: XCTestCase {
    static let parser = LineParser(names: ["Acme Trading", "3M China", "7-Eleven", "Sunday Bakery", "明天科技", "八方来财酒楼",
                                           "恒通贸易", "东方酒店", "Kite Logistics", "张总", "Pine Dental", "Li Wei"])

    func parse(_ line: String) -> ParsedLine { Self.parser.parse(line, today: Fixture.today) }

    /// line, topic, customer (or contact) as typed, excuse.
    static let positive: [(String, String?, String?, Excuse?)] = [
        ("script collect Acme Trading", "collection", "Acme Trading", nil),
        ("how do I ask Acme Trading for payment", "collection", "Acme Trading", nil),
        ("what should I say to Acme Trading", nil, "Acme Trading", nil),
        ("Acme Trading says they have no money, what do I say", nil, "Acme Trading", .noMoney),
        ("催款话术 恒通贸易", "collection", "恒通贸易", nil),
        ("怎么跟张总要钱", "collection", "张总", nil),
        ("script for acme trading", nil, "acme trading", nil),
        ("collection script 3M China", "collection", "3M China", nil),
        ("what do I tell 7-Eleven", nil, "7-Eleven", nil),
        ("how to chase 明天科技", "collection", "明天科技", nil),
        ("跟八方来财酒楼怎么催款", "collection", "八方来财酒楼", nil),
        ("张总说没钱怎么办", nil, "张总", .noMoney),
        ("给东方酒店的感谢话术", "thanks", "东方酒店", nil),
        ("thank-you script for Sunday Bakery", "thanks", "Sunday Bakery", nil),
        ("script thanks Acme Trading", "thanks", "Acme Trading", nil),
        ("script excuse \"no money\" Acme Trading", "excuse", "Acme Trading", .noMoney),
        ("script excuse no money", "excuse", nil, .noMoney),
        ("script excuse \"next month\" Acme Trading", "excuse", "Acme Trading", .nextMonth),
        ("客户说没钱怎么回", nil, nil, .noMoney),
        ("script collect", "collection", nil, nil),
        ("script", nil, nil, nil),
        ("what do i say to kite logistics", nil, "kite logistics", nil),
        ("Kite Logistics says the boss is away, what should I say", nil, "Kite Logistics", .bossAway),
        ("pine dental didn't get the invoice what do i tell them", nil, "pine dental", .noInvoice),
        ("what do I say when Kite Logistics asks for more time", "collection", "Kite Logistics", .nextMonth),
        ("3M China says they always pay late, how do I handle that", "collection", "3M China", .alwaysLate),
        ("7-Eleven says there's a quality problem, what do I say", nil, "7-Eleven", .quality),
        ("how do I handle an angry customer", "complaint", nil, .angry),
        ("script excuse boss away", "excuse", nil, .bossAway),
        ("script excuse next month Sunday Bakery", "excuse", "Sunday Bakery", .nextMonth),
        ("how do i thank sunday bakery", "thanks", "sunday bakery", nil),
        ("东方酒店说下个月再付怎么回复", nil, "东方酒店", .nextMonth),
        ("明天科技说老板出差了怎么办", nil, "明天科技", .bossAway),
        ("八方来财酒楼说没收到发票怎么回", nil, "八方来财酒楼", .noInvoice),
        ("恒通贸易说质量有问题该怎么说", nil, "恒通贸易", .quality),
        ("客户发火了怎么应对", "complaint", nil, .angry),
        ("张总一向晚付怎么催", nil, "张总", .alwaysLate),
        ("恒通贸易一直拖款怎么说", nil, "恒通贸易", .alwaysLate),
        ("东方酒店怎么催款", "collection", "东方酒店", nil),
        ("怎么感谢明天科技", "thanks", "明天科技", nil),
        ("催款话术", "collection", nil, nil),
        ("借口话术 没钱", "excuse", nil, .noMoney),
        ("script excuse quality", "excuse", nil, .quality),
        // Hurried: misspelt script words, a hyphenated name typed without it, 怎么提醒, 老是晚付.
        ("scrpit collect acme trading", "collection", "acme trading", nil),
        ("wat do i say to 3m china", nil, "3m china", nil),
        ("7 eleven script", nil, "7 eleven", nil),
        ("7eleven script", nil, "7eleven", nil),
        ("明天科技到期前怎么提醒", nil, "明天科技", nil),
        ("张总老是晚付怎么催", nil, "张总", .alwaysLate),
        ("how should i chase acme trading", "collection", "acme trading", nil),
        ("wat shud i say to sunday bakery", nil, "sunday bakery", nil),
        ("help me w a script for 7-eleven", nil, "7-eleven", nil),
        ("how to handle 恒通贸易 they say they didn't get the invoice", nil, "恒通贸易", .noInvoice),
        ("客户老板出差了怎么回", nil, nil, .bossAway),
        ("li wei says no cash, what now", nil, "li wei", .noMoney),
        ("give me the ladder", "collection", nil, nil),
        ("collection ladder", "collection", nil, nil),
        ("给东方酒店写个感谢的话", "thanks", "东方酒店", nil),
        ("客户一直拖怎么办", nil, nil, .alwaysLate),
        ("催款的阶梯是什么", "collection", nil, nil),
        ("借口话术 下个月", "excuse", nil, .nextMonth),
    ]

    func testScriptRequests() {
        for (line, topic, customer, excuse) in Self.positive {
            let p = parse(line)
            let d = "\(line) → \(Fixture.describe(p)) excuse=\(p.slots.excuse?.rawValue ?? "-")"
            XCTAssertEqual(p.intent, .script, d)
            XCTAssertEqual(p.slots.topic, topic, d)
            XCTAssertEqual(p.slots.customer ?? p.slots.contact, customer, d)
            XCTAssertEqual(p.slots.excuse, excuse, d)
            XCTAssertNil(p.problem, d)
        }
    }

    /// Lines about money, promises and reminders that mention excuses stay what they are (a
    /// promise or a contact keeps the excuse said with it: that is `flow`'s contact slot).
    static let negative: [(String, Intent)] = [
        ("Acme Trading paid 5000", .paymentRecord),
        ("Acme Trading will pay next month", .promiseRecord),
        ("remind me to chase Acme Trading tomorrow", .reminderAdd),
        ("东方酒店答应下个月付5000", .promiseRecord),
        ("张总说下周付5000", .promiseRecord),
        ("how much does Acme Trading owe", .reportStatement),
        ("thanks", .unknown),
        ("plays", .playList),
        ("whats in the playbook", .playList),
        ("list plays", .playList),
        ("话术列表", .playList),
        ("plays check ~/plays/mine.yaml", .playCheck),
        ("检查话术文件 mine.yaml", .playCheck),
        ("agenda", .agenda),
        ("东方酒店付款8000", .paymentRecord),
        ("remind me how to call acme trading tomorrow", .reminderAdd),
        ("help scripts", .help),
        ("help", .help),
    ]

    func testOtherLinesAreNotScripts() {
        for (line, intent) in Self.negative {
            let p = parse(line)
            XCTAssertEqual(p.intent, intent, "\(line) → \(Fixture.describe(p))")
        }
    }

    func testPlayCheckTakesThePathAsTyped() {
        for (line, path) in [("plays check ~/plays/Mine 2.yaml", "~/plays/Mine 2.yaml"), ("plays check \"/tmp/a b.yaml\"", "/tmp/a b.yaml"),
                             ("检查话术文件 /tmp/我的话术.yaml", "/tmp/我的话术.yaml"), ("check plays ./Acme Trading.yaml", "./Acme Trading.yaml")] {
            let p = parse(line)
            XCTAssertEqual(p.intent, .playCheck, line)
            XCTAssertEqual(p.slots.text, path, line)
        }
        XCTAssertNil(parse("plays check").slots.text)
    }

    func testLangOptionPicksTheReplyLanguage() {
        let zh = parse("script collect Acme Trading --lang zh")
        XCTAssertEqual(zh.language, .zh)
        XCTAssertEqual(zh.slots.customer, "Acme Trading")
        XCTAssertEqual(zh.input, "script collect Acme Trading --lang zh")
        let en = parse("催款话术 恒通贸易 --lang=en")
        XCTAssertEqual(en.language, .en)
        XCTAssertEqual(en.slots.customer, "恒通贸易")
        XCTAssertEqual(parse("script collect Acme Trading --lang fr").language, .en, "an unknown language is left as words")
    }
}
