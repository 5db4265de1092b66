import FollowUpCore
@preconcurrency import CLibEdit
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads lines from a terminal with libedit: editing, history, Ctrl-R search and Tab completion.
///
/// Only for when stdin and stdout are both terminals (see `isInteractiveTerminal`); otherwise
/// libedit turns editing off and arrow keys would land in the text. Ctrl-C throws the half-typed
/// line away (`.interrupted`) instead of killing the program, Ctrl-D on an empty line ends input.
/// Each non-empty line goes into the history, which is saved to the history file at once so a
/// crash keeps it. Call `close()` (or drop the reader) before exiting to free libedit.
final class EditLineReader: LineReader {
    private let editLine: OpaquePointer
    private let history: OpaquePointer
    private let state: EditLineState
    private let historyPath: String?
    private var historyFileReady = false
    private var warnedAboutHistory = false
    private var closed = false
    /// The SIGINT action to put back on `close()`, when this reader replaced it.
    private var previousInterruptAction: sigaction?

    /// Whether stdin and stdout are both terminals, the only case where line editing works.
    static var isInteractiveTerminal: Bool {
        fu_stdin_isatty() != 0 && fu_stdout_isatty() != 0
    }

    /// Sets up libedit on the terminal, or returns nil when stdin or stdout is not a terminal.
    ///
    /// - Parameters:
    ///   - historyPath: File the history is loaded from and saved to (created with mode 0600,
    ///     its directories with 0700); nil keeps history in memory only.
    ///   - historySize: How many lines the history keeps.
    ///   - completions: Given the line up to the cursor, the words that could replace the word
    ///     being typed (the text after the last whitespace). Usually they start with that word.
    ///   - catchInterruptsBetweenLines: While editing, ^C is an ordinary key; between lines (while
    ///     a command runs, or in the instant before the prompt switches the terminal to raw mode)
    ///     it is SIGINT, which would kill the program. When true (the default), SIGINT is caught
    ///     and does nothing until `close()`. Pass false to handle SIGINT yourself.
    init?(
        historyPath: String?,
        historySize: Int32 = 1000,
        catchInterruptsBetweenLines: Bool = true,
        completions: @escaping (String) -> [String] = { _ in [] }
    ) {
        guard EditLineReader.isInteractiveTerminal else { return nil }
        // libedit decodes input with the C locale; without a UTF-8 one it drops CJK characters.
        _ = fu_setlocale_utf8()
        guard let history = fu_history_init(historySize) else { return nil }
        guard let editLine = fu_el_init("followup") else {
            history_end(history)
            return nil
        }
        self.editLine = editLine
        self.history = history
        self.historyPath = historyPath
        self.state = EditLineState(completions: completions, history: history)

        fu_el_set_clientdata(editLine, Unmanaged.passUnretained(state).toOpaque())
        // The editor must be chosen first: choosing it resets the key bindings.
        fu_el_set_editor_emacs(editLine)
        fu_el_set_signal(editLine, 1)
        fu_el_set_history(editLine, history)
        // libedit's insert-character path misplaces the cursor by one column when a wide (CJK)
        // character follows the insertion point; without insert capabilities it redraws the
        // rest of the line instead, which is correct.
        for capability in ["IC", "ic", "im", "ei"] {
            fu_el_settc(editLine, capability, "")
        }
        fu_el_set_prompt(editLine) { editLine in
            guard let editLine, let state = EditLineState.from(editLine) else { return fu_empty_prompt() }
            return state.promptText ?? fu_empty_prompt()
        }
        // ^C must reach the bound function as a key instead of raising SIGINT while editing.
        fu_el_setty_no_isig(editLine)
        fu_el_addfn(editLine, "followup-cancel", "Throw the line away", { editLine, _ in
            guard let editLine, let state = EditLineState.from(editLine) else { return UInt8(CC_ERROR) }
            return state.cancel(editLine)
        })
        fu_el_addfn(editLine, "followup-complete", "Complete the word", { editLine, _ in
            guard let editLine, let state = EditLineState.from(editLine) else { return UInt8(CC_ERROR) }
            return state.complete(editLine)
        })
        // libedit's own em-inc-search-prev looks keys up by their low byte, so the second CJK
        // character of a pattern (店 is U+5E97) can end the search and land in the line.
        fu_el_addfn(editLine, "followup-search", "Search the history", { editLine, _ in
            guard let editLine, let state = EditLineState.from(editLine) else { return UInt8(CC_ERROR) }
            return state.search(editLine)
        })
        fu_el_bind(editLine, "^C", "followup-cancel")
        fu_el_bind(editLine, "^I", "followup-complete")
        fu_el_bind(editLine, "^R", "followup-search")

        if let historyPath {
            _ = fu_history_load(history, historyPath)
        }
        if catchInterruptsBetweenLines {
            // A handler that does nothing, rather than SIG_IGN, so programs started later get the
            // default action back; SA_RESTART keeps reads and writes from failing with EINTR.
            var action = sigaction()
            action.__sigaction_handler.sa_handler = { _ in }
            action.sa_flags = SA_RESTART
            sigemptyset(&action.sa_mask)
            var previous = sigaction()
            if sigaction(SIGINT, &action, &previous) == 0 {
                previousInterruptAction = previous
            }
        }
    }

