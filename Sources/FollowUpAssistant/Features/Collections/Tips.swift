import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// The tip line after a payment or a promise: from the playbook's `tip` plays (and, after a
/// payment, the `thanks` plays' tips), fitting the customer's standing once the line is recorded.
///
/// Not the same line every time: the tips of the plays that fit something particular about the
/// customer come first (else the general ones); among them the choice turns with the day, the
/// customer and how many changes the book has recorded today, so a replay gives the same tips and
/// one-shot runs on the same day move on to the next tip. A session also remembers the tips it
/// showed today and never repeats one that day; when every fitting tip has been shown, there is
/// no tip line. Nothing is written to the book.
enum Tips {
    static func line(after event: PlayEvent, customer cu: Customer, records: CustomerRecords, _ c: Context) -> Reply.Line? {
        let st = CustomerStanding(customer: cu, records: records, ladder: LadderBounds(settings: c.book.settings), on: c.today)
        var s = SituationBuilder.situation(st, c, after: event)
        if event == .payment { s.firstOrder = SituationBuilder.firstOrderBeforeLastPayment(cu, records, c) }
        let book = c.plays.playbook
        var choices = book.choose(.tip, for: s, in: c.lang.play)
        if event == .payment { choices += book.choose(.thanks, for: s, in: c.lang.play) }
        var particular: [(String, String)] = [], general: [(String, String)] = []
        for ch in choices {
            let play = ch.play.text(c.lang.play)
            // Keys by the line as written, so a tip that could not be filled is not counted.
            for (i, tip) in play.tips.enumerated() {
                guard let text = tip.fill(s.values[c.lang.play] ?? [:]) else { continue }
                let key = "\(ch.play.id)#\(i)"
                guard !c.plays.wasShown(key, on: c.today) else { continue }
                // "Particular": the play asked for more than the event itself.
                if ch.matched.contains(where: { $0.key != .after }) { particular.append((key, text)) } else { general.append((key, text)) }
            }
        }
        let pool = particular.isEmpty ? general : particular
        guard !pool.isEmpty else { return nil }
        let turn = c.today.ordinal &+ cu.id.raw &+ changesToday(c)
        let (key, text) = pool[Int(UInt(bitPattern: turn) % UInt(pool.count))]
        c.plays.markShown(key, on: c.today)
        return Reply.Line(CollectionWording.tip(text, c.lang), tone: .muted)
    }

    /// How many steps the book recorded today (they come last in the history).
    static func changesToday(_ c: Context) -> Int {
        var n = 0
        for e in c.book.history.reversed() {
            guard e.day == c.today else { break }
            n += 1
        }
        return n
    }
}
