/// A problem found while reading JSON, with where it was found.
///
/// `description` reads like `expected ':', found '"' at line 3, column 17`.
/// `offset` is the zero-based byte offset into the input; `line` and `column` are
/// one-based (the column counts UTF-8 characters, not bytes).
public struct JSONError: Error, Equatable, Sendable, CustomStringConvertible {
    /// What went wrong, without the position (e.g. `expected ':', found '}'`).
    public let message: String
    /// Zero-based byte offset into the input where the problem was found.
    public let offset: Int
    /// One-based line number of `offset`.
    public let line: Int
    /// One-based column of `offset` on its line, counting UTF-8 characters.
    public let column: Int

    /// Creates an error with an explicit position.
    public init(message: String, offset: Int, line: Int, column: Int) {
        self.message = message
        self.offset = offset
        self.line = line
        self.column = column
    }

    /// Creates an error at `offset` in `bytes`, computing the line and column.
    public init(message: String, offset: Int, in bytes: [UInt8]) {
        self = bytes.withUnsafeBufferPointer { JSONError(message: message, offset: offset, in: $0) }
    }

    /// Creates an error at `offset` in `bytes`, computing the line and column.
    public init(message: String, offset: Int, in bytes: UnsafeBufferPointer<UInt8>) {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var i = 0
        while i < end {
            if bytes[i] == 0x0A {
                line += 1
                lineStart = i + 1
            }
            i += 1
        }
        var column = 1
        i = lineStart
        while i < end {
            // Count bytes that start a UTF-8 sequence (not continuation bytes 10xxxxxx).
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        self.init(message: message, offset: offset, line: line, column: column)
    }

    /// The message followed by the position, e.g. `expected ':' at line 3, column 17`.
    public var description: String {
        "\(message) at line \(line), column \(column)"
    }
}
