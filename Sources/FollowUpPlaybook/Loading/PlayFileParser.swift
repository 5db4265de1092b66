import FollowUpCore
import Yams

/// The plays read from one file, and what was wrong in it.
public struct PlayFile: Sendable {
    public var name: String
    public var plays: [Play]
    public var issues: [PlayIssue]
    /// How many entries the `plays:` list has, the skipped ones included.
    public var total: Int

    public init(name: String, plays: [Play], issues: [PlayIssue], total: Int = 0) {
        self.name = name
        self.plays = plays
        self.issues = issues
        self.total = max(total, plays.count)
    }
}

/// Reads a play file (docs/PLAYS.md) with Yams' node API, so every problem has its line.
///
/// A file that is not YAML, or has no `plays:` list, is skipped whole. A play with a problem is
/// skipped alone and the file's other plays are kept: one typo should not silence a file.
public enum PlayFileParser {
    /// Bigger files are refused before they are parsed: plays are short texts.
    public static let maxBytes = 1_000_000

    static let playKeys = ["id", "topic", "source", "when", "touches", "en", "zh"]
    static let textKeys = ["title", "names", "steps", "say", "do", "dont", "record", "tips"]
    static let touchKeys = ["key", "channel", "kind", "day", "month", "after_visit", "every", "until"]

    public static func parse(_ bytes: [UInt8], name: String, origin: PlayOrigin) -> PlayFile {
        var file = PlayFile(name: name, plays: [], issues: [])
        func skip(_ line: Int?, _ reason: PlayIssue.Reason) -> PlayFile {
            file.issues.append(PlayIssue(file: name, line: line, reason: reason, skipsFile: true))
            return file
        }
        guard bytes.count <= maxBytes else { return skip(nil, .tooLarge(bytes: bytes.count, limit: maxBytes)) }
        guard let text = String(validating: bytes, as: UTF8.self) else { return skip(nil, .notUTF8) }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch {
            let (line, why) = yamlProblem(error)
            return skip(line, .yaml(why))
        }
        guard let top = root?.mapping else { return skip(root?.mark?.line ?? 1, .noPlaysList) }
        guard let plays = top.first(where: { $0.key.string == "plays" })?.value else {
            return skip(top.mark?.line ?? 1, .noPlaysList)
        }
        let list: Node.Sequence
        if let seq = plays.sequence {
            list = seq
        } else if case .scalar(let s) = plays, ["", "~", "null"].contains(s.string) {
            // `plays:` with nothing after it is an empty list.
            list = Node.Sequence([])
        } else {
            return skip(line(plays), .notAList(key: "plays"))
        }
        for (k, _) in top where k.string != "plays" {
            file.issues.append(PlayIssue(file: name, line: line(k), reason: .unknownKey(k.string ?? "", allowed: ["plays"])))
        }
        file.total = list.count
        var seen: [String: Int] = [:]
        for node in list {
            var p = PlayReader(file: name, origin: origin, node: node)
            guard let play = p.read() else {
                file.issues += p.issues
                continue
            }
            if let first = seen[play.id] {
                file.issues.append(PlayIssue(file: name, line: play.line, play: play.id, reason: .duplicateID(play.id, firstLine: first)))
                continue
            }
            seen[play.id] = play.line
            file.issues += p.issues
            file.plays.append(play)
        }
        return file
    }

    static func line(_ n: Node) -> Int? { n.mark?.line }

