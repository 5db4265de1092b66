import FollowUpCore
import FollowUpLanguage

enum ComplaintMoves {
    static func move(_ p: ParsedLine, _ c: Context) throws -> Outcome { throw Problem.notYet("moves") }
}
