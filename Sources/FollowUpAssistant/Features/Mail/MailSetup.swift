import FollowUpStore

/// Where email drafts are written unless the book's `drafts.folder` setting names another
/// folder, and the home folder that printed paths shorten to `~`.
public struct MailSetup: Sendable {
    /// The default drafts folder (absolute, or relative to the working folder of `FileAccess`).
    public var draftsFolder: String
    /// Printed paths under it start with `~` (stable in transcripts, short on screen).
    public var home: String?

    public init(draftsFolder: String, home: String? = nil) {
        self.draftsFolder = draftsFolder
        self.home = home
    }

    /// `$XDG_DATA_HOME/followup/drafts`, else `~/.local/share/followup/drafts`.
    public static func live(environment: [String: String]) -> MailSetup {
        MailSetup(draftsFolder: BookFiles.defaultDraftsFolder(environment: environment),
                  home: BookFiles.homeDirectory(environment: environment))
    }

    /// For tests that write no drafts to disk.
    public static let inMemory = MailSetup(draftsFolder: "drafts")

    /// `path` with the home folder as `~`.
    func shown(_ path: String) -> String {
        guard let home, !home.isEmpty, home != "/" else { return path }
        let h = home.hasSuffix("/") ? String(home.dropLast()) : home
        if path == h { return "~" }
        if path.hasPrefix(h + "/") { return "~" + path.dropFirst(h.count) }
        return path
    }
}
