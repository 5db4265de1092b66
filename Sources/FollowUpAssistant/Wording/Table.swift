import FollowUpCore

/// Aligned text tables that keep their columns with Chinese text.
enum Table {
    /// Renders rows (the first is the header) with two spaces between columns, indented by two
    /// so that no line starts with `#` (which reads as a comment in scripts and transcripts).
    static func render(_ rows: [[String]], rightAligned: Set<Int> = []) -> [String] {
        let columns = rows.map(\.count).max() ?? 0
        var widths = [Int](repeating: 0, count: columns)
        for row in rows { for (i, cell) in row.enumerated() { widths[i] = max(widths[i], TextWidth.of(cell)) } }
        return rows.map { row in
            var parts: [String] = []
            for (i, cell) in row.enumerated() {
                let last = i == row.count - 1
                if rightAligned.contains(i) {
                    parts.append(TextWidth.padLeft(cell, widths[i]))
                } else {
                    parts.append(last ? cell : TextWidth.padRight(cell, widths[i]))
                }
            }
            var line = "  " + parts.joined(separator: "  ")
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }
    }
}
