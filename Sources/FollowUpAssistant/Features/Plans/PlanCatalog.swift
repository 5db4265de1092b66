import FollowUpCore
import FollowUpPlaybook

/// The plans a user can start: the playbook's plays with topic `plan` (a user's play with the
/// same id replaces the bundled one), found by the words a line calls them by.
enum PlanCatalog {
    enum Match: Equatable {
        case one(Play)
        case several([Play])
        case none
    }

    /// Case, spaces, hyphens, underscores and dots folded away: `After-Sale` is `aftersale`.
    static func fold(_ s: String) -> String {
        String(s.lowercased().filter { !" -_.·・　".contains($0) })
    }

    /// Every name a plan goes by: its id, the id's tail (`after_sale`), its titles and `names`
    /// in both languages, folded.
    static func names(_ play: Play) -> [String] {
        var out = [play.id, String(play.id.split(separator: ".").last ?? "")]
        for lang in PlayLanguage.allCases {
            let t = play.text(lang)
            out.append(t.title)
            out += t.names
        }
        return out.map(fold).filter { !$0.isEmpty }
    }

    /// The plan `words` name. A name said whole wins; else the plans with a name inside the
    /// words (`the after-sale one`), the longest such name deciding; else none.
    static func resolve(_ words: String, in plans: [Play]) -> Match {
        let key = fold(words)
        guard !key.isEmpty else { return .none }
        let exact = plans.filter { names($0).contains(key) }
        if exact.count == 1 { return .one(exact[0]) }
        if exact.count > 1 { return .several(exact) }
        var best = 0
        var found: [Play] = []
        for play in plans {
            // A one-letter name inside other words says nothing.
            let inside = names(play).filter { $0.count >= 2 && key.contains($0) }.map(\.count).max() ?? 0
            if inside == 0 || inside < best { continue }
            if inside > best { best = inside; found = [] }
            found.append(play)
        }
        switch found.count {
        case 0: return .none
        case 1: return .one(found[0])
        default: return .several(found)
        }
    }

    /// A plan's short name for lines and lists: its first `names` entry (`after-sale`, 售后),
    /// else its title.
    static func shortName(_ play: Play, _ lang: PlayLanguage) -> String {
        let t = play.text(lang)
        return t.names.first ?? t.title
    }
}
