#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The journal as read from disk: its complete lines and any incomplete tail.
public struct JournalContents: Equatable, Sendable {
    /// The complete (newline-terminated) lines in order, each without its newline.
    /// Blank lines are kept, so `lines[i]` is line `i + 1` of the file.
    public var lines: [[UInt8]]
    /// Bytes after the last newline (a crash mid-append), or nil if the journal ends cleanly.
    public var torn: [UInt8]?

    /// Creates journal contents.
    public init(lines: [[UInt8]] = [], torn: [UInt8]? = nil) {
        self.lines = lines
        self.torn = torn
    }
}

/// The files of one book on disk: the snapshot, the journal, the lock, and safe writes to them.
///
/// For a book at `dir/book.json` the journal is `dir/book.journal` and the lock
/// `dir/book.lock` (a path without a `.json` extension gets `.journal` / `.lock` appended).
/// Typical use: `open()` (takes the lock), `readSnapshot()` and `readJournal()` to load,
/// `setAsideTorn(_:)` if the journal has an incomplete tail, then `append(_:)` per change and
/// `writeSnapshot(_:)` to compact. Files are created with mode 0600, folders with 0700.
///
/// Not internally synchronised: one owner should make the calls, one at a time.
public final class BookFiles: @unchecked Sendable {
    /// The snapshot path, e.g. `~/.local/share/followup/book.json`.
    public let bookPath: String
    /// The journal path (JSON Lines), e.g. `…/book.journal`.
    public let journalPath: String
    /// The lock file path, e.g. `…/book.lock`.
    public let lockPath: String
    /// The folder holding the book's files.
    public let directory: String

    /// The temporary file a new snapshot is written to before it replaces `bookPath`.
    var temporaryPath: String { bookPath + ".tmp" }

    /// The system calls used for writing; tests replace them to simulate failures.
    var calls = SystemCalls.system

    private var lockFD: Int32 = -1
    private var journalFD: Int32 = -1
    private var opened = false

    /// Why the book was opened read-only (its folder cannot be written), or nil.
    public private(set) var readOnlyReason: String?

    /// Describes the files of the book at `path` (nothing is touched until `open()`).
    public init(path: String) {
        bookPath = path
        let stem = path.hasSuffix(".json") ? String(path.dropLast(5)) : path
        journalPath = stem + ".journal"
        lockPath = stem + ".lock"
        directory = parentDirectory(of: path)
    }

    deinit {
        close()
    }

    /// Whether `open()` succeeded and `close()` has not been called since.
    public var isOpen: Bool { opened }

    // MARK: Opening and closing

    /// Creates the book's folder if needed and takes the book's exclusive lock.
    ///
    /// Throws `.notWritable` if the folder cannot be created or written (and holds no book to
    /// read), `.locked` if another process (or another `BookFiles` on the same book) holds the
    /// lock, and `.unsafe` for a folder others can write, files of another user, or links. A
    /// book in a folder that cannot be written is opened read-only (`readOnlyReason`). A
    /// temporary snapshot left by a compaction that was killed is removed.
    public func open() throws {
        if isOpen { return }
        try makeDirectories(directory)
        try checkFolder()
        if access(directory, W_OK) != 0 {
            let code = errno
            guard code == EACCES || code == EROFS || code == EPERM, Self.exists(bookPath) else {
                throw StoreError.notWritable(directory, reason: describeErrno(code))
            }
            try checkFiles()
            try takeSharedLockIfAny()
            readOnlyReason = describeErrno(code)
            opened = true
            return
        }
        try checkFiles()
        try takeLock()
        // A compaction killed midway leaves its temporary file; the snapshot it was meant to
        // replace is intact, so the leftover is only clutter (and would block O_EXCL).
        if Self.exists(temporaryPath) { _ = unlink(temporaryPath) }
        opened = true
    }

