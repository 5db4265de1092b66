import ArgumentParser
import FollowUpAssistant
import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// Shows how a line is understood, without doing anything.
struct Parse: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show how a line is understood, without changing anything.",
        discussion: """
            Without LINE, reads one line per input line and prints one result per line. With --book or \
            $FOLLOWUP_BOOK, the book's customer names and date order are used, as at the prompt; the book \
            is only read (no lock, no writes). Otherwise names are taken as typed.
            """
    )

    @OptionGroup var options: GlobalOptions
    @Flag(name: .long, help: "Print JSON (one object per line).")
    var json = false
    @Argument(parsing: .allUnrecognized, help: "The line to understand.")
    var words: [String] = []

    func run() throws {
        let today = try options.clock().today()
        let parser = try bookParser()
        let output = Output(noColor: options.noColor)
        let show: (String) -> Void = { raw in
            // The same cap and cleaning as a line typed at the prompt, before any parsing.
            if let n = Conversation.tooLong(raw) {
                let message = "problem: the line is \(n) characters long; at most \(Conversation.maxLineLength) are read"
                output.write(raw: (json ? #"{"problem":"\#(message)"}"# : message) + "\n")
                return
            }
            let line = Conversation.clean(raw)
            let parsed = parser.parse(line, today: today)
            output.write(raw: (json ? ParseReport.json(parsed) : ParseReport.text(parsed, today: today)) + "\n")
        }
        if words.isEmpty {
            for line in PlainLineReader() where !line.isEmpty { show(line) }
        } else {
            show(words.joined(separator: " "))
        }
    }
}

extension Parse {
    /// With `--book` or `$FOLLOWUP_BOOK`, a parser that knows that book's names and date order,
    /// read without the lock and without writing; otherwise none, so names are taken as typed.
    func bookParser() throws -> LineParser {
        guard let path = options.chosenBookPath else { return LineParser(names: []) }
        do {
            let (book, warnings) = try FileBookStore.readOnly(path: path)
            for w in warnings { fputsStandardError(w + "\n") }
            return LineParser(book: book)
        } catch let e as StoreError {
            fputsStandardError(e.message + "\n")
            throw ExitCode(1)
        }
    }
}

/// The `parse` output formats.
enum ParseReport {
    /// `{"input": "…", "intent": "…", "language": "en", "slots": {…}, "evidence": {…}}` on one line.
    static func json(_ p: ParsedLine) -> String {
        var w = JSONWriter()
        write(p, to: &w)
        return w.text
    }

    /// One reading as an object; a line that says two things adds `"clauses"`, one object each.
    private static func write(_ p: ParsedLine, to w: inout JSONWriter) {
        w.beginObject()
        w.field("input", p.input)
        w.field("intent", p.intent.rawValue)
        w.field("language", p.language.rawValue)
        w.key("slots")
        w.beginObject()
        for (key, value) in slots(p.slots) {
            w.key(key)
            switch value {
            case .text(let s): w.string(s)
            case .number(let n): w.int(n)
            case .raw(let r): w.raw(Array(r.utf8))
            }
        }
        w.endObject()
        w.key("evidence")
        w.beginObject()
        for e in p.evidence {
            w.key(e.slot)
            w.string(e.words)
        }
        w.endObject()
        if let problem = p.problem {
            w.key("problem")
            w.string(problemText(problem))
        }
        // `--csv`: true, or the file to write.
        if let csv = p.csv {
            w.key("csv")
            if let path = csv.path { w.string(path) } else { w.bool(true) }
        }
        if !p.clauses.isEmpty {
            w.key("clauses")
            w.beginArray()
            for clause in p.clauses { write(clause, to: &w) }
            w.endArray()
        }
        w.endObject()
    }

    /// A readable breakdown: the intent and its cue words, then each slot with the words that
    /// gave it (`  date: 2026-12-15 (Tue 15 Dec) ← "15号"`).
    static func text(_ p: ParsedLine, today: Day) -> String {
        var head = "intent: \(p.intent.rawValue) (\(p.language.rawValue))"
        if let cue = p.words(for: "intent") { head += " ← \(cue)" }
        var lines = [head]
        for (key, value) in slots(p.slots) {
            var line = "  \(key): "
            switch value {
            case .text(let s): line += s
            case .number(let n): line += String(n)
            case .raw(let r): line += r
            }
            if key == "date", let d = p.slots.date { line += " (\(weekdayDate(d, today: today)))" }
            if key == "until", let d = p.slots.until { line += " (\(weekdayDate(d, today: today)))" }
            // Free text is the line's own words already.
            if key != "text", let words = p.words(for: key) { line += " ← \"\(words)\"" }
            lines.append(line)
        }
        if let problem = p.problem { lines.append("problem: \(problemText(problem))") }
        if let csv = p.csv { lines.append("csv: " + (csv.path ?? "printed")) }
        for (n, clause) in p.clauses.enumerated() {
            lines.append("clause \(n + 1) of \(p.clauses.count): “\(clause.input)”")
            lines += text(clause, today: today).split(separator: "\n").map { "  " + $0 }
        }
        return lines.joined(separator: "\n")
    }

    enum Value { case text(String), number(Int), raw(String) }

    /// The filled slots in a fixed order, with DESIGN.md's names.
    static func slots(_ s: Slots) -> [(String, Value)] {
        var out: [(String, Value)] = []
        if let v = s.customer { out.append(("customer", .text(v))) }
        if let v = s.contact { out.append(("contact", .text(v))) }
        if let v = s.amount {
            out.append(("amount", .raw(v.plain)))
            if let c = v.currency { out.append(("currency", .text(c))) }
        }
        if let v = s.portion { out.append(("portion", .text(v.rawValue))) }
        if let v = s.date { out.append(("date", .text(v.iso))) }
        if let v = s.until { out.append(("until", .text(v.iso))) }
        if let v = s.time { out.append(("time", .text(v.description))) }
        if let v = s.invoice { out.append(("invoice", .text(v))) }
        if let v = s.id { out.append(("id", .number(v))) }
        if let v = s.text { out.append(("text", .text(v))) }
        if let v = s.channel { out.append(("channel", .text(v.rawValue))) }
        if let v = s.outcome { out.append(("outcome", .text(v.rawValue))) }
        if let v = s.excuse { out.append(("excuse", .text(v.rawValue))) }
        if let v = s.topic { out.append(("topic", .text(v))) }
        if let v = s.cause { out.append(("cause", .text(v))) }
        if let v = s.stage { out.append(("stage", .text(v))) }
        if let v = s.recurrence { out.append(("recurrence", .text(v.description))) }
        if let v = s.duration { out.append(("duration", .number(v))) }
        if let v = s.snoozeDays { out.append(("snoozeDays", .number(v))) }
        if let v = s.phone { out.append(("phone", .text(v))) }
        if let v = s.email { out.append(("email", .text(v))) }
        if let v = s.terms { out.append(("terms", .number(v))) }
        if let v = s.field { out.append(("field", .text(v.rawValue))) }
        if let v = s.file { out.append(("fact", .text(v.name))) }
        if let v = s.basis { out.append(("basis", .text(v.rawValue))) }
        if let v = s.setting { out.append(("setting", .text(v.rawValue))) }
        if let v = s.value { out.append(("value", .text(v))) }
        if let v = s.consent { out.append(("consent", .raw(v ? "true" : "false"))) }
        if let c = s.complaint {
            if let v = c.move { out.append(("move", .text(v.rawValue))) }
            if let v = c.cause { out.append(("cause_detail", .text(v.rawValue))) }
            if let v = c.remedy { out.append(("remedy", .text(v.rawValue))) }
            if let v = c.cooling { out.append(("cooling", .text(v.rawValue))) }
            if let v = c.severity { out.append(("severity", .text(v.rawValue))) }
            if let v = c.angry { out.append(("angry", .raw(v ? "true" : "false"))) }
            if let v = c.product { out.append(("product", .text(v))) }
            if let v = c.department { out.append(("department", .text(v))) }
            if let v = c.satisfied { out.append(("satisfied", .raw(v ? "true" : "false"))) }
            if let v = c.disputed { out.append(("disputed", .raw(v.plain))) }
        }
        return out
    }

    static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    /// `Tue 15 Dec`, with the year when it is not this year's.
    static func weekdayDate(_ d: Day, today: Day) -> String {
        let (y, m, dd) = d.parts
        let base = "\(d.weekday.englishShort) \(dd) \(months[(m - 1) % 12])"
        return y == today.year ? base : "\(base) \(y)"
    }

    static func problemText(_ p: ParseProblem) -> String {
        switch p {
        case .impossibleDate(let words, let reason): return "impossible date “\(words)”: \(reason)"
        case .badAmount(let words): return "amount must be more than zero: “\(words)”"
        case .unexplained(let doubt, let words): return "not recorded as read (\(doubt.rawValue)): “\(words)”"
        }
    }
}
