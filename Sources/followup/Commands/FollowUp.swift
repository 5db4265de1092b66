import ArgumentParser
import FollowUpAssistant
import FollowUpCore
import FollowUpStore

/// The `followup` command: the REPL by default, or one of its modes.
@main
struct FollowUp: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "followup",
        abstract: "Your assistant for the work after the sale: getting paid, reminders, customers.",
        discussion: """
            With no command, starts the interactive prompt (or, when input is not a terminal, \
            runs the lines it is given as a script). Type 'help' at the prompt for what it understands.
            """,
        subcommands: [Interactive.self, Run.self, Say.self, Parse.self, Plays.self],
        defaultSubcommand: Interactive.self
    )

    /// Lets the shared options come before the command too (`followup --book B say …`).
    static func main() {
        let args = reorderedArguments(Array(CommandLine.arguments.dropFirst()))
        // The usual one-shot line skips the argument parser's reflection over every command,
        // a tenth of a quick `say agenda`; anything unusual goes through the parser.
        if let say = Say.plain(args) {
            do { try say.run() } catch { Say.exit(withError: error) }
            return
        }
        main(args)
    }

    /// The arguments with the first command name moved to the front, past options and their values.
    static func reorderedArguments(_ args: [String]) -> [String] {
        let commands: Set<String> = ["repl", "run", "say", "parse", "plays", "help"]
        let takesValue: Set<String> = ["--book", "--today", "--timings"]
        var i = 0
        while i < args.count {
            let a = args[i]
            if commands.contains(a) {
                guard i > 0 else { return args }
                var out = args
                out.remove(at: i)
                out.insert(a, at: 0)
                return out
            }
            guard a.hasPrefix("-") else { return args }
            i += takesValue.contains(a) ? 2 : 1
        }
        return args
    }
}

/// The interactive prompt (or a script from standard input).
struct Interactive: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "repl", abstract: "Start the interactive prompt (the default).")

    @OptionGroup var options: GlobalOptions
    @Flag(name: .long, help: "With a script on standard input: run every line even after one fails.")
    var keepGoing = false
    @Flag(name: .long, help: "Open the prompt without the greeting and today's summary.")
    var quiet = false

    func run() throws {
        let output = Output(noColor: options.noColor)
        let (conversation, _) = try start(options, output)
        defer { conversation.finish() }
        let status: Int32
        if var editor = EditLineReader(historyPath: BookFiles.defaultHistoryPath(environment: BookFiles.processEnvironment()),
                                       completions: { [conversation] in conversation.completions(forLineBeforeCursor: $0) }) {
            // Only at a terminal: a script, `say`, `run` and `parse` print replies alone.
            if !quiet, let opening = conversation.openingLine(locale: Launch.localeLanguage()) { output.write(opening) }
            status = runInteractive(handler: conversation, reader: &editor, output: output)
            editor.close()
        } else {
            status = runScript(handler: conversation, lines: PlainLineReader(), output: output, keepGoing: keepGoing)
        }
        if status != 0 { throw ExitCode(status) }
    }
}

/// Runs a file of lines as a session and prints the transcript.
struct Run: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Run the lines of FILE in order, printing a transcript.")

    @OptionGroup var options: GlobalOptions
    @Flag(name: .long, help: "Run every line even after one fails (the exit status still says so).")
    var keepGoing = false
    @Option(name: .long, help: ArgumentHelp("Write how long each line took to FILE (microseconds, tab, line).", valueName: "file"))
    var timings: String?
    @Argument(help: "A file with one line per command; lines starting with # are comments.")
    var file: String

    func run() throws {
        let output = Output(noColor: options.noColor)
        guard let reader = ScriptFile.open(file) else {
            throw Launch.Failure(message: "Could not read the script \(file). Check the path, e.g. followup run session.txt")
        }
        let (conversation, _) = try start(options, output)
        var log = TimingLog(path: timings)
        let status = runScript(handler: conversation, lines: reader, output: output, keepGoing: keepGoing,
                               timed: timings == nil ? nil : { log.add($0, $1) })
        log.close()
        conversation.finish()
        if status != 0 { throw ExitCode(status) }
    }
}

