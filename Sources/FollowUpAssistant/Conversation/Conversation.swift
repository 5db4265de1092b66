import Foundation
import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// One conversation with the user: line → understanding → change to the book → reply.
///
/// It does no I/O of its own: the clock says what day it is and the store keeps the book.
/// Every line that changes the book becomes one `Step`, saved before the reply is returned.
public final class Conversation {
    /// Longer lines are refused whole rather than cut: a cut line could mean something else.
    public static let maxLineLength = 4000
    /// Journal length after which the snapshot is rewritten.
    public static let compactAfter = 1000

    public private(set) var book: Book
    let store: any BookStore
    let clock: any Clock
    var pending: Question?
    var pendingLanguage: Lang = .en
    private var parser: LineParser
    private var parserCustomerCount = -1
    private var parserDirty = true
    private var stepsSinceCompaction = 0
    let index = BookIndex()
    /// A day a script moved the clock to (`# today: YYYY-MM-DD`), overriding the clock.
    private var movedToday: Day?
    /// How the last line that was not a `why` was understood; an answer to a question keeps
    /// the parse of the line that asked it.
    private(set) var lastUnderstood: ParsedLine?

    /// Opens a conversation over a loaded book.
    /// The currency for amounts typed without one when the book has no `currency` setting.
    let fallbackCurrency: Currency

    /// The plays, read only when a line needs them (a script, a tip): `agenda` stays fast.
    let plays: PlayShelf
    /// Files named in lines (`import invoices FILE`, `--csv FILE`); tests that name none may
    /// leave the empty in-memory default.
    let files: any FileAccess

    /// Where email drafts go unless the book's `drafts.folder` names another, and the home folder
    /// shown as `~` in the paths replies print.
    let mail: MailSetup

    public init(book: Book, store: any BookStore, clock: any Clock, fallbackCurrency: Currency = .cny,
                plays: PlaySetup = .bundledOnly, files: any FileAccess = MemoryFiles(), mail: MailSetup = .inMemory) {
        self.mail = mail
        self.book = book
        self.store = store
        self.clock = clock
        self.fallbackCurrency = fallbackCurrency
        self.plays = PlayShelf(plays)
        self.files = files
        self.parser = LineParser(names: [])
    }

    /// The prompt to show: it changes while a question waits for its answer.
    public var prompt: String { pending == nil ? "followup> " : "followup? " }

    /// True while a question waits for an answer.
    public var isAsking: Bool { pending != nil }

    /// True while the question waiting is answered yes or no (an import's preview, adding a
    /// new customer), so `say --yes` can answer it.
    public var isAskingYesNo: Bool {
        switch pending {
        case .addCustomer?, .confirmOverpayment?, .confirmRemoval?, .confirmImport?, .offerComplaint?: return true
        case .linkCredit(let ids, _)?: return ids.count == 1
        default: return false
        }
    }

    /// Said when input ends while a question waits: nothing was done for that line.
    public var unansweredNotice: String {
        pendingLanguage == .zh ? "最后一个问题没有得到回答，那一行没有执行，也没有做任何修改。"
            : "The last question was not answered, so that line was not carried out; nothing was changed."
    }

    /// Handles one line and returns what to show.
    public func handle(_ raw: String) -> Reply {
        var reply = respond(to: raw)
        if replyLanguage == .zh {
            // Indented rows are tables and lists: their columns were measured already.
            for i in reply.lines.indices where !reply.lines[i].text.hasPrefix("  ") && reply.lines[i].tone != .data {
                reply.lines[i].text = ChineseTypography.polish(reply.lines[i].text)
            }
        }
        return reply
    }

    /// The language of the last reply (a question's answer keeps the question's language).
    private var replyLanguage: Lang = .en

    private func respond(to raw: String) -> Reply {
        // A huge line is refused before any work on it (cleaning a 16 MB line alone takes seconds).
        if let n = Conversation.tooLong(raw) {
            pending = nil
            return failure(.tooLong(n), lang: Conversation.guessLanguage(String(raw.prefix(200))), today: self.today)
        }
        let line = Conversation.clean(raw)
        if line.isEmpty { return Reply() }
        let today = self.today
        if line.count > Conversation.maxLineLength {
            pending = nil
            return failure(.tooLong(line.count), lang: Conversation.guessLanguage(line), today: today)
        }
        if let question = pending {
            pending = nil
            if let reply = answer(question, with: line, today: today) { return reply }
            // Not an answer: the line is a new one, and the reply says the asked line was left
            // undone, so nobody takes it for recorded.
            var reply = respondAnew(line, today: today)
            reply.lines.insert(Reply.Line(Conversation.leftUnanswered(question.resume), tone: .muted), at: 0)
            return reply
        }
        return respondAnew(line, today: today)
    }

