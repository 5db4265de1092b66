import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Names as people type them: after a cue the whole name, whatever words it holds; names in the
/// book wherever they stand and in any case; quotes as literal names.
final class NameCorpusTests: XCTestCase {
    /// Lines that add a customer, and the exact name each must give.
    static let cued: [(String, String)] = [
        ("add customer 3M China, contact Mr. Lee", "3M China"),
        ("add customer Sunday Bakery", "Sunday Bakery"),
        ("add customer May Trading", "May Trading"),
        ("add customer 7-Eleven Shanghai", "7-Eleven Shanghai"),
        ("add customer Summit 2000 Co.", "Summit 2000 Co."),
        ("add customer Friday Foods terms 30 days", "Friday Foods"),
        ("add client March Hare Cafe, phone 13912345678", "March Hare Cafe"),
        ("new customer Pay Less Shoes", "Pay Less Shoes"),
        ("add customer Promise Logistics with terms 45 days", "Promise Logistics"),
        ("add customer Call Center Ltd.", "Call Center Ltd."),
        ("add customer Due North Outfitters", "Due North Outfitters"),
        ("add customer 21st Century Dental", "21st Century Dental"),
        ("add customer Acme Co., Ltd.", "Acme Co."),
        ("please add customer tomorrow's world ltd", "tomorrow's world ltd"),
        ("add customer Next Week Media, contact Sam", "Next Week Media"),
        ("add customer ABC 贸易", "ABC 贸易"),
        ("add customer \"Today\"", "Today"),
        ("add a new customer called Golden Dragon 88", "Golden Dragon 88"),
        ("add customer O'Brien & Sons", "O'Brien & Sons"),
        ("add customer 2000 Plus Hardware", "2000 Plus Hardware"),
        ("新增客户明天科技", "明天科技"),
        // An English command opening a line with Chinese in it is still that command.
        ("add customer 明天科技, 联系人 张总", "明天科技"),
        ("add customer 八方来财酒楼, 联系人 王经理, 电话 13800138000", "八方来财酒楼"),
        ("新增客户八方来财酒楼", "八方来财酒楼"),
        ("新增客户三星电子(中国)有限公司", "三星电子(中国)有限公司"),
        ("新客户今日美容院,电话13800001111", "今日美容院"),
        ("添加客户五月花装饰，账期30天", "五月花装饰"),
        ("新增客户周一到周五便利店", "周一到周五便利店"),
        ("新增客户一千零一夜餐厅", "一千零一夜餐厅"),
        ("新增客户：双十一电商", "双十一电商"),
        ("新增客户美华商贸 联系人张总", "美华商贸"),
        ("新增客户春节礼品店", "春节礼品店"),
    ]

    func testCuedNamesAreWhole() {
        var wrong: [String] = []
        for (line, name) in Self.cued {
            let p = Fixture.parse(line)
            if p.intent != .customerAdd || p.slots.customer != name || p.slots.amount != nil || p.slots.date != nil {
                wrong.append("\(line) → \(Fixture.describe(p))")
            }
        }
        XCTAssertEqual(wrong, [])
    }

    static let book = ["3M China", "Sunday Bakery", "May Trading", "7-Eleven Shanghai", "Summit 2000 Co.",
                       "明天科技", "八方来财酒楼", "Pay Less Shoes", "Friday Foods", "五月花装饰"]

    /// Lines naming a customer of the book: the intent, the customer as typed, the amount.
    static let known: [(String, Intent, String, String?)] = [
        ("may trading owes 4200", .invoiceAdd, "may trading", "4200"),
        ("3m paid 6k", .paymentRecord, "3m", "6000"),
        ("3M China paid 6k", .paymentRecord, "3M China", "6000"),
        ("7-eleven paid 500", .paymentRecord, "7-eleven", "500"),
        ("7-Eleven Shanghai owes 1500", .invoiceAdd, "7-Eleven Shanghai", "1500"),
        ("summit said they'll pay 10k on friday", .promiseRecord, "summit", "10000"),
        ("sunday bakery owes 300 due friday", .invoiceAdd, "sunday bakery", "300"),
        ("pay less shoes paid 800", .paymentRecord, "pay less shoes", "800"),
        ("friday foods will pay 2k on monday", .promiseRecord, "friday foods", "2000"),
        ("明天科技答应明天付5000", .promiseRecord, "明天科技", "5000"),
        ("八方来财酒楼付款3000", .paymentRecord, "八方来财酒楼", "3000"),
        ("五月花装饰应收两万", .invoiceAdd, "五月花装饰", "20000"),
    ]

    func testBookNamesWhereverTheyStand() {
        let parser = LineParser(names: Self.book)
        var wrong: [String] = []
        for (line, intent, name, amount) in Self.known {
            let p = parser.parse(line, today: Fixture.today)
            if p.intent != intent || p.slots.customer?.lowercased() != name.lowercased() || p.slots.amount?.plain != amount
                || p.problem != nil {
                wrong.append("\(line) → \(Fixture.describe(p))")
            }
        }
        XCTAssertEqual(wrong, [])
    }

    func testQuotesMakeALiteralName() {
        let p = Fixture.parse("\"Sunday\" paid 500")
        XCTAssertEqual(p.slots.customer, "Sunday", Fixture.describe(p))
        XCTAssertEqual(p.slots.amount?.plain, "500")
        XCTAssertNil(p.slots.date)
    }

    /// Short names that are ordinary words are never taken for a book name on their own.
    func testOrdinaryFirstWordsAreNotNames() {
        let parser = LineParser(names: Self.book)
        let p = parser.parse("remind me on sunday to call Acme", today: Fixture.today)
        XCTAssertEqual(p.intent, .reminderAdd)
        XCTAssertNotNil(p.slots.date, Fixture.describe(p))
        let q = parser.parse("may i see the agenda", today: Fixture.today)
        XCTAssertNil(q.slots.customer, Fixture.describe(q))
    }

    /// A name with a combining mark that has no precomposed form keeps the mark.
    func testCombiningMarksStayInTheName() {
        let name = "Z\u{327}oe Design"
        let p = Fixture.parse("add customer \(name)")
        XCTAssertEqual(p.slots.customer, name, Fixture.describe(p))
        let known = LineParser(names: [name]).parse("z\u{327}oe design paid 500", today: Fixture.today)
        XCTAssertEqual(known.slots.customer?.lowercased(), name.lowercased(), Fixture.describe(known))
    }
}
