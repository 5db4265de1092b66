import FollowUpCore

/// Where a book is kept: loaded once, then each step appended before its reply is shown.
public protocol BookStore: AnyObject {
    /// Reads the book. Warnings are things the user must be told (a torn journal line set aside).
    func load() throws -> (book: Book, warnings: [String])
    /// Saves one step durably; throws `StoreError` and leaves the saved book as it was on failure.
    func append(_ step: Step) throws
    /// Rewrites the snapshot from `book` and empties the journal.
    func compact(_ book: Book) throws
    /// Why changes cannot be saved (the book was opened read-only), or nil when they can.
    var readOnlyReason: String? { get }
    /// The book's own files, which a report written to a file must never replace.
    var protectedPaths: [String] { get }
}

extension BookStore {
    public var readOnlyReason: String? { nil }
    public var protectedPaths: [String] { [] }
}

/// A book kept in memory only: for tests, and for failure injection.
public final class MemoryBookStore: BookStore {
    public private(set) var steps: [Step] = []
    public private(set) var snapshot: Book
    /// When set, the next appends fail with this error (as a full disk would).
    public var failAppends: StoreError?

    public init(book: Book = Book()) { snapshot = book }

    public func load() throws -> (book: Book, warnings: [String]) {
        var book = snapshot
        for s in steps { try book.record(s) }
        return (book, [])
    }

    public func append(_ step: Step) throws {
        if let e = failAppends { throw e }
        steps.append(step)
    }

    public func compact(_ book: Book) throws {
        snapshot = book
        steps = []
    }
}
