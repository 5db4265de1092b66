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
        guard let file = fopen(path, "w") else {
            fputsStandardError("Could not write the timings to \(path); check that its folder exists.\n")
            return
        }
        fputs(text, file)
        fclose(file)
    }
}
