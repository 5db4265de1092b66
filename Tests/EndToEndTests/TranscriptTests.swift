import Foundation
import XCTest
import FollowUpAssistant
import FollowUpCore
import FollowUpPlaybook
import FollowUpStore
@testable import followup

/// Replays every `Tests/Transcripts/*.session` and compares the output exactly.
///
/// A session file is what `followup run` prints for its `>` lines, with the prompt written as `> `.
/// `# today: YYYY-MM-DD` in the first lines pins the clock. Set `UPDATE_TRANSCRIPTS=1` to rewrite
/// the files from the actual output when authoring a new one (then read the result line by line).
final class TranscriptTests: XCTestCase {
    static let directory = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Transcripts")
    /// Files the sessions name (`import invoices invoices.csv`), copied beside each session's
    /// book, where relative paths in its lines are found and `--csv FILE` writes.
    static let files = directory.appendingPathComponent("Files")

    func testEveryTranscript() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: Self.directory.path)
            .filter { $0.hasSuffix(".session") }.sorted()
        XCTAssertFalse(files.isEmpty, "no transcripts found in \(Self.directory.path)")
        for name in files {
            let url = Self.directory.appendingPathComponent(name)
            let expected = try String(contentsOf: url, encoding: .utf8)
            let actual = try Self.replay(expected)
            if ProcessInfo.processInfo.environment["UPDATE_TRANSCRIPTS"] == "1", actual != expected {
                try actual.write(to: url, atomically: true, encoding: .utf8)
                continue
            }
            if actual != expected { XCTFail("\(name): " + Self.firstDifference(expected, actual)) }
        }
    }

    /// Runs a session file's input lines against a fresh book and returns the transcript.
    static func replay(_ session: String) throws -> String {
        let lines = session.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        var today = Day(year: 2026, month: 11, day: 18)!
        var script: [String] = []
        for line in lines {
            if line.hasPrefix("# today:"), let (d, _) = FixedClock.parse(String(line.dropFirst(8))) { today = d }
            if line.hasPrefix("> ") { script.append(String(line.dropFirst(2))) } else if line == ">" { script.append("") }
            else if line.hasPrefix("#") { script.append(line) }
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("followup-transcript-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = try FileBookStore(path: dir.appendingPathComponent("book.json").path)
        let (book, _) = try store.load()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: files.path)) ?? [] {
            try FileManager.default.copyItem(at: files.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        // The bundled plays only; `plays check Tests/Transcripts/plays/…` reads from the package root,
        // as the binary does when replay_test.py links that folder beside the session's book.
        let root = directory.deletingLastPathComponent().deletingLastPathComponent().path
        // A home with no plays of its own, as replay_test.py gives the binary.
        let home = "/followup-transcripts-home"
        let plays = PlaySetup(userFolder: home + "/.config/followup/plays", files: DiskPlayFiles(base: root), home: home)
        let conversation = Conversation(book: book, store: store, clock: FixedClock(today), plays: plays,
                                        files: LocalFiles(directory: dir.path),
                                        // Drafts where the binary puts them under replay_test.py's home.
                                        mail: MailSetup(draftsFolder: dir.path + "/home/.local/share/followup/drafts",
                                                        home: dir.path + "/home"))
        let captured = Captured()
        let output = Output(usesColor: false, sink: { captured.append($0) })
        _ = runScript(handler: conversation, lines: script, output: output, keepGoing: true)
        return captured.text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            for prompt in ["followup> ", "followup? "] where line.hasPrefix(prompt) { return "> " + line.dropFirst(prompt.count) }
            return String(line)
        }.joined(separator: "\n")
    }

    static func firstDifference(_ expected: String, _ actual: String) -> String {
        let e = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let a = actual.split(separator: "\n", omittingEmptySubsequences: false)
        for i in 0..<max(e.count, a.count) {
            let el = i < e.count ? String(e[i]) : "<end>"
            let al = i < a.count ? String(a[i]) : "<end>"
            if el != al { return "line \(i + 1)\n  expected: \(el)\n  actual:   \(al)" }
        }
        return "outputs differ"
    }
}

/// Collects output text; the sink is called synchronously from one thread.
final class Captured: @unchecked Sendable {
    private(set) var text = ""
    func append(_ s: String) { text += s }
}
