import CSV
import Foundation
import FollowUpCore
import FollowUpStore

/// The columns an import reads.
enum ImportField: String, CaseIterable, Equatable {
    case customer, number, amount, paid, issued, due, currency
}

/// What the import line says: the file, and columns or settings named with options.
struct ImportArguments: Equatable {
    var path: String
    /// Columns named by the user: `amount=Balance`, `客户=客户名称`.
    var columns: [ImportField: String] = [:]
    /// `dates=day-month`: how `3/4/2026` reads in this file (else the book's setting).
    var dayFirst: Bool?

    static let keys: [String: ImportField] = [
        "customer": .customer, "client": .customer, "客户": .customer, "客户名称": .customer,
        "number": .number, "no": .number, "invoice": .number, "发票号": .number, "单号": .number, "编号": .number,
        "amount": .amount, "金额": .amount, "应收金额": .amount, "balance": .amount, "余额": .amount,
        "paid": .paid, "已收": .paid, "已收金额": .paid,
        "issued": .issued, "date": .issued, "开票日期": .issued, "日期": .issued,
        "due": .due, "到期日": .due, "到期": .due, "currency": .currency, "币种": .currency,
    ]

    /// Splits the words after `import invoices`: options are `key=value` (the value may be
    /// quoted), every other word is part of the file name (a leading `from`/`从` is dropped).
    static func parse(_ text: String?) throws(ImportProblem) -> ImportArguments {
        var words: [String] = []
        var args = ImportArguments(path: "")
        for token in tokens(ImportCells.halfWidth(text ?? "")) {
            guard let eq = token.text.firstIndex(of: "="), !token.quoted else { words.append(token.text); continue }
            let key = token.text[..<eq].lowercased().trimmingWhitespace
            var value = String(token.text[token.text.index(after: eq)...])
            if value.count >= 2, let f = value.first, let l = value.last, (f == "\"" && l == "\"") || (f == "'" && l == "'") {
                value = String(value.dropFirst().dropLast())
            }
            if key == "dates" || key == "日期格式" {
                switch value.lowercased() {
                case "day-month", "日/月", "dd/mm": args.dayFirst = true
                case "month-day", "月/日", "mm/dd": args.dayFirst = false
                default: throw .badOption(String(token.text))
                }
                continue
            }
            guard let field = keys[key], !value.isEmpty else { throw .badOption(String(token.text)) }
            args.columns[field] = value
        }
        // `import invoices x.csv yes`: the preview still asks; the yes is no part of the name.
        while let last = words.last, words.count > 1, ["yes", "y", "--yes", "-y", "是", "确认", "ok"].contains(last.lowercased()) {
            words.removeLast()
        }
        // `import invoices from x.csv`, `imprt invoices x.csv`: the leading words are no file name.
        while let first = words.first, words.count > 1,
              ["from", "file", "the", "invoices", "invoice", "invs", "从", "文件", "发票"].contains(first.lowercased()) {
            words.removeFirst()
        }
        args.path = words.joined(separator: " ")
        guard !args.path.isEmpty else { throw .noFile }
        return args
    }

    /// Words separated by spaces; a quoted run (`"my file.csv"`, `amount="Open Balance"`) is one word.
    private static func tokens(_ s: String) -> [(text: String, quoted: Bool)] {
        var out: [(String, Bool)] = []
        var current = "", quote: Character?, quotedWhole = false
        for ch in s {
            if let q = quote {
                if ch == q || (q == "“" && ch == "”") { quote = nil; if current.isEmpty || quotedWhole { continue } }
                current.append(ch)
                continue
            }
            if ch == "\"" || ch == "“" || (ch == "'" && current.hasSuffix("=")) {
                quote = ch
                if current.isEmpty { quotedWhole = true; continue }
                current.append(ch)
                continue
            }
            if ch == " " {
                if !current.isEmpty || quotedWhole { out.append((current, quotedWhole)) }
                current = ""; quotedWhole = false
                continue
            }
            current.append(ch)
        }
        if !current.isEmpty || quotedWhole { out.append((current, quotedWhole)) }
        return out
    }
}

/// Bytes of a file as text, or why they are not a CSV this can read.
enum ImportText {
    /// The largest file read. An export of open invoices is far smaller (5 MB is about 50,000
    /// rows); the whole file is read and shown before anything is written, and a bigger one is
    /// most likely the wrong file (a whole ledger, a workbook).
    static let maxBytes = 5_000_000

