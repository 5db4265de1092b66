import FollowUpCore
import FollowUpLanguage

/// The agenda's "To chase today": one line per customer, in `ChaseList` order.
enum ChaseSection {
    /// How many customers the section lists before counting the rest.
    static let limit = 10

    static func lines(_ entries: [ChaseList.Entry], _ c: Context) -> [Reply.Line] {
        guard !entries.isEmpty else { return [] }
        var lines = [Reply.Line(CollectionWording.chaseHeading(c.lang), tone: .heading)]
        for e in entries.prefix(limit) {
            var text = CollectionWording.chaseLine(e, zero: c.defaultCurrency, c.lang, today: c.today)
            // The rest is chased; say what a complaint holds back, and which.
            if !e.disputes.isEmpty { text += " · " + DisputeWording.chaseNote(e.disputes, c) }
            lines.append(Reply.Line("  " + text, tone: e.standing.isOverdue || e.brokenPromise ? .warning : .plain))
        }
        if entries.count > limit {
            lines.append(Reply.Line("  " + CollectionWording.chaseMore(entries.count - limit, c.lang), tone: .muted))
        }
        return lines
    }
}
