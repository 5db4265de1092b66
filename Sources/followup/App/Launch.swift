import ArgumentParser
import FollowUpAssistant
import FollowUpCore
import FollowUpStore

/// Options every mode shares: which book, which day, colour.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The book to use (default: $FOLLOWUP_BOOK, else ~/.local/share/followup/book.json).", valueName: "path"))
    var book: String?

    @Option(name: .long, help: ArgumentHelp("Freeze the clock on this day, and at this time when one is given (also $FOLLOWUP_TODAY), for reproducible replays.", valueName: "YYYY-MM-DD[ HH:MM]"))
    var today: String?

    @Flag(name: .long, help: "Never use colour (also when $NO_COLOR is set).")
    var noColor = false

    /// The book path the options and environment choose.
    var bookPath: String {
        chosenBookPath ?? BookFiles.defaultBookPath(environment: BookFiles.processEnvironment())
    }

    /// The book named by `--book` or `$FOLLOWUP_BOOK`, nil when neither is given.
    var chosenBookPath: String? {
        if let book, !book.isEmpty { return book }
        if let env = Environment.value("FOLLOWUP_BOOK"), !env.isEmpty { return env }
        return nil
    }

    /// The clock the options choose.
    func clock() throws -> any Clock {
        guard let text = today ?? Environment.value("FOLLOWUP_TODAY"), !text.isEmpty else { return SystemClock() }
        guard let (day, time) = FixedClock.parse(text) else {
            throw ValidationError("--today takes a real date as YYYY-MM-DD, optionally with a time (\"YYYY-MM-DD HH:MM\"), for example --today 2026-11-18 (got “\(text)”).")
        }
        return FixedClock(day, time: time)
    }

    /// Opens the book, prints load warnings, and starts a conversation.
    func openConversation(output: Output) throws -> (Conversation, FileBookStore) {
        let clock = try clock()
        do {
            let store = try FileBookStore(path: bookPath)
            let (book, warnings) = try store.load()
            for w in warnings { output.write(line: w, tone: .warning) }
            // Keep the journal short so loading stays fast: fold it into the snapshot now and then.
            if store.files.journalSize() > Launch.compactJournalBytes { try? store.compact(book) }
            return (Conversation(book: book, store: store, clock: clock, fallbackCurrency: Launch.localeCurrency(),
                                 plays: .live(environment: BookFiles.processEnvironment()), files: LocalFiles(),
                                 mail: .live(environment: BookFiles.processEnvironment())), store)
        } catch let e as StoreError {
            throw Launch.Failure(message: e.message)
        }
    }
}

enum Launch {
    /// A journal bigger than this is folded into the snapshot when a book is opened.
    static let compactJournalBytes = 2_000_000

    /// The currency of the user's locale (LC_ALL, LC_MONETARY, LANG in that order), else CNY.
    static func localeCurrency() -> Currency {
        for name in ["LC_ALL", "LC_MONETARY", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty { return Currency.forLocale(value) ?? .cny }
        }
        return .cny
    }

    /// The locale naming the user's language (LC_ALL, LC_MESSAGES, LANG in that order), if any.
    static func localeLanguage() -> String? {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = Environment.value(name), !value.isEmpty { return value }
        }
        return nil
    }

    /// A start-up failure whose message is already complete.
    struct Failure: Error, CustomStringConvertible {
        let message: String
        var description: String { message }
    }
}

extension Conversation: LineHandler {}