    /// The text and the encoding it was read in (`UTF-8`, or `GB18030` for a Chinese export
    /// saved by an older spreadsheet).
    static func decode(_ bytes: [UInt8], path: String) throws(ImportProblem) -> (text: String, encoding: String) {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) || bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) {
            throw .workbook(path)
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) { throw .utf16(path) }
        var body = bytes[...]
        if body.starts(with: [0xEF, 0xBB, 0xBF]) { body = body.dropFirst(3) }
        if body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x2C || $0 == 0x3B }) {
            throw .empty(path)
        }
        if body.contains(0) { throw .binary(path) }
        if let text = String(validating: body, as: UTF8.self) { return (text, "UTF-8") }
        // Spreadsheets in Chinese locales save CSV as GB18030 (GBK); taken only when that reads
        // as Chinese text, so a file in another encoding is refused rather than garbled.
        // Any bytes read as some Chinese text, so it must hold a Chinese column name near the top.
        let gb18030 = String.Encoding(rawValue: 0x8000_0632)
        if let text = String(bytes: Array(body), encoding: gb18030), !text.unicodeScalars.contains("\u{FFFD}") {
            let top = String(text.prefix(2000))
            let chinese = ImportSheet.names.flatMap(\.1).filter { $0.unicodeScalars.contains { $0.value >= 0x4E00 } }
            if chinese.contains(where: { top.contains($0) }) { return (text, "GB18030") }
        }
        throw .notUTF8(path)
    }
}

/// The rows of a CSV export with the columns an import needs found in its header.
struct ImportSheet {
    /// Records as read (blank ones left out), each a row of cells.
    var records: [[String]]
    /// The spreadsheet row number of each record (the file's first record is row 1).
    var rowNumbers: [Int]
    /// Which record is the header.
    var headerIndex: Int
    /// Column index of each field found.
    var columns: [ImportField: Int]
    /// `currency=USD` naming no column: the currency of every row.
    var fixedCurrency: Currency?
    /// The file separates fields with `;`: its amounts write the decimal point as a comma.
    var decimalComma = false

    var header: [String] { records[headerIndex] }

    /// The most rows an import takes at once (one step, one undo, one journal line).
    static let maxRows = 10_000

    /// Header rows looked for among the first records (a title row may come first).
    static let headerSearch = 10

    /// Amount columns of what is still open on an invoice, preferred over its total.
    static let openAmountNames = [
        "outstanding", "amount outstanding", "outstanding amount", "open amount", "open balance", "balance due",
        "amount due", "due amount", "unpaid", "unpaid amount", "amount unpaid", "remaining", "balance",
        "未收金额", "未收款", "未收款金额", "应收余额", "欠款金额", "未付金额", "未回款金额", "欠款", "余额",
    ]

    /// Names a header cell may have for each field, most telling first.
    static let names: [(ImportField, [String])] = [
        (.amount, openAmountNames + ["amount", "total", "invoice amount", "invoice total", "total amount", "amount incl tax",
                                     "gross", "应收金额", "金额", "发票金额", "价税合计", "含税金额", "总金额", "合计金额", "应收款"]),
        (.paid, ["paid", "amount paid", "paid amount", "received", "amount received", "payments", "已收金额", "已收", "已收款",
                 "已付金额", "已付", "已回款", "回款金额", "已回款金额"]),
        (.number, ["invoice no", "invoice number", "invoice #", "invoice", "inv no", "inv #", "inv", "number", "no", "doc no",
                   "document no", "document number", "reference", "ref", "bill no", "发票号", "发票号码", "发票编号", "单号",
                   "单据号", "单据编号", "票号", "编号", "凭证号", "订单号", "单据号码"]),
        (.customer, ["customer", "customer name", "client", "client name", "account", "account name", "company", "bill to",
                     "sold to", "debtor", "name", "客户", "客户名称", "客户名", "客户全称", "单位", "单位名称", "购货单位",
                     "购买方", "购方名称", "往来单位", "公司名称", "公司"]),
        (.due, ["due", "due date", "date due", "payment due", "due on", "到期日", "到期日期", "应收日期", "收款日期",
                "付款到期日", "应付日期", "最后付款日", "到期时间", "到期"]),
        (.issued, ["issued", "issue date", "invoice date", "date issued", "date", "doc date", "document date", "posting date",
                   "开票日期", "发票日期", "单据日期", "业务日期", "日期", "开单日期", "销售日期"]),
        (.currency, ["currency", "ccy", "cur", "curr", "币种", "货币", "币别"]),
    ]

