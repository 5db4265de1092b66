/// Collects, while a line is parsed, the words that gave the intent and each slot.
///
/// A note is taken where a slot is set, from a token range the analysis already knows, so it
/// costs one substring per slot. Notes for slots that end up empty are dropped by `evidence`.
struct EvidenceLog: Sendable {
    private var words: [String: String] = [:]
    /// Every token range a slot was read from: what the reading explains.
    private(set) var covered: [Range<Int>] = []

    /// Slot names in the order `parse` prints them, the intent first.
    static let order = ["intent", "customer", "contact", "amount", "portion", "date", "until", "time", "invoice", "id", "text",
                        "channel", "outcome", "excuse", "topic", "cause", "stage", "recurrence", "duration", "snoozeDays", "phone", "email", "terms",
                        "field", "setting", "value", "basis", "move", "cause_detail", "remedy", "cooling", "severity", "angry", "product",
                        "department", "satisfied", "disputed"]

    /// Records the words of token `range` (as typed) for `slot`, replacing an earlier note.
    mutating func note(_ slot: String, _ a: Analysis, _ range: Range<Int>?) {
        guard let range else { return }
        covered.append(range)
        note(slot, words: a.typedText(range))
    }

    /// Records `words` for `slot` when there are any.
    mutating func note(_ slot: String, words w: String?) {
        guard let w, !w.isEmpty else { return }
        words[slot] = w
    }

    /// The words noted for `slot`, if any.
    func words(for slot: String) -> String? { words[slot] }

    /// Forgets the note for `slot`.
    mutating func forget(_ slot: String) { words[slot] = nil }

    /// The notes for the intent and the slots that are filled, in `order`.
    func evidence(for slots: Slots) -> [Evidence] {
        var out: [Evidence] = []
        for slot in EvidenceLog.order {
            guard let w = words[slot], slot == "intent" || EvidenceLog.isFilled(slot, slots) else { continue }
            out.append(Evidence(slot: slot, words: w))
        }
        return out
    }

    /// Whether the named slot has a value.
    static func isFilled(_ slot: String, _ s: Slots) -> Bool {
        switch slot {
        case "customer": return s.customer != nil
        case "contact": return s.contact != nil
        case "amount": return s.amount != nil
        case "portion": return s.portion != nil
        case "date": return s.date != nil
        case "until": return s.until != nil
        case "time": return s.time != nil
        case "invoice": return s.invoice != nil
        case "id": return s.id != nil
        case "text": return s.text != nil
        case "channel": return s.channel != nil
        case "topic": return s.topic != nil
        case "cause": return s.cause != nil
        case "stage": return s.stage != nil
        case "recurrence": return s.recurrence != nil
        case "duration": return s.duration != nil
        case "snoozeDays": return s.snoozeDays != nil
        case "phone": return s.phone != nil
        case "email": return s.email != nil
        case "terms": return s.terms != nil
        case "field": return s.field != nil
        case "setting": return s.setting != nil
        case "outcome": return s.outcome != nil
        case "excuse": return s.excuse != nil
        case "value": return s.value != nil
        case "basis": return s.basis != nil
        case "move": return s.complaint?.move != nil
        case "cause_detail": return s.complaint?.cause != nil
        case "remedy": return s.complaint?.remedy != nil
        case "cooling": return s.complaint?.cooling != nil
        case "severity": return s.complaint?.severity != nil
        case "angry": return s.complaint?.angry == true
        case "product": return s.complaint?.product != nil
        case "department": return s.complaint?.department != nil
        case "satisfied": return s.complaint?.satisfied != nil
        case "disputed": return s.complaint?.disputed != nil
        default: return false
        }
    }
}
