/// A lexicon of multi-token phrases with values, matched longest-first at a token position.
///
/// Entries are indexed by their first token, so a lookup costs one hash probe plus a
/// comparison of the few phrases sharing that first token — never a scan of the whole table.
struct PhraseTable<Value: Sendable>: Sendable {
    private struct Entry: Sendable {
        var rest: [TokenKey]
        var value: Value
    }

    private var byFirst: [TokenKey: [Entry]] = [:]

    init(_ entries: [(String, Value)]) {
        for (phrase, value) in entries { insert(phrase, value) }
        sortEntries()
    }

    /// A table whose every phrase has the same value.
    init(_ phrases: [String], value: Value) {
        for p in phrases { insert(p, value) }
        sortEntries()
    }

    private mutating func insert(_ phrase: String, _ value: Value) {
        let words = Tokenizer.keys(phrase)
        guard let first = words.first else { return }
        byFirst[first, default: []].append(Entry(rest: Array(words.dropFirst()), value: value))
    }

    /// Longer phrases first; among equals, the order given (stable).
    private mutating func sortEntries() {
        for (k, list) in byFirst where list.count > 1 {
            byFirst[k] = list.enumerated().sorted {
                $0.element.rest.count != $1.element.rest.count
                    ? $0.element.rest.count > $1.element.rest.count : $0.offset < $1.offset
            }.map(\.element)
        }
    }

    var isEmpty: Bool { byFirst.isEmpty }

    /// Every token a phrase of this table can start with.
    var firstTokens: Set<TokenKey> { Set(byFirst.keys) }

    /// The longest phrase starting at token `i`: its length in tokens and its value.
    /// In English a phrase must also end on a token boundary (`mon` does not match `month`),
    /// which the tokenizer guarantees.
    func match(_ tokens: [Token], at i: Int) -> (length: Int, value: Value)? {
        guard i >= 0, i < tokens.count, let list = byFirst[tokens[i].key] else { return nil }
        outer: for e in list {
            let len = e.rest.count + 1
            if i + len > tokens.count { continue }
            for (k, w) in e.rest.enumerated() where tokens[i + 1 + k].key != w { continue outer }
            return (len, e.value)
        }
        return nil
    }

    /// Every phrase starting at token `i`, longest first: for callers that must skip a long
    /// match whose tokens are taken (`paid inv` when `inv` is an invoice number).
    func matches(_ tokens: [Token], at i: Int) -> [(length: Int, value: Value)] {
        guard i >= 0, i < tokens.count, let list = byFirst[tokens[i].key] else { return [] }
        var out: [(length: Int, value: Value)] = []
        outer: for e in list {
            let len = e.rest.count + 1
            if i + len > tokens.count { continue }
            for (k, w) in e.rest.enumerated() where tokens[i + 1 + k].key != w { continue outer }
            out.append((len, e.value))
        }
        return out
    }

    /// The first match at or after token `from`, skipping positions where `skip` is true.
    func firstMatch(_ tokens: [Token], from: Int = 0, skip: (Int) -> Bool = { _ in false })
        -> (start: Int, length: Int, value: Value)? {
        var i = max(0, from)
        while i < tokens.count {
            if !skip(i), let m = match(tokens, at: i) { return (i, m.length, m.value) }
            i += 1
        }
        return nil
    }

    func contains(_ tokens: [Token], at i: Int) -> Bool { match(tokens, at: i) != nil }
}

extension PhraseTable where Value == Bool {
    /// A set of phrases.
    init(_ phrases: [String]) { self.init(phrases, value: true) }
}
