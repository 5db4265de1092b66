import CSV
import Foundation
import FollowUpCore

/// A report as rows of typed cells, for CSV: numbers stay numbers, dates are ISO, and text
/// that a spreadsheet would run as a formula is defused.
struct ReportTable: Equatable {
    enum Cell: Equatable {
        case text(String)
        /// Plain decimal with every minor digit (`12500.00`); the currency is its own column.
        case money(Money)
        case day(Day)
        case int(Int)
        /// Tenths of a percent, written as a plain decimal (`62.5`).
        case permille(Int)
        case empty
    }

    var header: [String]
    var rows: [[Cell]]
}

/// RFC 4180 CSV through CSV.swift: a header row, then one record per row.
enum CSVText {
    /// Characters that make a spreadsheet treat a cell as a formula when they lead it.
    static let formulaLeads: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// A text cell as written: prefixed with `'` when it would start a formula. Numbers this
    /// program writes itself (negative balances) are never text, so they stay numbers.
    static func defused(_ s: String) -> String {
        guard let first = s.first, formulaLeads.contains(first) || first == "\r\n" else { return s }
        return "'" + s
    }

    static func field(_ cell: ReportTable.Cell) -> String {
        switch cell {
        case .text(let s): return defused(s)
        case .money(let m): return m.decimal
        case .day(let d): return d.iso
        case .int(let n): return String(n)
        case .permille(let p):
            let sign = p < 0 ? "-" : ""
            return "\(sign)\(abs(p) / 10).\(abs(p) % 10)"
        case .empty: return ""
        }
    }

    /// The table as CSV text, records ended by `newline` (the last one too). Header cells are
    /// our own words but pass the same defusing.
    static func render(_ table: ReportTable, crlf: Bool) throws -> String {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: crlf ? .crlf : .lf)
        try writer.write(row: table.header.map(defused))
        for row in table.rows { try writer.write(row: row.map(field)) }
        stream.close()
        guard let data = stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data else {
            throw CSVError.cannotWriteStream
        }
        return String(decoding: data, as: UTF8.self) + (crlf ? "\r\n" : "\n")
    }

    /// The bytes of a CSV file: a UTF-8 byte-order mark (so spreadsheets on Windows read the
    /// Chinese), CRLF line ends as RFC 4180 has them.
    static func fileBytes(_ table: ReportTable) throws -> [UInt8] {
        [0xEF, 0xBB, 0xBF] + Array(try render(table, crlf: true).utf8)
    }
}
