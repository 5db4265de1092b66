import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `visited Acme`, 拜访了东方酒店: a visit logged for a customer whose running plan has
/// after-visit touches (a feedback call) adds them in the same step, worded as a start words
/// its touches; the contact log's reply says so.
enum PlanVisitCommand {
    /// The reminders a visit adds, numbered from `firstID`, and the reply's lines; nothing when
    /// no plan runs or its play has no after-visit touch.
    static func touches(after entry: ContactEntry, customer cu: Customer, firstID: ReminderID, _ c: Context) -> ([Event], [Reply.Line]) {
        guard entry.channel == .visit, let plan = c.book.activePlan(of: cu.id),
              let play = c.plays.playbook.play(plan.play) else { return ([], []) }
        let scheduled = PlanVisitTouches.schedule(play.touches, for: plan, visit: entry.day, today: c.today,
                                                  open: c.book.reminders(of: cu.id))
        let ended = PlanVisitTouches.ended(play.touches, for: plan, visit: entry.day, open: c.book.reminders(of: cu.id))
        var events = ended.map { Event.reminderChanged(before: $0.before, after: $0.after) }
        var lines = ended.map { Reply.Line("  " + PlanPushBackWording.doneByVisit($0.after, c.lang)) }
        guard !scheduled.isEmpty else { return (events, lines) }
        let person = PlanCommands.addressee(plan, cu)
        let draft = PlanCommands.draftWords(play, cu, person: person, c)
        let who = PlanWording.who(person: person.map { ContactAddress.addressed($0, c.lang) }, customer: cu.name, c.lang)
        let made = PlanCadence.reminders(scheduled, plan: plan, firstID: firstID, created: c.today) { s in
            (PlanWording.touchText(s.channel, key: s.touch.key, who: who, play: play, c.lang), draft(s.touch.key))
        }
        lines.append(Reply.Line("  " + PlanPushBackWording.afterVisit(PlanWording.planTag(play, c.lang), c.lang)))
        for r in made {
            lines.append(Reply.Line("    " + PlanWording.touchLine(r, channel: PlanCommands.channel(of: r, plan: plan, play: play), c)))
        }
        events += made.map { .reminderAdded($0) }
        return (events, lines)
    }
}
