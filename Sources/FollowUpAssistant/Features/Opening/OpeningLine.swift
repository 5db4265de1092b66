import FollowUpCore
import FollowUpLanguage

extension Conversation {
    /// The one line the interactive prompt opens with: a greeting and what today holds, so the
    /// day starts from the agenda. In the language of the book's recent lines (most of the last
    /// 20 typed lines), else the locale's (`zh…` is Chinese), else English.
    /// Nil when the book's `greeting` setting is `off`.
    public func openingLine(locale: String?) -> Reply? {
        guard book.settings[BookSetting.greeting.rawValue] != "off" else { return nil }
        let lang = OpeningLine.language(of: book, locale: locale)
        let summary = DaySummary(book: book, today: today)
        var text = OpeningWording.line(summary, today: today, now: clock.now(), lang)
        if lang == .zh { text = ChineseTypography.polish(text) }
        return Reply(lines: [Reply.Line(text, tone: .muted)])
    }
}

enum OpeningLine {
    /// How many of the latest typed lines decide the language.
    static let recentLines = 20

    static func language(of book: Book, locale: String?) -> Lang {
        var zh = 0, en = 0
        for h in book.history.suffix(recentLines) where h.undoes == nil {
            if h.line.unicodeScalars.contains(where: { $0.value >= 0x4E00 && $0.value <= 0x9FFF }) { zh += 1 } else { en += 1 }
        }
        if zh != en { return zh > en ? .zh : .en }
        return locale?.lowercased().hasPrefix("zh") == true ? .zh : .en
    }
}