    /// The line and the parser's own words for a YAML error.
    static func yamlProblem(_ error: Error) -> (Int?, String) {
        guard let y = error as? YamlError else { return (nil, "\(error)") }
        func words(_ context: YamlError.Context?, _ problem: String) -> String {
            guard let c = context?.text, !c.isEmpty else { return problem }
            return "\(problem) (\(c))"
        }
        switch y {
        case .scanner(let c, let p, let m, _), .parser(let c, let p, let m, _), .composer(let c, let p, let m, _):
            return (m.line, words(c, p))
        case .reader(let p, let offset, _, let yaml):
            // The reader gives a character offset; a file problem still has its line.
            let line = offset.map { o in 1 + yaml.prefix(max(0, o)).filter { $0 == "\n" }.count } ?? 1
            return (line, p)
        case .duplicatedKeysInMapping(let keys, let c):
            return (c.mark.line, "the key \(keys.map { "`\($0)`" }.joined(separator: ", ")) appears twice in one mapping")
        default:
            return (nil, "\(y)")
        }
    }
}

/// Reads one play node, collecting its problems.
struct PlayReader {
    let file: String
    let origin: PlayOrigin
    let node: Node
    var issues: [PlayIssue] = []
    private var id: String?
    private var failed = false

    init(file: String, origin: PlayOrigin, node: Node) {
        self.file = file
        self.origin = origin
        self.node = node
    }

    var playLine: Int { node.mark?.line ?? 1 }

    /// A problem that makes the play unusable.
    mutating func fail(_ at: Node?, _ reason: PlayIssue.Reason) {
        failed = true
        issues.append(PlayIssue(file: file, line: at?.mark?.line ?? playLine, play: id, reason: reason))
    }

    mutating func read() -> Play? {
        guard let map = node.mapping else {
            fail(node, .notAMapping(.play))
            return nil
        }
        var fields: [String: Node] = [:]
        for (k, v) in map { fields[k.string ?? ""] = v }
        // The id first, so every later problem names the play.
        if let v = fields["id"] {
            if let s = scalar(v, key: "id") {
                if isValidID(s) { id = s } else { fail(v, .badID(s)) }
            }
        } else {
            fail(node, .missingKey("id"))
        }
        for (k, _) in map where !PlayFileParser.playKeys.contains(k.string ?? "") {
            fail(k, .unknownKey(k.string ?? "", allowed: PlayFileParser.playKeys))
        }
        var topic: PlayTopic?
        if let v = fields["topic"] {
            if let s = scalar(v, key: "topic") {
                topic = PlayTopic(rawValue: s)
                if topic == nil { fail(v, .badValue(key: "topic", value: s, allowed: PlayTopic.allCases.map(\.rawValue))) }
            }
        } else {
            fail(node, .missingKey("topic"))
        }
        var source = ""
        if let v = fields["source"] {
            source = scalar(v, key: "source") ?? ""
        } else {
            fail(node, .missingKey("source"))
        }
        var when = Conditions()
        if let v = fields["when"] { when = conditions(v) }
        var touches: [PlanTouch] = []
        if let v = fields["touches"] {
            if topic == .plan { touches = planTouches(v) } else if topic != nil { fail(v, .touchesMisplaced(plan: false)) }
        } else if topic == .plan {
            fail(node, .touchesMisplaced(plan: true))
        }
        var texts: [PlayLanguage: PlayText] = [:]
        var textNodes: [PlayLanguage: Node] = [:]
        for lang in PlayLanguage.allCases {
            guard let v = fields[lang.rawValue] else {
                fail(node, .missingLanguage(lang))
                continue
            }
            textNodes[lang] = v
            if let t = text(v) { texts[lang] = t }
        }
        // Compared only when both blocks read cleanly: a broken line would count as missing.
        if !failed, let en = texts[.en], let zh = texts[.zh] {
            let ek = en.say.map(\.key), zk = zh.say.map(\.key)
            if Set(ek) != Set(zk) { fail(textNodes[.zh], .sayKeysDiffer(en: ek, zh: zk)) }
            if en.steps.count != zh.steps.count { fail(textNodes[.zh], .stepCountsDiffer(en: en.steps.count, zh: zh.steps.count)) }
            if topic == .plan, !touches.isEmpty {
                let keys = Set(touches.map(\.key))
                for k in touches.map(\.key) + ek where !(keys.contains(k) && ek.contains(k)) {
                    fail(fields["touches"], .touchWords(k))
                    break
                }
            }
        }
        guard !failed, let id, let topic, texts.count == PlayLanguage.allCases.count else { return nil }
        return Play(id: id, topic: topic, source: source, when: when, texts: texts, origin: origin, line: playLine,
                    touches: touches)
    }