    /// A header cell folded for comparison: case, spaces, punctuation and a required-field star.
    static func fold(_ s: String) -> String {
        ImportCells.halfWidth(s).lowercased().filter { !" _-.:*()[]（）：\t".contains($0) }
    }

    static let needed: [ImportField] = [.customer, .number, .amount]

    /// Reads the CSV text and finds the header: the first of the first records that has the
    /// needed columns (those named in the line, the others found by their names).
    static func read(_ text: String, path: String, named: [ImportField: String]) throws(ImportProblem) -> ImportSheet {
        var all: [[String]]
        let separator = delimiter(text)
        do {
            all = try rows(text, delimiter: separator)
        } catch {
            throw .unreadable(path)
        }
        var records: [[String]] = [], numbers: [Int] = []
        for (i, r) in all.enumerated() where !r.allSatisfy({ $0.trimmingWhitespace.isEmpty }) {
            records.append(r)
            numbers.append(i + 1)
        }
        guard !records.isEmpty else { throw .empty(path) }
        guard records.count - 1 <= maxRows else { throw .tooManyRows(records.count - 1, limit: maxRows) }
        let search = records.prefix(headerSearch).map { $0.map(fold) }
        var named = named
        var fixed: Currency?
        if let c = named[.currency], !search.contains(where: { $0.contains(fold(c)) }), let currency = ImportCells.currency(c) {
            fixed = currency
            named[.currency] = nil
        }
        var firstMissing = needed
        for (i, folded) in search.enumerated() {
            var columns: [ImportField: Int] = [:]
            var claimed = Set<Int>()
            for (field, name) in named {
                if let k = folded.firstIndex(of: fold(name)) { columns[field] = k; claimed.insert(k) }
            }
            guard columns.count == named.count else { continue }
            for (field, list) in names where columns[field] == nil {
                for n in list {
                    if let k = folded.indices.first(where: { folded[$0] == fold(n) && !claimed.contains($0) }) {
                        columns[field] = k
                        claimed.insert(k)
                        break
                    }
                }
            }
            let missing = needed.filter { columns[$0] == nil }
            if missing.isEmpty {
                return ImportSheet(records: records, rowNumbers: numbers, headerIndex: i, columns: columns, fixedCurrency: fixed,
                                   decimalComma: separator == ";")
            }
            if i == 0 { firstMissing = missing }
        }
        // A named column no row has is the thing to say.
        for (field, name) in named.sorted(by: { $0.key.rawValue < $1.key.rawValue })
        where !search.contains(where: { $0.contains(fold(name)) }) {
            throw .namedColumnMissing(field, name: name, path: path, firstRow: records[0])
        }
        throw .columnsMissing(firstMissing, path: path, firstRow: records[0])
    }

    /// The separator of the file's first line with the most fields: a comma, or the semicolon
    /// or tab of European and some Chinese exports.
    static func delimiter(_ text: String) -> UnicodeScalar {
        var counts: [UnicodeScalar: Int] = [",": 0, ";": 0, "\t": 0]
        var quoted = false
        for u in text.unicodeScalars {
            if u == "\"" { quoted.toggle() }
            if !quoted, u == "\n" { break }
            if !quoted, counts[u] != nil { counts[u, default: 0] += 1 }
        }
        let best = counts.max { a, b in a.value != b.value ? a.value < b.value : a.key != "," && b.key == "," }
        return best.map { $0.value > 0 ? $0.key : "," } ?? ","
    }

    private static func rows(_ text: String, delimiter: UnicodeScalar) throws -> [[String]] {
        let reader = try CSVReader(string: text, hasHeaderRow: false, trimFields: false, delimiter: delimiter)
        var out: [[String]] = []
        while let row = reader.next() { out.append(row) }
        if let error = reader.error { throw error }
        return out
    }

    /// The cell of `field` in record `i`, trimmed; empty when the row is short or has none.
    func cell(_ field: ImportField, _ i: Int) -> String {
        guard let k = columns[field], k < records[i].count else { return "" }
        return records[i][k].trimmingWhitespace
    }

    /// The spreadsheet's row number of record `i`.
    func rowNumber(_ i: Int) -> Int { rowNumbers[i] }
}
