import FollowUpCore

/// A play's words with every placeholder filled; lines that could not be filled are left out.
public struct FilledPlay: Sendable, Equatable {
    public var title: String
    public var steps: [String]
    /// Each `say` key with the first alternative that filled, in the file's order.
    public var say: [(key: String, line: String)]
    public var doNotes: [String]
    public var dontNotes: [String]
    public var record: [String]
    public var tips: [String]

    public func say(_ key: String) -> String? { say.first { $0.key == key }?.line }

    public static func == (a: FilledPlay, b: FilledPlay) -> Bool {
        a.title == b.title && a.steps == b.steps && a.say.map(\.key) == b.say.map(\.key) && a.say.map(\.line) == b.say.map(\.line)
            && a.doNotes == b.doNotes && a.dontNotes == b.dontNotes && a.record == b.record && a.tips == b.tips
    }
}

/// Fills a play's placeholders from a situation.
public enum PlayFiller {
    /// The play in `lang` for `situation`, or nil when a `say` key has no alternative that fills.
    /// A step, do, don't, record or tip line with a placeholder that cannot be filled is dropped.
    /// `loose`: a `say` key that cannot be filled is left out instead of the play — for advice
    /// with no customer at all (`script excuse no money`), where the steps and notes still help.
    public static func fill(_ play: Play, _ situation: Situation, _ lang: PlayLanguage, loose: Bool = false) -> FilledPlay? {
        let text = play.text(lang)
        let values = situation.values[lang] ?? [:]
        var say: [(key: String, line: String)] = []
        for line in text.say {
            guard let first = line.alternatives.lazy.compactMap({ $0.fill(values) }).first else {
                if loose { continue }
                return nil
            }
            say.append((line.key, first))
        }
        func lines(_ t: [Template]) -> [String] { t.compactMap { $0.fill(values) } }
        return FilledPlay(title: text.title, steps: lines(text.steps), say: say, doNotes: lines(text.doNotes),
                          dontNotes: lines(text.dontNotes), record: lines(text.record), tips: lines(text.tips))
    }
}
