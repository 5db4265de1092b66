import FollowUpCore

/// A book kept in files: `book.json` (snapshot) plus `book.journal` (one step per line).
public final class FileBookStore: BookStore {
    public let files: BookFiles

    /// Opens (and locks) the book at `path`; the folder is created when missing.
    public init(path: String) throws {
        files = BookFiles(path: path)
        try files.open()
    }

    deinit { files.close() }

    public func load() throws -> (book: Book, warnings: [String]) {
        var warnings: [String] = []
        let snapshot = try files.readSnapshot()
        let journal = try files.readJournal()
        let book = try FileBookStore.fold(snapshot: snapshot, journal: journal, files: files)
        if let torn = journal.torn {
            let cutOff = "The last change in \(files.journalPath) was cut off (FollowUp probably stopped while saving it). "
                + "Everything before it is loaded; the \(torn.count) incomplete bytes were "
            if let why = files.readOnlyReason {
                // A read-only book cannot set the tail aside; it is left where it is, unread.
                warnings.append(cutOff + "left in place (\(why)).")
            } else {
                let side = try files.setAsideTorn(torn)
                warnings.append(cutOff + "kept in \(side). Check the last thing you did and type it again if it is missing.")
            }
        }
        if let why = files.readOnlyReason {
            warnings.append("The folder \(files.directory) cannot be written (\(why)): the book is open read-only, "
                + "so you can look but changes cannot be saved. Make the folder writable (chmod 700 \(files.directory)) to change it.")
        }
        return (book, warnings)
    }

    public var readOnlyReason: String? { files.readOnlyReason }

    public var protectedPaths: [String] { [files.bookPath, files.journalPath, files.lockPath] }

    public func append(_ step: Step) throws {
        try files.append(FileBookStore.journalLine(step))
    }

    public func compact(_ book: Book) throws {
        try files.writeSnapshot(SnapshotCodec.write(book))
    }

    /// Encodes a book as snapshot bytes (for tools that generate books).
    public static func snapshotBytes(_ book: Book) -> [UInt8] { SnapshotCodec.write(book) }

    /// Encodes a step as one journal line (no newline).
    public static func journalLine(_ step: Step) -> [UInt8] {
        var w = JSONWriter(capacity: 512)
        EventCodec.write(step, &w)
        return w.bytes
    }
}
