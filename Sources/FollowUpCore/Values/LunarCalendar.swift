/// The Chinese lunisolar calendar for lunar years 1900–2100, converted to and from Gregorian days.
///
/// Lunar months follow the moon and leap months the sun, so no simple formula gives them; each
/// lunar year is kept as one packed number of standard lunar month data and dates are counted
/// from a known day. Holidays such as 春节 and 中秋 are computed from it rather than listed, so they
/// never run out. In Core because occasions (春节, 中秋) are computed from it; the parser reads
/// lunar dates with it too.
public enum LunarCalendar {
    public static let years = 1900...2100

    /// A date in the lunar calendar; `leap` marks the intercalary copy of `month`.
    public struct LunarDay: Sendable, Equatable, CustomStringConvertible {
        public var year: Int
        public var month: Int
        public var day: Int
        public var leap: Bool

        public init(year: Int, month: Int, day: Int, leap: Bool) {
            self.year = year
            self.month = month
            self.day = day
            self.leap = leap
        }

        public var description: String { "\(year)-\(leap ? "闰" : "")\(month)-\(day)" }
    }

    /// Lunar 1900-01-01 was 1900-01-31, 25,537 days before 1970-01-01 (`Day.ordinal`'s zero).
    public static let anchor = Day(ordinal: -25_537)

    /// One number per lunar year from 1900. Bits 15…4 are months 1…12 (set: 30 days, clear: 29);
    /// the low nibble is the leap month (0: none); bit 16 is set when the leap month has 30 days.
    private static let packed: [Int] = [
        0x04bd8, 0x04ae0, 0x0a570, 0x054d5, 0x0d260, 0x0d950, 0x16554, 0x056a0, 0x09ad0, 0x055d2, // 1900
        0x04ae0, 0x0a5b6, 0x0a4d0, 0x0d250, 0x1d255, 0x0b540, 0x0d6a0, 0x0ada2, 0x095b0, 0x14977, // 1910
        0x04970, 0x0a4b0, 0x0b4b5, 0x06a50, 0x06d40, 0x1ab54, 0x02b60, 0x09570, 0x052f2, 0x04970, // 1920
        0x06566, 0x0d4a0, 0x0ea50, 0x16a95, 0x05ad0, 0x02b60, 0x186e3, 0x092e0, 0x1c8d7, 0x0c950, // 1930
        0x0d4a0, 0x1d8a6, 0x0b550, 0x056a0, 0x1a5b4, 0x025d0, 0x092d0, 0x0d2b2, 0x0a950, 0x0b557, // 1940
        0x06ca0, 0x0b550, 0x15355, 0x04da0, 0x0a5b0, 0x14573, 0x052b0, 0x0a9a8, 0x0e950, 0x06aa0, // 1950
        0x0aea6, 0x0ab50, 0x04b60, 0x0aae4, 0x0a570, 0x05260, 0x0f263, 0x0d950, 0x05b57, 0x056a0, // 1960
        0x096d0, 0x04dd5, 0x04ad0, 0x0a4d0, 0x0d4d4, 0x0d250, 0x0d558, 0x0b540, 0x0b6a0, 0x195a6, // 1970
        0x095b0, 0x049b0, 0x0a974, 0x0a4b0, 0x0b27a, 0x06a50, 0x06d40, 0x0af46, 0x0ab60, 0x09570, // 1980
        0x04af5, 0x04970, 0x064b0, 0x074a3, 0x0ea50, 0x06b58, 0x05ac0, 0x0ab60, 0x096d5, 0x092e0, // 1990
        0x0c960, 0x0d954, 0x0d4a0, 0x0da50, 0x07552, 0x056a0, 0x0abb7, 0x025d0, 0x092d0, 0x0cab5, // 2000
        0x0a950, 0x0b4a0, 0x0baa4, 0x0ad50, 0x055d9, 0x04ba0, 0x0a5b0, 0x15176, 0x052b0, 0x0a930, // 2010
        0x07954, 0x06aa0, 0x0ad50, 0x05b52, 0x04b60, 0x0a6e6, 0x0a4e0, 0x0d260, 0x0ea65, 0x0d530, // 2020
        0x05aa0, 0x076a3, 0x096d0, 0x04afb, 0x04ad0, 0x0a4d0, 0x1d0b6, 0x0d250, 0x0d520, 0x0dd45, // 2030
        0x0b5a0, 0x056d0, 0x055b2, 0x049b0, 0x0a577, 0x0a4b0, 0x0aa50, 0x1b255, 0x06d20, 0x0ada0, // 2040
        0x14b63, 0x09370, 0x049f8, 0x04970, 0x064b0, 0x168a6, 0x0ea50, 0x06b20, 0x1a6c4, 0x0aae0, // 2050
        0x092e0, 0x0d2e3, 0x0c960, 0x0d557, 0x0d4a0, 0x0da50, 0x05d55, 0x056a0, 0x0a6d0, 0x055d4, // 2060
        0x052d0, 0x0a9b8, 0x0a950, 0x0b4a0, 0x0b6a6, 0x0ad50, 0x055a0, 0x0aba4, 0x0a5b0, 0x052b0, // 2070
        0x0b273, 0x06930, 0x07337, 0x06aa0, 0x0ad50, 0x14b55, 0x04b60, 0x0a570, 0x054e4, 0x0d160, // 2080
        0x0e968, 0x0d520, 0x0daa0, 0x16aa6, 0x056d0, 0x04ae0, 0x0a9d4, 0x0a2d0, 0x0d150, 0x0f252, // 2090
        0x0d520, // 2100
    ]

