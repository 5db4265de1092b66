import FollowUpCore

/// The complaint settings as the Assistant reads them.
enum ComplaintSettings {
    static func stallDays(_ book: Book) -> Int { 2 }
}
