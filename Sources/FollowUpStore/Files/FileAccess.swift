#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Why a file the user named could not be read or written. The wording is the assistant's.
public enum FileProblem: Error, Equatable, Sendable {
    case missing
    case isDirectory
    /// A device, a pipe or a socket: not a file to read or replace.
    case notRegularFile
    /// Larger than the limit (bytes found, limit).
    case tooLarge(Int, limit: Int)
    /// The path is a symbolic link: a report is never written through one.
    case symbolicLink
    /// The folder the file would go in does not exist.
    case noFolder
    case permissionDenied
    /// The path is one of the book's own files.
    case bookFile
    /// Anything else, in plain words (`describeErrno`).
    case failed(String)
}

/// The files a user names in a line (`import invoices FILE`, `--csv FILE`): the one place those
/// touch the disk, so tests can use `MemoryFiles` instead.
public protocol FileAccess: AnyObject {
    /// The whole of a regular file of at most `limit` bytes.
    func read(_ path: String, limit: Int) throws(FileProblem) -> [UInt8]
    /// Writes `bytes` to `path` as a new 0644 file, atomically (a temporary file beside it, then
    /// a rename): never through a symbolic link, never over a folder or one of `protected`.
    /// Returns true when an existing file was replaced.
    @discardableResult
    func write(_ bytes: [UInt8], to path: String, protecting protected: [String]) throws(FileProblem) -> Bool
    /// Creates a new private (0600) file in `folder` (made 0700 with its parents when missing),
    /// named `stem` + `ext`, or `stem-2` + `ext`, `stem-3`…: never over an existing file, never
    /// through a link. Returns the path written.
    func createNew(_ bytes: [UInt8], in folder: String, stem: String, ext: String) throws(FileProblem) -> String
}

/// The real disk. Relative paths are taken from `directory` when given (tests, transcripts),
/// else from the working directory; `~/` is the home folder.
public final class LocalFiles: FileAccess {
    let directory: String?

    public init(directory: String? = nil) { self.directory = directory }

