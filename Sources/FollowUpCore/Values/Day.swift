/// A calendar day with no time zone, stored as days since 1970-01-01.
public struct Day: Hashable, Comparable, Sendable, CustomStringConvertible {
    /// Days since 1970-01-01 (negative before it).
    public let ordinal: Int

    public init(ordinal: Int) { self.ordinal = ordinal }

    /// The days a book keeps: anything outside is refused when a line is handled, so a far
    /// date (in 8000 years) can never be written in a form the reader refuses.
    public static let supportedRange = Day(ordinal: ordinalFrom(year: 1900, month: 1, day: 1))
        ... Day(ordinal: ordinalFrom(year: 2200, month: 12, day: 31))

    /// Arithmetic stops this many days either side of 1970 (millions of years), so adding a
    /// huge count saturates instead of overflowing; such days are outside `supportedRange`.
    static let arithmeticLimit = 1 << 40

    /// Whether the day is one a book may hold.
    public var isSupported: Bool { Day.supportedRange.contains(self) }

    /// A day from its parts, or nil when the date does not exist (Feb 30, month 13).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Day.daysIn(month: month, year: year),
              (1...9999).contains(year) else { return nil }
        ordinal = Day.ordinalFrom(year: year, month: month, day: day)
    }

    /// Parses `YYYY-MM-DD` (ASCII digits only; read byte by byte because books hold many dates).
    public init?(iso text: String) {
        var parts = (0, 0, 0)
        var field = 0, digits = 0, count = 0
        for byte in text.utf8 {
            count += 1
            if byte == 0x2D {
                guard digits == (field == 0 ? 4 : 2), field < 2 else { return nil }
                field += 1
                digits = 0
                continue
            }
            guard byte >= 0x30, byte <= 0x39 else { return nil }
            let d = Int(byte - 0x30)
            switch field {
            case 0: parts.0 = parts.0 * 10 + d
            case 1: parts.1 = parts.1 * 10 + d
            default: parts.2 = parts.2 * 10 + d
            }
            digits += 1
        }
        guard count == 10, field == 2, digits == 2 else { return nil }
        self.init(year: parts.0, month: parts.1, day: parts.2)
    }

    public static func < (a: Day, b: Day) -> Bool { a.ordinal < b.ordinal }

    public var parts: (year: Int, month: Int, day: Int) { Day.civil(from: ordinal) }
    public var year: Int { parts.year }
    public var month: Int { parts.month }
    public var dayOfMonth: Int { parts.day }

    /// The weekday, Monday first.
    public var weekday: Weekday {
        // 1970-01-01 was a Thursday (index 3 with Monday = 0).
        let index = ((ordinal % 7) + 7 + 3) % 7
        return Weekday(rawValue: index) ?? .monday
    }

    /// Monday to Friday: the days collection plans, retries and `weekdays` reminders count.
    public var isWorkingDay: Bool { weekday.rawValue < 5 }

    public func adding(days n: Int) -> Day {
        let limit = Day.arithmeticLimit
        let (sum, overflow) = ordinal.addingReportingOverflow(n)
        if overflow { return Day(ordinal: n > 0 ? limit : -limit) }
        return Day(ordinal: min(max(sum, -limit), limit))
    }

    /// Adds months, clamping the day to the month's length (Jan 31 + 1 month = Feb 28/29).
    public func adding(months n: Int) -> Day {
        let (y, m, d) = parts
        // Beyond a few million years, saturate rather than overflow (see `arithmeticLimit`).
        let monthLimit = Day.arithmeticLimit / 31
        guard abs(y) < monthLimit / 12, n > -monthLimit, n < monthLimit else {
            return adding(days: n < 0 ? -Day.arithmeticLimit : Day.arithmeticLimit)
        }
        let total = y * 12 + (m - 1) + n
        let ny = total / 12, nm = total % 12 + 1
        let nd = min(d, Day.daysIn(month: nm, year: ny))
        return Day(ordinal: Day.ordinalFrom(year: ny, month: nm, day: nd))
    }

    public func adding(years n: Int) -> Day {
        let (months, overflow) = n.multipliedReportingOverflow(by: 12)
        return adding(months: overflow ? (n < 0 ? Int.min : Int.max) : months)
    }

    public func days(since other: Day) -> Int { ordinal - other.ordinal }

    /// The Monday of this day's week.
    public var startOfWeek: Day { adding(days: -weekday.rawValue) }
    public var startOfMonth: Day { Day(ordinal: Day.ordinalFrom(year: year, month: month, day: 1)) }
    public var endOfMonth: Day {
        let (y, m, _) = parts
        return Day(ordinal: Day.ordinalFrom(year: y, month: m, day: Day.daysIn(month: m, year: y)))
    }

    /// `YYYY-MM-DD`.
    public var iso: String {
        let (y, m, d) = parts
        return "\(pad(y, 4))-\(pad(m, 2))-\(pad(d, 2))"
    }

    public var description: String { iso }

    public static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return isLeap(year) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    // Howard Hinnant's days-from-civil algorithm.
    static func ordinalFrom(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    static func civil(from ordinal: Int) -> (Int, Int, Int) {
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (m <= 2 ? 1 : 0), m, d)
    }
}

/// Zero-padded decimal text.
@inline(__always)
func pad(_ n: Int, _ width: Int) -> String {
    let s = String(n)
    return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
}

/// Days of the week, Monday first (ISO order).
public enum Weekday: Int, CaseIterable, Sendable {
    case monday, tuesday, wednesday, thursday, friday, saturday, sunday

    public var englishShort: String { ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"][rawValue] }
    public var chinese: String { ["周一", "周二", "周三", "周四", "周五", "周六", "周日"][rawValue] }
}

/// A time of day in minutes after midnight.
public struct TimeOfDay: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let minutes: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        minutes = hour * 60 + minute
    }

    /// Parses `HH:MM`.
    public init?(text: String) {
        let p = text.split(separator: ":")
        guard p.count == 2, let h = Int(p[0]), let m = Int(p[1]) else { return nil }
        self.init(hour: h, minute: m)
    }

    public var hour: Int { minutes / 60 }
    public var minute: Int { minutes % 60 }
    public var description: String { "\(pad(hour, 2)):\(pad(minute, 2))" }
    public static func < (a: TimeOfDay, b: TimeOfDay) -> Bool { a.minutes < b.minutes }

    /// `minutes` later (at most a year of them), with the days it ran past midnight.
    public func adding(minutes: Int) -> (days: Int, time: TimeOfDay) {
        let total = self.minutes + min(max(minutes, 0), 366 * 1440)
        return (total / 1440, TimeOfDay(minutesAfterMidnight: total % 1440))
    }

    private init(minutesAfterMidnight m: Int) { minutes = m }
}
