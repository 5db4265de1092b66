/// What one attempt to read a line produced.
enum LineInput: Equatable, Sendable {
    /// A line of text without its line ending.
    case line(String)
    /// The user pressed Ctrl-C; the half-typed line was thrown away.
    case interrupted
    /// No more input (Ctrl-D on an empty line, or end of file).
    case end
}

/// A source of input lines, interactive or not.
protocol LineReader {
    /// Reads the next line, showing `prompt` first when the reader is interactive.
    mutating func read(prompt: String) -> LineInput
}
