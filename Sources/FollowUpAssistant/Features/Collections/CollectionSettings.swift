import FollowUpCore
import FollowUpLanguage

/// The settings counted in days: the ladder's bounds (`set ladder.firm 45`) and how many working
/// days a call that did not get through waits before it is tried again (`set retry.days 2`).
enum CollectionSettings {
    /// Working days before a retry when the book does not say.
    static let defaultRetryDays = 1
    static let retryRange = 1...30

    /// The retry delay the book's settings give.
    static func retryDays(_ book: Book) -> Int {
        book.settings[BookSetting.retryDays.rawValue].flatMap(Int.init).flatMap { retryRange.contains($0) ? $0 : nil }
            ?? defaultRetryDays
    }

    static func set(_ setting: BookSetting, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let text = p.slots.value, let days = Int(text) else { throw Problem.needDays(setting) }
        let key = setting.rawValue
        let before = c.book.settings[key]
        if setting == .retryDays {
            guard retryRange.contains(days) else { throw Problem.badDays(setting, days, allowed: "\(retryRange.lowerBound)–\(retryRange.upperBound)") }
            return .change([.settingChanged(key: key, before: before, after: String(days))],
                           [Reply.Line(CollectionWording.retrySet(days, c.lang), tone: .success)])
        }
        let bounds = LadderBounds(settings: c.book.settings)
        switch bounds.refusal(setting: key, to: days) {
        case .none:
            var after = bounds
            after[key] = days
            return .change([.settingChanged(key: key, before: before, after: String(days))],
                           [Reply.Line(CollectionWording.ladderSet(after, c.lang), tone: .success)])
        case .outOfRange?, .unknownKey?:
            throw Problem.badDays(setting, days, allowed: "0–\(LadderBounds.maxDays)")
        case .outOfOrder?:
            throw Problem.ladderOutOfOrder(setting, days, bounds)
        }
    }
}