    /// The ordinal of each lunar new year from 1900, plus the one after the last year, so a
    /// year's span is `newYears[i]..<newYears[i + 1]`. Summed once: 202 numbers.
    private static let newYears: [Int] = {
        var result = [anchor.ordinal]
        result.reserveCapacity(packed.count + 1)
        for info in packed { result.append((result.last ?? anchor.ordinal) + yearLength(info)) }
        return result
    }()

    /// The leap month of a packed year (1…12), or 0 when it has none.
    private static func leapMonth(_ info: Int) -> Int { info & 0xF }

    /// Days in ordinary month `m` (1…12) of a packed year.
    private static func monthLength(_ info: Int, _ m: Int) -> Int { info & (0x10000 >> m) != 0 ? 30 : 29 }

    /// Days in the leap month of a packed year, or 0 when it has none.
    private static func leapLength(_ info: Int) -> Int {
        leapMonth(info) == 0 ? 0 : (info & 0x10000 != 0 ? 30 : 29)
    }

    private static func yearLength(_ info: Int) -> Int {
        (1...12).reduce(leapLength(info)) { $0 + monthLength(info, $1) }
    }

    /// The packed data of a lunar year, or nil outside the table.
    private static func info(_ year: Int) -> Int? {
        years.contains(year) ? packed[year - years.lowerBound] : nil
    }

    /// The leap month of a lunar year (1…12), nil when it has none or is outside the table.
    public static func leapMonth(of year: Int) -> Int? {
        guard let info = info(year), leapMonth(info) != 0 else { return nil }
        return leapMonth(info)
    }

    /// The Gregorian day of lunar new year (正月初一) of `year`.
    public static func newYear(_ year: Int) -> Day? {
        guard years.contains(year) else { return nil }
        return Day(ordinal: newYears[year - years.lowerBound])
    }

    /// The Gregorian day of a lunar date, or nil when it does not exist (day 30 of a short month,
    /// a leap month the year lacks) or lies outside the table.
    public static func day(year: Int, month: Int, day: Int, leap: Bool = false) -> Day? {
        guard let info = info(year), (1...12).contains(month), day >= 1 else { return nil }
        let leapAt = leapMonth(info)
        if leap && leapAt != month { return nil }
        guard day <= (leap ? leapLength(info) : monthLength(info, month)) else { return nil }
        var offset = 0
        for m in 1..<month { offset += monthLength(info, m) }
        // The leap month follows the ordinary month of the same number.
        if leapAt != 0 && leapAt < month { offset += leapLength(info) }
        if leap { offset += monthLength(info, month) }
        return Day(ordinal: newYears[year - years.lowerBound] + offset + day - 1)
    }

    /// The lunar date of a Gregorian day, or nil outside the table.
    public static func date(of d: Day) -> LunarDay? {
        guard let first = newYears.first, let last = newYears.last, d.ordinal >= first, d.ordinal < last else {
            return nil
        }
        // Lunar years start between 21 Jan and 20 Feb, so the lunar year is the Gregorian one
        // or the one before it.
        var i = min(d.year - years.lowerBound, packed.count - 1)
        while i > 0 && newYears[i] > d.ordinal { i -= 1 }
        let info = packed[i]
        let leapAt = leapMonth(info)
        var rest = d.ordinal - newYears[i]
        for m in 1...12 {
            let len = monthLength(info, m)
            if rest < len { return LunarDay(year: years.lowerBound + i, month: m, day: rest + 1, leap: false) }
            rest -= len
            if m == leapAt {
                if rest < leapLength(info) { return LunarDay(year: years.lowerBound + i, month: m, day: rest + 1, leap: true) }
                rest -= leapLength(info)
            }
        }
        return nil
    }
}
