import FollowUpCore

/// Field-level helpers shared by the record codecs.
extension JSONWriter {
    mutating func money(_ key: String, _ m: Money) {
        field(key, m.minor)
        field(key + "Currency", m.currency.code)
    }
}

extension JSONReader {
    /// Reads `YYYY-MM-DD` from the string's bytes: a large book holds hundreds of thousands of
    /// days, and making a String for each was a tenth of opening it.
    mutating func readDay() throws -> Day {
        let start = offset
        let fast: Day? = readFixedASCIIString(length: 10) { p in
            guard p[4] == 0x2D, p[7] == 0x2D else { return nil }
            let y0 = p[0] &- 0x30, y1 = p[1] &- 0x30, y2 = p[2] &- 0x30, y3 = p[3] &- 0x30
            let m0 = p[5] &- 0x30, m1 = p[6] &- 0x30, d0 = p[8] &- 0x30, d1 = p[9] &- 0x30
            guard y0 < 10, y1 < 10, y2 < 10, y3 < 10, m0 < 10, m1 < 10, d0 < 10, d1 < 10 else { return nil }
            return Day(year: Int(y0) * 1000 + Int(y1) * 100 + Int(y2) * 10 + Int(y3),
                       month: Int(m0) * 10 + Int(m1), day: Int(d0) * 10 + Int(d1))
        }
        if let fast { return fast }
        let day: Day? = try readStringBytes { b in
            guard b.count == 10, b[4] == 0x2D, b[7] == 0x2D else { return nil }
            // Each digit 0…9, else nil.
            func digits(_ from: Int, _ to: Int) -> Int? {
                var v = 0
                for k in from..<to {
                    let d = b[k] &- 0x30
                    guard d < 10 else { return nil }
                    v = v &* 10 &+ Int(d)
                }
                return v
            }
            guard let year = digits(0, 4), let month = digits(5, 7), let dayOfMonth = digits(8, 10) else { return nil }
            return Day(year: year, month: month, day: dayOfMonth)
        }
        guard let day else {
            var copy = self
            copy.rewind(to: start)
            let text = (try? copy.readString()) ?? ""
            throw error("not a date (YYYY-MM-DD): \"\(text)\"", at: start)
        }
        return day
    }

    /// Reads a currency code, matching the known ones on their bytes (no String for them).
    mutating func readCurrency() throws -> Currency {
        let start = offset
        let known: Currency? = try readStringBytes { b in
            guard b.count == 3 else { return nil }
            let code = UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16
            for (c, currency) in knownCurrencyCodes where c == code { return currency }
            return nil
        }
        if let known { return known }
        var copy = self
        copy.rewind(to: start)
        let code = try copy.readString()
        guard let c = Currency.named(code) else { throw error("not a currency code: \"\(code)\"", at: start) }
        return c
    }

    mutating func readTime() throws -> TimeOfDay {
        let start = offset
        let text = try readString()
        guard let t = TimeOfDay(text: text) else { throw error("not a time (HH:MM): \"\(text)\"", at: start) }
        return t
    }
}

/// The known currencies with their three-letter codes packed, to match a code's bytes.
private let knownCurrencyCodes: [(UInt32, Currency)] = Currency.known.map { c in
    let b = Array(c.code.utf8)
    return (b.count == 3 ? UInt32(b[0]) | UInt32(b[1]) << 8 | UInt32(b[2]) << 16 : 0, c)
}
