import FollowUpCore
import FollowUpLanguage

/// How days, amounts and counts read in each language.
enum Words {
    /// An English possessive: `Acme's`, and `Harbor Foods'` for a name ending in s.
    static func possessive(_ name: String) -> String {
        name.hasSuffix("s") || name.hasSuffix("S") ? name + "'" : name + "'s"
    }

    static let monthsShort = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Thu 10 Dec` (with the year when it is not this year) or `12月10日 周四`.
    static func day(_ d: Day, _ lang: Lang, today: Day) -> String {
        let (y, m, dd) = d.parts
        switch lang {
        case .en:
            let base = "\(d.weekday.englishShort) \(dd) \(monthsShort[m - 1])"
            return y == today.year ? base : "\(base) \(y)"
        case .zh:
            let base = "\(m)月\(dd)日 \(d.weekday.chinese)"
            return y == today.year ? base : "\(y)年\(base)"
        }
    }

    /// A day with the time when there is one.
    static func when(_ d: Day, _ t: TimeOfDay?, _ lang: Lang, today: Day) -> String {
        guard let t else { return day(d, lang, today: today) }
        return "\(day(d, lang, today: today)) \(t)"
    }

    /// A span of minutes: `1 hour`, `30 minutes`, `1 hour 30 minutes`; `1小时`, `30分钟`.
    static func duration(_ minutes: Int, _ lang: Lang) -> String {
        let h = minutes / 60, m = minutes % 60
        switch lang {
        case .en:
            let hours = h == 0 ? "" : h == 1 ? "1 hour" : "\(h) hours"
            let mins = m == 0 ? "" : m == 1 ? "1 minute" : "\(m) minutes"
            return [hours, mins].filter { !$0.isEmpty }.joined(separator: " ")
        case .zh:
            return (h == 0 ? "" : "\(h)小时") + (m == 0 ? "" : "\(m)分钟")
        }
    }

    static func overdue(_ days: Int, _ lang: Lang) -> String {
        switch lang {
        case .en: return days == 1 ? "1 day overdue" : "\(days) days overdue"
        case .zh: return "逾期\(days)天"
        }
    }

    /// Several amounts in different currencies: `¥1,000 + $200`.
    static func moneys(_ list: [Money], zero: Currency) -> String {
        let nonZero = list.filter { $0.minor != 0 }
        return nonZero.isEmpty ? Money.zero(zero).formatted : nonZero.map(\.formatted).joined(separator: " + ")
    }

    static func plural(_ n: Int, _ one: String, _ many: String) -> String { n == 1 ? "1 \(one)" : "\(n) \(many)" }

    static func channel(_ c: Channel, _ lang: Lang) -> String {
        guard lang == .zh else { return c.rawValue }
        switch c {
        case .call: return "电话"
        case .visit: return "拜访"
        case .email: return "邮件"
        case .sms: return "短信"
        case .letter: return "信件"
        }
    }
}
