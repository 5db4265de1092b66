import FollowUpCore

/// Reading one cell of an accounting export: an amount, a day, a currency. Strict: the whole
/// cell must be the value, or the row is listed with the reason.
enum ImportCells {
    // MARK: Amounts

    enum AmountError: Error, Equatable {
        case notANumber, notPositive, zero, tooManyDecimals, tooLarge, ambiguous
    }

    /// Currency words and symbols an amount cell may carry, longest first.
    static let currencyMarks: [(String, String)] = [
        ("人民币", "CNY"), ("RMB", "CNY"), ("CNY", "CNY"), ("元", "CNY"), ("JP¥", "JPY"), ("HK$", "HKD"), ("US$", "USD"),
        ("USD", "USD"), ("EUR", "EUR"), ("GBP", "GBP"), ("HKD", "HKD"), ("JPY", "JPY"), ("美元", "USD"), ("欧元", "EUR"),
        ("港币", "HKD"), ("港元", "HKD"), ("日元", "JPY"), ("英镑", "GBP"), ("¥", "CNY"), ("$", "USD"), ("€", "EUR"), ("£", "GBP"),
    ]

    /// An amount cell: `12,500.00`, `¥12,500`, `1.5万`, `3000元`, `USD 1,200.50`, `12.500,00`.
    /// Returns the amount in `currency` minor units (the cell's own currency, when it names
    /// one, is returned too and wins). `decimalComma`: the file separates fields with `;`, as
    /// spreadsheets do where the comma is the decimal point, so a lone comma is one (`980,00`).
    static func amount(_ raw: String, currency fallback: Currency, decimalComma: Bool = false)
        -> Result<(minor: Int64, currency: Currency?), AmountError> {
        var s = halfWidth(raw).filter { !$0.isWhitespace && $0 != "\u{200B}" }
        var negative = false
        if s.hasPrefix("("), s.hasSuffix(")") { negative = true; s = String(s.dropFirst().dropLast()) }
        if s.hasPrefix("-") || s.hasPrefix("−") { negative = true; s.removeFirst() }
        if s.hasSuffix("-") { negative = true; s.removeLast() }
        var code: String?
        var found = true
        while found {
            found = false
            for (mark, c) in currencyMarks {
                if s.uppercased().hasPrefix(mark.uppercased()) {
                    s = String(s.dropFirst(mark.count)); code = code ?? c; found = true
                } else if s.uppercased().hasSuffix(mark.uppercased()) {
                    s = String(s.dropLast(mark.count)); code = code ?? c; found = true
                }
            }
            if s.hasPrefix("-") { negative = true; s.removeFirst(); found = true }
        }
        var multiplier = 0 // powers of ten
        if s.hasSuffix("万") { multiplier = 4; s.removeLast() } else if s.hasSuffix("千") { multiplier = 3; s.removeLast() }
        if s.hasSuffix("元") { s.removeLast(); code = code ?? "CNY" }
        guard !s.isEmpty, s.allSatisfy({ $0.isASCII && ($0.isNumber || $0 == "," || $0 == ".") }),
              s.first?.isNumber == true else { return .failure(.notANumber) }
        // Which mark is the decimal point: the last of ',' and '.' when both appear; a lone ','
        // only groups thousands (exactly three digits after each), else it is unclear.
        var whole = s, fraction = ""
        let lastDot = s.lastIndex(of: "."), lastComma = s.lastIndex(of: ",")
        let decimalMark: Character?
        switch (lastDot, lastComma) {
        case (nil, nil): decimalMark = nil
        case (.some, nil):
            // With a decimal comma, dots only group thousands (`1.234`).
            if decimalComma {
                guard groupsOfThree(s, by: ".") else { return .failure(.ambiguous) }
                decimalMark = nil
            } else {
                decimalMark = "."
            }
        case (nil, .some):
            if decimalComma { decimalMark = "," } else {
                guard groupsOfThree(s, by: ",") else { return .failure(.ambiguous) }
                decimalMark = nil
            }
        case (.some(let d), .some(let c)): decimalMark = d > c ? "." : ","
        }
        if let mark = decimalMark, let at = s.lastIndex(of: mark) {
            whole = String(s[..<at])
            fraction = String(s[s.index(after: at)...])
            let group: Character = mark == "." ? "," : "."
            guard !fraction.isEmpty, fraction.allSatisfy(\.isNumber), !whole.contains(mark) else { return .failure(.notANumber) }
            if whole.contains(group) { guard groupsOfThree(whole, by: group) else { return .failure(.notANumber) } }
            whole.removeAll { $0 == group }
        } else {
            whole.removeAll { $0 == "," || $0 == "." }
        }
        guard !whole.isEmpty, whole.allSatisfy(\.isNumber) else { return .failure(.notANumber) }
        let currency = code.flatMap(Currency.named) ?? fallback
        // Shift the decimal point by the multiplier, then it must fit the currency's digits.
        var digits = whole + fraction
        var scale = fraction.count - multiplier
        while scale < 0 { digits += "0"; scale += 1 }
        while scale > currency.minorDigits, digits.hasSuffix("0") { digits.removeLast(); scale -= 1 }
        guard scale <= currency.minorDigits else { return .failure(.tooManyDecimals) }
        digits += String(repeating: "0", count: currency.minorDigits - scale)
        let significant = digits.drop { $0 == "0" }
        guard significant.count <= 18, let minor = Int64(significant.isEmpty ? "0" : String(significant)) else {
            return .failure(.tooLarge)
        }
        if minor == 0 { return .failure(.zero) }
        if negative { return .failure(.notPositive) }
        guard minor <= Money.maxMinor(currency) else { return .failure(.tooLarge) }
        return .success((minor, code.flatMap(Currency.named)))
    }

