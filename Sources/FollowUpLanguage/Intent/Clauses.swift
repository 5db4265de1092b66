/// Lines that say two things: "called Acme, they will pay 5000 on the 15th" is a call and a
/// promise; "Acme paid 5k and promised the rest by Friday" a payment and a promise.
///
/// A line is cut at a clause boundary (a comma, "and", 然后…) when each side reads as a
/// different thing that changes the book. The later clause's customer, when it names none
/// ("they", 他, 对方), is the one named before.
enum Clauses {
    /// Readings that can be joined in one line.
    /// A push-back joins the call it was said on or the money said with it (`acme said stop
    /// calling, they'll pay friday`), so the money is never dropped; a delivery or installation
    /// joins the visit it was done on (`visited harbor foods, installed the new fridge`), so its
    /// satisfaction call is planned.
    static let joinable: Set<Intent> = [.contactLog, .paymentRecord, .promiseRecord, .invoiceAdd, .planPushBack, .deliveryRecord]

    /// Words that start a new clause.
    static let boundaries = PhraseTable<Bool>([
        ",", ";", "&", "+", "and", "and then", "then", "but", "also", "plus", ", and", ", then", ", but",
        "然后", "并且", "并", "而且", "之后", "还有", "另外",
    ])

    /// The readings of a line that says two things, or nil when it says one.
    static func split(_ line: String, _ a: Analysis, whole: ParsedLine,
                      parse: (String) -> ParsedLine) -> [ParsedLine]? {
        guard joinable.contains(whole.intent) || whole.problem != nil || !whole.alternatives.isEmpty else { return nil }
        var i = 1
        while i < a.count - 1 {
            // A space between Chinese words is a hurried comma (华新超市说电话太频繁 下周付): tried like one,
            // so the cut stands only when both sides read whole as two different things.
            let space = a.tokens[i].spaceBefore && a.tokens[i].kind == .cjk && a.tokens[i - 1].kind == .cjk
            let b = a.marks[i] == .free || a.tokens[i].kind == .symbol ? boundaries.match(a.tokens, at: i) : nil
            guard b != nil || space else {
                i += 1
                continue
            }
            let length = b?.length ?? 0
            let head = a.originalText(0..<i)
            let tail = a.originalText((i + length)..<a.count)
            if let readings = pair(parse(head), parse(tail), tailText: tail) { return readings }
            i += max(length, 1)
        }
        return nil
    }

    /// The two readings joined, when both are joinable, different and whole.
    private static func pair(_ first: ParsedLine, _ second: ParsedLine, tailText: String) -> [ParsedLine]? {
        guard joinable.contains(first.intent), joinable.contains(second.intent), first.intent != second.intent,
              first.alternatives.isEmpty, second.alternatives.isEmpty else { return nil }
        // A delivery joins only the visit it was done on: `called acme, delivered friday` is what
        // the call was about.
        if first.intent == .deliveryRecord || second.intent == .deliveryRecord {
            guard first.intent == .contactLog, first.slots.channel == .visit, second.intent == .deliveryRecord else { return nil }
        }
        // "called Acme, they won't pay": what was said on the call, not a payment denied.
        if first.intent == .contactLog, second.problem != nil { return nil }
        var a = first
        var b = second
        guard let who = a.slots.customer ?? a.slots.contact else { return nil }
        // A person with a title in the later clause (王经理答应…) speaks for the customer before.
        if let bc = b.slots.customer, bc == b.slots.contact, bc != who { b.slots.customer = nil }
        if b.slots.customer == nil {
            b.slots.customer = a.slots.customer ?? who
            if b.slots.contact == nil { b.slots.contact = a.slots.contact }
        } else if let bc = b.slots.customer, bc != who, b.slots.customer != a.slots.customer {
            return nil
        }
        // The conversation's note is what was said in it.
        if a.intent == .contactLog { a.slots.text = tailText }
        // A call that ended in a promise: that is how it went.
        if a.intent == .contactLog, b.intent == .promiseRecord, a.slots.outcome == nil { a.slots.outcome = .promised }
        if a.intent == .contactLog, a.slots.excuse == nil { a.slots.excuse = b.slots.excuse }
        // A contact is dated today unless its own words say otherwise; the day belongs to the promise.
        if a.intent == .contactLog, a.words(for: "date") == nil { a.slots.date = nil }
        return [a, b]
    }
}