    /// Takes the exclusive lock on a lock file that is still the one at `lockPath`: if it was
    /// removed or replaced between opening and locking, the new one is taken instead.
    private func takeLock() throws {
        for _ in 0..<10 {
            let fd = openFile(lockPath, O_RDWR | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
            guard fd >= 0 else {
                let code = errno
                if code == ELOOP { throw StoreError.unsafe(lockPath, problem: .symbolicLink(target: Self.linkTarget(lockPath))) }
                throw StoreError.notWritable(directory, reason: describeErrno(code))
            }
            var result: Int32
            repeat { result = flock(fd, LOCK_EX | LOCK_NB) } while result != 0 && errno == EINTR
            if result != 0 {
                let code = errno
                _ = closeFile(fd)
                if code == EWOULDBLOCK { throw StoreError.locked(bookPath) }
                throw StoreError.notWritable(directory, reason: describeErrno(code))
            }
            if isCurrentLock(fd) {
                lockFD = fd
                return
            }
            _ = closeFile(fd)
        }
        throw StoreError.locked(bookPath)
    }

    /// A read-only book still respects a writer: an existing lock is taken shared.
    private func takeSharedLockIfAny() throws {
        let fd = openFile(lockPath, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)
        guard fd >= 0 else { return }
        var result: Int32
        repeat { result = flock(fd, LOCK_SH | LOCK_NB) } while result != 0 && errno == EINTR
        if result != 0, errno == EWOULDBLOCK {
            _ = closeFile(fd)
            throw StoreError.locked(bookPath)
        }
        lockFD = fd
    }

    /// Whether `fd` is still the file at `lockPath` (same device and inode). A lock file that
    /// was deleted lets a second FollowUp lock a new one; from then on this one must not write.
    private func isCurrentLock(_ fd: Int32) -> Bool {
        var held = stat(), there = stat()
        guard fstat(fd, &held) == 0, lstat(lockPath, &there) == 0 else { return false }
        return held.st_dev == there.st_dev && held.st_ino == there.st_ino && held.st_nlink > 0
    }

    /// Throws when the lock this book holds is no longer the book's lock file.
    private func verifyLock(_ error: (String) -> StoreError) throws {
        if let why = readOnlyReason { throw error(IOReason.readOnlyBook(why)) }
        guard isCurrentLock(lockFD) else { throw error(IOReason.lockLost) }
    }

    /// Refuses a folder other users can write or that belongs to someone else: they could
    /// swap the book's files between two writes.
    private func checkFolder() throws {
        var info = stat()
        guard stat(directory, &info) == 0 else {
            throw StoreError.notWritable(directory, reason: describeErrno(errno))
        }
        if info.st_uid != geteuid() {
            throw StoreError.unsafe(directory, problem: .otherOwner(uid: Int(info.st_uid)))
        }
        if info.st_mode & 0o022 != 0 {
            throw StoreError.unsafe(directory, problem: .sharedFolder(mode: Int(info.st_mode & 0o777)))
        }
    }

    /// Refuses book files that are links or belong to another user. A linked `book.json` is
    /// refused rather than followed: the journal and lock must sit beside the real file, and
    /// replacing the snapshot would otherwise turn the link into a regular file.
    private func checkFiles() throws {
        for path in [bookPath, journalPath, lockPath] {
            var info = stat()
            guard lstat(path, &info) == 0 else { continue }
            if (info.st_mode & S_IFMT) == S_IFLNK {
                throw StoreError.unsafe(path, problem: .symbolicLink(target: Self.linkTarget(path)))
            }
            if info.st_uid != geteuid() {
                throw StoreError.unsafe(path, problem: .otherOwner(uid: Int(info.st_uid)))
            }
        }
    }

    /// Whether anything (even a dangling link) is at `path`.
    private static func exists(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0
    }

    /// Where the symbolic link at `path` points, or "" when it cannot be read.
    private static func linkTarget(_ path: String) -> String {
        var buffer = [CChar](repeating: 0, count: 4096)
        let n = readlink(path, &buffer, buffer.count - 1)
        guard n > 0 else { return "" }
        return String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self)
    }

    /// Releases the lock and closes the files. Safe to call more than once.
    public func close() {
        if journalFD >= 0 {
            _ = closeFile(journalFD)
            journalFD = -1
        }
        if lockFD >= 0 {
            _ = closeFile(lockFD) // closing the descriptor releases the flock
            lockFD = -1
        }
        opened = false
        readOnlyReason = nil
    }

