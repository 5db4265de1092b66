import FollowUpCore

/// Finds the customer a typed name means: exact, alias, contact, prefix, then typo-tolerant.
struct CustomerResolver {
    enum Match: Equatable {
        case one(CustomerID)
        case several([CustomerID])
        case none
    }

    /// Resolves `typed` against `book`, preferring the strongest kind of match.
    /// Exact names and contacts come from the index; only other names scan the book.
    static func resolve(_ typed: String, in book: Book, index: BookIndex) -> Match {
        let key = fold(typed)
        guard !key.isEmpty else { return .none }
        for found in [index.customers(named: key, in: book), index.customers(withContact: key, in: book)] where !found.isEmpty {
            return found.count == 1 ? .one(found[0]) : .several(found)
        }
        return resolveByScanning(key, in: book)
    }

    /// Prefix, substring and typo-tolerant matches, for names that match nothing exactly.
    static func resolveByScanning(_ key: String, in book: Book) -> Match {
        var exact: [CustomerID] = [], contact: [CustomerID] = [], prefix: [CustomerID] = []
        var contains: [CustomerID] = [], fuzzy: [(CustomerID, Int)] = []
        let limit = key.count <= 3 ? 0 : (key.count <= 6 ? 1 : 2)
        for c in book.customers where c.removed == nil {
            let names = [c.name] + c.aliases
            let folded = names.map(fold)
            if folded.contains(key) { exact.append(c.id); continue }
            if c.contacts.contains(where: { fold($0.name) == key || ($0.title.map(fold) == key)
                || (PersonName.withoutHonorific($0.name).map(fold) == key) }) {
                contact.append(c.id); continue
            }
            if folded.contains(where: { startsWithWord($0, key) }) { prefix.append(c.id); continue }
            // `zhang` for the contact Zhang Wei: one part of a contact's name stands for them as
            // weakly as the first word of a customer's name does, so both kinds are weighed together.
            if key.count >= 2, !key.contains(" "), c.contacts.contains(where: { person in
                fold(PersonName.withoutHonorific(person.name) ?? person.name).split(separator: " ").contains { String($0) == key }
            }) {
                prefix.append(c.id); continue
            }
            if key.count >= 2 && folded.contains(where: { $0.contains(key) }) { contains.append(c.id); continue }
            if limit > 0 {
                let best = folded.map { EditDistance.between($0, key, limit: limit) }.min() ?? Int.max
                if best <= limit { fuzzy.append((c.id, best)) }
            }
        }
        for group in [exact, contact, prefix, contains] where !group.isEmpty {
            return group.count == 1 ? .one(group[0]) : .several(group)
        }
        if let best = fuzzy.map(\.1).min() {
            let top = fuzzy.filter { $0.1 == best }.map(\.0)
            return top.count == 1 ? .one(top[0]) : .several(top)
        }
        return .none
    }

    /// Case and space folding for comparison; a final dot is dropped (`Acme Inc.` is said
    /// `Acme Inc`), as the parser drops it from the names it finds.
    static func fold(_ s: String) -> String {
        var folded = s.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).joined(separator: " ")
        while folded.hasSuffix(".") { folded.removeLast() }
        return folded
    }

    /// `acme trading` starts with the word(s) `acme`; CJK names match any prefix.
    static func startsWithWord(_ name: String, _ key: String) -> Bool {
        guard name.hasPrefix(key), name.count > key.count else { return false }
        let next = name[name.index(name.startIndex, offsetBy: key.count)]
        return next == " " || !next.isASCII || !(key.last?.isASCII ?? true)
    }
}
