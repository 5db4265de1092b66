#if canImport(Glibc)
import Glibc
#endif

/// Opens a script file for `followup run`.
enum ScriptFile {
    /// A reader over the file's lines, or nil when it cannot be opened.
    static func open(_ path: String) -> PlainLineReader? {
        let fd = Glibc.open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return nil }
        var st = stat()
        guard fstat(fd, &st) == 0, (st.st_mode & S_IFMT) != S_IFDIR else {
            close(fd)
            return nil
        }
        // The descriptor stays open for the life of the process, which is the life of the run.
        return PlainLineReader(fileDescriptor: fd)
    }
}
