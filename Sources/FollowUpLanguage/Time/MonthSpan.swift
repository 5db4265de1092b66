import FollowUpCore

/// A month said alone as the span of a question (`agenda dec`, `what's on in january`,
/// `12月的安排`). A month alone is no date for a record, so only the agenda asks for it.
enum MonthSpan {
    /// The coming occurrence of the month named alone in the line, from its first day (or today,
    /// for this month) to its last, with the tokens that named it.
    /// `lookingBack`: the latest occurrence that has begun, whole (for reports over a period).
    static func find(_ a: Analysis, today: Day, lookingBack: Bool = false) -> (from: Day, to: Day, range: Range<Int>)? {
        var i = 0
        while i < a.count {
            guard a.isFree(i) else { i += 1; continue }
            if let (month, length) = monthAt(a, i) {
                var year = today.year
                if lookingBack {
                    if month > today.month { year -= 1 }
                    guard let first = Day(year: year, month: month, day: 1) else { return nil }
                    return (first, first.endOfMonth, i..<(i + length))
                }
                if month < today.month { year += 1 }
                guard let first = Day(year: year, month: month, day: 1) else { return nil }
                return (max(first, today), first.endOfMonth, i..<(i + length))
            }
            i += 1
        }
        return nil
    }

    /// `dec`, `december` (`may` only after `in`/`for` or at the end), `12月`, `十二月份`.
    private static func monthAt(_ a: Analysis, _ i: Int) -> (Int, Int)? {
        let t = a.tokens
        if let m = TimeLexiconEN.months.match(t, at: i) {
            if t[i].text == "may", !(i > 0 && ["in", "for", "of", "agenda"].contains(t[i - 1].text)), i + m.length < a.count {
                return nil
            }
            return (m.value, m.length)
        }
        var n: Int?, len = 0
        if t[i].kind == .number, let v = t[i].number?.int { n = v; len = 1 }
        else if let r = ChineseNumeral.read(t, at: i) { n = Int(r.value); len = r.length }
        guard let month = n, (1...12).contains(month), i + len < a.count, t[i + len].text == "月" else { return nil }
        // 12月5号 is a day, not a month.
        let after = i + len + 1
        if after < a.count, t[after].kind == .number || ChineseNumeral.isNumeral(t[after]) { return nil }
        let end = after < a.count && t[after].text == "份" ? after + 1 : after
        return (month, end - i)
    }
}
