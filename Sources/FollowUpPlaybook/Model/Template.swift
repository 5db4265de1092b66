/// The values a play's text can name, written `{name}` (docs/PLAYS.md, Placeholders).
public enum Placeholder: String, Sendable, CaseIterable, Hashable {
    case customer, contact, amount, owed, overdue, invoices, due, days
    case promiseAmount = "promise_amount"
    case promiseDay = "promise_day"
    case paidAmount = "paid_amount"
    case paidDay = "paid_day"
    case creditLimit = "credit_limit"
    case creditUsed = "credit_used"
    case proposeDay = "propose_day"
    /// The product a complaint concerns.
    case product
    /// The day a reply is promised to a complaining customer: the one recorded, else one to propose.
    case replyDay = "reply_day"
    /// The department a complaint was handed to, and the day they will act by.
    case department
    case handoffDay = "handoff_day"
    /// A complaint's solution as recorded (`replace the seal`, 换密封圈).
    case solution
    /// The user (`me.name`), their company (`me.company`) and its address (`me.address`):
    /// a follow-up plan's first message says who is writing and where to find them.
    case me, company, address
}

/// A line of play text split into literal text and placeholders.
public struct Template: Sendable, Equatable, CustomStringConvertible {
    public enum Piece: Sendable, Equatable {
        case text(String)
        case slot(Placeholder)
    }

    public let pieces: [Piece]

    public init(pieces: [Piece]) { self.pieces = pieces }

    /// Why a text is not a template: a `{…}` that names no placeholder, or a `{` never closed.
    public enum Flaw: Error, Sendable, Equatable {
        case unknownPlaceholder(String)
        case unclosedBrace
    }

    /// Parses `text`; every `{…}` must name a known placeholder.
    public static func parse(_ text: String) -> Result<Template, Flaw> {
        var pieces: [Piece] = []
        var literal = ""
        var i = text.startIndex
        while i < text.endIndex {
            let ch = text[i]
            guard ch == "{" else {
                literal.append(ch)
                i = text.index(after: i)
                continue
            }
            guard let close = text[i...].firstIndex(of: "}") else { return .failure(.unclosedBrace) }
            let name = String(text[text.index(after: i)..<close])
            guard let p = Placeholder(rawValue: name) else { return .failure(.unknownPlaceholder(name)) }
            if !literal.isEmpty { pieces.append(.text(literal)); literal = "" }
            pieces.append(.slot(p))
            i = text.index(after: close)
        }
        if !literal.isEmpty { pieces.append(.text(literal)) }
        return .success(Template(pieces: pieces))
    }

    /// The placeholders the line needs.
    public var placeholders: [Placeholder] {
        pieces.compactMap { if case .slot(let p) = $0 { return p } else { return nil } }
    }

    /// The line with every placeholder filled, or nil when one of them has no value.
    public func fill(_ values: [Placeholder: String]) -> String? {
        var out = ""
        var endsInS = false
        for piece in pieces {
            switch piece {
            case .text(var t):
                // "{customer}'s" for Golden Harvest Foods reads "Golden Harvest Foods'".
                if endsInS, t.hasPrefix("'s") { t.removeFirst(2); t = "'" + t }
                out += t
                endsInS = false
            case .slot(let p):
                guard let v = values[p], !v.isEmpty else { return nil }
                out += v
                endsInS = v.hasSuffix("s") || v.hasSuffix("S")
            }
        }
        return out
    }

    /// The line as written in the file.
    public var description: String {
        pieces.map { piece -> String in
            switch piece {
            case .text(let t): return t
            case .slot(let p): return "{\(p.rawValue)}"
            }
        }.joined()
    }
}
