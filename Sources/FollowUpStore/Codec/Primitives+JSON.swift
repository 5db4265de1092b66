import FollowUpCore

/// Field-level helpers shared by the record codecs.
extension JSONWriter {
    mutating func money(_ key: String, _ m: Money) {
        field(key, m.minor)
        field(key + "Currency", m.currency.code)
    }
}

extension JSONReader {
    mutating func readDay() throws -> Day {
        let start = offset
        let text = try readString()
        guard let d = Day(iso: text) else { throw error("not a date (YYYY-MM-DD): \"\(text)\"", at: start) }
        return d
    }

    mutating func readCurrency() throws -> Currency {
        let start = offset
        let code = try readString()
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
