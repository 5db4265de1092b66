/// Contractions people type without the apostrophe, when the bare spelling is no other word
/// (`well`, `hell`, `shell`, `were`, `its` are left alone).
enum Contractions {
    static let apostrophed: [String: String] = [
        "theyll": "they'll", "theyre": "they're", "theyd": "they'd", "theyve": "they've", "youll": "you'll",
        "itll": "it'll", "shes": "she's", "hes": "he's", "wont": "won't", "cant": "can't", "dont": "don't",
        "didnt": "didn't", "doesnt": "doesn't", "hasnt": "hasn't", "havent": "haven't", "hadnt": "hadn't",
        "isnt": "isn't", "wasnt": "wasn't", "werent": "weren't", "arent": "aren't", "couldnt": "couldn't",
        "wouldnt": "wouldn't", "shouldnt": "shouldn't", "whats": "what's", "whos": "who's", "thats": "that's",
        "ive": "i've", "im": "i'm", "weve": "we've", "theres": "there's",
    ]
}

/// Shorthand hurried lines use for words the rules read (`bday`, `acct`, `alot`): read as the
/// words themselves. Only spellings that are no other word; the typed text stays in every slot.
enum Shorthand {
    static let words: [String: [String]] = [
        "bday": ["birthday"], "bdays": ["birthdays"], "bdy": ["birthday"], "birthdy": ["birthday"],
        "acct": ["account"], "accts": ["accounts"], "alot": ["a", "lot"],
        "msg": ["message"], "msgs": ["messages"], "txt": ["text"], "txts": ["texts"],
        "cust": ["customer"], "custs": ["customers"],
    ]

    /// The line with each shorthand word spelled out and each contraction given its apostrophe,
    /// for the whole-line grammars (which read the line as typed); nil when it holds none. There
    /// `w` between two words is `with` too; the tokens leave it alone, as `with X` would announce
    /// a name (`unhappy w the install`).
    static func expanded(_ line: String) -> String? {
        var changed = false
        var out: [String] = []
        let parts = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        for (k, part) in parts.enumerated() {
            var core = Substring(part)
            var tail = ""
            while let l = core.last, [",", ":", ".", "!", "?"].contains(l) { tail = String(l) + tail; core.removeLast() }
            let lower = core.lowercased()
            if let full = Contractions.apostrophed[lower], !full.hasSuffix("'s") {
                // `isnt`, `doesnt`: the grammars' patterns say `isn't`, `doesn't`.
                out.append(full + tail); changed = true
            } else if let full = words[lower], lower != full.joined(separator: " ") {
                out.append(full.joined(separator: " ") + tail); changed = true
            } else if lower == "w", k > 0, k + 1 < parts.count, tail.isEmpty,
                      parts[k - 1].last?.isLetter == true, parts[k + 1].first?.isLetter == true {
                out.append("with"); changed = true
            } else {
                out.append(part)
            }
        }
        return changed ? out.joined(separator: " ") : nil
    }
}
