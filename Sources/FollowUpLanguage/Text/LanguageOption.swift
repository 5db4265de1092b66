/// `--lang en|zh` (or `--lang=zh`) typed on a line: the reply language, whatever the words are.
enum LanguageOption {
    static let values: [String: Lang] = ["en": .en, "english": .en, "英文": .en, "zh": .zh, "cn": .zh, "chinese": .zh, "中文": .zh]

    /// The line without the option, and the language it named; the line as it was when there is none.
    static func strip(_ line: String) -> (String, Lang?) {
        guard line.contains("--lang") else { return (line, nil) }
        var words = line.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
        var i = 0
        while i < words.count {
            let w = words[i].lowercased()
            if w.hasPrefix("--lang="), let lang = values[String(w.dropFirst(7))] {
                words.remove(at: i)
                return (words.joined(separator: " "), lang)
            }
            if w == "--lang", i + 1 < words.count, let lang = values[words[i + 1].lowercased()] {
                words.removeSubrange(i...(i + 1))
                return (words.joined(separator: " "), lang)
            }
            i += 1
        }
        return (line, nil)
    }
}

extension ParsedLine {
    /// Answers in `lang`, also for each clause and other reading.
    mutating func force(_ lang: Lang) {
        language = lang
        for i in clauses.indices { clauses[i].language = lang }
        for i in alternatives.indices { alternatives[i].language = lang }
    }
}
