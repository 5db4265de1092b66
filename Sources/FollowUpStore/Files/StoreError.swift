/// A problem with the book's files, with a message that names the file and says what to do.
///
/// Paths are the full paths of the files (or folder) concerned; `reason` is a short plain
/// description such as "the disk is full" or "permission denied" (see `describeErrno`).
public enum StoreError: Error, Equatable, Sendable, CustomStringConvertible {
    /// Another process holds the book's lock. The path is the book (snapshot) path.
    case locked(String)
    /// The folder that holds (or should hold) the book cannot be created or written.
    case notWritable(String, reason: String)
    /// A file of the book exists but cannot be read.
    case unreadable(String, reason: String)
    /// Appending a change to the journal failed; the journal was put back as it was.
    case notSaved(String, reason: String)
    /// Rewriting the snapshot failed; the old snapshot and journal are untouched.
    case snapshotNotWritten(String, reason: String)
    /// The new snapshot was saved but the journal (path) could not be emptied afterwards.
    case journalNotCleared(String, reason: String)
    /// Setting aside an incomplete last journal line failed; the journal (path) is untouched.
    case setAsideFailed(String, reason: String)
    /// The file's content is not a valid FollowUp book.
    case malformed(String, detail: String)
    /// The file was written by a newer FollowUp with a format this one cannot read.
    case newerVersion(String, found: Int, supported: Int)
    /// The book's folder or a file of it is not safe to write: see `Unsafe`.
    case unsafe(String, problem: Unsafe)

    /// Why a book's folder or file is refused.
    public enum Unsafe: Equatable, Sendable {
        /// The folder can be written by the group or others (mode bits).
        case sharedFolder(mode: Int)
        /// The folder or file belongs to another user.
        case otherOwner(uid: Int)
        /// A book file is a symbolic link (to `target`).
        case symbolicLink(target: String)
    }

    /// The full message for the user: what happened, to which file, and what to do.
    public var message: String {
        switch self {
        case .locked(let path):
            return "Another FollowUp is using the book \(path). Close it first, "
                + "or use --book PATH to work on a different book."
        case .notWritable(let dir, let reason):
            return "Cannot write to the folder \(dir) (\(reason)). Check that you may create and "
                + "change files there, or use --book PATH to keep the book somewhere else."
        case .unreadable(let path, let reason):
            return "Could not read \(path) (\(reason)). Check the file's permissions, or use "
                + "--book PATH to open a different book. Nothing was changed."
        case .notSaved(let path, let reason):
            return "Could not save: \(reason) (\(path)). \(Self.advice(for: reason, path: path)); "
                + "this change was not saved."
        case .snapshotNotWritten(let path, let reason):
            return "Could not rewrite the book \(path): \(reason). \(Self.advice(for: reason, path: path)). "
                + "The book on disk is unchanged and nothing was lost."
        case .journalNotCleared(let path, let reason):
            return "The book was saved, but its journal \(path) could not be emptied (\(reason)). "
                + "\(Self.advice(for: reason, path: path)); nothing was lost."
        case .setAsideFailed(let path, let reason):
            return "Could not set aside the incomplete last line of the journal \(path): \(reason). "
                + "\(Self.advice(for: reason, path: path)); nothing was changed."
        case .malformed(let path, let detail):
            return "\(path) is not a valid FollowUp book: \(detail). Nothing was changed. "
                + "Restore it from a backup, or start with --book PATH for a new book."
        case .unsafe(let path, .sharedFolder(let mode)):
            return "The folder \(path) can be changed by other users (mode \(String(mode, radix: 8))), so one of them could "
                + "replace your book. Nothing was changed. Make it private with: chmod 700 \(path)"
        case .unsafe(let path, .otherOwner(let uid)):
            return "\(path) belongs to another user (uid \(uid)), so FollowUp will not use it. Nothing was changed. "
                + "If it is yours, take it back with: chown \"$(id -un)\" \(path) — or use --book PATH for a book of your own."
        case .unsafe(let path, .symbolicLink(let target)):
            return "\(path) is a symbolic link\(target.isEmpty ? "" : " to \(target)"). FollowUp does not follow links for its "
                + "book files, so that saving never replaces the link or writes somewhere else. Nothing was changed. "
                + "Open the book where it really is with --book \(target.isEmpty ? "PATH" : target) (its journal and lock go beside it)."
        case .newerVersion(let path, let found, let supported):
            return "\(path) was written by a newer FollowUp (format \(found), this one reads up to "
                + "\(supported)). Update FollowUp; nothing was changed."
        }
    }

    /// Whether a write was refused because the book's lock file was removed or replaced.
    public var isLockLost: Bool {
        switch self {
        case .notSaved(_, let reason), .snapshotNotWritten(_, let reason), .setAsideFailed(_, let reason):
            return reason == IOReason.lockLost
        default: return false
        }
    }

    /// Same as `message`.
    public var description: String { message }

    /// What the user can do about a failed write, given its reason.
    static func advice(for reason: String, path: String) -> String {
        switch reason {
        case IOReason.diskFull, IOReason.quotaExceeded:
            return "Free some space and try again"
        case IOReason.permissionDenied, IOReason.readOnly:
            return "Check that you may write to \(parentDirectory(of: path)) and try again"
        case IOReason.journalTorn:
            return "Restart FollowUp so it can set the incomplete line aside, then try again"
        case IOReason.changedMeanwhile:
            return "Restart FollowUp and try again"
        case IOReason.lockLost:
            return "Close every FollowUp using this book, then start again"
        case _ where reason.hasPrefix(IOReason.readOnlyPrefix):
            return "Make \(parentDirectory(of: path)) writable (chmod 700), or use --book PATH for a book you can change"
        default:
            return "Check the disk and try again"
        }
    }
}

/// The fixed reason texts used in `StoreError`s (others come from `strerror`).
enum IOReason {
    static let diskFull = "the disk is full"
    static let quotaExceeded = "the disk quota is exceeded"
    static let permissionDenied = "permission denied"
    static let readOnly = "the file system is read-only"
    static let ioError = "an input/output error (the disk may be failing)"
    static let notADirectory = "a part of the path is not a folder"
    static let isADirectory = "it is a folder, not a file"
    static let doesNotExist = "it does not exist"
    static let notOpen = "the book is not open (internal error)"
    static let lineBreakInLine = "the change contains a line break (internal error)"
    static let journalTorn = "the journal ends with an incomplete line that has not been set aside"
    static let changedMeanwhile = "the journal changed since it was read"
    static let lockLost = "the lock file was removed or replaced while the book was open, so another FollowUp may be writing it"
    static let readOnlyPrefix = "the book is open read-only"
    static func readOnlyBook(_ why: String) -> String { "\(readOnlyPrefix) (\(why))" }
}

/// The directory part of `path` ("." if there is none, "/" for a file in the root).
func parentDirectory(of path: String) -> String {
    guard let slash = path.utf8.lastIndex(of: UInt8(ascii: "/")) else { return "." }
    if slash == path.utf8.startIndex { return "/" }
    return String(path[..<slash])
}
