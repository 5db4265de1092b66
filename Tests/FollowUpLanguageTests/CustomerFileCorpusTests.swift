import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The customer file's phrasings (`customer.file`, `customer.show`) and the key-account report
/// (`report.pareto`), in both languages, and lines that must stay something else.
final class CustomerFileCorpusTests: XCTestCase {
    typealias Case = (String, Intent, [String: String])

    static func fact(_ customer: String?, _ contact: String?, _ fact: String, _ value: String) -> [String: String] {
        var out = ["fact": fact, "value": value]
        if let customer { out["customer"] = customer }
        if let contact { out["contact"] = contact }
        return out
    }

    static let english: [Case] = [
        ("Li Wei is Acme's economic buyer", .customerFile, fact("Acme", "Li Wei", "role", "economic_buyer")),
        ("Li Wei is the economic buyer at Acme Trading", .customerFile, fact("Acme Trading", "Li Wei", "role", "economic_buyer")),
        ("Wang Fang is Acme's technical buyer", .customerFile, fact("Acme", "Wang Fang", "role", "technical_buyer")),
        ("Tom is the end user at Pine Dental", .customerFile, fact("Pine Dental", "Tom", "role", "user")),
        ("Dr. Amy Ng is Pine Dental's influencer", .customerFile, fact("Pine Dental", "Dr. Amy Ng", "role", "influencer")),
        ("Acme's decision maker is Li Wei", .customerFile, fact("Acme", "Li Wei", "role", "economic_buyer")),
        ("set Mary as Harbor Foods' technical evaluator", .customerFile, fact("Harbor Foods", "Mary", "role", "technical_buyer")),
        ("Li Wei's birthday is May 3", .customerFile, fact(nil, "Li Wei", "birthday", "05-03")),
        ("Li Wei's birthday is on 3 May", .customerFile, fact(nil, "Li Wei", "birthday", "05-03")),
        ("Wang Fang's birthday is March 14th, 1985", .customerFile, fact(nil, "Wang Fang", "birthday", "1985-03-14")),
        ("birthday of Tom is 1980-12-01", .customerFile, fact(nil, "Tom", "birthday", "1980-12-01")),
        ("Tom was born on July 4", .customerFile, fact(nil, "Tom", "birthday", "07-04")),
        ("Amy Ng birthday: Feb 29", .customerFile, fact(nil, "Amy Ng", "birthday", "02-29")),
        ("Acme prefers WeChat", .customerFile, fact("Acme", nil, "prefers", "wechat")),
        ("Pine Dental prefers email", .customerFile, fact("Pine Dental", nil, "prefers", "email")),
        ("Harbor Foods prefers to be contacted by text messages", .customerFile, fact("Harbor Foods", nil, "prefers", "sms")),
        ("Acme likes visits", .customerFile, fact("Acme", nil, "prefers", "visit")),
        ("Acme prefers morning deliveries", .customerFile, fact("Acme", nil, "note", "prefers morning deliveries")),
        ("note for Acme: closed on Sundays", .customerFile, fact("Acme", nil, "note", "closed on Sundays")),
        ("add a note to Pine Dental: ask for Amy", .customerFile, fact("Pine Dental", nil, "note", "ask for Amy")),
        ("Harbor Foods note: loading dock at the back", .customerFile, fact("Harbor Foods", nil, "note", "loading dock at the back")),
        ("Acme is price sensitive", .customerFile, fact("Acme", nil, "price", "high")),
        ("Acme is very price-sensitive", .customerFile, fact("Acme", nil, "price", "high")),
        ("Acme is not price sensitive", .customerFile, fact("Acme", nil, "price", "low")),
        ("Pine Dental isn't price sensitive", .customerFile, fact("Pine Dental", nil, "price", "low")),
        ("Harbor Foods cares a lot about price", .customerFile, fact("Harbor Foods", nil, "price", "high")),
        ("Acme needs a lot of service", .customerFile, fact("Acme", nil, "service", "high")),
        ("Pine Dental needs little service", .customerFile, fact("Pine Dental", nil, "service", "low")),
        ("Harbor Foods doesn't need much support", .customerFile, fact("Harbor Foods", nil, "service", "low")),
        ("Acme wants a long-term partnership", .customerFile, fact("Acme", nil, "partnership", "yes")),
        ("Pine Dental is looking for a long term relationship", .customerFile, fact("Pine Dental", nil, "partnership", "yes")),
        ("Harbor Foods doesn't want a long-term partnership", .customerFile, fact("Harbor Foods", nil, "partnership", "no")),
        ("make Acme a key account", .customerFile, fact("Acme", nil, "tier", "key")),
        ("mark Pine Dental as a watch customer", .customerFile, fact("Pine Dental", nil, "tier", "watch")),
        ("Harbor Foods is a regular account", .customerFile, fact("Harbor Foods", nil, "tier", "regular")),
        ("put Delta Tools on the watch list", .customerFile, fact("Delta Tools", nil, "tier", "watch")),
        // Names stay names, whatever they hold.
        ("7-Eleven is price sensitive", .customerFile, fact("7-Eleven", nil, "price", "high")),
        ("3M China prefers email", .customerFile, fact("3M China", nil, "prefers", "email")),
        ("Li Wei is 3M China's economic buyer", .customerFile, fact("3M China", "Li Wei", "role", "economic_buyer")),
        // The file and the report.
        ("open Acme", .customerShow, ["customer": "Acme"]),
        ("Acme's file", .customerShow, ["customer": "Acme"]),
        ("show me Pine Dental's profile", .customerShow, ["customer": "Pine Dental"]),
        ("key accounts", .reportPareto, [:]),
        ("who are my key accounts", .reportPareto, [:]),
        ("best customers", .reportPareto, [:]),
        ("key accounts this year", .reportPareto, ["date": "2026-01-01", "until": "2026-12-31"]),
        ("key accounts last quarter", .reportPareto, ["date": "2026-07-01", "until": "2026-09-30"]),
        ("key accounts by payments", .reportPareto, ["basis": "paid"]),
        ("best customers by payments this year", .reportPareto, ["basis": "paid", "date": "2026-01-01"]),
        ("pareto analysis", .reportPareto, [:]),
        ("key accounts --csv", .reportPareto, [:]),
    ]