    // MARK: Reading

    /// The snapshot's bytes, or nil if there is no snapshot yet.
    public func readSnapshot() throws -> [UInt8]? {
        try readWholeFile(bookPath)
    }

    /// The journal's complete lines and its incomplete tail, if any (empty if no journal).
    public func readJournal() throws -> JournalContents {
        guard let bytes = try readWholeFile(journalPath) else { return JournalContents() }
        var contents = JournalContents()
        bytes.withUnsafeBufferPointer { buf in
            var start = 0
            var i = 0
            let n = buf.count
            while i < n {
                if buf[i] == 0x0A {
                    contents.lines.append(Array(buf[start..<i]))
                    start = i + 1
                }
                i += 1
            }
            if start < n {
                contents.torn = Array(buf[start..<n])
            }
        }
        return contents
    }

    /// The journal's size in bytes (0 if there is none), e.g. to decide when to compact.
    public func journalSize() -> Int {
        Self.fileSize(journalPath) ?? 0
    }

    // MARK: Writing

    /// Appends one change as a line to the journal and fsyncs it.
    ///
    /// `line` must not contain a newline (`JSONWriter`'s compact output never does). On any
    /// failure the journal is truncated back to its previous size and `.notSaved` is thrown.
    public func append(_ line: [UInt8]) throws {
        guard isOpen else { throw StoreError.notSaved(journalPath, reason: IOReason.notOpen) }
        if line.contains(0x0A) {
            throw StoreError.notSaved(journalPath, reason: IOReason.lineBreakInLine)
        }
        try verifyLock { StoreError.notSaved(journalPath, reason: $0) }
        let fd = try journalDescriptor()
        let previousSize = try currentSize(fd)
        var record = line
        record.append(0x0A)
        var failure = writeAll(fd, record)
        if failure == 0 {
            failure = syncFile(fd)
        }
        if failure != 0 {
            // Put the journal back as it was; if even that fails, the torn tail is found
            // and set aside at the next load, so nothing is silently lost.
            if ftruncate(fd, off_t(previousSize)) == 0 {
                _ = calls.fsync(fd)
            }
            throw StoreError.notSaved(journalPath, reason: describeErrno(failure))
        }
    }

