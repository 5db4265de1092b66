import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `plays` (every play with its source) and `plays check FILE`.
enum PlaysCommands {
    typealias W = PlaysWording

    static func list(_ c: Context) -> Outcome {
        .show(PlaysReport.list(c.plays.playbook, setup: c.plays.setup, c.lang))
    }

    static func check(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let typed = p.slots.text else { throw Problem.needPlayFile }
        let report = PlaysReport.check(typed, setup: c.plays.setup, c.lang)
        if let why = report.unreadable { throw Problem.unreadablePlayFile(typed, reason: why) }
        return .show(report.lines)
    }
}

/// The listing and the check, also for `followup plays` and `followup plays check FILE`.
public enum PlaysReport {
    /// Every play, a table of id, topic, title and source, then the problems in the user's files.
    public static func list(setup: PlaySetup, lang: Lang) -> [Reply.Line] {
        list(Playbook.load(userFolder: setup.userFolder, files: setup.files, bundled: setup.bundled), setup: setup, lang)
    }

    static func list(_ book: Playbook, setup: PlaySetup, _ lang: Lang) -> [Reply.Line] {
        let yours = book.plays.filter(\.origin.isUser).count
        var lines = [Reply.Line(PlaysWording.listHeading(total: book.plays.count, yours: yours, lang), tone: .heading)]
        var rows = [PlaysWording.columns(lang)]
        for play in book.plays {
            rows.append([play.id, PlaysWording.topic(play.topic, lang), play.text(lang.play).title, PlaysWording.sourceCell(play, lang)])
        }
        lines += Table.render(rows).map { Reply.Line($0) }
        if !book.issues.isEmpty {
            lines.append(Reply.Line(ScriptWording.issuesHeading(book.issues.count, lang), tone: .warning))
            for i in book.issues { lines.append(Reply.Line(ScriptWording.issue(i, lang), tone: .warning)) }
        }
        lines.append(Reply.Line(PlaysWording.listFoot(folder: setup.userFolder, home: setup.home, lang), tone: .muted))
        return lines
    }

    /// The result of checking one file.
    public struct Check: Sendable {
        public var lines: [Reply.Line]
        /// The file could not be read at all (missing, a folder, too big); the lines are empty.
        public var unreadable: String?
        /// Every play in the file is fine.
        public var clean: Bool
    }

    /// Reads `typed` (a path; `~/` is the home folder) and reports each problem with its line and
    /// reason, or that all its plays are fine, and which bundled plays it would replace.
    public static func check(_ typed: String, setup: PlaySetup, _ lang: Lang) -> Check {
        var path = typed
        if path.hasPrefix("~/"), let home = setup.home { path = home + String(path.dropFirst(1)) }
        let file = PlayFiles.read(path, files: setup.files)
        let shown = typed
        // Only a file that could not be read at all is "can't check"; anything in it is a problem.
        if let whole = file.issues.first(where: { $0.skipsFile && $0.line == nil }) {
            return Check(lines: [], unreadable: PlaysWording.unreadable(whole.reason, lang), clean: false)
        }
        var lines: [Reply.Line] = []
        let bundled = Playbook.bundled()
        let replaced = file.plays.map(\.id).filter { bundled.play($0) != nil }
        if file.issues.isEmpty {
            lines.append(Reply.Line(PlaysWording.allFine(shown, count: file.plays.count, lang), tone: .success))
        } else {
            let whole = file.issues.contains(where: \.skipsFile)
            lines.append(Reply.Line(PlaysWording.problems(shown, count: file.issues.count, loaded: file.plays.count,
                                                          total: file.total, wholeFile: whole, lang), tone: .warning))
            for i in file.issues {
                var s = "  "
                if let line = i.line { s += lang == .zh ? "第\(line)行" : "line \(line)" }
                if let play = i.play { s += " (\(play))" }
                s += (lang == .zh ? "：" : ": ") + PlaysWording.reason(i.reason, lang)
                lines.append(Reply.Line(s, tone: .warning))
            }
        }
        if !replaced.isEmpty { lines.append(Reply.Line(PlaysWording.replaces(replaced, lang), tone: .muted)) }
        return Check(lines: lines, unreadable: nil, clean: file.issues.isEmpty)
    }
}
