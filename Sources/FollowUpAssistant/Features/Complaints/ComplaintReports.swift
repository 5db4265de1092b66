import FollowUpCore
import FollowUpLanguage

enum ComplaintReports {
    static func report(_ p: ParsedLine, _ c: Context) throws -> Outcome { throw Problem.notYet("report") }
}
