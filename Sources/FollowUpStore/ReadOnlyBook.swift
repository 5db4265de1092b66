import FollowUpCore

extension FileBookStore {
    /// Reads the book at `path` without taking its lock or writing anything, for commands that
    /// only look (`followup parse --book`).
    ///
    /// No folder or lock file is created, a cut-off last journal line is left where it is (and
    /// not loaded; a warning says so), and nothing is compacted. A book with no files is empty.
    public static func readOnly(path: String) throws -> (book: Book, warnings: [String]) {
        let files = BookFiles(path: path)
        // Journal first: if a writer compacts in between, the newer snapshot covers those steps.
        let journal = try files.readJournal()
        let book = try fold(snapshot: files.readSnapshot(), journal: journal, files: files)
        var warnings: [String] = []
        if journal.torn != nil {
            warnings.append("The last change in \(files.journalPath) was cut off and was not read; "
                + "open the book with followup to set it aside.")
        }
        return (book, warnings)
    }

    /// The snapshot plus the journal's complete steps with a seq above the snapshot's.
    static func fold(snapshot: [UInt8]?, journal: JournalContents, files: BookFiles) throws -> Book {
        var book = Book()
        if let bytes = snapshot {
            book = try SnapshotCodec.read(bytes, path: files.bookPath)
        }
        for (n, line) in journal.lines.enumerated() {
            if line.isEmpty { continue }
            let step: Step
            do {
                var r = JSONReader(line)
                step = try EventCodec.readStep(&r)
                try r.expectEnd()
            } catch let e as JSONError {
                throw StoreError.malformed(files.journalPath, detail: "line \(n + 1): \(e.message)")
            }
            // Steps already in the snapshot (a crash between snapshot and journal truncation) are skipped.
            if step.seq <= book.lastSeq { continue }
            do {
                try book.record(step)
            } catch let e as BookError {
                throw StoreError.malformed(files.journalPath, detail: "line \(n + 1): \(e.message)")
            }
        }
        return book
    }
}