    /// Said above the reply to a line that did not answer the question before it.
    static func leftUnanswered(_ asked: ParsedLine) -> String {
        let quoted = TextWidth.truncate(asked.input, 50)
        return asked.language == .zh ? "（上一个问题没有回答，“\(quoted)”没有执行。）"
            : "(The question was not answered, so “\(quoted)” was not carried out.)"
    }

    private func respondAnew(_ line: String, today: Day) -> Reply {
        let parsed = understand(line, today: today)
        if parsed.intent != .explain {
            lastUnderstood = parsed
            plays.lastChoices = []
        }
        if !parsed.alternatives.isEmpty, parsed.problem == nil {
            return askWhichMeaning(parsed)
        }
        return carryOut(parsed, decisions: Decisions(), today: today)
    }

    /// A line that could be two things: list the readings and let the next line pick one.
    private func askWhichMeaning(_ parsed: ParsedLine) -> Reply {
        let lang = parsed.language
        replyLanguage = lang
        pending = .chooseMeaning(parsed, others: parsed.alternatives)
        pendingLanguage = lang
        let question = lang == .zh ? "“\(parsed.input)”可以有两种理解，是哪一种？"
                                   : "“\(parsed.input)” could mean two things. Which one?"
        return Reply(lines: NumberedChoice.lines(question, options: ([parsed] + parsed.alternatives).map {
            ExplainWording.intent($0.intent, lang)
        }, lang))
    }

    /// The time of day for `in 2 hours` and a snooze by hours: the clock's, unless a script
    /// moved the day (then the time it gave with it, if any).
    private var now: TimeOfDay? { movedToday == nil ? clock.now() : movedNow }
    /// A time of day a script gave with its day (`# today: 2026-11-18 15:30`).
    private var movedNow: TimeOfDay?

    /// Today: the clock's day, unless a script moved it.
    public var today: Day { movedToday ?? clock.today() }

    /// Takes a script comment; `# today: YYYY-MM-DD` moves the day for the lines after it,
    /// `# today: YYYY-MM-DD HH:MM` the day and the time of day.
    public func comment(_ line: String) {
        let prefix = "# today:"
        guard line.hasPrefix(prefix), let (day, time) = FixedClock.parse(String(line.dropFirst(prefix.count))) else { return }
        movedToday = day
        movedNow = time
    }

    /// Parses a line against the current book without acting on it.
    public func understand(_ line: String, today: Day) -> ParsedLine {
        // Lines that cannot name a customer do not need the book's names; building that index
        // is the slowest part of opening a large book, so one-shot reports skip it.
        if parserCustomerCount != book.customers.count || parserDirty {
            let quick = (dayFirst ? Conversation.plainDayFirstParser : Conversation.plainParser).parse(line, today: today, now: now)
            if Conversation.namelessIntents.contains(quick.intent), quick.slots.customer == nil, quick.slots.contact == nil {
                return quick
            }
        }
        refreshParser()
        return parser.parse(line, today: today, now: now)
    }

    private static let plainParser = LineParser(names: [])
    private static let plainDayFirstParser = LineParser(names: [], dayFirst: true)

    /// The book's date order: `12/10` as 12 October.
    private var dayFirst: Bool { book.datesDayFirst }
    private static let namelessIntents: Set<Intent> = [
        .agenda, .reportAging, .help, .explain, .quit, .undo, .customerList, .reminderList, .reminderDone, .reminderSnooze,
        .settingSet, .complaintList, .playList, .playCheck, .importInvoices, .planList,
    ]

    /// Words Tab can complete: command words and customer names.
    public func completions(forLineBeforeCursor text: String) -> [String] {
        let word = text.split(separator: " ", omittingEmptySubsequences: false).last.map(String.init) ?? ""
        let isFirstWord = !text.contains(" ")
        var pool: [String] = []
        if isFirstWord { pool += Help.commandWords }
        for c in book.customers where c.removed == nil { pool.append(c.name); pool += c.aliases }
        let lower = word.lowercased()
        var seen = Set<String>()
        return pool.filter { $0.lowercased().hasPrefix(lower) && !$0.isEmpty && seen.insert($0).inserted }.sorted()
    }

