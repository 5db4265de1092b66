/// A day in the year, with the year when it is known: a birthday (`May 3`, `1980年3月5日`).
public struct MonthDay: Hashable, Sendable, CustomStringConvertible {
    public let month: Int
    public let day: Int
    public let year: Int?

    /// Nil for a day no calendar has (Feb 30, month 13). Feb 29 is allowed without a year;
    /// with one, only in a leap year.
    public init?(month: Int, day: Int, year: Int? = nil) {
        guard (1...12).contains(month), day >= 1 else { return nil }
        if let year {
            guard Day(year: year, month: month, day: day) != nil else { return nil }
        } else {
            guard day <= Day.daysIn(month: month, year: 2000) else { return nil }
        }
        self.month = month
        self.day = day
        self.year = year
    }

    /// `05-03`, or `1980-05-03` with the year: the stored form.
    public var description: String {
        let md = (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
        return year.map { "\($0)-\(md)" } ?? md
    }

    /// Reads the stored form back.
    public init?(text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        guard parts.allSatisfy({ $0 != nil }) else { return nil }
        let n = parts.compactMap { $0 }
        switch n.count {
        case 2 where text.count == 5: self.init(month: n[0], day: n[1])
        case 3 where text.count == 10: self.init(month: n[1], day: n[2], year: n[0])
        default: return nil
        }
    }

    /// Its next occurrence on or after `day` (Feb 29 falls on Feb 28 in other years).
    public func next(onOrAfter today: Day) -> Day? {
        for y in today.year...(today.year + 1) {
            let d = Day(year: y, month: month, day: min(day, Day.daysIn(month: month, year: y)))
            if let d, d >= today { return d }
        }
        return nil
    }
}
