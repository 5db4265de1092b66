import FollowUpCore
import FollowUpLanguage

/// `set greeting off` / 关闭开场问候: whether the prompt opens with the greeting line.
enum OpeningSettings {
    static func set(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let v = p.slots.value?.lowercased(), v == "on" || v == "off" else { throw Problem.badGreeting }
        let key = BookSetting.greeting.rawValue
        let before = c.book.settings[key]
        // Off is the one value kept: on is the default, so turning it on removes the setting.
        let after: String? = v == "off" ? "off" : nil
        let line = v == "off"
            ? c.t("The prompt now opens without the greeting and today's summary. Type 'set greeting on' to have it back.",
                  "打开程序时不再显示问候和今日摘要。输入“打开开场问候”可以恢复。")
            : c.t("The prompt opens with a greeting and today's summary again.", "打开程序时会再显示问候和今日摘要。")
        guard before != after else {
            return .show([Reply.Line(v == "off" ? c.t("The greeting is already off; nothing was changed.", "开场问候已经是关闭的，没有做任何修改。")
                                                : c.t("The greeting is already on; nothing was changed.", "开场问候已经是打开的，没有做任何修改。"),
                                     tone: .muted)])
        }
        return .change([.settingChanged(key: key, before: before, after: after)], [Reply.Line(line, tone: .success)])
    }
}
