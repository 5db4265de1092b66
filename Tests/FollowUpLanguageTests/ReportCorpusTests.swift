import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The collection reports, `--csv` and `import invoices`: how they are asked for, the periods
/// a rate looks back over, and lines that must not be taken for them.
final class ReportCorpusTests: XCTestCase {
    /// (line, intent, slots that must hold; "-" means the slot must be empty).
    static let english: [(String, Intent, [String: String])] = [
        ("receivables detail", .reportDetail, ["customer": "-"]),
        ("Receivables Detail", .reportDetail, [:]),
        ("outstanding invoices", .reportDetail, [:]),
        ("open invoices", .reportDetail, [:]),
        ("show me the unpaid invoices", .reportDetail, [:]),
        ("list open invoices", .reportDetail, [:]),
        ("ar detail", .reportDetail, [:]),
        ("receivables detail for Acme", .reportDetail, ["customer": "Acme"]),
        ("open invoices Pine Dental", .reportDetail, ["customer": "Pine Dental"]),
        ("recievables detail", .reportDetail, [:]),
        // Politeness is no customer.
        ("receivable details pls", .reportDetail, ["customer": "-"]),
        ("collection plan please", .reportPlan, ["customer": "-"]),
        ("statement pls", .reportStatement, ["customer": "-"]),
        ("whos to chase this week", .reportPlan, [:]),
        ("imprt invoices ar.csv", .importInvoices, ["text": "ar.csv"]),
        ("rcv detail", .reportDetail, [:]),
        ("whats outstanding by invoice", .reportDetail, [:]),
        ("collection plan for the week", .reportPlan, ["customer": "-"]),
        ("collection plan next week", .reportPlan, ["date": "2026-11-23"]),
        ("collection rate next quarter", .reportRate, ["date": "2027-01-01", "until": "2027-03-31"]),
        ("collection rate h1", .reportRate, ["date": "2026-01-01", "until": "2026-06-30"]),
        ("collection rate for the year", .reportRate, ["date": "2026-01-01", "customer": "-"]),
        ("colletion rate", .reportRate, [:]),
        ("collection rate this yr", .reportRate, ["date": "2026-01-01"]),
        ("collection plan", .reportPlan, [:]),
        ("this week's collection plan", .reportPlan, [:]),
        ("collections plan for this week", .reportPlan, [:]),
        ("who should i chase this week", .reportPlan, [:]),
        ("who to call this week", .reportPlan, [:]),
        ("collection plan for Acme", .reportPlan, ["customer": "Acme"]),
        ("collection rate", .reportRate, ["date": "-", "customer": "-"]),
        ("collection rate this month", .reportRate, ["date": "2026-11-01", "until": "2026-11-30"]),
        ("collection rate for november", .reportRate, ["date": "2026-11-01", "until": "2026-11-30", "customer": "-"]),
        ("collection rate for November", .reportRate, ["date": "2026-11-01", "until": "2026-11-30", "customer": "-"]),
        ("collection rate for october", .reportRate, ["date": "2026-10-01", "until": "2026-10-31"]),
        ("collection rate for december", .reportRate, ["date": "2025-12-01", "until": "2025-12-31"]),
        ("collection rate last month", .reportRate, ["date": "2026-10-01", "until": "2026-10-31"]),
        ("collection rate this week", .reportRate, ["date": "2026-11-16", "until": "2026-11-22"]),
        ("collection rate this quarter", .reportRate, ["date": "2026-10-01", "until": "2026-12-31"]),
        ("collection rate last quarter", .reportRate, ["date": "2026-07-01", "until": "2026-09-30"]),
        ("collection rate q1", .reportRate, ["date": "2026-01-01", "until": "2026-03-31", "customer": "-"]),
        ("collection rate ytd", .reportRate, ["date": "2026-01-01", "until": "2026-12-31"]),
        ("collection rate last year", .reportRate, ["date": "2025-01-01", "until": "2025-12-31"]),
        ("collection rate since Oct 1", .reportRate, ["date": "2026-10-01", "until": "-"]),
        ("collection rate for Acme", .reportRate, ["customer": "Acme"]),
        ("collection rate for Acme last month", .reportRate, ["customer": "Acme", "date": "2026-10-01"]),
        ("dso", .reportRate, [:]),
        ("days sales outstanding this month", .reportRate, ["date": "2026-11-01"]),
        ("how much did we collect last month", .reportRate, ["date": "2026-10-01"]),
        ("collecton rate", .reportRate, [:]),
        ("import invoices invoices.csv", .importInvoices, ["text": "invoices.csv"]),
        ("import invoices from ~/Downloads/AR export.csv", .importInvoices, ["text": "from ~/Downloads/AR export.csv"]),
        ("import invoices 2026-02-30.csv", .importInvoices, ["text": "2026-02-30.csv", "date": "-"]),
        ("import invoices 3M China 5000.csv", .importInvoices, ["text": "3M China 5000.csv", "amount": "-", "customer": "-"]),
        ("import x.csv amount=Balance customer=\"Client Name\"", .importInvoices, ["text": "x.csv amount=Balance customer=\"Client Name\""]),
        ("Import invoices", .importInvoices, ["text": "-"]),
    ]

