import FollowUpCore

/// What the assistant says back for one line.
public struct Reply: Sendable, Equatable {
    /// How a line of the reply should look on a colour terminal.
    public enum Tone: Sendable, Equatable {
        case plain, heading, success, warning, error, muted
        /// Machine-readable text (CSV): shown as it is, never retouched or coloured.
        case data
    }

    /// One line of text with its tone.
    public struct Line: Sendable, Equatable {
        public var text: String
        public var tone: Tone
        public init(_ text: String, tone: Tone = .plain) {
            self.text = text
            self.tone = tone
        }
    }

    public var lines: [Line]
    /// The line failed (bad input, nothing found, nothing written).
    public var failed: Bool
    /// The user asked to leave.
    public var quit: Bool
    /// The events of the step this line saved, oldest first; empty when nothing was changed.
    public var changes: [Event] = []

    public init(lines: [Line] = [], failed: Bool = false, quit: Bool = false) {
        self.lines = lines
        self.failed = failed
        self.quit = quit
    }

    /// The reply as plain text, lines joined by newlines.
    public var text: String { lines.map(\.text).joined(separator: "\n") }
}
