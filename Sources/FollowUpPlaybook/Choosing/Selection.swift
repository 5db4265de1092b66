import FollowUpCore

/// A play that fits a situation, and why: the conditions that held.
public struct Choice: Sendable, Equatable {
    public let play: Play
    public let matched: [MatchedCondition]
    /// The play's words for the situation, in the language asked for.
    public let filled: FilledPlay
}

extension Playbook {
    /// The plays of `topic` that fit `situation` and fill in `lang`, most specific first.
    ///
    /// A play fits when every condition it sets holds and each of its `say` keys has an
    /// alternative whose placeholders all fill. Order: more conditions matched first; ties keep
    /// the order the plays were loaded (bundled files in `BundledPlays` order, plays in file
    /// order, then the user's new plays), so a writer decides which general play comes first.
    ///
    /// `loose` keeps a play whose `say` lines cannot all be filled, without those lines: only for
    /// advice with no customer (see `PlayFiller.fill`).
    public func choose(_ topic: PlayTopic, for situation: Situation, in lang: PlayLanguage, loose: Bool = false) -> [Choice] {
        var out: [(Int, Choice)] = []
        for (i, play) in plays.enumerated() where play.topic == topic {
            guard let matched = play.when.check(situation),
                  let filled = PlayFiller.fill(play, situation, lang, loose: loose) else { continue }
            out.append((i, Choice(play: play, matched: matched, filled: filled)))
        }
        return out.sorted { a, b in
            a.1.matched.count != b.1.matched.count ? a.1.matched.count > b.1.matched.count : a.0 < b.0
        }.map(\.1)
    }

    /// The best play of `topic` for the situation, if any fits.
    public func best(_ topic: PlayTopic, for situation: Situation, in lang: PlayLanguage) -> Choice? {
        choose(topic, for: situation, in: lang).first
    }
}