    static let chinese: [(String, Intent, [String: String])] = [
        ("未回收账款明细表", .reportDetail, [:]),
        ("未回收账款明细", .reportDetail, [:]),
        ("应收明细", .reportDetail, [:]),
        ("应收账款明细", .reportDetail, [:]),
        ("看看未付发票", .reportDetail, [:]),
        ("东方酒店应收明细", .reportDetail, ["customer": "东方酒店"]),
        ("本周收款计划", .reportPlan, [:]),
        ("收款计划", .reportPlan, [:]),
        ("这周催谁", .reportPlan, [:]),
        ("本周催收计划", .reportPlan, [:]),
        ("回款率", .reportRate, ["date": "-"]),
        ("本月回款率", .reportRate, ["date": "2026-11-01", "until": "2026-11-30"]),
        ("上个月回款率", .reportRate, ["date": "2026-10-01", "until": "2026-10-31"]),
        ("11月回款率", .reportRate, ["date": "2026-11-01", "until": "2026-11-30"]),
        ("回款率 10月", .reportRate, ["date": "2026-10-01", "until": "2026-10-31"]),
        ("今年回款率", .reportRate, ["date": "2026-01-01", "until": "2026-12-31", "customer": "-"]),
        ("本季度回款率", .reportRate, ["date": "2026-10-01", "until": "2026-12-31"]),
        ("东方酒店回款率", .reportRate, ["customer": "东方酒店"]),
        ("应收账款周转天数", .reportRate, [:]),
        ("导入发票 应收账款.csv", .importInvoices, ["text": "应收账款.csv"]),
        ("导入 发票.csv", .importInvoices, ["text": "发票.csv"]),
        ("导入应收 exports/明天科技 11月.csv", .importInvoices, ["text": "exports/明天科技 11月.csv", "date": "-"]),
        // A cue that runs into the file name gives it back.
        ("导入应收.csv", .importInvoices, ["text": "应收.csv"]),
        ("导入应收账款.csv", .importInvoices, ["text": "应收账款.csv"]),
        // A request to look is no customer.
        ("看下应收明细", .reportDetail, ["customer": "-"]),
        ("查下回款率", .reportRate, ["customer": "-"]),
        ("帮我看看收款计划", .reportPlan, ["customer": "-"]),
        ("看下东方酒店的对账单", .reportStatement, ["customer": "东方酒店"]),
        // Question words and 还没 are no customer; more ways to ask.
        ("未收发票有哪些", .reportDetail, ["customer": "-"]),
        ("哪些发票还没收回来", .reportDetail, ["customer": "-"]),
        ("本周要催的客户", .reportPlan, ["customer": "-"]),
        ("本周找谁要钱", .reportPlan, ["customer": "-"]),
        ("下周收款计划", .reportPlan, ["date": "2026-11-23"]),
        ("第三季度回款率", .reportRate, ["date": "2026-07-01", "until": "2026-09-30"]),
        ("上半年回款率", .reportRate, ["date": "2026-01-01", "until": "2026-06-30"]),
        ("下季度回款率", .reportRate, ["date": "2027-01-01"]),
        ("给我看看未回收账款", .reportDetail, ["customer": "-"]),
        ("明细表", .reportDetail, [:]),
    ]

