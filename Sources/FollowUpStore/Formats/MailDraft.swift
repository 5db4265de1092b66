import FollowUpCore

/// An email draft as an `.eml` file (RFC 5322 with MIME, RFC 2045–2047): UTF-8 text, headers
/// encoded where they are not plain ASCII, CRLF line ends, and `X-Unsent: 1` so mail programs
/// (Thunderbird, Outlook, Apple Mail) open it as a message to edit and send. Encoding only.
public struct MailDraft: Sendable, Equatable {
    public struct Address: Sendable, Equatable {
        public var name: String?
        public var email: String

        public init(name: String?, email: String) {
            self.name = name
            self.email = email
        }
    }

    public var from: Address?
    public var to: Address
    public var subject: String
    /// Paragraphs and lines as the reader should see them, `\n` between lines.
    public var body: String
    public var day: Day
    /// The local time of day when the clock knows it; else midnight.
    public var time: TimeOfDay?

    public init(from: Address?, to: Address, subject: String, body: String, day: Day, time: TimeOfDay? = nil) {
        self.from = from
        self.to = to
        self.subject = subject
        self.body = body
        self.day = day
        self.time = time
    }

    /// The file's bytes.
    public var bytes: [UInt8] {
        var headers: [String] = []
        headers.append("Date: " + MailDraft.date(day, time))
        if let from { headers.append("From: " + MailDraft.address(from)) }
        headers.append("To: " + MailDraft.address(to))
        headers.append("Subject: " + MailDraft.encodedWords(MailDraft.oneLine(subject)).joined(separator: "\r\n "))
        headers.append("MIME-Version: 1.0")
        headers.append("Content-Type: text/plain; charset=utf-8")
        headers.append("Content-Transfer-Encoding: quoted-printable")
        headers.append("X-Unsent: 1")
        var text = headers.joined(separator: "\r\n") + "\r\n\r\n"
        text += MailDraft.quotedPrintable(body)
        return Array(text.utf8)
    }

    /// `Wed, 18 Nov 2026 09:30:00 -0000`: RFC 5322 says `-0000` when the time is local and its
    /// offset unknown, which is what a day from the clock is.
    static func date(_ d: Day, _ t: TimeOfDay?) -> String {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let h = t?.hour ?? 0, m = t?.minute ?? 0
        return "\(d.weekday.englishShort), \(d.dayOfMonth) \(months[d.month - 1]) \(d.year) \(two(h)):\(two(m)):00 -0000"
    }

    /// `Li Wei <li@acme.com>`, `"Acme, Inc." <ap@acme.com>`, `=?UTF-8?B?546L6Iqz?= <wang@df.com>`.
    static func address(_ a: Address) -> String {
        let email = a.email.unicodeScalars.filter { $0.value > 0x20 && $0.value != 0x7F && $0 != "<" && $0 != ">" && $0 != "," }
            .map(String.init).joined()
        guard let name = a.name.map(oneLine)?.trimmingWhitespace, !name.isEmpty else { return "<\(email)>" }
        let plainASCII = name.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
        if !plainASCII { return encodedWords(name).joined(separator: " ") + " <\(email)>" }
        let atext = name.unicodeScalars.allSatisfy { CharacterSetASCII.atext($0) || $0 == " " }
        if atext { return "\(name) <\(email)>" }
        let quoted = name.replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
        return "\"\(quoted)\" <\(email)>"
    }

    /// A header value on one line: control characters (a line break in a damaged book's name)
    /// become spaces, so no value can start a header of its own.
    static func oneLine(_ text: String) -> String {
        String(String.UnicodeScalarView(text.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? " " : $0 }))
    }

    /// The text as itself when it is printable ASCII, else RFC 2047 encoded-words (`=?UTF-8?B?…?=`),
    /// each at most 60 characters and never splitting a character, to be joined by folding
    /// whitespace.
    public static func encodedWords(_ text: String) -> [String] {
        if text.unicodeScalars.allSatisfy({ $0.value >= 0x20 && $0.value < 0x7F }), !text.contains("=?") { return [text] }
        var words: [String] = []
        var chunk: [UInt8] = []
        for ch in text.unicodeScalars {
            let b = Array(String(ch).utf8)
            // 36 bytes encode to 48 base64 characters: 60 with `=?UTF-8?B?` and `?=`.
            if chunk.count + b.count > 36 {
                words.append("=?UTF-8?B?\(base64(chunk))?=")
                chunk = []
            }
            chunk += b
        }
        if !chunk.isEmpty || words.isEmpty { words.append("=?UTF-8?B?\(base64(chunk))?=") }
        return words
    }

    /// Base64 (RFC 4648) with padding.
    public static func base64(_ bytes: [UInt8]) -> String {
        let table = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)
        var out: [UInt8] = []
        var i = 0
        while i < bytes.count {
            let n = min(3, bytes.count - i)
            let b0 = UInt32(bytes[i]), b1 = n > 1 ? UInt32(bytes[i + 1]) : 0, b2 = n > 2 ? UInt32(bytes[i + 2]) : 0
            let v = b0 << 16 | b1 << 8 | b2
            out.append(table[Int(v >> 18 & 63)])
            out.append(table[Int(v >> 12 & 63)])
            out.append(n > 1 ? table[Int(v >> 6 & 63)] : UInt8(ascii: "="))
            out.append(n > 2 ? table[Int(v & 63)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Quoted-printable (RFC 2045 6.7): lines end in CRLF; encoded lines are at most 76
    /// characters, broken with a soft `=` that never splits an `=XX`; trailing spaces encoded.
    public static func quotedPrintable(_ text: String) -> String {
        let normalized = text.replacingAll("\r\n", with: "\n").replacingAll("\r", with: "\n")
        var out = ""
        for line in normalized.split(separator: "\n", omittingEmptySubsequences: false) {
            let bytes = Array(line.utf8)
            var tokens: [String] = []
            for (k, b) in bytes.enumerated() {
                let last = k == bytes.count - 1
                if (b >= 33 && b <= 126 && b != UInt8(ascii: "=")) || ((b == 32 || b == 9) && !last) {
                    tokens.append(String(UnicodeScalar(b)))
                } else {
                    tokens.append("=" + hex(b))
                }
            }
            var current = ""
            for t in tokens {
                if current.utf8.count + t.utf8.count > 75 {
                    out += current + "=\r\n"
                    current = ""
                }
                current += t
            }
            out += current + "\r\n"
        }
        return out
    }

    static func hex(_ b: UInt8) -> String {
        let digits = Array("0123456789ABCDEF")
        return String([digits[Int(b >> 4)], digits[Int(b & 15)]])
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }
}

/// RFC 5322 `atext`: what a display name may hold without quotes.
enum CharacterSetASCII {
    static func atext(_ u: Unicode.Scalar) -> Bool {
        let v = u.value
        if (48...57).contains(v) || (65...90).contains(v) || (97...122).contains(v) { return true }
        return "!#$%&'*+-/=?^_`{|}~".unicodeScalars.contains(u)
    }
}

extension String {
    /// Every occurrence of `target` replaced (no Foundation here).
    func replacingAll(_ target: String, with replacement: String) -> String {
        guard !target.isEmpty else { return self }
        var out = ""
        var rest = Substring(self)
        while let r = rest.firstRange(of: target) {
            out += rest[..<r.lowerBound]
            out += replacement
            rest = rest[r.upperBound...]
        }
        out += rest
        return out
    }
}
