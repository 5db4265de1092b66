import FollowUpCore
import FollowUpLanguage

/// `set complaint.stall 3` (days a step may sit before the agenda raises it) and
/// `set complaint.checkback 5` (days after the fix for the satisfaction call), checked against
/// `ComplaintRules`' ranges.
enum ComplaintSettings {
    static func set(_ setting: BookSetting, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let text = p.slots.value, let days = Int(text) else { throw Problem.needDays(setting) }
        guard let range = ComplaintRules.range(of: setting), range.contains(days) else {
            let r = ComplaintRules.range(of: setting) ?? 1...1
            throw Problem.badDays(setting, days, allowed: "\(r.lowerBound)–\(r.upperBound)")
        }
        let key = setting.rawValue
        let line = setting == .complaintStall
            ? c.t("A complaint step with no progress for \(Words.plural(days, "day", "days")) now comes up on the agenda.",
                  "投诉某一步\(days)天没有进展，就会出现在日程上。")
            : c.t("The satisfaction check-back call now falls \(Words.plural(days, "day", "days")) after a complaint is resolved.",
                  "投诉解决\(days)天后安排回访，问客户是否满意。")
        return .change([.settingChanged(key: key, before: c.book.settings[key], after: String(days))], [Reply.Line(line, tone: .success)])
    }
}
