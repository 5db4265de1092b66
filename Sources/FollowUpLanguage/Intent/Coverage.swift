/// Checks that a reading of a money line explains all of its words.
///
/// Never a confident wrong record: "pinecrest cheque for 2k bounced" has a customer and an
/// amount, but "bounced" turns it into the opposite of a payment; "Acme will send the signed
/// contract on Friday" has a cue and a day, but nothing about money. Words left over next to
/// the filled slots are sorted into what they do to the line, and the line is not recorded as read.
enum Coverage {
    typealias L = CoverageLexicon

    /// The readings whose words must all be explained: they write money facts.
    static let checked: Set<Intent> = [.paymentRecord, .promiseRecord, .invoiceAdd, .customerUpdate]

    /// What leftover words do to a reading.
    enum Finding: Equatable {
        case doubt(Doubt, Range<Int>)
        /// Words that are another money reading's cue: the line could be either.
        case competing(Intent, Range<Int>)
    }

    /// The first finding about the words `explained` leaves over, or nil when every word is accounted for.
    static func check(_ a: Analysis, intent: Intent, cue: Range<Int>?, explained: [Range<Int>], slots: Slots) -> Finding? {
        guard checked.contains(intent) else { return nil }
        // A cue can itself deny or doubt what it names ("hasn't paid", "might pay", 没付).
        if let cue {
            for i in cue {
                for (table, doubt) in doubts {
                    if table.match(a.tokens, at: i) != nil { return .doubt(doubt, cue) }
                }
            }
        }
        var left = Array(repeating: false, count: a.count)
        // A second amount is as unexplained as an unknown word ("paid 5000 and 3000").
        for i in 0..<a.count where a.marks[i] == .free || a.marks[i] == .amount { left[i] = true }
        for r in explained { for i in r where i >= 0 && i < a.count { left[i] = false } }

        // What changes the meaning counts wherever it stands, even in a description.
        var i = 0
        while i < a.count {
            guard left[i] else { i += 1; continue }
            for (table, doubt) in doubts {
                if let m = table.match(a.tokens, at: i), allLeft(left, i, m.length) { return .doubt(doubt, i..<(i + m.length)) }
            }
            for (other, table) in L.competing where other != intent {
                if let m = table.match(a.tokens, at: i), allLeft(left, i, m.length) { return .competing(other, i..<(i + m.length)) }
            }
            i += 1
        }
        if intent != .customerUpdate { dropDescription(a, &left) }
        dropAsides(a, &left)
        if intent == .customerUpdate, slots.field != .creditLimit, slots.amount != nil || slots.portion != nil {
            // An amount in a change of terms or phone ("又下了一单，8500，45天账期") belongs to something else.
            for i in 0..<a.count where a.marks[i] == .amount { left[i] = true }
        }
        if let r = unknownRun(a, left) { return .doubt(.unknownWords, r) }
        return nil
    }

    private static let doubts: [(PhraseTable<Bool>, Doubt)] = [(L.reversal, .reversal), (L.negation, .negation),
                                                                (L.condition, .condition)]

    private static func allLeft(_ left: [Bool], _ i: Int, _ n: Int) -> Bool {
        (i..<(i + n)).allSatisfy { $0 < left.count && left[$0] }
    }

    /// An invoice's description (`for 3 boxes of paper`) is not checked word by word.
    private static func dropDescription(_ a: Analysis, _ left: inout [Bool]) {
        guard let start = (0..<a.count).first(where: { left[$0] && L.descriptionOpeners.contains(a.tokens[$0].text) })
        else { return }
        for i in start..<a.count where a.marks[i] == .free || a.marks[i] == .amount { left[i] = false }
    }

    /// Words in brackets are an aside (`Wang Fang (buyer)`), not part of the reading.
    private static func dropAsides(_ a: Analysis, _ left: inout [Bool]) {
        var open: Int?
        for i in 0..<a.count {
            switch a.tokens[i].text {
            case "(", "[": open = i
            case ")", "]":
                if let o = open { for k in o...i where a.marks[k] == .free { left[k] = false } }
                open = nil
            default: break
            }
        }
    }

    /// The first run of leftover tokens that no harmless word explains.
    private static func unknownRun(_ a: Analysis, _ left: [Bool]) -> Range<Int>? {
        var i = 0
        while i < a.count {
            guard left[i] else { i += 1; continue }
            let t = a.tokens[i]
            switch t.kind {
            case .symbol:
                i += 1
                continue
            case .word:
                if L.harmlessEN.contains(t.text) || L.harmlessEN.contains(stripPossessive(t.text)) { i += 1; continue }
            case .cjk:
                if let m = L.harmlessZH.match(a.tokens, at: i), allLeft(left, i, m.length) { i += m.length; continue }
                if L.harmlessZHChars.contains(t.text) { i += 1; continue }
            case .number, .email:
                break
            }
            // Extend over the neighbouring unexplained words so the reply quotes the phrase.
            var j = i + 1
            while j < a.count, left[j], a.tokens[j].kind != .symbol, !isHarmless(a, j) { j += 1 }
            return i..<j
        }
        return nil
    }

    private static func isHarmless(_ a: Analysis, _ i: Int) -> Bool {
        let t = a.tokens[i]
        switch t.kind {
        case .word: return L.harmlessEN.contains(t.text)
        case .cjk: return L.harmlessZHChars.contains(t.text) || L.harmlessZH.contains(a.tokens, at: i)
        default: return false
        }
    }

    private static func stripPossessive(_ s: String) -> String {
        s.hasSuffix("'s") ? String(s.dropLast(2)) : s
    }
}
