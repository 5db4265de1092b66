/// An ISO 4217 currency with its symbol and number of minor digits.
public struct Currency: Hashable, Sendable, CustomStringConvertible {
    public let code: String
    public let symbol: String
    public let minorDigits: Int

    public init(code: String, symbol: String, minorDigits: Int) {
        self.code = code
        self.symbol = symbol
        self.minorDigits = minorDigits
    }

    public static let cny = Currency(code: "CNY", symbol: "¥", minorDigits: 2)
    public static let usd = Currency(code: "USD", symbol: "$", minorDigits: 2)
    public static let eur = Currency(code: "EUR", symbol: "€", minorDigits: 2)
    public static let gbp = Currency(code: "GBP", symbol: "£", minorDigits: 2)
    public static let hkd = Currency(code: "HKD", symbol: "HK$", minorDigits: 2)
    public static let jpy = Currency(code: "JPY", symbol: "JP¥", minorDigits: 0)

    public static let known: [Currency] = [.cny, .usd, .eur, .gbp, .hkd, .jpy]

    /// A known currency by code (case-insensitive); other three-letter codes get 2 digits.
    public static func named(_ code: String) -> Currency? {
        // Books store codes exactly as written here: match those before any case folding.
        for c in known where c.code == code { return c }
        let upper = code.uppercased()
        if let c = known.first(where: { $0.code == upper }) { return c }
        guard upper.count == 3, upper.allSatisfy({ $0 >= "A" && $0 <= "Z" }) else { return nil }
        return Currency(code: upper, symbol: upper + " ", minorDigits: 2)
    }

    public var description: String { code }

    /// The usual currency of a locale such as `en_US.UTF-8` or `zh_HK`, or nil when it names no
    /// country this knows (C, POSIX, C.UTF-8).
    public static func forLocale(_ locale: String) -> Currency? {
        let name = locale.split(separator: ".").first.map(String.init) ?? locale
        let parts = name.split(whereSeparator: { $0 == "_" || $0 == "-" })
        guard parts.count >= 2 else { return nil }
        switch parts[1].prefix(2).uppercased() {
        case "CN": return .cny
        case "US": return .usd
        case "GB": return .gbp
        case "HK": return .hkd
        case "JP": return .jpy
        case "TW": return Currency(code: "TWD", symbol: "NT$", minorDigits: 2)
        case "SG": return Currency(code: "SGD", symbol: "S$", minorDigits: 2)
        case "DE", "FR", "IT", "ES", "NL", "BE", "AT", "IE", "PT", "FI", "GR", "LU", "SK", "SI", "EE", "LV", "LT":
            return .eur
        default: return nil
        }
    }

    /// 10 to the power of the minor digits.
    public var scale: Int64 {
        var s: Int64 = 1
        for _ in 0..<minorDigits { s *= 10 }
        return s
    }
}

/// An amount of money: integer minor units plus a currency. Never floating point.
public struct Money: Hashable, Sendable, CustomStringConvertible {
    public var minor: Int64
    public var currency: Currency

    public init(minor: Int64, currency: Currency) {
        self.minor = minor
        self.currency = currency
    }

    /// Converts an amount given in hundredths of the major unit (the parser's unit).
    public init(hundredths: Int64, currency: Currency) {
        let scale = currency.scale
        self.minor = scale == 100 ? hundredths : hundredths * scale / 100
        self.currency = currency
    }

    public static func zero(_ currency: Currency) -> Money { Money(minor: 0, currency: currency) }

    /// The largest amount a book keeps, in major units (a trillion). Larger amounts are refused
    /// when typed and when read, so no sum over a book can come near overflowing.
    public static let maxMajor: Int64 = 1_000_000_000_000

    /// The largest amount in minor units for `currency`.
    public static func maxMinor(_ currency: Currency) -> Int64 { maxMajor * currency.scale }

    /// Whether the amount is more than zero and no more than `maxMajor`.
    public var isWithinLimit: Bool { minor > 0 && minor <= Money.maxMinor(currency) }

    public var isZero: Bool { minor == 0 }
    public var isPositive: Bool { minor > 0 }

    public static func + (a: Money, b: Money) -> Money { Money(minor: a.minor + b.minor, currency: a.currency) }
    public static func - (a: Money, b: Money) -> Money { Money(minor: a.minor - b.minor, currency: a.currency) }
    public static prefix func - (a: Money) -> Money { Money(minor: -a.minor, currency: a.currency) }

    /// The sign, whole major units and minor remainder of the amount.
    private var parts: (sign: String, whole: UInt64, frac: UInt64) {
        let scale = UInt64(currency.scale), a = minor.magnitude
        return (minor < 0 ? "-" : "", a / scale, a % scale)
    }

    /// `frac` with every minor digit: `05` of 1.05 USD.
    private func paddedMinor(_ frac: UInt64) -> String {
        let f = String(frac)
        return String(repeating: "0", count: currency.minorDigits - f.count) + f
    }

    /// Major units as plain decimal text with no grouping: `1200.5`, `2400`.
    public var plain: String {
        let (sign, whole, frac) = parts
        if frac == 0 { return sign + String(whole) }
        var f = paddedMinor(frac)
        while f.hasSuffix("0") { f.removeLast() }
        return sign + String(whole) + "." + f
    }

    /// Major units with every minor digit and no grouping or symbol: `12500.00`, `-300.50`,
    /// `1200` (JPY). For CSV cells, where a spreadsheet reads it as a number.
    public var decimal: String {
        let (sign, whole, frac) = parts
        guard currency.minorDigits > 0 else { return sign + String(whole) }
        return sign + String(whole) + "." + paddedMinor(frac)
    }

    /// Symbol and grouped digits: `¥12,500`, `$1,200.50`, `-¥300`.
    public var formatted: String {
        let (sign, whole, frac) = parts
        var digits = Array(String(whole))
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + String(digits.suffix(3)) + grouped
            digits.removeLast(3)
        }
        grouped = String(digits) + grouped
        var out = sign + currency.symbol + grouped
        if frac != 0 { out += "." + paddedMinor(frac) }
        return out
    }

    public var description: String { formatted }
}
