import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// The tip line after a payment or a promise: from the playbook's `tip` plays (and, after a
/// payment, the `thanks` plays' tips), fitting the customer's standing once the line is recorded.
///
/// Not the same line every time: the tips of the most specific plays that fit come first (most
/// conditions matched beyond the event itself; general plays last); among them the choice turns
/// with the day, the customer and how many changes the book has recorded today, so a replay gives
/// the same tips and one-shot runs on the same day move on to the next tip. A session also remembers the tips it
/// showed today and never repeats one that day; when every fitting tip has been shown, there is
/// no tip line. Nothing is written to the book.
enum Tips {
    static func line(after event: PlayEvent, customer cu: Customer, records: CustomerRecords, _ c: Context) -> Reply.Line? {
        let st = c.standing(of: cu, records: records)
        var s = SituationBuilder.situation(st, c, after: event)
        if event == .payment { s.firstOrder = SituationBuilder.firstOrderBeforeLastPayment(cu, records, c) }
        let book = c.plays.playbook
        var choices = book.choose(.tip, for: s, in: c.lang.play)
        if event == .payment { choices += book.choose(.thanks, for: s, in: c.lang.play) }
        // Tips by how particular their play is: conditions matched beyond the event itself.
        var tiers: [Int: [(String, String)]] = [:]
        for ch in choices {
            let weight = ch.matched.filter { $0.key != .after }.count
            let play = ch.play.text(c.lang.play)
            // A tip is known by its play and place, whatever its placeholders filled to.
            for (i, tip) in play.tips.enumerated() {
                guard let text = tip.fill(s.values[c.lang.play] ?? [:]) else { continue }
                let key = "\(ch.play.id)#\(i)"
                guard !c.plays.wasShown(key, on: c.today) else { continue }
                tiers[weight, default: []].append((key, text))
            }
        }
        guard let top = tiers.keys.max(), let pool = tiers[top], !pool.isEmpty else { return nil }
        let turn = c.today.ordinal &+ cu.id.raw &+ changesToday(c)
        let (key, text) = pool[Int(UInt(bitPattern: turn) % UInt(pool.count))]
        c.plays.markShown(key, on: c.today)
        return Reply.Line(ScriptWording.tip(text, c.lang), tone: .muted)
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
