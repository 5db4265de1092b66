/// The names known in the book, indexed by first token for longest-match lookup in a line.
struct NameIndex: Sendable {
    private let table: PhraseTable<Bool>

    init(_ names: [String]) {
        var cleaned: [String] = []
        cleaned.reserveCapacity(names.count)
        for n in names {
            var s = n.trimmingWhitespace
            while s.hasSuffix(".") { s.removeLast() }
            if s.unicodeScalars.count >= 2 || s.unicodeScalars.contains(where: Normalizer.isCJK) { cleaned.append(s) }
        }
        table = PhraseTable(cleaned)
    }

    var isEmpty: Bool { table.isEmpty }

    /// The longest known name in the line (first by position), as token range.
    func find(in a: Analysis) -> Range<Int>? {
        guard !table.isEmpty else { return nil }
        var best: Range<Int>?
        var i = 0
        while i < a.count {
            if a.isFree(i), let m = table.match(a.tokens, at: i), (i..<(i + m.length)).allSatisfy({ a.isFree($0) }) {
                if m.length > (best?.count ?? 0) { best = i..<(i + m.length) }
                i += m.length
                continue
            }
            i += 1
        }
        return best
    }
}