    /// `12,500,000` groups by three after the first group of one to three digits.
    private static func groupsOfThree(_ s: String, by mark: Character) -> Bool {
        let parts = s.split(separator: mark, omittingEmptySubsequences: false)
        guard let first = parts.first, (1...3).contains(first.count) else { return false }
        return parts.dropFirst().allSatisfy { $0.count == 3 }
    }

    // MARK: Currencies

    static let currencyNames: [String: String] = [
        "人民币": "CNY", "RMB": "CNY", "元": "CNY", "¥": "CNY", "美元": "USD", "$": "USD", "US$": "USD", "欧元": "EUR",
        "€": "EUR", "港币": "HKD", "港元": "HKD", "HK$": "HKD", "日元": "JPY", "英镑": "GBP", "£": "GBP",
    ]

    /// A currency cell: an ISO code, a symbol, or its Chinese name; nil when unknown.
    static func currency(_ raw: String) -> Currency? {
        let s = halfWidth(raw).trimmingWhitespace
        if let code = currencyNames[s.uppercased()] ?? currencyNames[s] { return Currency.named(code) }
        return Currency.named(s)
    }

    // MARK: Days

    enum DayError: Error, Equatable {
        case notADate, notReal, outOfRange, spreadsheetNumber
    }

    static let monthNames: [String: Int] = [
        "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4, "may": 5,
        "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9, "september": 9,
        "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
    ]

    /// A day cell: `2026-12-01`, `2026/12/1`, `2026.12.1`, `2026年12月1日`, `20261201`,
    /// `12/1/2026` (month first unless `dayFirst`), `1.12.2026` (day first), `1-Dec-2026`,
    /// `Dec 1, 2026`; a time after the day is ignored.
    static func day(_ raw: String, dayFirst: Bool, today: Day) -> Result<Day, DayError> {
        var s = halfWidth(raw).trimmingWhitespace.lowercased()
        // `2026-12-01 00:00:00`, `2026-12-01T09:30`: the day only.
        if let cut = s.firstIndex(where: { $0 == "t" || $0 == " " }), s[s.index(after: cut)...].contains(":") {
            s = String(s[..<cut])
        }
        s = s.replacingOccurrences(of: "年", with: "-").replacingOccurrences(of: "月", with: "-")
            .replacingOccurrences(of: "日", with: "").replacingOccurrences(of: "号", with: "")
        if s.count == 8, s.allSatisfy(\.isNumber), let n = Int(s) {
            return make(n / 10000, n / 100 % 100, n % 100)
        }
        if (4...5).contains(s.count), s.allSatisfy(\.isNumber) { return .failure(.spreadsheetNumber) }
        let pieces = s.split(whereSeparator: { "-/., ".contains($0) }).map(String.init)
        guard pieces.count == 3 else { return .failure(.notADate) }
        let nums = pieces.map { Int($0) }
        let dotted = s.contains(".") && !s.contains("/") && !s.contains("-")
        // Year first.
        if pieces[0].count == 4, let y = nums[0], let m = nums[1], let d = nums[2] { return make(y, m, d) }
        // A month name: `1 dec 2026`, `dec 1 2026`.
        if let m = monthNames[pieces[1]], let d = nums[0], let y = nums[2] { return make(year(y, pieces[2], today), m, d) }
        if let m = monthNames[pieces[0]], let d = nums[1], let y = nums[2] { return make(year(y, pieces[2], today), m, d) }
        guard let a = nums[0], let b = nums[1], let y = nums[2], pieces[2].count == 2 || pieces[2].count == 4 else {
            return .failure(.notADate)
        }
        let fullYear = year(y, pieces[2], today)
        if dotted || dayFirst { return make(fullYear, b, a) }
        return make(fullYear, a, b)
    }

    /// A two-digit year is at most fifty years ahead of today, else in the century before.
    private static func year(_ y: Int, _ text: String, _ today: Day) -> Int {
        guard text.count == 2 else { return y }
        let century = today.year / 100 * 100
        let candidate = century + y
        return candidate > today.year + 50 ? candidate - 100 : candidate
    }

    private static func make(_ y: Int, _ m: Int, _ d: Int) -> Result<Day, DayError> {
        guard let day = Day(year: y, month: m, day: d) else { return .failure(.notReal) }
        guard day.isSupported else { return .failure(.outOfRange) }
        return .success(day)
    }

    // MARK: Text

    /// Full-width letters, digits and signs as their ASCII forms (`１２，５００` → `12,500`).
    static func halfWidth(_ s: String) -> String {
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            if u.value >= 0xFF01, u.value <= 0xFF5E, let h = Unicode.Scalar(u.value - 0xFEE0) {
                // ￥ (U+FFE5) is outside the block; ＄ and ，. are inside.
                out.append(h)
            } else if u == "￥" {
                out.append("¥")
            } else if u == "\u{3000}" || u == "\u{00A0}" {
                out.append(" ")
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
