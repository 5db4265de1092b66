import FollowUpCore

/// An iCalendar file (RFC 5545) of all-day and timed events: the encoding only. What goes in
/// it, and its words, are the assistant's.
public enum ICalendar {
    /// Names this program in every file it writes; an existing file that carries it is an
    /// earlier export and may be replaced.
    public static let prodID = "-//FollowUp//FollowUp Calendar//EN"

    /// One VEVENT.
    public struct Event: Sendable, Equatable {
        public var uid: String
        public var start: Day
        /// A time makes it a timed event in the calendar's own time zone (floating time).
        public var time: TimeOfDay?
        public var summary: String
        public var description: String
        /// `FREQ=…` (see `rule(_:anchor:)`), nil for a single event.
        public var rule: String?
        /// No longer to do: written as STATUS:CANCELLED so a calendar that has it takes it off.
        public var cancelled: Bool
        public var categories: [String]

        public init(uid: String, start: Day, time: TimeOfDay? = nil, summary: String, description: String,
                    rule: String? = nil, cancelled: Bool = false, categories: [String] = []) {
            self.uid = uid
            self.start = start
            self.time = time
            self.summary = summary
            self.description = description
            self.rule = rule
            self.cancelled = cancelled
            self.categories = categories
        }
    }

    /// Minutes a timed event lasts: calendars show a zero-length event poorly.
    static let timedMinutes = 30

    /// The whole file: CRLF line ends, lines folded at 75 octets. `stamp` is DTSTAMP in UTC
    /// (`20261118T093000Z`); `sequence` grows with every export so a calendar takes the new
    /// version of an event it already has.
    public static func document(name: String, events: [Event], stamp: String, sequence: Int) -> [UInt8] {
        var lines = ["BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:\(prodID)", "CALSCALE:GREGORIAN", "METHOD:PUBLISH",
                     "X-WR-CALNAME:\(escape(name))"]
        for e in events {
            lines.append("BEGIN:VEVENT")
            lines.append("UID:\(e.uid)")
            lines.append("DTSTAMP:\(stamp)")
            lines.append("SEQUENCE:\(sequence)")
            if let t = e.time {
                lines.append("DTSTART:\(compact(e.start))T\(two(t.hour))\(two(t.minute))00")
                lines.append("DURATION:PT\(timedMinutes)M")
            } else {
                lines.append("DTSTART;VALUE=DATE:\(compact(e.start))")
                lines.append("DTEND;VALUE=DATE:\(compact(e.start.adding(days: 1)))")
            }
            if let r = e.rule { lines.append("RRULE:\(r)") }
            lines.append("SUMMARY:\(escape(e.summary))")
            if !e.description.isEmpty { lines.append("DESCRIPTION:\(escape(e.description))") }
            if !e.categories.isEmpty { lines.append("CATEGORIES:" + e.categories.map(escape).joined(separator: ",")) }
            lines.append("STATUS:\(e.cancelled ? "CANCELLED" : "CONFIRMED")")
            lines.append("TRANSP:TRANSPARENT")
            lines.append("END:VEVENT")
        }
        lines.append("END:VCALENDAR")
        var out: [UInt8] = []
        for l in lines { out += fold(l) }
        return out
    }

    /// TEXT escaping (RFC 5545 3.3.11): backslash, semicolon, comma, and newlines as `\n`.
    public static func escape(_ text: String) -> String {
        var out = ""
        var lastWasCR = false
        for u in text.unicodeScalars {
            switch u {
            case "\\": out += "\\\\"
            case ";": out += "\\;"
            case ",": out += "\\,"
            case "\r": out += "\\n"
            case "\n": if !lastWasCR { out += "\\n" }
            default:
                // Other control characters are not allowed in TEXT.
                if u.value < 0x20 || u.value == 0x7F { out += " " } else { out.unicodeScalars.append(u) }
            }
            lastWasCR = u == "\r"
        }
        return out
    }

    /// One content line folded (RFC 5545 3.1): at most 75 octets a line, continuation lines start
    /// with a space, never splitting a UTF-8 character; each line ends in CRLF.
    public static func fold(_ line: String) -> [UInt8] {
        let bytes = Array(line.utf8)
        var out: [UInt8] = []
        var start = 0
        var limit = 75
        while bytes.count - start > limit {
            var end = start + limit
            // Back off to the start of a character: continuation bytes are 10xxxxxx.
            while end > start, bytes[end] & 0xC0 == 0x80 { end -= 1 }
            out += bytes[start..<end]
            out += [13, 10, 32]
            start = end
            limit = 74
        }
        out += bytes[start...]
        out += [13, 10]
        return out
    }

    /// The RRULE for a reminder's repeat, counted from its anchor, or nil when iCalendar has no
    /// rule that gives the same days (every N working days for N > 1).
    ///
    /// A monthly reminder on the 29th–31st keeps its day where the month has it and takes the
    /// month's last day otherwise, as `Recurrence` does: `BYMONTHDAY=28,…,d;BYSETPOS=-1`.
    public static func rule(_ r: Recurrence, anchor: Day) -> String? {
        let interval = r.every == 1 ? "" : ";INTERVAL=\(r.every)"
        switch r.unit {
        case .day: return "FREQ=DAILY\(interval)"
        case .week: return "FREQ=WEEKLY\(interval)"
        case .month:
            let d = anchor.dayOfMonth
            guard d > 28 else { return "FREQ=MONTHLY\(interval)" }
            return "FREQ=MONTHLY\(interval);BYMONTHDAY=" + (28...d).map(String.init).joined(separator: ",") + ";BYSETPOS=-1"
        case .monthEnd: return "FREQ=MONTHLY\(interval);BYMONTHDAY=-1"
        case .weekday: return r.every == 1 ? "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR" : nil
        }
    }

    /// True when the bytes are a calendar this program wrote (its PRODID near the top).
    public static func isOurs(_ bytes: [UInt8]) -> Bool {
        let head = String(decoding: bytes.prefix(512), as: UTF8.self)
        return head.hasPrefix("BEGIN:VCALENDAR") && head.contains("PRODID:\(prodID)")
    }

    /// `20261210`.
    public static func compact(_ d: Day) -> String {
        let y = String(d.year)
        return String(repeating: "0", count: max(0, 4 - y.count)) + y + two(d.month) + two(d.dayOfMonth)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}
