/// Hurried typing drops or swaps a letter (`deliverd`, `brokn`, `borken`, `wendesday`): a word
/// one such slip away from a word the rules read is read as that word, so the typo does not hide
/// what the line says. Only the words the rules live by are corrected, only long enough words
/// (a letter dropped from 6 letters or more, two letters swapped in 5 or more), and never a slip
/// that is itself a word (`broke`, `mailed`, `racked`, `compliant`) or a name (`Frida`): those
/// are read as typed. The typed text stays as typed in every slot; only matching changes.
enum Misspellings {
    /// Words the rules read whose slips are common in hurried lines.
    static let targets: [String] = """
        delivered delivery receive receiving installed broken damaged leaking defective scratched cracked complained complaint \
        complains complain invoice invoiced invoices payment payments promised promise reminder reminders remind \
        tomorrow yesterday received transferred transfer overdue statement collection collect customer customers \
        satisfied unhappy replaced replace refund refunded receivables outstanding agenda monday tuesday wednesday \
        thursday friday saturday sunday january february august september october november december morning \
        afternoon evening schedule snooze cancel delete remove greeting birthday quotation contact called visited \
        emailed texted settled cheque bounced returned disputed dispute overcharged angry furious stopped working \
        noisy faulty arrived
        """.split(separator: " ").map(String.init)

    /// Slips that are words of their own, or names, and so are read as typed.
    static let words: Set<String> = [
        "broke", "fault", "deliver", "damage", "receivable", "overcharge", "settle", "topped", "sopped",
        "compliant", "mailed", "racked", "arrive", "bounce", "collet", "frida", "promies", "remin", "contac",
        "visite", "texte", "caled", "woking", "teted", "eaking", "alled", "ollect",
    ]

    /// Each slip and the word it stands for, built once.
    static let corrected: [String: String] = {
        let known = Set(targets)
        var out: [String: String] = [:]
        var ambiguous: Set<String> = []
        func add(_ slip: String, _ word: String) {
            guard !known.contains(slip), !words.contains(slip), !ambiguous.contains(slip) else { return }
            if let other = out[slip], other != word {
                out[slip] = nil
                ambiguous.insert(slip)
            } else {
                out[slip] = word
            }
        }
        // The targets are ASCII: their slips are made on bytes, every process builds this table.
        for word in targets {
            let letters = Array(word.utf8)
            if letters.count >= 6 {
                for i in letters.indices {
                    var s = letters
                    s.remove(at: i)
                    add(String(decoding: s, as: UTF8.self), word)
                }
            }
            if letters.count >= 5 {
                for i in 0..<(letters.count - 1) where letters[i] != letters[i + 1] {
                    var s = letters
                    s.swapAt(i, i + 1)
                    add(String(decoding: s, as: UTF8.self), word)
                }
            }
        }
        return out
    }()
}
