import FollowUpCore

/// Field-level helpers shared by the record codecs.
extension JSONWriter {
    mutating func field(_ key: String, _ day: Day) { self.key(key); string(day.iso) }
    mutating func optionalField(_ key: String, _ day: Day?) { if let day { field(key, day) } }
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

    mutating func readStrings() throws -> [String] {
        var out: [String] = []
        try readArray { r in out.append(try r.readString()) }
        return out
    }

    /// A required amount and its currency (`amount` + `amountCurrency`) as money.
    func requireMoney(_ minor: Int64?, _ currency: Currency?, in what: String, at start: Int) throws -> Money {
        Money(minor: try require(minor, "amount", in: what, at: start), currency: try require(currency, "amountCurrency", in: what, at: start))
    }

    /// Fails with a clear message when a required field was missing from an object.
    func require<T>(_ value: T?, _ name: String, in what: String, at start: Int) throws -> T {
        guard let value else { throw error("\(what) without \"\(name)\"", at: start) }
        return value
    }
}
