/// A problem found in a play file: which file, which line, which play, and what is wrong.
/// The assistant words it in the user's language; `description` is the English form.
public struct PlayIssue: Sendable, Equatable, CustomStringConvertible {
    public let file: String
    /// 1-based; nil when the problem is the whole file (unreadable, not UTF-8).
    public let line: Int?
    /// The id of the play the problem is in, when known.
    public let play: String?
    public let reason: Reason
    /// Whether the whole file was skipped (else only one play, or nothing).
    public let skipsFile: Bool

    public init(file: String, line: Int?, play: String? = nil, reason: Reason, skipsFile: Bool = false) {
        self.file = file
        self.line = line
        self.play = play
        self.reason = reason
        self.skipsFile = skipsFile
    }

    /// The parts of a file that must be mappings.
    public enum What: String, Sendable, Equatable {
        case play = "a play"
        case languageBlock = "a language block"
        case when = "`when`"
        case say = "`say`"
    }

    public enum Reason: Sendable, Equatable {
        case unreadable(String)
        case tooLarge(bytes: Int, limit: Int)
        case notUTF8
        /// YAML the parser cannot read; the parser's own words.
        case yaml(String)
        /// The top of the file must be a mapping with a `plays:` list.
        case noPlaysList
        case notAMapping(What)
        case notAList(key: String)
        case notText(key: String)
        case emptyText(key: String)
        case missingKey(String)
        case unknownKey(String, allowed: [String])
        case badID(String)
        case duplicateID(String, firstLine: Int)
        case badValue(key: String, value: String, allowed: [String])
        case badBand(String)
        case badAmount(String)
        case missingLanguage(PlayLanguage)
        case unknownPlaceholder(String, key: String)
        case unclosedBrace(key: String)
        case placeholderInTitle
        case sayKeysDiffer(en: [String], zh: [String])
        case stepCountsDiffer(en: Int, zh: Int)
        /// A plan play without `touches`, or `touches` on a play that is no plan.
        case touchesMisplaced(plan: Bool)
        /// A touch whose words are missing under `say`, or a `say` key that is no touch's.
        case touchWords(String)
    }

    public var description: String {
        var s = file
        if let line { s += ":\(line)" }
        if let play { s += " (\(play))" }
        return s + ": " + reason.english
    }
}

extension PlayIssue.Reason {
    /// What is wrong, in English (the assistant has both languages).
    public var english: String {
        func list(_ a: [String]) -> String { a.joined(separator: ", ") }
        switch self {
        case .unreadable(let why): return "cannot be read (\(why))"
        case .tooLarge(let n, let limit): return "is \(n) bytes; a play file may be at most \(limit)"
        case .notUTF8: return "is not UTF-8 text"
        case .yaml(let why): return "is not valid YAML: \(why)"
        case .noPlaysList: return "needs a top-level `plays:` list"
        case .notAMapping(let what): return "\(what.rawValue) must be a mapping of keys to values"
        case .notAList(let key): return "`\(key)` must be a list"
        case .notText(let key): return "`\(key)` must be text"
        case .emptyText(let key): return "`\(key)` is empty"
        case .missingKey(let key): return "`\(key)` is missing"
        case .unknownKey(let key, let allowed): return "unknown key `\(key)` (known: \(list(allowed)))"
        case .badID(let id): return "id `\(id)` must be lowercase words joined by '.', '-' or '_'"
        case .duplicateID(let id, let first): return "id `\(id)` is already used by the play on line \(first)"
        case .badValue(let key, let value, let allowed): return "`\(key)` cannot be `\(value)` (one of: \(list(allowed)))"
        case .badBand(let v): return "`days_overdue` must be a band like \"16..30\", \"91..\" or \"..0\", not `\(v)`"
        case .badAmount(let v): return "`amount_at_least` must be a number, not `\(v)`"
        case .missingLanguage(let l): return "the `\(l.rawValue)` text is missing (every play has en and zh)"
        case .unknownPlaceholder(let name, let key): return "unknown placeholder {\(name)} in `\(key)`"
        case .unclosedBrace(let key): return "a `{` in `\(key)` is never closed"
        case .placeholderInTitle: return "a title cannot have placeholders (it is shown without a customer)"
        case .sayKeysDiffer(let en, let zh): return "`say` keys differ: en has \(list(en)), zh has \(list(zh))"
        case .stepCountsDiffer(let en, let zh): return "`steps` differ in number: en has \(en), zh has \(zh)"
        case .touchesMisplaced(let plan):
            return plan ? "a plan needs `touches`: its cadence" : "`touches` are only for a plan (topic: plan)"
        case .touchWords(let key): return "touch \"\(key)\" and the `say` keys must match: each touch has its words under `say`"
        }
    }
}
