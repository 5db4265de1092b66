#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#endif

/// Reads lines from a file descriptor (by default standard input) without any terminal handling.
///
/// Used when stdin or stdout is not a terminal: no prompt, no escape codes. Lines end at LF; a CR
/// before the LF is dropped (files from Windows), a last line without a newline still counts,
/// invalid UTF-8 becomes U+FFFD and so do NUL bytes (C APIs would cut the text there). Lines of
/// any length are read whole.
struct PlainLineReader: LineReader, Sequence, IteratorProtocol {
    private let fileDescriptor: Int32
    private var buffer: [UInt8] = []
    /// Where the unread part of `buffer` starts; compacted lazily to avoid quadratic copying.
    private var start = 0
    private var reachedEnd = false
    private var isFirstLine = true

    /// Reads from `fileDescriptor`, which the caller keeps open until reading ends.
    init(fileDescriptor: Int32 = 0) {
        self.fileDescriptor = fileDescriptor
    }

    /// The next line; the prompt is ignored because nobody is watching.
    mutating func read(prompt: String) -> LineInput {
        if let line = next() { return .line(line) }
        return .end
    }

    /// The next line, or nil at end of input.
    mutating func next() -> String? {
        // Bytes after `start` already searched, so a long line is scanned only once.
        var scanned = 0
        while true {
            if let newline = buffer[(start + scanned)...].firstIndex(of: UInt8(ascii: "\n")) {
                let line = buffer[start..<newline]
                start = newline + 1
                return takeLine(line)
            }
            scanned = buffer.count - start
            if reachedEnd {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                return takeLine(line)
            }
            fill()
        }
    }

    /// Reads more bytes into `buffer`, setting `reachedEnd` at end of file or on a read error.
    private mutating func fill() {
        if start > 0 {
            buffer.removeFirst(start)
            start = 0
        }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        var got = 0
        while true {
            got = chunk.withUnsafeMutableBytes { raw in
                Glibc.read(fileDescriptor, raw.baseAddress, raw.count)
            }
            // Retry reads a signal interrupted; any other failure ends the input.
            if got < 0, errno == EINTR { continue }
            break
        }
        if got > 0 {
            buffer.append(contentsOf: chunk[0..<got])
        } else {
            reachedEnd = true
        }
    }

    private mutating func takeLine(_ bytes: ArraySlice<UInt8>) -> String {
        defer { isFirstLine = false }
        return PlainLineReader.clean(bytes, isFirstLine: isFirstLine)
    }

    /// Text for one line's bytes: trailing CR dropped, a leading byte order mark dropped from the
    /// first line, invalid UTF-8 and NUL turned into U+FFFD.
    static func clean(_ line: ArraySlice<UInt8>, isFirstLine: Bool) -> String {
        var bytes = line
        if bytes.last == UInt8(ascii: "\r") { bytes = bytes.dropLast() }
        // Some editors start UTF-8 files with a byte order mark; it is not part of the command.
        if isFirstLine, bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes = bytes.dropFirst(3) }
        let text = String(decoding: bytes, as: UTF8.self)
        guard text.utf8.contains(0) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            scalars.append(scalar.value == 0 ? "\u{FFFD}" : scalar)
        }
        return String(scalars)
    }

    /// The lines of a whole file's bytes, with the same rules as reading them from a descriptor.
    static func lines(of bytes: [UInt8]) -> [String] {
        var lines: [String] = []
        var lineStart = 0
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            lines.append(clean(bytes[lineStart..<index], isFirstLine: lines.isEmpty))
            lineStart = index + 1
        }
        if lineStart < bytes.count {
            lines.append(clean(bytes[lineStart...], isFirstLine: lines.isEmpty))
        }
        return lines
    }
}
