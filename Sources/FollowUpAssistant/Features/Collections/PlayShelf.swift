import FollowUpCore
import FollowUpPlaybook

/// Where a conversation's plays come from: the bundled ones, and the user's folder if any.
public struct PlaySetup: Sendable {
    /// `$XDG_CONFIG_HOME/followup/plays`; nil for the bundled plays alone.
    public var userFolder: String?
    /// How files are read: the disk, or memory in tests.
    public var files: any PlayFileSource
    /// For `~/…` in `plays check ~/mine.yaml`.
    public var home: String?
    /// False only in tests that want their own plays alone.
    public var bundled: Bool

    public init(userFolder: String?, files: any PlayFileSource, home: String? = nil, bundled: Bool = true) {
        self.userFolder = userFolder
        self.files = files
        self.home = home
        self.bundled = bundled
    }

    /// The bundled plays only (tests, transcripts).
    public static let bundledOnly = PlaySetup(userFolder: nil, files: MemoryPlayFiles([:]))

    /// The bundled plays and the user's folder named by the environment.
    public static func live(environment: [String: String]) -> PlaySetup {
        PlaySetup(userFolder: PlayFiles.userFolder(environment: environment), files: DiskPlayFiles(),
                  home: environment["HOME"].flatMap { $0.isEmpty ? nil : $0 })
    }
}

/// The playbook, read on first use, and what this session remembers: the tips shown today,
/// whether the user's file problems were reported, and the plays the last script chose.
final class PlayShelf {
    let setup: PlaySetup
    private var loaded: Playbook?
    /// The user's files' problems are said once a session, by the first line that reads the plays.
    private var issuesReported = false
    /// Tips shown today, by play id and index: the same tip at most once a day in a session.
    private var tipsShown: (day: Day, keys: Set<String>)?
    /// The plays the last script used and why, for `why`.
    var lastChoices: [Choice] = []

    init(_ setup: PlaySetup) { self.setup = setup }

    /// Whether a line has read the plays yet (the agenda must not: tests check it).
    var isLoaded: Bool { loaded != nil }

    var playbook: Playbook {
        if let loaded { return loaded }
        let book = Playbook.load(userFolder: setup.userFolder, files: setup.files, bundled: setup.bundled)
        loaded = book
        return book
    }

    /// The loading problems not yet reported this session (the user's files, or a bundled file
    /// that failed — a bug the tests catch).
    func unreportedIssues() -> [PlayIssue] {
        let issues = playbook.issues
        guard !issuesReported else { return [] }
        issuesReported = true
        return issues
    }

    func wasShown(_ key: String, on day: Day) -> Bool {
        guard let shown = tipsShown, shown.day == day else { return false }
        return shown.keys.contains(key)
    }

    func markShown(_ key: String, on day: Day) {
        if tipsShown?.day != day { tipsShown = (day, []) }
        tipsShown?.keys.insert(key)
    }
}