    /// Saves a compact snapshot (at the end of a session). Failure is harmless: the journal has everything.
    public func finish() {
        guard stepsSinceCompaction > 0 else { return }
        if (try? store.compact(book)) != nil { stepsSinceCompaction = 0 }
    }

    // MARK: Carrying out

    func carryOut(_ parsed: ParsedLine, decisions: Decisions, today: Day) -> Reply {
        let lang = parsed.language
        replyLanguage = lang
        if parsed.csv != nil, !parsed.clauses.isEmpty { return failure(.csv(.notAReport), lang: lang, today: today) }
        if !parsed.clauses.isEmpty { return carryOutClauses(parsed, today: today) }
        let outcome: Outcome
        do {
            if let problem = parsed.problem { throw Problem.from(problem, in: parsed) }
            try LineLimits.check(parsed)
            outcome = try Commands.run(parsed, context(book, lang: lang, decisions: decisions, today: today))
            if case .change(let events, _) = outcome { try LineLimits.check(events, today: today) }
        } catch let problem as Problem {
            return failure(problem, lang: lang, today: today)
        } catch {
            return failure(.notSaved("\(error)"), lang: lang, today: today)
        }
        switch outcome {
        case .show(let lines):
            return Reply(lines: lines)
        case .failed(let lines):
            return Reply(lines: lines, failed: true)
        case .table(let table):
            return csvReply(table, path: parsed.csv?.path, lang: lang, today: today)
        case .quit(let lines):
            return Reply(lines: lines, quit: true)
        case .ask(let question, let lines):
            pending = question
            pendingLanguage = lang
            return Reply(lines: lines)
        case .change(let events, let lines):
            return save(events, line: parsed.input, undoes: nil, reply: lines, lang: lang, today: today)
        case .undo(let seq, let events, let lines):
            return save(events, line: parsed.input, undoes: seq, reply: lines, lang: lang, today: today)
        }
    }

    /// What a command sees of `book` for one line.
    private func context(_ book: Book, lang: Lang, decisions: Decisions, today: Day) -> Context {
        var c = Context(book: book, index: index, today: today, lang: lang, decisions: decisions,
                        fallbackCurrency: fallbackCurrency, files: files)
        c.explained = lastUnderstood
        c.plays = plays
        c.mail = mail
        c.protectedPaths = store.protectedPaths
        c.now = now
        return c
    }

    /// A line that says two things: each reading is carried out against the book as the ones
    /// before it left it, and all their changes are saved as one step (one `undo`).
    private func carryOutClauses(_ parsed: ParsedLine, today: Day) -> Reply {
        let lang = parsed.language
        var scratch = book
        var events: [Event] = []
        var lines: [Reply.Line] = []
        for clause in parsed.clauses {
            let context = context(scratch, lang: lang, decisions: Decisions(), today: today)
            do {
                if let problem = clause.problem { throw Problem.from(problem, in: clause) }
                try LineLimits.check(clause)
                switch try Commands.run(clause, context) {
                case .change(let changes, let reply):
                    _ = try scratch.record(Step(seq: scratch.lastSeq + 1, day: today, line: clause.input, events: changes))
                    events += changes
                    lines += reply
                case .show(let reply):
                    lines += reply
                case .ask, .undo, .quit, .table, .failed:
                    throw Problem.twoThingsNeedAQuestion(clause.input)
                }
            } catch let problem as Problem {
                return failure(problem, lang: lang, today: today)
            } catch {
                return failure(.notSaved("\(error)"), lang: lang, today: today)
            }
        }
        return save(events, line: parsed.input, undoes: nil, reply: lines, lang: lang, today: today)
    }

    /// Records and saves one step; the book keeps the change only when the save succeeded.
    func save(_ events: [Event], line: String, undoes: Int?, reply: [Reply.Line], lang: Lang, today: Day) -> Reply {
        if let why = store.readOnlyReason { return failure(.readOnly(why), lang: lang, today: today) }
        let step = Step(seq: book.lastSeq + 1, day: today, line: line, events: events, undoes: undoes)
        let receipt: Book.Receipt
        do {
            receipt = try book.record(step)
        } catch let e as BookError {
            return failure(.notSaved(e.message), lang: lang, today: today)
        } catch {
            return failure(.notSaved("\(error)"), lang: lang, today: today)
        }
        do {
            try store.append(step)
        } catch {
            book.revert(step, receipt)
            if (error as? StoreError)?.isLockLost == true { return failure(.lockLost, lang: lang, today: today) }
            let why = (error as? StoreError)?.message ?? "\(error)"
            return failure(.notSaved(why), lang: lang, today: today)
        }
        index.update(after: events)
        if events.contains(where: \.touchesNames) { parserDirty = true }
        stepsSinceCompaction += 1
        var lines = reply
        if stepsSinceCompaction >= Conversation.compactAfter {
            do {
                try store.compact(book)
                stepsSinceCompaction = 0
            } catch {
                lines.append(Reply.Line((error as? StoreError)?.message ?? "\(error)", tone: .warning))
            }
        }
        var saved = Reply(lines: lines)
        saved.changes = events
        return saved
    }

