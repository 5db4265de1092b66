/// Names announced by a cue, found before anything else reads the line.
///
/// The cue is the strongest evidence a line holds: after `add customer`/新增客户 the name runs
/// to the comma or the next field cue whatever words it contains (digits, weekdays, months,
/// 明天, brackets, Co., Ltd.), so "add customer 3M China" is never read as 3,000,000 and
/// 新增客户明天科技 never as tomorrow. Quotes always make a literal name.
struct CuedNames: Sendable, Equatable {
    /// The customer a cue or quotes announced.
    var customer: Range<Int>?
    /// The new name of a rename (`rename Acme to Acme 2000`).
    var newName: Range<Int>?
    /// A contact person after `contact`/联系人.
    var contact: Range<Int>?

    /// Every range found, to be claimed as names.
    var all: [Range<Int>] { [customer, newName, contact].compactMap { $0 } }
}

enum NameCues {
    typealias L = NameCueLexicon

    static func find(_ a: Analysis) -> CuedNames {
        var found = CuedNames()
        let start = lineStart(a)
        if let cue = L.addCustomer.match(a.tokens, at: start) {
            var k = start + cue.length
            while k < a.count, L.beforeName.contains(a.tokens, at: k) { k += L.beforeName.match(a.tokens, at: k)?.length ?? 1 }
            found.customer = quoted(a, at: k) ?? run(a, from: k)
        }
        if let to = renameTarget(a) {
            var k = to
            while k < a.count, L.beforeName.contains(a.tokens, at: k) { k += 1 }
            found.newName = quoted(a, at: k) ?? run(a, from: k, toEnd: true)
        }
        if let c = contactStart(a, adding: found.customer != nil) {
            found.contact = quoted(a, at: c) ?? run(a, from: c)
            if let r = found.contact, let cu = found.customer, r.overlaps(cu) { found.contact = nil }
        }
        if found.customer == nil, let q = firstQuoted(a, avoiding: found.all) { found.customer = q }
        return found
    }

    /// The first token after polite openings (`please add customer …`).
    static func lineStart(_ a: Analysis) -> Int {
        var i = 0
        while i < a.count {
            if a.tokens[i].kind == .symbol, [",", ":", "-", "~"].contains(a.tokens[i].text) { i += 1; continue }
            if let m = Politeness.fillers.match(a.tokens, at: i) { i += m.length; continue }
            break
        }
        return i
    }

    /// A name in quotes at `k`: the words inside, whatever they are.
    static func quoted(_ a: Analysis, at k: Int) -> Range<Int>? {
        guard k < a.count, a.tokens[k].text == "\"" else { return nil }
        var j = k + 1
        while j < a.count, a.tokens[j].text != "\"" { j += 1 }
        guard j < a.count, j > k + 1 else { return nil }
        return (k + 1)..<j
    }

    /// The first pair of quotes in the line, outside `avoiding`.
    static func firstQuoted(_ a: Analysis, avoiding: [Range<Int>]) -> Range<Int>? {
        var i = 0
        while i < a.count {
            if let q = quoted(a, at: i) {
                if !avoiding.contains(where: { $0.overlaps(q) }) { return q }
                i = q.upperBound + 1
            } else {
                i += 1
            }
        }
        return nil
    }

    /// Name words from `i` to a comma, a field cue, a phone number or an email (or the end).
    static func run(_ a: Analysis, from i: Int, toEnd: Bool = false) -> Range<Int>? {
        let t = a.tokens
        var j = i
        while j < a.count {
            let tok = t[j]
            if tok.kind == .symbol, !L.insideName.contains(tok.text) { break }
            if tok.kind == .email { break }
            if tok.kind == .number, (tok.number?.digitCount ?? 0) >= 7 { break }
            if !toEnd, j > i, isFieldCue(a, at: j) { break }
            j += 1
        }
        // Trailing joiners and closers are not part of the name ("Acme with terms…", "Acme please").
        while j > i {
            if L.trailing.contains(t[j - 1].text) || Politeness.closers.contains(t, at: j - 1) { j -= 1; continue }
            if t[j - 1].text == ".", j - 2 >= i, !L.abbreviations.contains(t[j - 2].text), t[j - 2].text.count > 1 {
                j -= 1; continue
            }
            break
        }
        return j > i ? i..<j : nil
    }

    /// Whether a field cue (`terms`, `contact`, 电话, 账期…) starts at `j`. `net` needs a number.
    static func isFieldCue(_ a: Analysis, at j: Int) -> Bool {
        guard let m = L.fieldCues.match(a.tokens, at: j) else { return false }
        if a.tokens[j].text == "net" { return j + m.length < a.count && a.tokens[j + m.length].kind == .number }
        // A Chinese field word glued inside a longer name is still a field (东方酒店电话…).
        return true
    }

    /// Where the new name of a rename starts: after `to`/`as`/为/成 following a rename cue.
    static func renameTarget(_ a: Analysis) -> Int? {
        guard let cue = L.rename.firstMatch(a.tokens) else { return nil }
        var j = cue.start + cue.length
        if L.renameTo.contains(a.tokens, at: j - 1) { return j }
        while j < a.count {
            if let m = L.renameTo.match(a.tokens, at: j) { return j + m.length }
            j += 1
        }
        return nil
    }

    /// Where a contact person's name starts, when the line names one by a cue.
    static func contactStart(_ a: Analysis, adding: Bool) -> Int? {
        var i = 0
        while i < a.count {
            if let m = L.contactZH.match(a.tokens, at: i) { return i + m.length }
            if let m = L.contactEN.match(a.tokens, at: i) {
                var k = i + m.length
                let announced = k < a.count && L.contactIs.contains(a.tokens, at: k)
                let afterField = i > 0 && ([",", "'s", "new", "the", "and"].contains(a.tokens[i - 1].text)
                    || a.marks[i - 1] == .name)
                if adding || announced || afterField {
                    while k < a.count, let s = L.contactIs.match(a.tokens, at: k) { k += s.length }
                    return k < a.count ? k : nil
                }
            }
            i += 1
        }
        return nil
    }
}