    /// Lines near these reports that mean something else.
    static let others: [(String, Intent)] = [
        // Without the week, whom to chase is today's chase list on the agenda.
        ("chase list", .agenda),
        ("who to chase", .agenda),
        ("该催谁", .agenda),
        ("Acme paid 5k", .paymentRecord),
        ("aging", .reportAging),
        ("overdue invoices", .reportAging),
        ("who owes me money", .reportAging),
        ("statement Acme", .reportStatement),
        ("open Acme", .customerShow),
        ("agenda this week", .agenda),
        ("what's my plan for tomorrow", .agenda),
        ("start the plan for Acme", .planStart),
        ("remind me to import the samples tomorrow", .reminderAdd),
        ("Acme owes 3000 for the import duties due Dec 1", .invoiceAdd),
        ("应收账款", .reportAging),
        ("东方酒店还欠多少", .reportStatement),
        ("东方酒店回款5000", .paymentRecord),
        ("东方酒店答应下周回款", .promiseRecord),
        ("明天去东方酒店收款", .reminderAdd),
        ("本周安排", .agenda),
        ("东方酒店的欠款明细", .reportStatement),
        ("add customer CSV Trading", .customerAdd),
        ("add customer Import Export Co", .customerAdd),
    ]

    func testEnglish() { check(Self.english) }
    func testChinese() { check(Self.chinese) }

