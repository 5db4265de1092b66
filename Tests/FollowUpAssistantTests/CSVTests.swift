import CSV
import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// CSV out of the reports: what CSV.swift's own reader reads back, formula cells defused, and
/// `--csv FILE` through the file seam.
final class CSVTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    /// Reads CSV text back with CSV.swift's reader.
    private func readBack(_ text: String) throws -> [[String]] {
        let reader = try CSVReader(string: text)
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertNil(reader.error)
        return rows
    }

    func testCellsSurviveTheRoundTrip() throws {
        let awkward = ["plain", "with, comma", "with \"quotes\"", "two\nlines", "crlf\r\ninside", "东方酒店（北京）有限公司",
                       "  spaces  ", "", "Ünïcödé", "tab\tinside"]
        let table = ReportTable(header: ["Name", "客户"], rows: awkward.map { [.text($0), .text($0)] })
        for crlf in [false, true] {
            let rows = try readBack(try CSVText.render(table, crlf: crlf))
            XCTAssertEqual(rows.first, ["Name", "客户"])
            XCTAssertEqual(Array(rows.dropFirst().map { $0[0] }), awkward)
        }
    }

    func testFormulaCellsAreDefusedButNumbersStayNumbers() throws {
        let dangerous = ["=SUM(A1:A9)", "+1+1", "-2+3", "@cmd", "\tTab", "\rReturn", "=HYPERLINK(\"http://x\")"]
        var rows: [[ReportTable.Cell]] = dangerous.map { [.text($0), .empty] }
        rows.append([.text("ok"), .money(Money(minor: -500_050, currency: .cny))])
        rows.append([.text("-"), .int(-3)])
        let text = try CSVText.render(ReportTable(header: ["Text", "Number"], rows: rows), crlf: false)
        let back = try readBack(text)
        for (i, cell) in dangerous.enumerated() {
            XCTAssertEqual(back[i + 1][0], "'" + cell, "a spreadsheet would run \(cell)")
        }
        XCTAssertEqual(back[dangerous.count + 1], ["ok", "-5000.50"], "our own negative amounts are numbers")
        XCTAssertEqual(back[dangerous.count + 2], ["'-", "-3"])
        // A text cell that only contains a formula sign further in is left alone.
        XCTAssertEqual(CSVText.defused("Acme = best"), "Acme = best")
    }

    func testCellKinds() {
        XCTAssertEqual(CSVText.field(.money(Money(minor: 1_250_000, currency: .cny))), "12500.00")
        XCTAssertEqual(CSVText.field(.money(Money(minor: 1_200, currency: .jpy))), "1200")
        XCTAssertEqual(CSVText.field(.day(today)), "2026-11-18")
        XCTAssertEqual(CSVText.field(.permille(625)), "62.5")
        XCTAssertEqual(CSVText.field(.permille(1000)), "100.0")
        XCTAssertEqual(CSVText.field(.permille(0)), "0.0")
        XCTAssertEqual(CSVText.field(.empty), "")
    }

    func testFileBytesHaveAByteOrderMarkAndCRLF() throws {
        let bytes = try CSVText.fileBytes(ReportTable(header: ["客户"], rows: [[.text("东方酒店")]]))
        XCTAssertEqual(Array(bytes.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(String(decoding: bytes.dropFirst(3), as: UTF8.self), "客户\r\n东方酒店\r\n")
    }

    // MARK: Through the conversation

    private func make() -> (Conversation, MemoryFiles) {
        let files = MemoryFiles()
        let store = MemoryBookStore()
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today), files: files)
        for line in ["add customer \"=cmd|' /C calc'!A0\"", "\"=cmd|' /C calc'!A0\" owes 300 due Nov 1",
                     "add customer CSV Trading", "CSV Trading owes 12,500 due Dec 10", "CSV Trading paid 2,000.50"] {
            XCTAssertFalse(c.handle(line).failed, line)
        }
        return (c, files)
    }

    func testPrintedCSVIsDataOnlyAndReadsBack() throws {
        let (c, _) = make()
        let reply = c.handle("aging --csv")
        XCTAssertFalse(reply.failed)
        XCTAssertEqual(reply.lines.count, 1)
        XCTAssertEqual(reply.lines[0].tone, .data)
        let rows = try readBack(reply.text)
        XCTAssertEqual(rows[0], ["Customer", "Currency", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"])
        XCTAssertTrue(rows.contains(["CSV Trading", "CNY", "10499.50", "0.00", "0.00", "0.00", "0.00", "10499.50"]), "\(rows)")
        XCTAssertTrue(rows.contains { $0[0] == "'=cmd|' /C calc'!A0" }, "\(rows)")
        // Chinese header words for a Chinese line, and no full-width commas slipped in.
        let zh = try readBack(c.handle("账龄 --csv").text)
        XCTAssertEqual(zh[0], ["客户", "币种", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "合计"])
        XCTAssertEqual(zh.count, rows.count)
    }

    func testEveryReportHasCSV() throws {
        let (c, _) = make()
        for line in ["aging --csv", "statement CSV Trading --csv", "receivables detail --csv", "collection plan --csv",
                     "collection rate --csv", "customers --csv", "promises --csv", "agenda --csv", "reminders --csv",
                     "total owed --csv", "应收明细 --csv", "本周收款计划 --csv", "本月回款率 --csv"] {
            let reply = c.handle(line)
            XCTAssertFalse(reply.failed, "\(line): \(reply.text)")
            let rows = try readBack(reply.text)
            XCTAssertFalse(rows.isEmpty, line)
            XCTAssertTrue(rows.allSatisfy { $0.count == rows[0].count }, "\(line): every row as wide as the header")
        }
    }

    func testCSVOnALineThatIsNoReportChangesNothing() {
        let (c, _) = make()
        let before = c.book.payments.count
        let reply = c.handle("CSV Trading paid 500 --csv")
        XCTAssertTrue(reply.failed)
        XCTAssertTrue(reply.text.contains("--csv goes after a report"), reply.text)
        XCTAssertEqual(c.book.payments.count, before)
    }

    func testWritingAFile() throws {
        let (c, files) = make()
        let reply = c.handle("receivables detail --csv detail.csv")
        XCTAssertFalse(reply.failed, reply.text)
        XCTAssertEqual(reply.text, "Wrote 2 rows to detail.csv.")
        let bytes = try XCTUnwrap(files.files["detail.csv"])
        let rows = try readBack(String(decoding: bytes.dropFirst(3), as: UTF8.self))
        XCTAssertEqual(rows.count, 3)
        XCTAssertEqual(c.handle("receivables detail --csv detail.csv").text, "Wrote 2 rows to detail.csv (the old file was replaced).")
    }

    func testRefusedTargetsWriteNothing() {
        let (c, files) = make()
        files.folders.insert("./reports")
        files.links.insert("link.csv")
        for (line, why) in [("aging --csv ./reports", "it is a folder"), ("aging --csv link.csv", "symbolic link")] {
            let reply = c.handle(line)
            XCTAssertTrue(reply.failed, line)
            XCTAssertTrue(reply.text.contains(why), reply.text)
        }
        files.failWrites = .failed("the disk is full")
        let full = c.handle("aging --csv aging.csv")
        XCTAssertTrue(full.failed)
        XCTAssertTrue(full.text.contains("the disk is full"), full.text)
        XCTAssertTrue(files.files.isEmpty)
    }

    func testTheBooksOwnFilesAreNeverReplaced() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-csv-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try FileBookStore(path: dir.appendingPathComponent("book.json").path)
        let (book, _) = try store.load()
        let c = Conversation(book: book, store: store, clock: FixedClock(today), files: LocalFiles(directory: dir.path))
        XCTAssertFalse(c.handle("add customer Acme").failed)
        // book.json does not exist yet (the journal has the change): refused by its name.
        for target in ["book.json", "book.journal", "./book.lock", "\(dir.path)/book.json"] {
            let reply = c.handle("aging --csv \(target)")
            XCTAssertTrue(reply.failed, target)
            XCTAssertTrue(reply.text.contains("one of your book's own files"), reply.text)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: dir.appendingPathComponent("book.json").path))
        let ok = c.handle("customers --csv customers.csv")
        XCTAssertFalse(ok.failed, ok.text)
        let attributes = try FileManager.default.attributesOfItem(atPath: dir.appendingPathComponent("customers.csv").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o644)
        let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp") }
        XCTAssertEqual(left, [], "no temporary file is left behind")
    }
}
