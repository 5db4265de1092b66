import FollowUpCore

/// Every play: the bundled ones, then the user's, a user play replacing the bundled one with its id.
public struct Playbook: Sendable {
    public private(set) var plays: [Play] = []
    /// Problems found while loading, file by file; the plays they spoiled were skipped.
    public private(set) var issues: [PlayIssue] = []

    public init() {}

    /// The plays compiled into the binary, parsed once per process on first use: the session's
    /// playbook, `plays list` and every `plays check` share them.
    public static func bundled() -> Playbook { bundledPlays }

    private static let bundledPlays: Playbook = {
        var book = Playbook()
        for (name, bytes) in BundledPlays.files {
            book.add(PlayFileParser.parse(bytes, name: name, origin: .bundled(file: name)))
        }
        return book
    }()

    /// The bundled plays (unless left out, for tests) and the user's own from `folder` (missing folder: none).
    public static func load(userFolder folder: String?, files: any PlayFileSource, bundled withBundled: Bool = true) -> Playbook {
        var book = withBundled ? bundled() : Playbook()
        if let folder { book.addUserFiles(in: folder, files: files) }
        return book
    }

    /// Reads each `*.yaml` in `folder`, in name order; a later file's play replaces an earlier one's.
    public mutating func addUserFiles(in folder: String, files: any PlayFileSource) {
        for path in files.playFiles(in: folder) {
            add(PlayFiles.read(path, files: files))
        }
    }

    /// Adds a file's plays; one with an id already present takes its place.
    public mutating func add(_ file: PlayFile) {
        issues += file.issues
        for play in file.plays {
            if let i = plays.firstIndex(where: { $0.id == play.id }) { plays[i] = play } else { plays.append(play) }
        }
    }

    public func play(_ id: String) -> Play? { plays.first { $0.id == id } }

    public func plays(_ topic: PlayTopic) -> [Play] { plays.filter { $0.topic == topic } }
}
