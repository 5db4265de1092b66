#if canImport(Glibc)
import Glibc
#endif

/// Per-line timings for `followup run --timings FILE`: `microseconds<TAB>line`, one per line.
struct TimingLog {
    private var text = ""
    private let path: String?

    init(path: String?) { self.path = path }

    mutating func add(_ microseconds: Int, _ line: String) {
        text += "\(microseconds)\t\(line)\n"
    }

    /// Writes the collected timings; they are written at the end so timing does not measure I/O.
    func close() {
        guard let path else { return }
        // The timings hold typed lines (names, amounts): private to the user, like the book.
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0, fchmod(fd, 0o600) == 0 || errno == EPERM, let file = fdopen(fd, "w") else {
            if fd >= 0 { Glibc.close(fd) }
            fputsStandardError("Could not write the timings to \(path); check that its folder exists.\n")
            return
        }
        fputs(text, file)
        fclose(file)
    }
}