    deinit {
        close()
    }

    /// Frees libedit and puts the terminal back as it was; later reads return `.end`.
    func close() {
        guard !closed else { return }
        closed = true
        el_end(editLine)
        history_end(history)
        if var previous = previousInterruptAction {
            _ = sigaction(SIGINT, &previous, nil)
            previousInterruptAction = nil
        }
    }

    /// Shows `prompt` and reads one edited line.
    ///
    /// Colour escapes (`ESC [ ... m`) in the prompt are allowed; they take no columns.
    func read(prompt: String) -> LineInput {
        guard !closed else { return .end }
        state.setPrompt(EditLineReader.markingEscapes(in: prompt))
        state.cancelled = false
        state.lastListing = nil
        var count: Int32 = 0
        errno = 0
        guard let raw = el_gets(editLine, &count) else {
            let error = errno
            // Leave the next prompt (or the shell's) a fresh line.
            fu_stdout_write("\n", 1)
            // A signal (SIGINT from `kill`, or ^C in the instant before raw mode) interrupted
            // the read; libedit has already put the terminal back, so just prompt again.
            if count < 0, error == EINTR { return .interrupted }
            // Ctrl-D on an empty line, end of file or a read error.
            return .end
        }
        // el_gets returns its own buffer, valid only until the next call: copy it now.
        var line = String(cString: raw)
        if state.cancelled {
            state.cancelled = false
            return .interrupted
        }
        while let last = line.last, last == "\n" || last == "\r\n" || last == "\r" {
            line.removeLast()
        }
        remember(line)
        return .line(line)
    }

    /// Adds a non-empty line to the history and saves the history file.
    private func remember(_ line: String) {
        // Tab completion leaves a trailing space; history should not keep it.
        let entry = line.trimmingWhitespace
        guard !entry.isEmpty else { return }
        _ = fu_history_enter(history, entry)
        guard let historyPath else { return }
        if !historyFileReady {
            historyFileReady = EditLineReader.prepareHistoryFile(at: historyPath)
        }
        let saved = historyFileReady && fu_history_save(history, historyPath) >= 0
        // libedit creates the file with fopen, so make sure it stays private.
        if saved {
            _ = chmod(historyPath, 0o600)
        } else if !warnedAboutHistory {
            warnedAboutHistory = true
            fputsStandardError("followup: cannot save history to \(historyPath)\n")
        }
    }

    /// Creates the history file's directories (0700) and the file itself (0600) if missing.
    private static func prepareHistoryFile(at path: String) -> Bool {
        guard makeDirectories(for: path) else { return false }
        let fd = open(path, O_WRONLY | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return false }
        Glibc.close(fd)
        return true
    }

    /// Makes every missing directory above `path`, like `mkdir -p` on its parent.
    private static func makeDirectories(for path: String) -> Bool {
        var parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !parts.isEmpty else { return false }
        parts.removeLast()
        var current = path.hasPrefix("/") ? "" : "."
        for part in parts {
            current += "/" + part
            if mkdir(current, 0o700) != 0, errno != EEXIST { return false }
        }
        return true
    }