    static let chinese: [Case] = [
        ("王经理是东方酒店的技术负责人", .customerFile, fact("东方酒店", "王经理", "role", "technical_buyer")),
        ("张总是东方酒店的经济决策人", .customerFile, fact("东方酒店", "张总", "role", "economic_buyer")),
        ("李工是华强电子的使用者", .customerFile, fact("华强电子", "李工", "role", "user")),
        ("陈秘书是美华商贸的影响者", .customerFile, fact("美华商贸", "陈秘书", "role", "influencer")),
        ("东方酒店的拍板人是张总", .customerFile, fact("东方酒店", "张总", "role", "economic_buyer")),
        ("把刘经理设为金辉集团的技术把关人", .customerFile, fact("金辉集团", "刘经理", "role", "technical_buyer")),
        ("张总生日3月5日", .customerFile, fact(nil, "张总", "birthday", "03-05")),
        ("张总的生日是3月5号", .customerFile, fact(nil, "张总", "birthday", "03-05")),
        ("王经理的生日是1985年6月18日", .customerFile, fact(nil, "王经理", "birthday", "1985-06-18")),
        ("李工生日：十月一日", .customerFile, fact(nil, "李工", "birthday", "10-01")),
        ("陈秘书生日为十二月二十五日", .customerFile, fact(nil, "陈秘书", "birthday", "12-25")),
        ("刘经理1978年2月3日出生", .customerFile, fact(nil, "刘经理", "birthday", "1978-02-03")),
        ("东方酒店喜欢用微信联系", .customerFile, fact("东方酒店", nil, "prefers", "wechat")),
        ("华强电子偏好邮件", .customerFile, fact("华强电子", nil, "prefers", "email")),
        ("美华商贸习惯打电话", .customerFile, fact("美华商贸", nil, "prefers", "call")),
        ("金辉集团更喜欢上门拜访", .customerFile, fact("金辉集团", nil, "prefers", "visit")),
        ("东方酒店备注：周日不营业", .customerFile, fact("东方酒店", nil, "note", "周日不营业")),
        ("给华强电子加备注：找李工对账", .customerFile, fact("华强电子", nil, "note", "找李工对账")),
        ("备注 美华商贸：每月10号对账", .customerFile, fact("美华商贸", nil, "note", "每月10号对账")),
        ("东方酒店对价格很敏感", .customerFile, fact("东方酒店", nil, "price", "high")),
        ("华强电子对价格不敏感", .customerFile, fact("华强电子", nil, "price", "low")),
        ("美华商贸非常在意价格", .customerFile, fact("美华商贸", nil, "price", "high")),
        ("金辉集团价格敏感度低", .customerFile, fact("金辉集团", nil, "price", "low")),
        ("华强电子需要很多服务", .customerFile, fact("华强电子", nil, "service", "high")),
        ("东方酒店不需要太多服务", .customerFile, fact("东方酒店", nil, "service", "low")),
        ("美华商贸对服务要求很高", .customerFile, fact("美华商贸", nil, "service", "high")),
        ("东方酒店希望长期合作", .customerFile, fact("东方酒店", nil, "partnership", "yes")),
        ("华强电子想和我们建立长期合作关系", .customerFile, fact("华强电子", nil, "partnership", "yes")),
        ("美华商贸不想长期合作", .customerFile, fact("美华商贸", nil, "partnership", "no")),
        ("把东方酒店设为大客户", .customerFile, fact("东方酒店", nil, "tier", "key")),
        ("华强电子列为观察客户", .customerFile, fact("华强电子", nil, "tier", "watch")),
        ("把美华商贸改为普通客户", .customerFile, fact("美华商贸", nil, "tier", "regular")),
        // Hurried: everyday words for a role, service asked for in plenty, a dotted birthday only one order makes.
        ("赵总是华新超市的老板", .customerFile, fact("华新超市", "赵总", "role", "economic_buyer")),
        ("李姐是华新超市说了算的人", .customerFile, fact("华新超市", "李姐", "role", "economic_buyer")),
        ("小王是华新超市管技术的", .customerFile, fact("华新超市", "小王", "role", "technical_buyer")),
        ("周一便利店服务要求多", .customerFile, fact("周一便利店", nil, "service", "high")),
        ("周一便利店对服务要求不多", .customerFile, fact("周一便利店", nil, "service", "low")),
        ("刘经理生日是3.15", .customerFile, fact(nil, "刘经理", "birthday", "03-15")),
        // Names stay names.
        ("明天科技对价格很敏感", .customerFile, fact("明天科技", nil, "price", "high")),
        ("明天科技希望长期合作", .customerFile, fact("明天科技", nil, "partnership", "yes")),
        // The file and the report.
        ("查看东方酒店", .customerShow, ["customer": "东方酒店"]),
        ("客户档案 东方酒店", .customerShow, ["customer": "东方酒店"]),
        ("东方酒店的档案", .customerShow, ["customer": "东方酒店"]),
        ("大客户", .reportPareto, [:]),
        ("二八分析", .reportPareto, [:]),
        ("今年的大客户", .reportPareto, ["date": "2026-01-01", "until": "2026-12-31"]),
        ("大客户 按回款", .reportPareto, ["basis": "paid"]),
        ("上季度大客户分析", .reportPareto, ["date": "2026-07-01", "until": "2026-09-30"]),
    ]

