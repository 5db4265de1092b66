import ArgumentParser
import FollowUpAssistant
import FollowUpLanguage
import FollowUpStore

/// `followup plays`: the playbook with sources; `followup plays check FILE`: one file checked.
/// No book is opened: plays do not depend on it.
struct Plays: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the plays (bundled and yours), or check a play file.",
        subcommands: [PlaysList.self, PlaysCheck.self],
        defaultSubcommand: PlaysList.self
    )
}

/// Options of the plays commands.
struct PlaysOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Answer in English or Chinese.", valueName: "en|zh"))
    var lang: String = "en"

    @Flag(name: .long, help: "Never use colour (also when $NO_COLOR is set).")
    var noColor = false

    func language() throws -> Lang {
        switch lang.lowercased() {
        case "en", "english": return .en
        case "zh", "cn", "chinese": return .zh
        default: throw ValidationError("--lang takes en or zh (got “\(lang)”).")
        }
    }
}

struct PlaysList: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "Every play with its topic, title and source.")

    @OptionGroup var options: PlaysOptions

    func run() throws {
        let output = Output(noColor: options.noColor)
        let setup = PlaySetup.live(environment: BookFiles.processEnvironment())
        output.write(Reply(lines: PlaysReport.list(setup: setup, lang: try options.language())))
    }
}

struct PlaysCheck: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check", abstract: "Check a play file: each problem with its line, or that all is fine (exit 1 on problems).")

    @OptionGroup var options: PlaysOptions
    @Argument(help: "The play file (YAML, see docs/PLAYS.md).")
    var file: String

    func run() throws {
        let output = Output(noColor: options.noColor)
        let lang = try options.language()
        let report = PlaysReport.check(file, setup: PlaySetup.live(environment: BookFiles.processEnvironment()), lang)
        if let why = report.unreadable {
            fputsStandardError((lang == .zh ? "无法检查\(file)：\(why)。" : "Can't check \(file): \(why).") + "\n")
            throw ExitCode(1)
        }
        output.write(Reply(lines: report.lines))
        if !report.clean { throw ExitCode(1) }
    }
}
