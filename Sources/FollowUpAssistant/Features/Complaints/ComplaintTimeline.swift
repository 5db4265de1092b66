import FollowUpCore
import FollowUpLanguage

/// Timeline notes.
enum ComplaintTimeline {
    static let logged = "logged"
    static func note(_ e: ComplaintEntry, _ lang: Lang) -> String { e.note }
}