    /// Atomically replaces the snapshot with `bytes`, then empties the journal.
    ///
    /// Writes `book.json.tmp` (0600), fsyncs it, renames it over `book.json`, fsyncs the
    /// folder, then truncates the journal to 0 and fsyncs it. If writing the new snapshot
    /// fails, the temporary file is removed, the old snapshot and journal are untouched, and
    /// `.snapshotNotWritten` is thrown. If only emptying the journal fails, the new snapshot is
    /// in place and `.journalNotCleared` is thrown.
    public func writeSnapshot(_ bytes: [UInt8]) throws {
        guard isOpen else { throw StoreError.snapshotNotWritten(bookPath, reason: IOReason.notOpen) }
        // Another FollowUp may have taken a new lock: replacing the book now would erase its changes.
        try verifyLock { StoreError.snapshotNotWritten(bookPath, reason: $0) }
        try checkFiles()
        let temp = temporaryPath
        // Created exclusively and never through a link: whatever sits at the temporary path
        // (a leftover, or a planted link) is removed, not written through.
        var fd = openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        if fd < 0, errno == EEXIST, unlink(temp) == 0 {
            fd = openFile(temp, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
        }
        guard fd >= 0 else {
            throw StoreError.snapshotNotWritten(bookPath, reason: describeErrno(errno))
        }
        var failure = writeAll(fd, bytes)
        if failure == 0 { failure = syncFile(fd) }
        if closeFile(fd) != 0, failure == 0 { failure = errno }
        if failure == 0, rename(temp, bookPath) != 0 { failure = errno }
        if failure != 0 {
            _ = unlink(temp)
            throw StoreError.snapshotNotWritten(bookPath, reason: describeErrno(failure))
        }
        // The new snapshot must be durable before the journal it includes is emptied.
        let dirFailure = syncDirectory(directory)
        if dirFailure != 0 {
            throw StoreError.journalNotCleared(journalPath, reason: describeErrno(dirFailure))
        }
        try truncateJournal(to: 0)
    }

    /// Copies an incomplete journal tail to a side file and removes it from the journal.
    ///
    /// `torn` must be the `torn` bytes from `readJournal()`. The side file is
    /// `book.journal.torn` (or `.torn-2`, `.torn-3`, … if taken), written 0600 and fsynced
    /// before the journal is truncated to its last complete line. Returns the side file path.
    public func setAsideTorn(_ torn: [UInt8]) throws -> String {
        guard isOpen else { throw StoreError.setAsideFailed(journalPath, reason: IOReason.notOpen) }
        try verifyLock { StoreError.setAsideFailed(journalPath, reason: $0) }
        let fd = try journalDescriptor(checkTail: false)
        let size = try currentSize(fd)
        // Make sure the journal still ends with exactly these bytes.
        guard size >= torn.count, torn.count > 0, !torn.contains(0x0A) else {
            throw StoreError.setAsideFailed(journalPath, reason: IOReason.changedMeanwhile)
        }
        var tail = [UInt8](repeating: 0, count: torn.count)
        let got = tail.withUnsafeMutableBytes { buf -> Int in
            guard let base = buf.baseAddress else { return -1 }
            return pread(fd, base, torn.count, off_t(size - torn.count))
        }
        guard got == torn.count, tail == torn else {
            throw StoreError.setAsideFailed(journalPath, reason: IOReason.changedMeanwhile)
        }

        // Write the side file under a free name.
        var sidePath = journalPath + ".torn"
        var sideFD: Int32 = -1
        var attempt = 1
        while true {
            sideFD = openFile(sidePath, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
            if sideFD >= 0 { break }
            let code = errno
            guard code == EEXIST, attempt < 10_000 else {
                throw StoreError.setAsideFailed(journalPath, reason: describeErrno(code))
            }
            attempt += 1
            sidePath = journalPath + ".torn-\(attempt)"
        }
        var failure = writeAll(sideFD, torn)
        if failure == 0 { failure = syncFile(sideFD) }
        if closeFile(sideFD) != 0, failure == 0 { failure = errno }
        if failure == 0 { failure = syncDirectory(directory) }
        if failure != 0 {
            _ = unlink(sidePath)
            throw StoreError.setAsideFailed(journalPath, reason: describeErrno(failure))
        }

        // Only now cut the journal back to its last complete line.
        if ftruncate(fd, off_t(size - torn.count)) != 0 {
            throw StoreError.setAsideFailed(journalPath, reason: describeErrno(errno))
        }
        let syncFailure = syncFile(fd)
        if syncFailure != 0 {
            throw StoreError.setAsideFailed(journalPath, reason: describeErrno(syncFailure))
        }
        return sidePath
    }

    // MARK: Paths and sizes

    /// The size in bytes of the file at `path`, or nil if it does not exist or cannot be read.
    public static func fileSize(_ path: String) -> Int? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        return Int(info.st_size)
    }

    /// The book to use when no `--book` is given.
    ///
    /// `$FOLLOWUP_BOOK` if set, else `$XDG_DATA_HOME/followup/book.json`, else
    /// `$HOME/.local/share/followup/book.json`. Empty (and, for XDG, relative) values are ignored.
    public static func defaultBookPath(environment: [String: String]) -> String {
        if let book = environment["FOLLOWUP_BOOK"], !book.isEmpty { return book }
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return joinPath(data, "followup/book.json")
        }
        return joinPath(homeDirectory(environment: environment), ".local/share/followup/book.json")
    }

    /// The line-editor history file: `$XDG_STATE_HOME/followup/history`, else
    /// `$HOME/.local/state/followup/history`.
    public static func defaultHistoryPath(environment: [String: String]) -> String {
        if let state = environment["XDG_STATE_HOME"], state.hasPrefix("/") {
            return joinPath(state, "followup/history")
        }
        return joinPath(homeDirectory(environment: environment), ".local/state/followup/history")
    }