    private func check(_ corpus: [(String, Intent, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, intent, slots) in corpus {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))", file: file, line: line)
            XCTAssertNil(p.problem, "\(text) → \(Fixture.describe(p))", file: file, line: line)
            for (slot, value) in slots {
                let got = UtteranceFixtureTests.slot(slot, p)
                if value == "-" {
                    XCTAssertNil(got, "\(text) [\(slot)] → \(Fixture.describe(p))", file: file, line: line)
                } else {
                    XCTAssertEqual(got, value, "\(text) [\(slot)] → \(Fixture.describe(p))", file: file, line: line)
                }
            }
        }
    }

    func testNearbyLinesKeepTheirMeaning() {
        for (text, intent) in Self.others {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            XCTAssertNil(p.csv, text)
        }
    }

    func testNoReportFromMeaninglessLines() {
        let reports: Set<Intent> = [.reportDetail, .reportPlan, .reportRate, .importInvoices]
        for text in NegativeCorpusTests.meaningless + ["the rate is fine", "nice plan", "detail", "明细", "计划", "导入成功了吗？"] {
            XCTAssertFalse(reports.contains(Fixture.parse(text).intent), text)
        }
    }

    // MARK: --csv

    func testTheFlagIsTakenOffTheLine() {
        let cases: [(String, String, String?)] = [
            ("aging --csv", "aging", nil),
            ("aging --CSV", "aging", nil),
            ("aging -csv", "aging", nil),
            ("aging —csv", "aging", nil),
            ("账龄--csv", "账龄", nil),
            ("账龄 －－ｃｓｖ", "账龄", nil),
            ("aging --csv aging.csv", "aging", "aging.csv"),
            ("statement Acme --csv exports/acme.csv", "statement Acme", "exports/acme.csv"),
            ("aging --csv=out.csv", "aging", "out.csv"),
            ("receivables detail --csv \"my detail.csv\"", "receivables detail", "my detail.csv"),
            ("aging --csv 'my aging.csv'", "aging", "my aging.csv"),
            ("aging --csv ~/aging", "aging", "~/aging"),
            ("aging --csv as of Dec 1", "aging as of Dec 1", nil),
            ("--csv aging", "aging", nil),
            ("statement Acme's --csv", "statement Acme's", nil),
            // Said in words at the end.
            ("outstanding invoices as csv", "outstanding invoices", nil),
            ("aging in CSV format", "aging", nil),
            ("账龄导出csv", "账龄", nil),
            ("应收明细 导出CSV", "应收明细", nil),
            ("aging as csv to aging.csv", "aging", "aging.csv"),
            ("aging in csv format ~/ag.csv", "aging", "~/ag.csv"),
            ("账龄导出csv 账龄.csv", "账龄", "账龄.csv"),
            ("账龄导出csv到账龄.csv", "账龄", "账龄.csv"),
        ]
        for (line, rest, path) in cases {
            guard let (r, csv) = CSVFlag.split(line) else { XCTFail("no flag in \(line)"); continue }
            XCTAssertEqual(r, rest, line)
            XCTAssertEqual(csv.path, path, line)
        }
    }

    func testWordsThatAreNotTheFlag() {
        for line in ["add customer CSV Trading", "add customer \"--csv\" Ltd", "aging--csv", "aging --csvx", "aging csv",
                     "CSV Partners paid 500", "aging ---csv-file"] {
            XCTAssertNil(CSVFlag.split(line), line)
        }
        let p = Fixture.parse("add customer CSV Trading")
        XCTAssertEqual(p.slots.customer, "CSV Trading")
        XCTAssertNil(p.csv)
    }

    func testAPeriodWordNoRuleReadIsAProblem() {
        // Not this month by default: the line named a period, only not one this knows.
        let p = Fixture.parse("collection rate, fiscal")
        XCTAssertEqual(p.intent, .reportRate)
        XCTAssertEqual(p.problem, .unexplained(.unknownWords, words: "fiscal"))
    }

    func testTheParseCarriesTheRequest() {
        let p = Fixture.parse("statement Acme --csv acme.csv")
        XCTAssertEqual(p.intent, .reportStatement)
        XCTAssertEqual(p.slots.customer, "Acme")
        XCTAssertEqual(p.csv, CSVRequest(path: "acme.csv"))
        XCTAssertEqual(p.input, "statement Acme --csv acme.csv")
        let zh = Fixture.parse("东方酒店对账单 --csv")
        XCTAssertEqual(zh.language, .zh)
        XCTAssertEqual(zh.csv, CSVRequest())
        // The flag on a money line is carried, so the assistant can refuse it.
        XCTAssertNotNil(Fixture.parse("Acme paid 5k --csv").csv)
    }

    /// A number joined to a word by a dash is a name (7-Eleven), even before the book knows it:
    /// never an amount of 7 for a customer called Eleven.
    func testNumberDashWordIsAName() {
        for (line, intent) in [("invoice 7-Eleven 900 due Nov 19", Intent.invoiceAdd), ("7-Eleven paid 500", .paymentRecord),
                               ("remind me to call 7-Eleven tomorrow", .reminderAdd), ("called 7-Eleven, no answer", .contactLog),
                               ("statement 7-Eleven --csv", .reportStatement)] {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, intent, "\(line) → \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.customer, "7-Eleven", "\(line) → \(Fixture.describe(p))")
            XCTAssertNotEqual(p.slots.amount?.plain, "7", line)
        }
        XCTAssertEqual(Fixture.parse("invoice 7-Eleven 900 due Nov 19").slots.amount?.plain, "900")
        XCTAssertNil(Fixture.parse("invoice 7-Eleven 900 due Nov 19").problem)
    }

    func testKnownNamesWithCSVInThem() {
        let parser = LineParser(names: ["CSV Trading", "3M China", "7-Eleven Shanghai", "明天科技"])
        let today = Fixture.today
        for (line, customer) in [("statement CSV Trading --csv", "CSV Trading"), ("statement 3M China --csv", "3M China"),
                                 ("receivables detail 7 eleven", "7 eleven"), ("收款计划 明天科技", "明天科技"),
                                 ("statement 7-eleven --csv", "7-eleven"), ("明天科技对账单 --csv", "明天科技"),
                                 ("receivables detail 3m china", "3m china"), ("明天科技回款率", "明天科技")] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.slots.customer, customer, "\(line) → \(Fixture.describe(p))")
            XCTAssertNil(p.slots.date, line)
            XCTAssertNil(p.slots.amount, line)
        }
    }
}