    /// `prompt` with each ANSI escape sequence wrapped in `\u{1}` so libedit does not count its
    /// bytes as columns.
    static func markingEscapes(in prompt: String) -> String {
        guard prompt.contains("\u{1B}") else { return prompt }
        var result = ""
        var inEscape = false
        for scalar in prompt.unicodeScalars {
            if scalar == "\u{1B}", !inEscape {
                inEscape = true
                result.unicodeScalars.append("\u{1}")
            }
            result.unicodeScalars.append(scalar)
            // A CSI sequence ends at its first letter.
            if inEscape, scalar != "\u{1B}", scalar != "[", scalar.properties.isAlphabetic {
                inEscape = false
                result.unicodeScalars.append("\u{1}")
            }
        }
        if inEscape { result.unicodeScalars.append("\u{1}") }
        return result
    }
}

/// Swift state the libedit callbacks reach through `EL_CLIENTDATA`.
private final class EditLineState {
    /// The prompt as a C string owned by this object; libedit reads it on every redraw.
    private(set) var promptText: UnsafeMutablePointer<CChar>?
    /// Set by the Ctrl-C function so `read` knows the line was thrown away.
    var cancelled = false
    /// The line and cursor after the last Tab, so a second Tab in a row lists the candidates.
    var lastListing: (line: [UInt8], cursor: Int)?
    private let completions: (String) -> [String]
    private let history: OpaquePointer
    /// The last Ctrl-R pattern, searched again by Ctrl-R on an empty pattern.
    private var lastPattern: [Unicode.Scalar] = []

    init(completions: @escaping (String) -> [String], history: OpaquePointer) {
        self.completions = completions
        self.history = history
    }

    deinit {
        free(promptText)
    }

    /// The state stored in `editLine`'s client data.
    static func from(_ editLine: OpaquePointer) -> EditLineState? {
        guard let data = fu_el_get_clientdata(editLine) else { return nil }
        return Unmanaged<EditLineState>.fromOpaque(data).takeUnretainedValue()
    }

    func setPrompt(_ prompt: String) {
        free(promptText)
        promptText = strdup(prompt)
    }

    /// Ctrl-C: marks the line cancelled, shows `^C` at its end and ends it like Enter would.
    func cancel(_ editLine: OpaquePointer) -> UInt8 {
        cancelled = true
        fu_el_cursor_to_end(editLine)
        _ = el_insertstr(editLine, "^C")
        // Pushing a newline lets libedit finish the line and move below it the normal way.
        el_push(editLine, "\n")
        return UInt8(CC_REFRESH)
    }