    /// A report as CSV: printed (LF line ends, for the screen and pipes), or written to `path`
    /// (UTF-8 with a byte-order mark, CRLF, atomically; never over the book's own files).
    private func csvReply(_ table: ReportTable, path: String?, lang: Lang, today: Day) -> Reply {
        do {
            guard let path else {
                var text = try CSVText.render(table, crlf: false)
                if text.hasSuffix("\n") { text.removeLast() }
                return Reply(lines: [Reply.Line(text, tone: .data)])
            }
            let replaced: Bool
            do {
                replaced = try files.write(try CSVText.fileBytes(table), to: path, protecting: store.protectedPaths)
            } catch let problem as FileProblem {
                return failure(.csv(.file(problem, path: path)), lang: lang, today: today)
            }
            return Reply(lines: [Reply.Line(ReportWording.wrote(table.rows.count, path, replaced: replaced, lang), tone: .success)])
        } catch {
            return failure(.csv(.failed("\(error)")), lang: lang, today: today)
        }
    }

    func failure(_ problem: Problem, lang: Lang, today: Day) -> Reply {
        replyLanguage = lang
        return Reply(lines: [Reply.Line(problem.message(lang, today: today), tone: .error)], failed: true)
    }

    // MARK: Questions

    /// Takes the line as the answer to `question`; nil when it is not an answer (then it is a new line).
    private func answer(_ question: Question, with line: String, today: Day) -> Reply? {
        let key = line.lowercased().trimmingWhitespace
        let lang = pendingLanguage
        var resume = question.resume
        var decisions = Decisions()
        replyLanguage = lang
        let cancelled = Reply(lines: [Reply.Line(lang == .zh ? "好的,已取消,没有做任何修改。" : "OK, cancelled. Nothing was changed.", tone: .muted)])
        switch question {
        case .chooseCustomer(let ids, _):
            if Answer.no(key) { return cancelled }
            if let n = Answer.number(key), n >= 1, n <= ids.count {
                decisions.customer = ids[n - 1]
            } else if case .one(let id) = CustomerResolver.resolve(line, in: book, index: index), ids.contains(id) {
                decisions.customer = id
            } else {
                return nil
            }
        case .addCustomer(let name, _):
            if Answer.no(key) { return cancelled }
            guard Answer.yes(key) else { return nil }
            decisions.addCustomer = name
        case .confirmOverpayment:
            if Answer.no(key) { return cancelled }
            guard Answer.yes(key) else { return nil }
            decisions.overpaymentConfirmed = true
        case .confirmRemoval:
            if Answer.no(key) { return cancelled }
            guard Answer.yes(key) else { return nil }
            decisions.removalConfirmed = true
        case .offerComplaint:
            // No is an answer too: the satisfaction answer is recorded without a complaint.
            if Answer.no(key) {
                decisions.complaintOffer = false
            } else {
                guard Answer.yes(key) else { return nil }
                decisions.complaintOffer = true
            }
        case .linkCredit(let ids, _):
            // No is an answer too: the credit note is recorded on its own.
            if Answer.no(key) {
                decisions.creditAlone = true
            } else if ids.count == 1, Answer.yes(key) {
                decisions.creditComplaint = ids[0]
            } else {
                guard let n = Answer.number(key), n >= 1, n <= ids.count else { return nil }
                decisions.creditComplaint = ids[n - 1]
            }
            decisions.customer = book.complaint(ids[0])?.customer
        case .confirmImport(let events, let done, let line):
            if Answer.no(key) { return cancelled }
            guard Answer.yes(key) else { return nil }
            return save(events, line: line.input, undoes: nil, reply: done, lang: lang, today: today)
        case .chooseReminder(let ids, _):
            if Answer.no(key) { return cancelled }
            guard let n = Answer.number(key), n >= 1, n <= ids.count else { return nil }
            decisions.reminder = ids[n - 1]
        case .reminderScope(let id, _):
            if Answer.no(key) { return cancelled }
            guard let scope = ReminderWording.scope(answer: key) else { return nil }
            decisions.reminder = id
            decisions.reminderScope = scope
        case .confirmCredit(let id, _):
            if Answer.no(key) { return cancelled }
            guard Answer.yes(key) else { return nil }
            // The customer was settled before the question: keep it, so it is not asked again.
            decisions.customer = id
            decisions.creditConfirmed = true
        case .chooseComplaint(let ids, let line):
            if Answer.no(key) { return cancelled }
            guard let n = Answer.number(key), n >= 1, n <= ids.count else { return nil }
            // The customer is the complaint's: keep it, so it is not asked again.
            decisions.customer = book.complaint(ids[n - 1])?.customer
            decisions.complaint = ids[n - 1]
            resume = line
        case .choosePlan(let ids, _):
            if Answer.no(key) { return cancelled }
            guard let n = Answer.number(key), n >= 1, n <= ids.count else { return nil }
            resume.slots.text = ids[n - 1]
        case .chooseMeaning(let main, let others):
            if Answer.no(key) { return cancelled }
            let readings = [main] + others
            guard let n = Answer.number(key), n >= 1, n <= readings.count else { return nil }
            resume = readings[n - 1]
            // In a two-things line the day belongs to the other reading ("called Acme, they will
            // pay Friday"): the contact happened today, and the day stays in its note.
            if n > 1, resume.intent == .contactLog { resume.slots.date = nil }
            lastUnderstood = resume
        case .askDate:
            if Answer.no(key) { return cancelled }
            let parsed = understand(line, today: today)
            if case .impossibleDate(let w, let r)? = parsed.problem {
                pending = question
                return failure(.impossibleDate(words: w, reason: r), lang: lang, today: today)
            }
            // Only a line that is just a date answers; a full command ("Acme will pay 300 on Monday")
            // is carried out as itself and the question is dropped.
            guard let day = parsed.slots.date, [.agenda, .unknown].contains(parsed.intent),
                  parsed.slots.customer == nil, parsed.slots.amount == nil else { return nil }
            resume.slots.date = day
            if resume.slots.time == nil { resume.slots.time = parsed.slots.time }
        }
        return carryOut(resume, decisions: decisions, today: today)
    }