    /// The path the system calls use.
    func resolve(_ path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/"), let home = getenv("HOME") {
            p = String(cString: home) + p.dropFirst()
        }
        if let directory, !p.hasPrefix("/") { p = directory + "/" + p }
        return p
    }

    public func read(_ path: String, limit: Int) throws(FileProblem) -> [UInt8] {
        let p = resolve(path)
        // Non-blocking, so a named pipe cannot hang the prompt before it is refused.
        let fd = openFile(p, O_RDONLY | O_CLOEXEC | O_NONBLOCK | O_NOCTTY, 0)
        guard fd >= 0 else { throw LocalFiles.problem(errno) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw LocalFiles.problem(errno) }
        switch info.st_mode & S_IFMT {
        case S_IFDIR: throw .isDirectory
        case S_IFREG: break
        default: throw .notRegularFile
        }
        let size = Int(info.st_size)
        guard size <= limit else { throw .tooLarge(size, limit: limit) }
        var bytes = [UInt8](repeating: 0, count: size + 1)
        var got = 0
        var failure: Int32 = 0
        bytes.withUnsafeMutableBytes { buf in
            guard let base = buf.baseAddress else { return }
            // One byte more than the size: a file that grew past the limit is noticed.
            while got < buf.count {
                let n = posixRead(fd, base + got, buf.count - got)
                if n > 0 { got += n } else if n == 0 { break } else if errno != EINTR { failure = errno; break }
            }
        }
        if failure != 0 { throw LocalFiles.problem(failure) }
        guard got <= limit else { throw .tooLarge(got, limit: limit) }
        return Array(bytes[0..<got])
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, protecting protected: [String]) throws(FileProblem) -> Bool {
        let p = resolve(path)
        // The book's files by name, even before they exist (the snapshot is written later), and
        // below by inode (another name for the same file).
        let canonical = LocalFiles.canonical(p)
        for q in protected where LocalFiles.canonical(resolve(q)) == canonical { throw .bookFile }
        var there = stat()
        var replacing = false
        if lstat(p, &there) == 0 {
            switch there.st_mode & S_IFMT {
            case S_IFLNK: throw .symbolicLink
            case S_IFDIR: throw .isDirectory
            case S_IFREG: replacing = true
            default: throw .notRegularFile
            }
            for q in protected {
                var other = stat()
                if stat(resolve(q), &other) == 0, other.st_dev == there.st_dev, other.st_ino == there.st_ino { throw .bookFile }
            }
        } else if errno != ENOENT {
            throw LocalFiles.problem(errno)
        }
        let folder = parentDirectory(of: p)
        var dir = stat()
        guard stat(folder, &dir) == 0 else { throw errno == ENOENT ? .noFolder : LocalFiles.problem(errno) }
        guard (dir.st_mode & S_IFMT) == S_IFDIR else { throw .noFolder }
        // A fresh temporary file beside the target, created exclusively and never through a link.
        var temp = ""
        var fd: Int32 = -1
        for n in 0..<100 {
            temp = p + ".tmp-\(getpid())-\(n)"
            fd = openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o644)
            if fd >= 0 || errno != EEXIST { break }
        }
        guard fd >= 0 else { throw LocalFiles.problem(errno) }
        // The mode is 0644 whatever the umask: a report is meant to be opened by other programs.
        var failure = LocalFiles.fill(fd, with: bytes, mode: 0o644)
        if failure == 0, rename(temp, p) != 0 { failure = errno }
        if failure != 0 {
            unlink(temp)
            throw LocalFiles.problem(failure)
        }
        let dfd = openFile(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        if dfd >= 0 {
            _ = fsync(dfd)
            close(dfd)
        }
        return replacing
    }

    public func createNew(_ bytes: [UInt8], in folder: String, stem: String, ext: String) throws(FileProblem) -> String {
        let dir = resolve(folder)
        do { try BookFiles.createDirectories(dir) } catch { throw .noFolder }
        var info = stat()
        guard lstat(dir, &info) == 0 else { throw LocalFiles.problem(errno) }
        guard (info.st_mode & S_IFMT) == S_IFDIR else { throw .noFolder }
        for n in 1...1000 {
            let name = stem + (n == 1 ? "" : "-\(n)") + ext
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + name
            let fd = openFile(resolve(path), O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd < 0 {
                if errno == EEXIST { continue }
                throw LocalFiles.problem(errno)
            }
            // Private whatever the umask: a draft holds a customer's address and what they owe.
            let failure = LocalFiles.fill(fd, with: bytes, mode: 0o600)
            if failure != 0 {
                unlink(resolve(path))
                throw LocalFiles.problem(failure)
            }
            return path
        }
        throw .failed("too many files named \(stem)")
    }

    /// Sets the mode of the new file `fd`, writes all of `bytes`, syncs and closes it: the errno
    /// of the first failure, or 0 (the file is closed either way).
    static func fill(_ fd: Int32, with bytes: [UInt8], mode: mode_t) -> Int32 {
        var failure: Int32 = 0
        if fchmod(fd, mode) != 0 { failure = errno }
        if failure == 0 {
            bytes.withUnsafeBytes { buf in
                guard let base = buf.baseAddress else { return }
                var done = 0
                while done < buf.count {
                    let n = posixWrite(fd, base + done, buf.count - done)
                    if n > 0 { done += n } else if n < 0 && errno == EINTR { continue } else { failure = n < 0 ? errno : EIO; return }
                }
            }
        }
        if failure == 0, fsync(fd) != 0 { failure = errno }
        if close(fd) != 0, failure == 0 { failure = errno }
        return failure
    }

    /// The path with its folder's links and dots resolved (`realpath` of the folder, then the
    /// name), or as given when the folder does not exist.
    static func canonical(_ path: String) -> String {
        let folder = parentDirectory(of: path)
        let name = path.utf8.lastIndex(of: UInt8(ascii: "/")).map { String(path[path.utf8.index(after: $0)...]) } ?? path
        guard let real = realpath(folder, nil) else { return path }
        defer { free(real) }
        let base = String(cString: real)
        return (base == "/" ? "" : base) + "/" + name
    }

    static func problem(_ code: Int32) -> FileProblem {
        switch code {
        case ENOENT: return .missing
        case EISDIR: return .isDirectory
        case EACCES, EPERM: return .permissionDenied
        case ELOOP: return .symbolicLink
        case ENOTDIR: return .noFolder
        default: return .failed(describeErrno(code))
        }
    }
}

/// Files in memory, for tests: `files[path]` is a file, `folders` are folders, `links` links.
public final class MemoryFiles: FileAccess {
    public var files: [String: [UInt8]] = [:]
    public var folders: Set<String> = []
    public var links: Set<String> = []
    /// When set, every write fails with it (a full disk).
    public var failWrites: FileProblem?

    public init(_ files: [String: [UInt8]] = [:]) { self.files = files }

    public func read(_ path: String, limit: Int) throws(FileProblem) -> [UInt8] {
        if folders.contains(path) { throw .isDirectory }
        guard let bytes = files[path] else { throw .missing }
        guard bytes.count <= limit else { throw .tooLarge(bytes.count, limit: limit) }
        return bytes
    }

    @discardableResult
    public func write(_ bytes: [UInt8], to path: String, protecting protected: [String]) throws(FileProblem) -> Bool {
        if links.contains(path) { throw .symbolicLink }
        if folders.contains(path) { throw .isDirectory }
        if protected.contains(path) { throw .bookFile }
        if let e = failWrites { throw e }
        let replaced = files[path] != nil
        files[path] = bytes
        return replaced
    }

    public func createNew(_ bytes: [UInt8], in folder: String, stem: String, ext: String) throws(FileProblem) -> String {
        if let e = failWrites { throw e }
        for n in 1...1000 {
            let path = (folder.hasSuffix("/") ? folder : folder + "/") + stem + (n == 1 ? "" : "-\(n)") + ext
            if files[path] != nil || links.contains(path) || folders.contains(path) { continue }
            files[path] = bytes
            return path
        }
        throw .failed("too many files named \(stem)")
    }
}

private func posixRead(_ fd: Int32, _ buf: UnsafeMutableRawPointer, _ count: Int) -> Int { read(fd, buf, count) }

private func posixWrite(_ fd: Int32, _ buf: UnsafeRawPointer, _ count: Int) -> Int { write(fd, buf, count) }