    /// Where email drafts go: `$XDG_DATA_HOME/followup/drafts`, else
    /// `$HOME/.local/share/followup/drafts` (a book setting may name another folder).
    public static func defaultDraftsFolder(environment: [String: String]) -> String {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return joinPath(data, "followup/drafts")
        }
        return joinPath(homeDirectory(environment: environment), ".local/share/followup/drafts")
    }

    /// The current process's environment variables (no Foundation needed).
    public static func processEnvironment() -> [String: String] {
        var result: [String: String] = [:]
        var pointer = environ
        while let entry = pointer.pointee {
            let text = String(cString: entry)
            if let eq = text.firstIndex(of: "=") {
                result[String(text[..<eq])] = String(text[text.index(after: eq)...])
            }
            pointer += 1
        }
        return result
    }

    /// Creates `path` as a folder with mode 0700 and any missing parents (like `mkdir -p`).
    public static func createDirectories(_ path: String) throws {
        var prefix = path.hasPrefix("/") ? "/" : ""
        for component in path.split(separator: "/", omittingEmptySubsequences: true) {
            prefix += component
            if mkdir(prefix, 0o700) != 0 {
                let code = errno
                if code == EEXIST {
                    var info = stat()
                    if stat(prefix, &info) != 0 || (info.st_mode & S_IFMT) != S_IFDIR {
                        throw StoreError.notWritable(path, reason: IOReason.notADirectory)
                    }
                } else {
                    throw StoreError.notWritable(path, reason: describeErrno(code))
                }
            }
            prefix += "/"
        }
    }

    // MARK: Internals

    private func makeDirectories(_ path: String) throws {
        var info = stat()
        if stat(path, &info) == 0 {
            if (info.st_mode & S_IFMT) != S_IFDIR {
                throw StoreError.notWritable(path, reason: IOReason.notADirectory)
            }
            return
        }
        try Self.createDirectories(path)
    }

    public static func homeDirectory(environment: [String: String]) -> String {
        if let home = environment["HOME"], !home.isEmpty { return home }
        if let entry = getpwuid(getuid()), let dir = entry.pointee.pw_dir {
            return String(cString: dir)
        }
        return "/"
    }

    private static func joinPath(_ base: String, _ rest: String) -> String {
        base.hasSuffix("/") ? base + rest : base + "/" + rest
    }

    /// The journal's descriptor (opened for appending on first use). On first opening, checks
    /// that the journal does not end with an incomplete line, unless `checkTail` is false.
    private func journalDescriptor(checkTail: Bool = true) throws -> Int32 {
        if journalFD >= 0 { return journalFD }
        let fd = openFile(journalPath, O_RDWR | O_APPEND | O_CREAT | O_CLOEXEC | O_NOFOLLOW, 0o600)
        guard fd >= 0 else {
            throw StoreError.notSaved(journalPath, reason: describeErrno(errno))
        }
        if checkTail {
            let size: Int
            do {
                size = try currentSize(fd)
            } catch {
                _ = closeFile(fd)
                throw error
            }
            if size > 0 {
                var last: UInt8 = 0
                let got = pread(fd, &last, 1, off_t(size - 1))
                if got != 1 || last != 0x0A {
                    _ = closeFile(fd)
                    throw StoreError.notSaved(journalPath, reason: IOReason.journalTorn)
                }
            }
        }
        journalFD = fd
        return fd
    }

    private func truncateJournal(to size: Int) throws {
        let fd: Int32
        if journalFD >= 0 {
            fd = journalFD
        } else {
            let opened = openFile(journalPath, O_RDWR | O_APPEND | O_CLOEXEC | O_NOFOLLOW, 0)
            if opened < 0 {
                if errno == ENOENT { return } // no journal: nothing to empty
                throw StoreError.journalNotCleared(journalPath, reason: describeErrno(errno))
            }
            journalFD = opened
            fd = opened
        }
        if ftruncate(fd, off_t(size)) != 0 {
            throw StoreError.journalNotCleared(journalPath, reason: describeErrno(errno))
        }
        let failure = syncFile(fd)
        if failure != 0 {
            throw StoreError.journalNotCleared(journalPath, reason: describeErrno(failure))
        }
    }

    private func currentSize(_ fd: Int32) throws -> Int {
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw StoreError.notSaved(journalPath, reason: describeErrno(errno))
        }
        return Int(info.st_size)
    }

    /// Writes all of `bytes`, retrying partial writes and EINTR. Returns 0 or an errno value.
    private func writeAll(_ fd: Int32, _ bytes: [UInt8]) -> Int32 {
        bytes.withUnsafeBytes { buf -> Int32 in
            guard let base = buf.baseAddress else { return 0 }
            var done = 0
            while done < buf.count {
                let n = calls.write(fd, base + done, buf.count - done)
                if n > 0 {
                    done += n
                } else if n == -Int(EINTR) {
                    continue
                } else if n == 0 {
                    return EIO // no progress: treat as an I/O error rather than spin
                } else {
                    return Int32(truncatingIfNeeded: -n)
                }
            }
            return 0
        }
    }

    /// fsyncs `fd`, retrying EINTR. Returns 0 or an errno value.
    private func syncFile(_ fd: Int32) -> Int32 {
        while true {
            let result = calls.fsync(fd)
            if result == 0 { return 0 }
            if result != -EINTR { return -result }
        }
    }

    /// fsyncs a folder so a rename or new file in it is durable. Returns 0 or an errno value.
    private func syncDirectory(_ path: String) -> Int32 {
        let fd = openFile(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC, 0)
        guard fd >= 0 else { return errno }
        let failure = syncFile(fd)
        _ = closeFile(fd)
        return failure
    }

    /// The whole file at `path`, nil if it does not exist; other failures throw `.unreadable`.
    private func readWholeFile(_ path: String) throws -> [UInt8]? {
        let fd = openFile(path, O_RDONLY | O_CLOEXEC | O_NOFOLLOW, 0)
        if fd < 0 {
            let code = errno
            if code == ENOENT { return nil }
            throw StoreError.unreadable(path, reason: describeErrno(code))
        }
        defer { _ = closeFile(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else {
            throw StoreError.unreadable(path, reason: describeErrno(errno))
        }
        if (info.st_mode & S_IFMT) == S_IFDIR {
            throw StoreError.unreadable(path, reason: IOReason.isADirectory)
        }
        let expected = max(Int(info.st_size), 0)
        var failure: Int32 = 0
        var bytes = [UInt8](unsafeUninitializedCapacity: expected) { buf, initialized in
            initialized = 0
            guard let base = buf.baseAddress else { return }
            while initialized < expected {
                let n = read(fd, base + initialized, expected - initialized)
                if n > 0 {
                    initialized += n
                } else if n == 0 {
                    break // the file shrank
                } else if errno != EINTR {
                    failure = errno
                    break
                }
            }
        }
        // The file may have grown since fstat: read on to the end.
        var chunk = [UInt8](repeating: 0, count: 65_536)
        while failure == 0 {
            let n = chunk.withUnsafeMutableBytes { buf -> Int in
                guard let base = buf.baseAddress else { return 0 }
                return read(fd, base, buf.count)
            }
            if n > 0 {
                bytes.append(contentsOf: chunk[0..<n])
            } else if n == 0 {
                break
            } else if errno != EINTR {
                failure = errno
            }
        }
        if failure != 0 {
            throw StoreError.unreadable(path, reason: describeErrno(failure))
        }
        return bytes
    }
}

/// `open(2)` with a mode, retrying EINTR (also for `LocalFiles`).
func openFile(_ path: String, _ flags: Int32, _ mode: mode_t) -> Int32 {
    var fd: Int32
    repeat { fd = open(path, flags, mode) } while fd < 0 && errno == EINTR
    return fd
}

/// `close(2)`, ignoring EINTR (Linux always releases the descriptor).
@discardableResult
private func closeFile(_ fd: Int32) -> Int32 {
    close(fd)
}