    /// Lines with the words of a file fact or of `open` that mean something else.
    static let negative: [(String, Intent)] = [
        ("open invoices", .reportDetail),
        ("open complaints", .complaintList),
        ("open reminders", .reminderList),
        ("called Acme, note: they were rude", .contactLog),
        ("remind me to call Li Wei on his birthday", .reminderAdd),
        ("Acme paid 5000", .paymentRecord),
        ("Acme promised to pay 3000 on Friday", .promiseRecord),
        ("给东方酒店打了电话，说下周付款", .contactLog),
        ("东方酒店付了8000", .paymentRecord),
        ("明天提醒我给东方酒店打电话", .reminderAdd),
        ("what do I say to a price sensitive customer", .script),
    ]

    func check(_ cases: [Case]) {
        for (text, intent, slots) in cases {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            for (slot, value) in slots {
                let got: String?
                switch slot {
                case "fact": got = p.slots.file?.name
                case "value": got = p.slots.file?.value
                case "basis": got = p.slots.basis?.rawValue
                default: got = UtteranceFixtureTests.slot(slot, p)
                }
                XCTAssertEqual(got, value, "\(text) [\(slot)] → \(Fixture.describe(p))")
            }
        }
    }

    func testEnglish() {
        check(Self.english)
        XCTAssertGreaterThanOrEqual(Self.english.count, 30)
    }

    func testChinese() {
        check(Self.chinese)
        XCTAssertGreaterThanOrEqual(Self.chinese.count, 30)
        for (text, _, _) in Self.chinese { XCTAssertEqual(Fixture.parse(text).language, .zh, text) }
    }

    func testOtherSensesStayOther() {
        for (text, intent) in Self.negative {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            XCTAssertNil(p.slots.file, text)
        }
    }

    func testKnownNamesStayNamesOnOpen() {
        let parser = LineParser(names: ["3M China", "7-Eleven", "明天科技"])
        for (line, name) in [("open 3M China", "3M China"), ("open 7-Eleven", "7-Eleven"), ("查看明天科技", "明天科技"),
                             ("客户档案 明天科技", "明天科技")] {
            let p = parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.intent, .customerShow, line)
            XCTAssertEqual(p.slots.customer, name, line)
            XCTAssertNil(p.slots.amount, line)
            XCTAssertNil(p.slots.date, line)
        }
    }

    func testImpossibleBirthdaysAreNotFacts() {
        XCTAssertNil(Fixture.parse("Li Wei's birthday is Feb 30").slots.file)
        XCTAssertNil(Fixture.parse("张总生日13月5日").slots.file)
        // 5.3 could be 5 March or 3 May: no birthday is guessed.
        XCTAssertNil(Fixture.parse("刘经理生日5.3").slots.file)
    }
}