    /// Ctrl-R: searches the history backwards as you type, by whole characters.
    ///
    /// The prompt shows the pattern and the line the newest match; Ctrl-R again finds an older
    /// one, Backspace shortens the pattern, Enter runs the line, Ctrl-G puts the line back as
    /// it was, and any other control key (arrows, Ctrl-A, Ctrl-C…) ends the search on the match
    /// and then does its usual job.
    func search(_ editLine: OpaquePointer) -> UInt8 {
        var entries: [[Unicode.Scalar]] = []
        var entry = fu_history_newest(history)
        while let text = entry {
            entries.append(Array(String(cString: text).unicodeScalars))
            entry = fu_history_older(history)
        }
        let original = currentLine(editLine)
        let originalText = Array(String(decoding: original.line, as: UTF8.self).unicodeScalars)
        let originalCursor = String(decoding: original.line[0..<original.cursor], as: UTF8.self).unicodeScalars.count
        let savedPrompt = promptText.map { String(cString: $0) } ?? ""
        var pattern: [Unicode.Scalar] = []
        var match: Int? // index in entries, newest first
        var failing = false
        var shown = (text: originalText, cursor: originalCursor, prompt: savedPrompt)

        func show(_ text: [Unicode.Scalar], cursor: Int, prompt: String) {
            EditLineState.moveToPromptStart(prompt: shown.prompt, line: shown.text, cursor: shown.cursor)
            setPrompt(prompt)
            fu_el_cursor_to_end(editLine)
            let count = fu_el_character_count(editLine)
            if count > 0 { el_deletestr(editLine, count) }
            if !text.isEmpty { _ = el_insertstr(editLine, String(String.UnicodeScalarView(text))) }
            if text.count > cursor { _ = el_cursor(editLine, Int32(cursor - text.count)) }
            fu_el_redraw(editLine)
            shown = (text, cursor, prompt)
        }
        /// Finds the pattern in entries from `start` on, skipping lines equal to `skipping`.
        func find(from start: Int, skipping: [Unicode.Scalar]? = nil) -> Bool {
            guard !pattern.isEmpty, start < entries.count else { return false }
            for i in start..<entries.count where entries[i] != skipping {
                if let at = EditLineState.firstIndex(of: pattern, in: entries[i]) {
                    match = i
                    show(entries[i], cursor: at, prompt: label())
                    return true
                }
            }
            return false
        }
        func label() -> String { EditLineState.searchLabel(pattern, failing: failing) }
        func showCurrent() {
            if let m = match {
                show(entries[m], cursor: EditLineState.firstIndex(of: pattern, in: entries[m]) ?? 0, prompt: label())
            } else {
                show(originalText, cursor: originalCursor, prompt: label())
            }
        }

        showCurrent()
        while true {
            let key = fu_el_getc(editLine)
            switch key {
            case 0x12: // Ctrl-R: an older match (or the last pattern again)
                if pattern.isEmpty { pattern = lastPattern }
                if pattern.isEmpty { continue }
                failing = !find(from: (match ?? -1) + 1, skipping: match.map { entries[$0] })
                if failing { showCurrent(); beep() }
            case 0x7F, 0x08: // Backspace: a shorter pattern, searched from the newest line again
                if !pattern.isEmpty { pattern.removeLast() }
                match = nil
                failing = !pattern.isEmpty && !find(from: 0)
                if pattern.isEmpty || failing { showCurrent() }
            case 0x07: // Ctrl-G: the line as it was
                show(originalText, cursor: originalCursor, prompt: savedPrompt)
                return UInt8(CC_REFRESH)
            case 0x0D, 0x0A: // Enter: run the match
                lastPattern = pattern
                show(shown.text, cursor: shown.cursor, prompt: savedPrompt)
                // libedit's own newline moves below the line and ends it the normal way.
                fu_el_push_key(editLine, 0x0A)
                return UInt8(CC_REFRESH)
            default:
                guard key >= 0x20, key != 0x7F, let scalar = Unicode.Scalar(UInt32(key)) else {
                    // End of input, or another control key: keep the match and let the key act.
                    lastPattern = pattern
                    show(shown.text, cursor: shown.cursor, prompt: savedPrompt)
                    if key < 0 { return UInt8(CC_EOF) }
                    fu_el_push_key(editLine, key)
                    return UInt8(CC_REFRESH)
                }
                pattern.append(scalar)
                // A longer pattern may still fit the current match.
                failing = !find(from: match ?? 0)
                if failing { showCurrent(); beep() }
            }
        }
    }

    /// The search prompt in plain words, in the pattern's language (Chinese once it holds a
    /// Chinese character): `search history "acme": `, `搜索历史“东方”：`, and when nothing matches,
    /// `no match in history "xyz": `. Not readline's `(reverse-i-search)` jargon.
    static func searchLabel(_ pattern: [Unicode.Scalar], failing: Bool) -> String {
        let text = String(String.UnicodeScalarView(pattern))
        if pattern.contains(where: { $0.value >= 0x2E80 }) {
            return failing ? "历史里没有“\(text)”：" : "搜索历史“\(text)”："
        }
        if pattern.isEmpty { return "search history (type to find, Ctrl-G to cancel): " }
        return failing ? "no match in history \"\(text)\": " : "search history \"\(text)\": "
    }

    /// Where `needle` first starts in `haystack`, in characters.
    static func firstIndex(of needle: [Unicode.Scalar], in haystack: [Unicode.Scalar]) -> Int? {
        guard !needle.isEmpty else { return nil }
        return haystack.firstRange(of: needle)?.lowerBound
    }

    /// Moves the terminal cursor from its place in the shown line to the start of the prompt and
    /// clears below, so libedit can draw prompt and line afresh (its refresh assumes that spot).
    private static func moveToPromptStart(prompt: String, line: [Unicode.Scalar], cursor: Int) {
        let columns = max(Int(fu_terminal_columns()), 1)
        let before = visiblePrompt(prompt) + String(String.UnicodeScalarView(line.prefix(cursor)))
        let row = TextWidth.of(before) / columns
        let text = (row > 0 ? "\u{1B}[\(row)A" : "") + "\r\u{1B}[J"
        fu_stdout_write(text, text.utf8.count)
    }

