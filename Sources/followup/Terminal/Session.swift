import FollowUpAssistant
#if canImport(Glibc)
import Glibc
#endif

/// Something that answers lines typed at the prompt or read from a script.
protocol LineHandler: AnyObject {
    /// The reply to one non-empty line (already trimmed of surrounding whitespace).
    func handle(_ line: String) -> Reply
    /// The prompt shown before each line and echoed before script lines, e.g. `"followup> "`.
    var prompt: String { get }
    /// Words that could replace the word being typed, given the line up to the cursor.
    ///
    /// The word being typed is the text after the last whitespace in `line` (possibly empty).
    /// One candidate is inserted followed by a space; several insert their common prefix and a
    /// second Tab lists them.
    func completions(forLineBeforeCursor line: String) -> [String]
    /// Sees a script's `#` comment line (a script can move the clock with `# today: YYYY-MM-DD`).
    func comment(_ line: String)
    /// True while a question waits for its answer.
    var isAsking: Bool { get }
    /// What to say when a script ends before a question was answered.
    var unansweredNotice: String { get }
}

/// Runs the interactive loop: reads lines until a quit reply or end of input, printing replies.
///
/// Ctrl-C (`.interrupted`) just shows a new prompt, empty lines are ignored. Returns the exit
/// status, 0.
func runInteractive(handler: some LineHandler, reader: inout some LineReader, output: Output) -> Int32 {
    while true {
        switch reader.read(prompt: handler.prompt) {
        case .end:
            return 0
        case .interrupted:
            continue
        case .line(let text):
            let line = text.trimmingWhitespace
            guard !line.isEmpty else { continue }
            let reply = handler.handle(line)
            output.write(reply)
            if reply.quit { return 0 }
        }
    }
}

/// Runs lines from a script (`followup run FILE`, `followup < FILE`) and prints a transcript.
///
/// Each line is echoed after the prompt (`followup> LINE`) and followed by its reply. Blank lines
/// are skipped; `#` comment lines are echoed as they are, so the transcript keeps them, and not
/// run. A failed reply stops the run with status 1, unless `keepGoing`: then every line runs and
/// the status is 1 with a last line such as `2 lines failed: 4, 9` (line numbers in the script).
/// A quit reply stops the run. Returns 0 when nothing failed.
func runScript(
    handler: some LineHandler,
    lines: some Sequence<String>,
    output: Output,
    keepGoing: Bool,
    timed: ((_ microseconds: Int, _ line: String) -> Void)? = nil
) -> Int32 {
    var failedLineNumbers: [Int] = []
    for (offset, text) in lines.enumerated() {
        let lineNumber = offset + 1
        let line = text.trimmingWhitespace
        if line.isEmpty { continue }
        if line.hasPrefix("#") {
            output.write(line: line, tone: .muted)
            handler.comment(line)
            continue
        }
        output.write(prompt: handler.prompt, echo: line)
        let started = timed == nil ? 0 : monotonicMicroseconds()
        let reply = handler.handle(line)
        if let timed { timed(monotonicMicroseconds() - started, line) }
        output.write(reply)
        if reply.failed {
            failedLineNumbers.append(lineNumber)
            if !keepGoing { return 1 }
        }
        if reply.quit { break }
    }
    // A script that ends on a question did not do what its last line asked.
    if handler.isAsking {
        output.write(line: handler.unansweredNotice, tone: .error)
        return 1
    }
    guard !failedLineNumbers.isEmpty else { return 0 }
    if keepGoing {
        let count = failedLineNumbers.count
        let numbers = failedLineNumbers.map(String.init).joined(separator: ", ")
        output.write(line: "\(count) \(count == 1 ? "line" : "lines") failed: \(numbers)", tone: .error)
    }
    return 1
}

/// Microseconds on the monotonic clock, for per-line timings.
func monotonicMicroseconds() -> Int {
    var ts = timespec()
    clock_gettime(CLOCK_MONOTONIC, &ts)
    return ts.tv_sec * 1_000_000 + ts.tv_nsec / 1_000
}
