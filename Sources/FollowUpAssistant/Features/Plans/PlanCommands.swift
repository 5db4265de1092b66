import FollowUpCore
import FollowUpLanguage

/// Follow-up plans (seed 004): start, stop, list, show, and the customer's push-back.
enum PlanCommands {
    static func start(_ p: ParsedLine, _ c: Context) throws -> Outcome { throw Problem.notYet(c.t("Follow-up plans", "跟进计划")) }
    static func stop(_ p: ParsedLine, _ c: Context) throws -> Outcome { throw Problem.notYet(c.t("Follow-up plans", "跟进计划")) }
    static func list(_ p: ParsedLine, _ c: Context) -> Outcome { .show([Reply.Line(c.t("No follow-up plans yet.", "还没有跟进计划。"))]) }
    static func show(_ p: ParsedLine, _ c: Context) throws -> Outcome { throw Problem.notYet(c.t("Follow-up plans", "跟进计划")) }
    static func pushBack(_ p: ParsedLine, _ c: Context) throws -> Outcome { try PlanPushBackCommand.run(p, c) }
}
