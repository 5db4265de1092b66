import Foundation
import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// `import invoices FILE`: reading cells, finding the header, refusing files, listing bad rows,
/// and saving everything as one step only after a yes.
final class ImportTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make(_ files: [String: String] = [:]) -> (Conversation, MemoryBookStore, MemoryFiles) {
        let mem = MemoryFiles()
        for (k, v) in files { mem.files[k] = Array(v.utf8) }
        let store = MemoryBookStore()
        return (Conversation(book: Book(), store: store, clock: FixedClock(today), files: mem), store, mem)
    }

    // MARK: Cells

    func testAmounts() {
        let cases: [(String, Int64?, String?)] = [
            ("12500", 1_250_000, nil), ("12,500.00", 1_250_000, nil), ("¥12,500", 1_250_000, "CNY"), ("￥12,500", 1_250_000, "CNY"),
            ("3000元", 300_000, "CNY"), ("1.5万", 1_500_000, nil), ("1.5万元", 1_500_000, "CNY"), ("2万", 2_000_000, nil),
            ("USD 1,200.50", 120_050, "USD"), ("$1,200.50", 120_050, "USD"), ("1 200.50", 120_050, nil),
            ("１２，５００", 1_250_000, nil), ("12.500,75", 1_250_075, nil), ("RMB 8,000", 800_000, "CNY"), ("0.07", 7, nil),
            ("12.340", 1_234, nil),
        ]
        for (cell, minor, code) in cases {
            switch ImportCells.amount(cell, currency: .cny) {
            case .success(let (m, c)):
                XCTAssertEqual(m, minor, cell)
                XCTAssertEqual(c?.code, code, cell)
            case .failure(let e):
                XCTFail("\(cell): \(e)")
            }
        }
        let bad: [(String, ImportCells.AmountError)] = [
            ("12.5x", .notANumber), ("abc", .notANumber), ("-300", .notPositive), ("(300.00)", .notPositive), ("300-", .notPositive),
            ("0", .zero), ("0.00", .zero), ("12.345", .tooManyDecimals), ("12,5", .ambiguous), ("1,2,3", .ambiguous),
            ("2000000000000", .tooLarge), ("99999999999999999999999", .tooLarge), ("", .notANumber), ("¥", .notANumber),
            ("1.2.3", .notANumber), ("三千", .notANumber),
        ]
        for (cell, error) in bad {
            XCTAssertEqual(ImportCells.amount(cell, currency: .cny).failure, error, cell)
        }
        // Where fields are split by ';', the comma is the decimal point.
        XCTAssertEqual(ImportCells.amount("980,00", currency: .eur, decimalComma: true).success?.minor, 98_000)
        XCTAssertEqual(ImportCells.amount("1.234", currency: .eur, decimalComma: true).success?.minor, 123_400)
        XCTAssertEqual(ImportCells.amount("1200", currency: .jpy).success?.minor, 1_200)
        XCTAssertEqual(ImportCells.amount("12.5", currency: .jpy).failure, .tooManyDecimals)
    }

    func testDays() {
        let cases: [(String, Bool, String)] = [
            ("2026-12-01", false, "2026-12-01"), ("2026/12/1", false, "2026-12-01"), ("2026.12.1", false, "2026-12-01"),
            ("2026年12月1日", false, "2026-12-01"), ("20261201", false, "2026-12-01"), ("12/1/2026", false, "2026-12-01"),
            ("1/12/2026", true, "2026-12-01"), ("1.12.2026", false, "2026-12-01"), ("1-Dec-2026", false, "2026-12-01"),
            ("Dec 1, 2026", false, "2026-12-01"), ("1 December 2026", false, "2026-12-01"), ("12/1/26", false, "2026-12-01"),
            ("2026-12-01 00:00:00", false, "2026-12-01"), ("2026-12-01T09:30", false, "2026-12-01"), ("２０２６－１２－０１", false, "2026-12-01"),
        ]
        for (cell, dayFirst, iso) in cases {
            XCTAssertEqual(ImportCells.day(cell, dayFirst: dayFirst, today: today).success?.iso, iso, cell)
        }
        XCTAssertEqual(ImportCells.day("2026-02-30", dayFirst: false, today: today).failure, .notReal)
        XCTAssertEqual(ImportCells.day("13/13/2026", dayFirst: false, today: today).failure, .notReal)
        XCTAssertEqual(ImportCells.day("3026-01-01", dayFirst: false, today: today).failure, .outOfRange)
        XCTAssertEqual(ImportCells.day("46357", dayFirst: false, today: today).failure, .spreadsheetNumber)
        XCTAssertEqual(ImportCells.day("next week", dayFirst: false, today: today).failure, .notADate)
        XCTAssertEqual(ImportCells.currency("人民币")?.code, "CNY")
        XCTAssertEqual(ImportCells.currency("usd")?.code, "USD")
        XCTAssertNil(ImportCells.currency("dollars"))
    }

    // MARK: Files and headers

    func testDecodingRefusesWhatIsNotCSVText() throws {
        XCTAssertEqual(try ImportText.decode([0xEF, 0xBB, 0xBF] + Array("a,b".utf8), path: "x").text, "a,b")
        // 客户,金额 in GB18030, as an older spreadsheet saves it.
        let gbk: [UInt8] = [0xBF, 0xCD, 0xBB, 0xA7, 0x2C, 0xBD, 0xF0, 0xB6, 0xEE]
        let decoded = try ImportText.decode(gbk, path: "x")
        XCTAssertEqual(decoded.text, "客户,金额")
        XCTAssertEqual(decoded.encoding, "GB18030")
        let refusals: [([UInt8], ImportProblem)] = [
            ([], .empty("x")), (Array(" \n,,\n".utf8), .empty("x")), ([0xFF, 0xFE, 0x41, 0x00], .utf16("x")),
            ([0x50, 0x4B, 0x03, 0x04, 0x00], .workbook("x")), ([0x41, 0x00, 0x42], .binary("x")),
            ([0x41, 0xE9, 0x42, 0x0A], .notUTF8("x")),
        ]
        for (bytes, problem) in refusals {
            XCTAssertThrowsError(try ImportText.decode(bytes, path: "x")) { XCTAssertEqual($0 as? ImportProblem, problem) }
        }
    }

    func testHeadersInEitherLanguageBelowATitleRow() throws {
        let en = try ImportSheet.read("Invoice #,Client Name,Balance Due,Invoice Date,Due Date\nA-1,Acme,100,2026-11-01,2026-12-01\n",
                                      path: "x", named: [:])
        XCTAssertEqual(en.headerIndex, 0)
        XCTAssertEqual(en.columns, [.number: 0, .customer: 1, .amount: 2, .issued: 3, .due: 4])
        let zh = try ImportSheet.read("应收账款明细表,,,\n\n单据编号,客户名称,应收金额,已收金额,到期日\nX,东方酒店,100,20,2026-12-01\n",
                                      path: "x", named: [:])
        XCTAssertEqual(zh.headerIndex, 1, "the title row is not the header; the blank row is left out")
        XCTAssertEqual(zh.rowNumber(zh.headerIndex), 3)
        XCTAssertEqual(zh.columns, [.number: 0, .customer: 1, .amount: 2, .paid: 3, .due: 4])
        // What is still open is preferred over the invoice's total.
        let both = try ImportSheet.read("Customer,No,Amount,Outstanding\nA,1,100,40\n", path: "x", named: [:])
        XCTAssertEqual(both.columns[.amount], 3)
        // Tabs and semicolons are found.
        XCTAssertEqual(try ImportSheet.read("Kunde;Beleg;Betrag\nA;1;1,50\n", path: "x", named: [.customer: "Kunde", .number: "Beleg", .amount: "Betrag"]).decimalComma, true)
        XCTAssertEqual(try ImportSheet.read("customer\tnumber\tamount\nA\t1\t2\n", path: "x", named: [:]).columns.count, 3)
    }

    func testNamedColumnsAndMissingOnes() throws {
        let text = "Name,Code,Value,Money\nAcme,1,100,USD\n"
        XCTAssertThrowsError(try ImportSheet.read(text, path: "x", named: [:])) {
            XCTAssertEqual($0 as? ImportProblem, .columnsMissing([.number, .amount], path: "x", firstRow: ["Name", "Code", "Value", "Money"]))
        }
        let named = try ImportSheet.read(text, path: "x", named: [.number: "code", .amount: "VALUE", .currency: "Money"])
        XCTAssertEqual(named.columns, [.customer: 0, .number: 1, .amount: 2, .currency: 3])
        let fixed = try ImportSheet.read(text, path: "x", named: [.number: "Code", .amount: "Value", .currency: "EUR"])
        XCTAssertEqual(fixed.fixedCurrency?.code, "EUR")
        XCTAssertThrowsError(try ImportSheet.read(text, path: "x", named: [.amount: "Total"])) {
            XCTAssertEqual($0 as? ImportProblem, .namedColumnMissing(.amount, name: "Total", path: "x", firstRow: ["Name", "Code", "Value", "Money"]))
        }
        XCTAssertEqual(try ImportArguments.parse("from my export.csv amount=\"Open Balance\" 客户=客户名称 dates=day-month"),
                       ImportArguments(path: "my export.csv", columns: [.amount: "Open Balance", .customer: "客户名称"], dayFirst: true))
        XCTAssertThrowsError(try ImportArguments.parse("x.csv colour=red")) { XCTAssertEqual($0 as? ImportProblem, .badOption("colour=red")) }
        XCTAssertThrowsError(try ImportArguments.parse("  ")) { XCTAssertEqual($0 as? ImportProblem, .noFile) }
    }

    // MARK: Through the conversation

    static let export = """
        Customer,Invoice No,Amount,Date,Due Date
        Acme,A-1,"1,000",2026-11-01,2026-12-01
        Acme,A-2,500,2026-11-02,2026-12-02
        Kite,K-1,12.5x,2026-11-01,2026-12-01
        Kite,K-2,300,2026-11-01,2026-02-30
        ,K-3,300,2026-11-01,2026-12-01
        Pine,A-1,700,2026-11-01,2026-12-01
        Pine,P-1,700,2026-12-01,2026-11-01
        Total,,"3,500",,

        """

    func testPreviewThenYesIsOneStepThatOneUndoTakesBack() {
        let (c, store, _) = make(["inv.csv": Self.export])
        let preview = c.handle("import invoices inv.csv")
        XCTAssertFalse(preview.failed)
        XCTAssertTrue(c.isAskingYesNo)
        let text = preview.text
        for expected in ["New customers (1):", "  Acme", "New invoices (2), ¥1,500 in all:", "row 4 · amount “12.5x” is not a number",
                         "row 5 · due “2026-02-30” is not a real date", "row 6 · no customer name",
                         "row 7 · invoice A-1 is already on row 2 of this file", "row 8 · due Sun 1 Nov is before issued Tue 1 Dec",
                         "row 9 · a totals row", "(yes/no)"] {
            XCTAssertTrue(text.contains(expected), "missing “\(expected)” in:\n\(text)")
        }
        XCTAssertTrue(c.book.invoices.isEmpty, "nothing is written before the answer")
        XCTAssertTrue(store.steps.isEmpty)
        let done = c.handle("yes")
        XCTAssertFalse(done.failed, done.text)
        XCTAssertEqual(c.book.customers.map(\.name), ["Acme"])
        XCTAssertEqual(c.book.invoices.map(\.number), ["A-1", "A-2"])
        XCTAssertEqual(c.book.invoices.map(\.issued.iso), ["2026-11-01", "2026-11-02"])
        XCTAssertEqual(store.steps.count, 1, "one step")
        XCTAssertEqual(store.steps.first?.events.count, 3)
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertTrue(c.book.customers.isEmpty)
    }

    func testNoWritesNothing() {
        let (c, store, _) = make(["inv.csv": Self.export])
        _ = c.handle("导入发票 inv.csv")
        let no = c.handle("否")
        XCTAssertTrue(no.text.contains("没有做任何修改"), no.text)
        XCTAssertTrue(c.book.invoices.isEmpty)
        XCTAssertTrue(store.steps.isEmpty)
    }

    func testExistingCustomersAndNumbersAndCredit() {
        let export = "Customer,Invoice No,Amount,Due\nAcme,inv-0001,50,2026-12-01\nAcme,A-2,500,2026-12-02\nKite,K-1,300,2026-12-01\n"
        let (c, _, _) = make(["inv.csv": export])
        for line in ["add customer ACME, terms 45 days", "Acme owes 50 due Dec 1", "add customer Kite", "Kite paid 200", "yes"] {
            XCTAssertFalse(c.handle(line).failed, line)
        }
        let text = c.handle("import invoices inv.csv").text
        XCTAssertTrue(text.contains("row 2 · invoice inv-0001 is already in your book"), text)
        XCTAssertFalse(text.contains("New customers"), "ACME is Acme, in any case:\n\(text)")
        XCTAssertTrue(text.contains("Existing credit of ¥200 goes to these invoices"), text)
        XCTAssertFalse(c.handle("yes").failed)
        XCTAssertEqual(c.book.customers.count, 2)
        XCTAssertEqual(c.book.invoices.map(\.number), ["INV-0001", "A-2", "K-1"])
        // No issued column: issued is the due day less the customer's terms.
        XCTAssertEqual(c.book.invoices[1].issued.iso, "2026-10-18")
        XCTAssertEqual(c.book.invoices[2].outstanding, Money(minor: 10_000, currency: .cny), "Kite's credit paid part of it")
    }

    func testFilesThatCannotBeImported() {
        let (c, store, files) = make(["empty.csv": "", "cols.csv": "a,b\n1,2\n"])
        files.folders.insert("dir")
        files.files["big.csv"] = [UInt8](repeating: 0x41, count: ImportText.maxBytes + 1)
        files.files["gbk.csv"] = [0x41, 0xE9, 0x42]
        let cases: [(String, String)] = [
            ("import invoices missing.csv", "there is no such file"), ("import invoices dir", "it is a folder"),
            ("import invoices empty.csv", "is empty"), ("import invoices cols.csv", "couldn't find the customer, invoice number and amount columns"),
            ("import invoices big.csv", "over the limit of 5 MB"), ("import invoices gbk.csv", "not UTF-8"),
            ("import invoices", "Which file?"), ("import invoices cols.csv colour=red", "I don't know the option"),
        ]
        for (line, why) in cases {
            let reply = c.handle(line)
            XCTAssertTrue(reply.failed, line)
            XCTAssertTrue(reply.text.contains(why), "\(line): \(reply.text)")
            XCTAssertFalse(c.isAsking, line)
        }
        XCTAssertTrue(store.steps.isEmpty)
    }

    func testAFileOfOnlyBadRowsFails() {
        let (c, store, _) = make(["bad.csv": "customer,number,amount\nA,1,x\nB,2,-5\n"])
        let reply = c.handle("import invoices bad.csv")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("Nothing was imported"), reply.text)
        XCTAssertFalse(c.isAsking)
        XCTAssertTrue(store.steps.isEmpty)
    }

    func testTooManyRowsAreRefusedWhole() {
        var text = "customer,number,amount\n"
        for k in 0...ImportSheet.maxRows { text += "C,\(k),1\n" }
        let (c, _, _) = make(["many.csv": text])
        let reply = c.handle("import invoices many.csv")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("at most 10000"), reply.text)
    }
}

extension Result {
    var success: Success? { if case .success(let s) = self { return s } else { return nil } }
    var failure: Failure? { if case .failure(let f) = self { return f } else { return nil } }
}