    /// The prompt without its `\u{1}`-marked escapes, as the terminal shows it.
    private static func visiblePrompt(_ prompt: String) -> String {
        var out = String.UnicodeScalarView()
        var hidden = false
        for u in prompt.unicodeScalars {
            if u == "\u{1}" { hidden.toggle(); continue }
            if !hidden { out.append(u) }
        }
        return String(out)
    }

    private func beep() {
        fu_stdout_write("\u{7}", 1)
    }

    /// Tab: completes the word before the cursor, or lists the candidates on a second Tab.
    func complete(_ editLine: OpaquePointer) -> UInt8 {
        let (line, cursor) = currentLine(editLine)
        let before = String(decoding: line[0..<cursor], as: UTF8.self)
        let word = String(before.reversed().prefix { !$0.isWhitespace }.reversed())
        var seen = Set<String>()
        // Names come from the book: shown and inserted with their control characters escaped.
        let candidates = completions(before).map(Output.visible).filter { !$0.isEmpty && seen.insert($0).inserted }

        if candidates.isEmpty {
            lastListing = nil
            return UInt8(CC_REFRESH_BEEP)
        }
        if candidates.count == 1, let only = candidates.first {
            lastListing = nil
            replace(word, with: only + " ", in: editLine)
            return UInt8(CC_REFRESH)
        }
        let prefix = commonPrefix(of: candidates)
        if prefix.unicodeScalars.count > word.unicodeScalars.count {
            replace(word, with: prefix, in: editLine)
            let after = currentLine(editLine)
            lastListing = (after.line, after.cursor)
            return UInt8(CC_REFRESH)
        }
        if let last = lastListing, last.line == line, last.cursor == cursor {
            list(candidates)
            return UInt8(CC_REDISPLAY)
        }
        lastListing = (line, cursor)
        return UInt8(CC_REFRESH_BEEP)
    }

    /// The edit buffer's bytes and the cursor's byte offset in them.
    private func currentLine(_ editLine: OpaquePointer) -> (line: [UInt8], cursor: Int) {
        let length = fu_el_line_length(editLine)
        guard length > 0, let buffer = fu_el_line_buffer(editLine) else { return ([], 0) }
        let bytes = UnsafeRawBufferPointer(start: buffer, count: length)
        let cursor = min(fu_el_cursor_byte_offset(editLine), length)
        return (Array(bytes), cursor)
    }

    private func replace(_ word: String, with replacement: String, in editLine: OpaquePointer) {
        // libedit counts wide characters, which are Unicode scalars on Linux.
        let count = word.unicodeScalars.count
        if count > 0 { el_deletestr(editLine, Int32(count)) }
        _ = el_insertstr(editLine, replacement)
    }

    private func commonPrefix(of words: [String]) -> String {
        guard var prefix = words.first.map(Array.init) else { return "" }
        for word in words.dropFirst() {
            let characters = Array(word)
            var length = 0
            while length < prefix.count, length < characters.count, prefix[length] == characters[length] {
                length += 1
            }
            prefix.removeSubrange(length...)
        }
        return String(prefix)
    }

    /// Prints the candidates in columns under the line; libedit then redraws the prompt and line.
    private func list(_ candidates: [String]) {
        let columns = max(Int(fu_terminal_columns()), 20)
        let widest = candidates.map(TextWidth.of).max() ?? 1
        let cellWidth = widest + 2
        let perRow = max(1, columns / cellWidth)
        let rows = (candidates.count + perRow - 1) / perRow
        var text = "\n"
        for row in 0..<rows {
            var cells: [String] = []
            // Column-major order, like ls and shells.
            for column in 0..<perRow {
                let index = column * rows + row
                guard index < candidates.count else { break }
                cells.append(candidates[index])
            }
            let line = cells.enumerated().map { offset, cell in
                offset == cells.count - 1 ? cell : TextWidth.padRight(cell, cellWidth)
            }.joined()
            text += line + "\n"
        }
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress { fu_stdout_write(base, chars.count) }
            }
        }
    }
}