    /// A plan's `touches`: each `key`, `channel`, when (`day: N` after the start, `month: N`, or
    /// `after_visit: N` days after each visit), optional `kind`, `every` (`3 days`, `2 weeks`,
    /// `2 months`) and `until: visit` (a visit logged does it: the call to book one).
    mutating func planTouches(_ v: Node) -> [PlanTouch] {
        guard case .sequence(let items) = v else {
            fail(v, .notAList(key: "touches"))
            return []
        }
        var out: [PlanTouch] = []
        for item in items {
            guard let map = item.mapping else {
                fail(item, .notAMapping(.play))
                continue
            }
            var f: [String: Node] = [:]
            for (k, value) in map {
                let name = k.string ?? ""
                if PlayFileParser.touchKeys.contains(name) { f[name] = value } else {
                    fail(k, .unknownKey(name, allowed: PlayFileParser.touchKeys))
                }
            }
            guard let kn = f["key"] else { fail(item, .missingKey("touches.key")); continue }
            guard let key = scalar(kn, key: "touches.key") else { continue }
            let prefix = "touches.\(key)."
            var channel: Channel?
            if let c = f["channel"], let s = scalar(c, key: prefix + "channel") {
                channel = Channel(rawValue: s)
                if channel == nil { fail(c, .badValue(key: prefix + "channel", value: s, allowed: Channel.allCases.map(\.rawValue))) }
            } else if f["channel"] == nil {
                fail(item, .missingKey(prefix + "channel"))
            }
            var kind: ReminderKind?
            if let k = f["kind"], let s = scalar(k, key: prefix + "kind") {
                kind = ReminderKind(rawValue: s)
                if kind == nil { fail(k, .badValue(key: prefix + "kind", value: s, allowed: ReminderKind.allCases.map(\.rawValue))) }
            }
            var when: PlanTouch.When?
            let timing = [("day", f["day"]), ("month", f["month"]), ("after_visit", f["after_visit"])].filter { $0.1 != nil }
            if timing.count != 1 {
                fail(item, .missingKey(prefix + "day | month | after_visit"))
            } else if let (name, node) = timing.first, let node, let s = scalar(node, key: prefix + name) {
                if let n = Int(s), (0...3650).contains(n) {
                    switch name {
                    case "day": when = .days(n)
                    case "month": when = n > 0 && n <= 120 ? .months(n) : nil
                    default: when = .afterVisit(days: n)
                    }
                }
                if when == nil { fail(node, .badValue(key: prefix + name, value: s, allowed: ["0", "1", "2", "…"])) }
            }
            var every: Recurrence?
            if let e = f["every"], let s = scalar(e, key: prefix + "every") {
                every = PlayReader.recurrence(s)
                if every == nil { fail(e, .badValue(key: prefix + "every", value: s, allowed: ["3 days", "2 weeks", "2 months"])) }
            }
            var endsWithVisit = false
            if let u = f["until"], let s = scalar(u, key: prefix + "until") {
                if s == "visit" { endsWithVisit = true } else { fail(u, .badValue(key: prefix + "until", value: s, allowed: ["visit"])) }
            }
            if let channel, let when {
                out.append(PlanTouch(key: key, channel: channel, kind: kind, when: when, every: every, endsWithVisit: endsWithVisit))
            }
        }
        if items.isEmpty { fail(v, .touchesMisplaced(plan: true)) }
        return out
    }

