import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `script satisfaction` (满意度回访话术): the satisfaction call's plays in file order — what to
/// ask, then how to take praise and how to take a complaint.
enum SatisfactionScript {
    static func script(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let fits = c.plays.playbook.choose(.satisfaction, for: .general, in: c.lang.play, loose: true)
        guard !fits.isEmpty else {
            throw Problem.noPlay(c.t("No satisfaction-call play is loaded.", "没有载入满意度回访话术。"))
        }
        var out = Script(c)
        for ch in fits {
            out.heading(ch.filled.title)
            for line in ch.filled.say { out.plain(ScriptWording.quoted(line.line, c.lang)) }
            for s in ch.filled.steps { out.plain(ScriptWording.bullet(s)) }
            out.notes(ch, [])
            out.used(ch)
        }
        return out.finish()
    }
}
