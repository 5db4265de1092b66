@preconcurrency import CLibEdit
import FollowUpAssistant
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Writes replies to standard output (or another sink), in colour only where that is wanted.
struct Output: Sendable {
    /// Whether tones become ANSI colours.
    let usesColor: Bool
    /// Where text goes; standard output unless a test captures it.
    private let sink: @Sendable (String) -> Void

    /// Output to standard output, coloured only when stdout is a terminal, `NO_COLOR` is not set
    /// (to any value, even empty), `TERM` is not `dumb`, and `noColor` (`--no-color`) is false.
    init(noColor: Bool) {
        self.init(usesColor: Output.colorAllowed(noColor: noColor), sink: Output.writeToStandardOutput)
    }

    /// Output to `sink` with colour chosen by the caller; for tests and transcripts.
    init(usesColor: Bool, sink: @escaping @Sendable (String) -> Void) {
        self.usesColor = usesColor
        self.sink = sink
    }

    /// Whether the rules for colour on standard output allow it.
    static func colorAllowed(noColor: Bool) -> Bool {
        if noColor { return false }
        if getenv("NO_COLOR") != nil { return false }
        if let term = getenv("TERM"), String(cString: term) == "dumb" { return false }
        return fu_stdout_isatty() != 0
    }

    /// Writes every line of `reply`, each ending in a newline.
    func write(_ reply: Reply) {
        guard !reply.lines.isEmpty else { return }
        var text = ""
        for line in reply.lines {
            text += styled(line.text, tone: line.tone)
            text += "\n"
        }
        sink(text)
    }

    /// Writes one line of text in `tone`, followed by a newline.
    func write(line: String, tone: Reply.Tone = .plain) {
        sink(styled(line, tone: tone) + "\n")
    }

    /// Writes a script line after the prompt, as a transcript shows it.
    func write(prompt: String, echo line: String) {
        sink(styled(prompt, tone: .muted) + styled(line, tone: .plain) + "\n")
    }

    /// Writes text without a newline and without colour; for `parse` results.
    func write(raw text: String) {
        sink(Output.visible(text))
    }

    /// `text` made safe for a terminal and wrapped in the ANSI codes for `tone`.
    func styled(_ text: String, tone: Reply.Tone) -> String {
        let text = Output.visible(text)
        guard usesColor, let code = Output.ansiCode(for: tone), !text.isEmpty else { return text }
        return "\u{1B}[\(code)m" + text + "\u{1B}[0m"
    }

    /// Text with its control characters shown instead of obeyed: every path to the screen goes
    /// through here, so a name in a book or a script line cannot retitle or rewrite the terminal.
    /// C0 controls become caret notation (ESC is `^[`), DEL `^?`, C1 controls U+FFFD; line
    /// breaks and tabs stay.
    static func visible(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var out = String.UnicodeScalarView()
        for u in text.unicodeScalars {
            guard isControl(u) else { out.append(u); continue }
            switch u.value {
            case 0x7F: out.append(contentsOf: "^?".unicodeScalars)
            case 0x80...0x9F: out.append("\u{FFFD}")
            default:
                out.append("^")
                out.append(Unicode.Scalar(UInt8(u.value + 0x40)))
            }
        }
        return String(out)
    }

    private static func isControl(_ u: Unicode.Scalar) -> Bool {
        (u.value < 0x20 && u != "\n" && u != "\t") || (0x7F...0x9F).contains(u.value)
    }

    private static func ansiCode(for tone: Reply.Tone) -> String? {
        switch tone {
        case .plain, .data: return nil
        case .heading: return "1"
        case .success: return "32"
        case .warning: return "33"
        case .error: return "31"
        case .muted: return "2"
        }
    }

    /// Writes through C stdout, the same buffer libedit uses, and flushes so order is kept when
    /// stdout is a pipe.
    @Sendable private static func writeToStandardOutput(_ text: String) {
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                if let base = chars.baseAddress {
                    fu_stdout_write(base, chars.count)
                }
            }
        }
    }
}

/// Writes a message to standard error without Foundation.
func fputsStandardError(_ message: String) {
    var message = Output.visible(message)
    message.withUTF8 { bytes in
        _ = Glibc.write(2, bytes.baseAddress, bytes.count)
    }
}