    /// `3 days`, `1 week`, `2 months`: how a touch repeats.
    static func recurrence(_ s: String) -> Recurrence? {
        let parts = s.split(separator: " ")
        guard parts.count == 2, let n = Int(parts[0]), (1...365).contains(n) else { return nil }
        switch parts[1] {
        case "day", "days": return Recurrence(every: n, unit: .day)
        case "week", "weeks": return Recurrence(every: n, unit: .week)
        case "month", "months": return Recurrence(every: n, unit: .month)
        default: return nil
        }
    }

    /// `lowercase words joined by '.', '-' or '_'`.
    func isValidID(_ s: String) -> Bool {
        let parts = s.split(omittingEmptySubsequences: false, whereSeparator: { ".-_".contains($0) })
        return !s.isEmpty && parts.allSatisfy { p in
            !p.isEmpty && p.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// A non-empty text value; multi-line text is joined into one line (replies are lines).
    mutating func scalar(_ v: Node, key: String) -> String? {
        guard case .scalar(let s) = v else {
            fail(v, .notText(key: key))
            return nil
        }
        let joined = s.string.split(whereSeparator: \.isNewline).map { String($0).trimmingWhitespace }
            .filter { !$0.isEmpty }.joined(separator: " ")
        guard !joined.isEmpty else {
            fail(v, .emptyText(key: key))
            return nil
        }
        return joined
    }

    /// One value or a list of them.
    mutating func scalars(_ v: Node, key: String) -> [(String, Node)] {
        if case .sequence(let seq) = v {
            var out: [(String, Node)] = []
            for item in seq { if let s = scalar(item, key: key) { out.append((s, item)) } }
            return out
        }
        return scalar(v, key: key).map { [($0, v)] } ?? []
    }

    mutating func template(_ s: String, at v: Node, key: String) -> Template? {
        switch Template.parse(s) {
        case .success(let t): return t
        case .failure(.unknownPlaceholder(let name)):
            fail(v, .unknownPlaceholder(name, key: key))
        case .failure(.unclosedBrace):
            fail(v, .unclosedBrace(key: key))
        }
        return nil
    }

    mutating func templates(_ v: Node, key: String) -> [Template] {
        scalars(v, key: key).compactMap { template($0.0, at: $0.1, key: key) }
    }

    /// Values from a closed list (`ladder: [firm, hold]`).
    mutating func values<T: RawRepresentable & CaseIterable>(_ v: Node, key: ConditionKey, as: T.Type) -> [T]? where T.RawValue == String {
        let items = scalars(v, key: key.rawValue)
        var out: [T] = []
        for (s, n) in items {
            guard let t = T(rawValue: s) else {
                fail(n, .badValue(key: key.rawValue, value: s, allowed: T.allCases.map(\.rawValue)))
                continue
            }
            out.append(t)
        }
        return items.isEmpty ? nil : out
    }

    mutating func bool(_ v: Node, key: ConditionKey) -> Bool? {
        guard let s = scalar(v, key: key.rawValue) else { return nil }
        switch s.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            fail(v, .badValue(key: key.rawValue, value: s, allowed: ["true", "false"]))
            return nil
        }
    }

    mutating func conditions(_ v: Node) -> Conditions {
        var c = Conditions()
        guard let map = v.mapping else {
            fail(v, .notAMapping(.when))
            return c
        }
        for (k, value) in map {
            let name = k.string ?? ""
            guard let key = ConditionKey(rawValue: name) else {
                fail(k, .unknownKey(name, allowed: ConditionKey.allCases.map(\.rawValue)))
                continue
            }
            switch key {
            case .ladder: c.ladder = values(value, key: key, as: LadderStep.self)
            case .promise: c.promise = values(value, key: key, as: PromiseState.self)
            case .tier: c.tier = values(value, key: key, as: Tier.self)
            case .lastOutcome: c.lastOutcome = values(value, key: key, as: ContactOutcome.self)
            case .excuse: c.excuse = values(value, key: key, as: Excuse.self)
            case .after: c.after = values(value, key: key, as: PlayEvent.self)
            case .firstOrder: c.firstOrder = bool(value, key: key)
            case .overCreditLimit: c.overCreditLimit = bool(value, key: key)
            case .complaint: c.complaint = bool(value, key: key)
            case .complaintStage: c.complaintStage = values(value, key: key, as: ComplaintStage.self)
            case .cause: c.cause = values(value, key: key, as: CauseMatch.self)
            case .angry: c.angry = bool(value, key: key)
            case .severity: c.severity = values(value, key: key, as: ComplaintSeverity.self)
            case .remedy: c.remedy = values(value, key: key, as: Remedy.self)
            case .handedOff: c.handedOff = bool(value, key: key)
            case .satisfaction: c.satisfaction = values(value, key: key, as: SatisfactionState.self)
            case .daysOverdue:
                guard let s = scalar(value, key: name) else { continue }
                if let band = DayBand.parse(s) { c.daysOverdue = band } else { fail(value, .badBand(s)) }
            case .amountAtLeast:
                guard let s = scalar(value, key: name) else { continue }
                if let h = PlayReader.hundredths(s) { c.amountAtLeast = h } else { fail(value, .badAmount(s)) }
            }
        }
        return c
    }

    /// `50000`, `50,000`, `1200.5` as hundredths; nil for anything else or beyond a trillion.
    static func hundredths(_ s: String) -> Int64? {
        let t = String(s.filter { $0 != "," && $0 != "_" })
        let parts = t.split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(parts.count), let whole = parts.first, !whole.isEmpty, whole.count <= 13,
              whole.allSatisfy(\.isASCII), let w = Int64(whole), w >= 0, w <= 1_000_000_000_000 else { return nil }
        var frac: Int64 = 0
        if parts.count == 2 {
            let f = parts[1]
            guard (1...2).contains(f.count), f.allSatisfy({ $0.isASCII && $0.isNumber }), let v = Int64(f) else { return nil }
            frac = f.count == 1 ? v * 10 : v
        }
        return w * 100 + frac
    }

    mutating func text(_ v: Node) -> PlayText? {
        guard let map = v.mapping else {
            fail(v, .notAMapping(.languageBlock))
            return nil
        }
        var t = PlayText(title: "")
        for (k, value) in map {
            let key = k.string ?? ""
            switch key {
            case "title":
                guard let s = scalar(value, key: key) else { continue }
                if s.contains("{") { fail(value, .placeholderInTitle) }
                t.title = s
            case "steps": t.steps = list(value, key: key)
            case "do": t.doNotes = list(value, key: key)
            case "dont": t.dontNotes = list(value, key: key)
            case "record": t.record = list(value, key: key)
            case "tips": t.tips = list(value, key: key)
            case "names": t.names = scalars(value, key: key).map(\.0)
            case "say": t.say = say(value)
            default:
                fail(k, .unknownKey(key, allowed: PlayFileParser.textKeys))
            }
        }
        // A title that is there but not text was already reported as such.
        if !map.contains(where: { $0.key.string == "title" }) { fail(v, .missingKey("title")) }
        return t
    }

    mutating func list(_ v: Node, key: String) -> [Template] {
        if case .mapping = v {
            fail(v, .notAList(key: key))
            return []
        }
        return templates(v, key: key)
    }

    mutating func say(_ v: Node) -> [SayLine] {
        guard let map = v.mapping else {
            fail(v, .notAMapping(.say))
            return []
        }
        var out: [SayLine] = []
        for (k, value) in map {
            let key = k.string ?? ""
            if case .mapping = value {
                fail(value, .notText(key: "say.\(key)"))
                continue
            }
            let alts = templates(value, key: "say.\(key)")
            if !alts.isEmpty { out.append(SayLine(key: key, alternatives: alts)) }
        }
        return out
    }
}