/// One line, one reply.
struct Say: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Say one line and print the reply, e.g. followup say \"Acme paid 5k\".")

    @OptionGroup var options: GlobalOptions
    @Flag(name: .long, help: "Print one JSON object: input, reply, failed, question (when one was asked) and the changes saved.")
    var json = false
    @Flag(name: .long, help: "Answer yes when the line asks a yes/no question (an import's preview, a new customer).")
    var yes = false
    // Unknown options are words of the line: `followup say aging --csv` passes `--csv` on.
    @Argument(parsing: .allUnrecognized, help: "The line, as you would type it at the prompt.")
    var words: [String]

    /// `say` with nothing the parser has to decide: `--book PATH`, `--today DAY` (a valid day),
    /// `--no-color`, `--json`, `--yes`, each at most once and before the line, then words none
    /// of which looks like an option or asks for help. Nil for anything else.
    static func plain(_ args: [String]) -> Say? {
        guard args.first == "say" else { return nil }
        var book: String?, today: String?, noColor = false, json = false, yes = false
        var i = 1
        while i < args.count, args[i].hasPrefix("-") {
            switch args[i] {
            case "--book", "--today":
                guard i + 1 < args.count, !args[i + 1].hasPrefix("-") else { return nil }
                if args[i] == "--book" {
                    guard book == nil else { return nil }
                    book = args[i + 1]
                } else {
                    guard today == nil, Day(iso: args[i + 1]) != nil else { return nil }
                    today = args[i + 1]
                }
                i += 2
                continue
            case "--no-color" where !noColor: noColor = true
            case "--json" where !json: json = true
            case "--yes" where !yes: yes = true
            default: return nil
            }
            i += 1
        }
        let words = Array(args[i...])
        guard !words.isEmpty, !words.contains(where: { $0.hasPrefix("-") || $0 == "help" }) else { return nil }
        var options = GlobalOptions()
        options.book = book
        options.today = today
        options.noColor = noColor
        // The clock's day may come from the environment: one it refuses goes through the parser's message.
        guard (try? options.clock()) != nil else { return nil }
        var say = Say()
        say.options = options
        say.json = json
        say.yes = yes
        say.words = words
        return say
    }

    func run() throws {
        let output = Output(noColor: options.noColor)
        let line = words.joined(separator: " ")
        // With --json, standard output carries the object alone: load warnings go to stderr.
        let (conversation, _) = try start(options, json ? Output(usesColor: false, sink: { fputsStandardError($0) }) : output)
        var reply = conversation.handle(line)
        // `--yes`: the question's answer, as the next line at the prompt would give it.
        if yes, conversation.isAskingYesNo {
            let answer = conversation.handle("yes")
            var both = Reply(lines: reply.lines + answer.lines, failed: answer.failed, quit: answer.quit)
            both.changes = answer.changes
            reply = both
        }
        if json {
            output.write(raw: SayReport.json(input: line, reply: reply, asking: conversation.isAsking) + "\n")
        } else {
            output.write(reply)
        }
        if reply.failed || conversation.isAsking { throw ExitCode(1) }
    }
}

/// `say --json`: `{"input":…,"reply":…,"failed":…,"question":…,"changes":[{"type":…},…]}`.
enum SayReport {
    static func json(input: String, reply: Reply, asking: Bool) -> String {
        var w = JSONWriter()
        w.beginObject()
        w.field("input", input)
        w.field("reply", reply.text)
        w.field("failed", reply.failed)
        if asking { w.field("question", reply.text) }
        w.key("changes")
        w.beginArray()
        for event in reply.changes { event.writeJSON(&w) }
        w.endArray()
        w.endObject()
        return w.text
    }
}

/// Starts a conversation, turning start-up failures into a message and exit status 1.
func start(_ options: GlobalOptions, _ output: Output) throws -> (Conversation, FileBookStore) {
    do {
        return try options.openConversation(output: output)
    } catch let f as Launch.Failure {
        fputsStandardError(f.message + "\n")
        throw ExitCode(1)
    }
}