    // MARK: Helpers

    private func refreshParser() {
        guard parserDirty || parserCustomerCount != book.customers.count else { return }
        parser = LineParser(book: book)
        parserCustomerCount = book.customers.count
        parserDirty = false
    }

    /// The length of a line over `maxLineLength`, or nil. Cheap on huge lines: a line of few
    /// bytes cannot be long, and a very long one is counted by scalars, not characters.
    public static func tooLong(_ raw: String) -> Int? {
        let bytes = raw.utf8.count
        guard bytes > maxLineLength else { return nil }
        let n = bytes > 16 * maxLineLength ? raw.unicodeScalars.count : raw.count
        return n > maxLineLength ? n : nil
    }

    /// Text in NFC, the form the parser's tables are written in: a name pasted decomposed
    /// ("Cafe" + U+0301) reads like the stored "Café", and its accent is not cut off.
    public static func nfc(_ text: String) -> String {
        text.unicodeScalars.allSatisfy { $0.isASCII } ? text : text.precomposedStringWithCanonicalMapping
    }

    /// Drops control characters and the replacement character, turns tabs into spaces, trims,
    /// and puts the text in NFC.
    public static func clean(_ raw: String) -> String {
        var out = String.UnicodeScalarView()
        for u in raw.unicodeScalars {
            if u == "\t" { out.append(" "); continue }
            if u.value < 0x20 || u.value == 0x7F || (u.value >= 0x80 && u.value < 0xA0) || u.value == 0xFFFD { continue }
            out.append(u)
        }
        return nfc(String(out).trimmingWhitespace)
    }

    static func guessLanguage(_ s: String) -> Lang {
        s.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } ? .zh : .en
    }
}

extension Event {
    /// Whether the event changes what the parser is built from: names, or the date order.
    var touchesNames: Bool {
        switch self {
        case .customerAdded, .customerRemoved, .customerChanged: return true
        case .settingChanged(let key, _, _): return key == "dates"
        default: return false
        }
    }
}
