import Foundation
import Glibc
import Testing
@testable import FollowUpStore

/// Runs `body` with a fresh temporary folder, removed afterwards.
private func withTemporaryDirectory(_ body: (String) throws -> Void) throws {
    var template = Array("/tmp/followup-bookfiles-XXXXXX".utf8CString)
    let made = template.withUnsafeMutableBufferPointer { buf -> Bool in
        guard let base = buf.baseAddress else { return false }
        return mkdtemp(base) != nil
    }
    guard made else {
        Issue.record("mkdtemp failed")
        return
    }
    let dir = String(decoding: template.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    defer {
        _ = chmod(dir, 0o700)
        try? FileManager.default.removeItem(atPath: dir)
    }
    try body(dir)
}

private func contents(_ path: String) -> [UInt8]? {
    FileManager.default.contents(atPath: path).map { Array($0) }
}

private func write(_ path: String, _ bytes: [UInt8]) {
    #expect(FileManager.default.createFile(atPath: path, contents: Data(bytes)))
}

private func appendRaw(_ path: String, _ bytes: [UInt8]) {
    let fd = open(path, O_WRONLY | O_APPEND)
    #expect(fd >= 0)
    _ = bytes.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
    close(fd)
}

private func mode(_ path: String) -> mode_t {
    var info = stat()
    #expect(stat(path, &info) == 0, "stat \(path)")
    return info.st_mode & 0o777
}

private func exists(_ path: String) -> Bool {
    access(path, F_OK) == 0
}

private func storeError(_ body: () throws -> Void, sourceLocation: SourceLocation = #_sourceLocation) -> StoreError? {
    do {
        try body()
        Issue.record("expected a StoreError, got success", sourceLocation: sourceLocation)
    } catch let error as StoreError {
        return error
    } catch {
        Issue.record("expected a StoreError, got \(error)", sourceLocation: sourceLocation)
    }
    return nil
}

private func line(_ s: String) -> [UInt8] { Array(s.utf8) }

@Suite struct BookFilesTests {
    @Test func siblingPaths() {
        let a = BookFiles(path: "/data/followup/book.json")
        #expect(a.journalPath == "/data/followup/book.journal")
        #expect(a.lockPath == "/data/followup/book.lock")
        #expect(a.directory == "/data/followup")
        #expect(a.temporaryPath == "/data/followup/book.json.tmp")
        let b = BookFiles(path: "/data/v1.2/mybook")
        #expect(b.journalPath == "/data/v1.2/mybook.journal")
        #expect(b.lockPath == "/data/v1.2/mybook.lock")
        #expect(b.directory == "/data/v1.2")
        let c = BookFiles(path: "book.json")
        #expect(c.directory == ".")
        #expect(c.journalPath == "book.journal")
        #expect(BookFiles(path: "/book.json").directory == "/")
    }

    @Test func createAppendRead() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/a/b/book.json"
            let files = BookFiles(path: path)
            try files.open()
            defer { files.close() }
            #expect(files.isOpen)
            #expect(mode(dir + "/a") == 0o700)
            #expect(mode(dir + "/a/b") == 0o700)
            #expect(mode(files.lockPath) == 0o600)
            #expect(try files.readSnapshot() == nil)
            #expect(try files.readJournal() == JournalContents())
            #expect(files.journalSize() == 0)

            try files.append(line(#"{"n":1}"#))
            try files.append(line(#"{"n":2,"s":"张总 😀"}"#))
            try files.append([])
            try files.append(line(#"{"n":3}"#))
            #expect(mode(files.journalPath) == 0o600)
            let journal = try files.readJournal()
            #expect(journal.lines == [line(#"{"n":1}"#), line(#"{"n":2,"s":"张总 😀"}"#), [], line(#"{"n":3}"#)])
            #expect(journal.torn == nil)
            #expect(contents(files.journalPath) == line("{\"n\":1}\n{\"n\":2,\"s\":\"张总 😀\"}\n\n{\"n\":3}\n"))
            #expect(files.journalSize() == contents(files.journalPath)?.count)
            #expect(BookFiles.fileSize(files.journalPath) == files.journalSize())
            #expect(BookFiles.fileSize(dir + "/nope") == nil)
        }
    }

    @Test func appendRefusesLineBreaksAndClosedBooks() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            let closed = storeError { try files.append(line("{}")) }
            #expect(closed == .notSaved(files.journalPath, reason: IOReason.notOpen))
            try files.open()
            let broken = storeError { try files.append(line("{}\n{}")) }
            #expect(broken == .notSaved(files.journalPath, reason: IOReason.lineBreakInLine))
            #expect(try files.readJournal().lines.isEmpty)
        }
    }

    @Test func tornTailIsDetectedAndSetAside() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/book.json"
            let files = BookFiles(path: path)
            try files.open()
            try files.append(line(#"{"n":1}"#))
            try files.append(line(#"{"n":2}"#))
            files.close()
            // A crash mid-append leaves a partial line.
            appendRaw(files.journalPath, line(#"{"n":3,"te"#))

            let again = BookFiles(path: path)
            try again.open()
            defer { again.close() }
            let journal = try again.readJournal()
            #expect(journal.lines == [line(#"{"n":1}"#), line(#"{"n":2}"#)])
            #expect(journal.torn == line(#"{"n":3,"te"#))

            // Appending onto a torn tail would corrupt a line: refused until set aside.
            let refused = storeError { try again.append(line(#"{"n":4}"#)) }
            #expect(refused == .notSaved(again.journalPath, reason: IOReason.journalTorn))

            // Bytes that are not the journal's tail are refused.
            let wrong = storeError { _ = try again.setAsideTorn(line("xyz")) }
            #expect(wrong == .setAsideFailed(again.journalPath, reason: IOReason.changedMeanwhile))

            let torn = try #require(journal.torn)
            let side = try again.setAsideTorn(torn)
            #expect(side == again.journalPath + ".torn")
            #expect(contents(side) == torn)
            #expect(mode(side) == 0o600)
            #expect(contents(again.journalPath) == line("{\"n\":1}\n{\"n\":2}\n"))
            try again.append(line(#"{"n":4}"#))
            #expect(try again.readJournal() == JournalContents(lines: [line(#"{"n":1}"#), line(#"{"n":2}"#), line(#"{"n":4}"#)]))

            // A second torn tail goes to the next free side file; nothing is overwritten.
            appendRaw(again.journalPath, line("partial"))
            let second = try again.setAsideTorn(line("partial"))
            #expect(second == again.journalPath + ".torn-2")
            #expect(contents(side) == torn)
            #expect(contents(second) == line("partial"))
            #expect(try again.readJournal().torn == nil)
        }
    }

    @Test func snapshotIsAtomicAndEmptiesTheJournal() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            try files.append(line(#"{"n":1}"#))
            try files.append(line(#"{"n":2}"#))
            let snapshot = line(#"{"format":"followup-book","version":1,"n":2}"#)
            try files.writeSnapshot(snapshot)
            #expect(try files.readSnapshot() == snapshot)
            #expect(mode(files.bookPath) == 0o600)
            #expect(!exists(files.temporaryPath))
            #expect(files.journalSize() == 0)
            #expect(try files.readJournal() == JournalContents())

            // Appends continue at the start of the emptied journal.
            try files.append(line(#"{"n":3}"#))
            #expect(contents(files.journalPath) == line("{\"n\":3}\n"))

            // A second compaction replaces the first; a leftover temp file doesn't matter.
            write(files.temporaryPath, line("junk"))
            _ = chmod(files.temporaryPath, 0o644)
            let bigger = [UInt8](repeating: UInt8(ascii: "x"), count: 300_000)
            try files.writeSnapshot(bigger)
            #expect(try files.readSnapshot() == bigger)
            #expect(mode(files.bookPath) == 0o600)
            #expect(files.journalSize() == 0)
        }
    }

    @Test func snapshotWithoutJournalDoesNotCreateOne() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            try files.writeSnapshot(line("{}"))
            #expect(!exists(files.journalPath))
            #expect(try files.readSnapshot() == line("{}"))
        }
    }

    @Test func failedSnapshotWriteLeavesEverythingUntouched() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            try files.writeSnapshot(line("old"))
            try files.append(line(#"{"n":1}"#))
            let journalBefore = contents(files.journalPath)

            // Disk full halfway through the temporary file.
            let real = files.calls
            files.calls.write = { fd, bytes, count in
                if count > 10 { return real.write(fd, bytes, 10) }
                return -Int(ENOSPC)
            }
            let full = storeError { try files.writeSnapshot([UInt8](repeating: 65, count: 1000)) }
            #expect(full == .snapshotNotWritten(files.bookPath, reason: "the disk is full"))
            #expect(full?.message.contains("Free some space and try again") == true)
            #expect(full?.message.contains("nothing was lost") == true)
            #expect(try files.readSnapshot() == line("old"))
            #expect(contents(files.journalPath) == journalBefore)
            #expect(!exists(files.temporaryPath))

            // fsync failure.
            files.calls = real
            files.calls.fsync = { _ in -EIO }
            let io = storeError { try files.writeSnapshot(line("new")) }
            #expect(io == .snapshotNotWritten(files.bookPath, reason: IOReason.ioError))
            #expect(try files.readSnapshot() == line("old"))
            #expect(contents(files.journalPath) == journalBefore)
            #expect(!exists(files.temporaryPath))

            // Everything works again once the disk recovers.
            files.calls = real
            try files.writeSnapshot(line("new"))
            #expect(try files.readSnapshot() == line("new"))
            #expect(files.journalSize() == 0)
        }
    }

    @Test func failedRenameLeavesEverythingUntouched() throws {
        try withTemporaryDirectory { dir in
            // The book path is taken by a non-empty folder, so rename fails (EISDIR).
            let files = BookFiles(path: dir + "/book.json")
            #expect(mkdir(files.bookPath, 0o700) == 0)
            write(files.bookPath + "/keep", line("x"))
            try files.open()
            defer { files.close() }
            try files.append(line(#"{"n":1}"#))
            let failure = storeError { try files.writeSnapshot(line("{}")) }
            #expect(failure == .snapshotNotWritten(files.bookPath, reason: IOReason.isADirectory))
            #expect(!exists(files.temporaryPath))
            #expect(contents(files.journalPath) == line("{\"n\":1}\n"))
            let unreadable = storeError { _ = try files.readSnapshot() }
            #expect(unreadable == .unreadable(files.bookPath, reason: IOReason.isADirectory))
        }
    }

    @Test func diskFullDuringAppendRestoresTheJournal() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            try files.append(line(#"{"n":1}"#))
            let before = contents(files.journalPath)

            // Part of the line gets written, then the disk is full.
            let real = files.calls
            files.calls.write = { fd, bytes, count in
                if count > 4 { return real.write(fd, bytes, 4) }
                return -Int(ENOSPC)
            }
            let full = storeError { try files.append(line(#"{"n":2,"long":"value"}"#)) }
            #expect(full == .notSaved(files.journalPath, reason: "the disk is full"))
            #expect(full?.message == "Could not save: the disk is full (\(files.journalPath)). "
                + "Free some space and try again; this change was not saved.")
            #expect(contents(files.journalPath) == before)

            // fsync reports an I/O error after a complete write: also rolled back.
            files.calls = real
            files.calls.fsync = { _ in -EIO }
            let io = storeError { try files.append(line(#"{"n":3}"#)) }
            #expect(io == .notSaved(files.journalPath, reason: IOReason.ioError))
            #expect(io?.message.contains("Check the disk and try again; this change was not saved.") == true)
            #expect(contents(files.journalPath) == before)

            files.calls = real
            try files.append(line(#"{"n":4}"#))
            #expect(try files.readJournal().lines == [line(#"{"n":1}"#), line(#"{"n":4}"#)])
        }
    }

    @Test func partialWritesAndInterruptsAreRetried() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            let real = files.calls
            let toggle = Toggle()
            files.calls.write = { fd, bytes, count in
                if toggle.flip() { return -Int(EINTR) }
                return real.write(fd, bytes, min(count, 3))
            }
            files.calls.fsync = { fd in toggle.flip() ? -EINTR : real.fsync(fd) }
            let text = line(#"{"customer":"张总","amount":12500}"#)
            try files.append(text)
            try files.writeSnapshot(text)
            files.calls = real
            try files.append(text)
            #expect(try files.readJournal().lines == [text])
            #expect(try files.readSnapshot() == text)
        }
    }

    @Test func secondOpenerIsLockedOut() throws {
        try withTemporaryDirectory { dir in
            let path = dir + "/book.json"
            let first = BookFiles(path: path)
            try first.open()
            let second = BookFiles(path: path)
            let locked = storeError { try second.open() }
            #expect(locked == .locked(path))
            #expect(locked?.message == "Another FollowUp is using the book \(path). Close it first, "
                + "or use --book PATH to work on a different book.")
            #expect(!second.isOpen)
            try first.open() // opening twice is harmless
            first.close()
            first.close()
            try second.open()
            #expect(second.isOpen)
            second.close()
        }
    }

    @Test func anotherProcessHoldingTheLockLocksUsOut() throws {
        let candidates: [String] = ["/usr/bin/flock", "/bin/flock"]
        let flockTool = candidates.first { access($0, X_OK) == 0 }
        guard let flockTool else { return } // util-linux flock(1) not installed
        try withTemporaryDirectory { dir in
            let path = dir + "/book.json"
            let files = BookFiles(path: path)
            let holder = Process()
            holder.executableURL = URL(fileURLWithPath: flockTool)
            // -o: the lock is held by flock(1) itself (not by `sleep`), so it ends when we stop it.
            holder.arguments = ["-n", "-o", files.lockPath, "sleep", "3"]
            try holder.run()
            defer {
                holder.terminate()
                holder.waitUntilExit()
            }
            var sawLock = false
            for _ in 0..<200 where !sawLock {
                do {
                    try files.open()
                    files.close() // the other process hadn't taken it yet
                    usleep(10_000)
                } catch let error as StoreError {
                    #expect(error == .locked(path))
                    sawLock = true
                }
            }
            #expect(sawLock)
        }
    }

    @Test func folderUnderARegularFileIsNotWritable() throws {
        try withTemporaryDirectory { dir in
            write(dir + "/file", line("x"))
            let files = BookFiles(path: dir + "/file/sub/book.json")
            let error = storeError { try files.open() }
            guard case .notWritable(let where_, let reason)? = error else {
                Issue.record("expected .notWritable, got \(String(describing: error))")
                return
            }
            #expect(where_ == dir + "/file/sub")
            #expect(reason == IOReason.notADirectory)
            #expect(error?.message.contains("use --book PATH to keep the book somewhere else") == true)
            let direct = BookFiles(path: dir + "/file/book.json")
            #expect(storeError { try direct.open() } == .notWritable(dir + "/file", reason: IOReason.notADirectory))
        }
    }

    @Test func readOnlyFolderIsNotWritable() throws {
        try withTemporaryDirectory { dir in
            let folder = dir + "/ro"
            #expect(mkdir(folder, 0o500) == 0)
            let files = BookFiles(path: folder + "/book.json")
            if geteuid() == 0 {
                // root ignores permission bits; only check that nothing crashes.
                try? files.open()
                files.close()
            } else {
                #expect(storeError { try files.open() } == .notWritable(folder, reason: IOReason.permissionDenied))
            }
        }
    }

    @Test func unreadableSnapshot() throws {
        guard geteuid() != 0 else { return } // root can read anything
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            write(files.bookPath, line("{}"))
            _ = chmod(files.bookPath, 0o000)
            #expect(storeError { _ = try files.readSnapshot() } == .unreadable(files.bookPath, reason: IOReason.permissionDenied))
        }
    }

    @Test func largeSnapshotReadsBack() throws {
        try withTemporaryDirectory { dir in
            let files = BookFiles(path: dir + "/book.json")
            try files.open()
            defer { files.close() }
            var big = [UInt8](repeating: 0, count: 3_000_001)
            for i in big.indices { big[i] = UInt8(truncatingIfNeeded: i &* 31) }
            try files.writeSnapshot(big)
            #expect(try files.readSnapshot() == big)
        }
    }

    @Test func messagesNameTheFileAndTheRemedy() {
        let p = "/home/u/.local/share/followup/book.json"
        #expect(StoreError.malformed(p, detail: "expected ':' at line 3, column 17").message
            == "\(p) is not a valid FollowUp book: expected ':' at line 3, column 17. Nothing was changed. "
            + "Restore it from a backup, or start with --book PATH for a new book.")
        #expect(StoreError.newerVersion(p, found: 3, supported: 2).message
            == "\(p) was written by a newer FollowUp (format 3, this one reads up to 2). Update FollowUp; nothing was changed.")
        #expect(StoreError.notWritable("/x", reason: "permission denied").message.contains("/x"))
        #expect(StoreError.unreadable(p, reason: "permission denied").message.contains(p))
        #expect(StoreError.notSaved("/d/book.journal", reason: "permission denied").message
            == "Could not save: permission denied (/d/book.journal). Check that you may write to /d and try again; "
            + "this change was not saved.")
        #expect(StoreError.journalNotCleared("/d/book.journal", reason: "x").message.contains("nothing was lost"))
        #expect(StoreError.setAsideFailed("/d/book.journal", reason: "the disk is full").message.contains("Free some space"))
        #expect(StoreError.locked(p).description == StoreError.locked(p).message)
    }

    @Test func defaultPaths() {
        let home = ["HOME": "/home/u"]
        #expect(BookFiles.defaultBookPath(environment: home) == "/home/u/.local/share/followup/book.json")
        #expect(BookFiles.defaultBookPath(environment: home.merging(["XDG_DATA_HOME": "/data/"]) { $1 })
            == "/data/followup/book.json")
        #expect(BookFiles.defaultBookPath(environment: home.merging(["XDG_DATA_HOME": "relative"]) { $1 })
            == "/home/u/.local/share/followup/book.json")
        #expect(BookFiles.defaultBookPath(environment: home.merging(["XDG_DATA_HOME": "/data", "FOLLOWUP_BOOK": "/b.json"]) { $1 })
            == "/b.json")
        #expect(BookFiles.defaultBookPath(environment: home.merging(["FOLLOWUP_BOOK": ""]) { $1 })
            == "/home/u/.local/share/followup/book.json")
        #expect(BookFiles.defaultHistoryPath(environment: home) == "/home/u/.local/state/followup/history")
        #expect(BookFiles.defaultHistoryPath(environment: home.merging(["XDG_STATE_HOME": "/state"]) { $1 })
            == "/state/followup/history")
        #expect(BookFiles.defaultBookPath(environment: [:]).hasSuffix("/.local/share/followup/book.json"))
        let env = BookFiles.processEnvironment()
        #expect(env["PATH"] == ProcessInfo.processInfo.environment["PATH"])
    }
}

/// Alternates true/false on each call (for interrupt injection).
private final class Toggle: @unchecked Sendable {
    private var state = false
    func flip() -> Bool {
        state.toggle()
        return state
    }
}
