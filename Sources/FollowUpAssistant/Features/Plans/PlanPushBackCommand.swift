import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `Acme said stop calling`, 张总说别老打电话: the customer's push-back eases their running plan
/// (`PlanPushBack`): the plan's new adjustment and the touches it moved, in one step, with the
/// words kept on the plan. It records no contact: how it was said is not known.
enum PlanPushBackCommand {
    typealias W = PlanPushBackWording

    static func run(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: W.example(c.lang), offerAdd: false)
        let words = p.slots.text?.trimmingWhitespace ?? ""
        guard let plan = c.book.activePlan(of: cu.id) else {
            return .failed(W.noPlan(cu.name, words: words, c.lang).enumerated().map { Reply.Line($1, tone: $0 == 0 ? .error : .muted) })
        }
        let play = c.plays.playbook.play(plan.play)
        let name = W.planName(play, id: plan.play, c.plays.playbook, c.lang)
        let person = PlanCommands.addressee(plan, cu)
        let who = person?.name ?? cu.name
        let objection = PlanPushBack.Objection(channel: p.slots.channel, often: p.slots.topic == "often")
        let outcome = PlanPushBack.apply(plan: plan, touches: c.book.reminders(of: cu.id), cadence: play?.touches ?? [],
                                         objection: objection, emailAllowed: emailAllowed(cu, person: person, c),
                                         words: words, today: c.today)
        guard case .changed(let result) = outcome else {
            let lines = W.exhausted(cu.name, plan: name, PlanPushBack.count(plan), words: words, c.lang)
            return .failed(lines.enumerated().map { Reply.Line($1, tone: $0 == 0 ? .warning : .muted) })
        }
        var events: [Event] = [.planChanged(before: plan, after: result.plan)]
        var lines = [Reply.Line(W.noted(cu.name, words: words, c.lang), tone: .success)]
        for a in result.added {
            switch a.change {
            case .rechanneled(let from, let to):
                let moved = result.changes.filter { $0.from == from && $0.to == to }
                let agreed = MailCommands.consent(of: person, at: cu)?.agreed == true
                let why = to == .email ? W.emailBecause(who, c.lang) : (from != .email ? W.noEmail(who, agreed: agreed, c.lang) : nil)
                lines.append(Reply.Line("  " + W.rechanneled(cu.name, plan: name, from: from, to: to, count: moved.count, why: why, c.lang)))
            case .slowed:
                if result.slowedInstead, let ch = objection.channel { lines.append(Reply.Line(W.slowedInstead(ch, c.lang), tone: .muted)) }
                lines.append(Reply.Line("  " + W.slowedHeading(cu.name, plan: name, c.lang)))
                let slowed = result.changes.filter { $0.before.recurrence != $0.after.recurrence }
                if slowed.isEmpty { lines.append(Reply.Line(W.nothingRepeats(c.lang), tone: .muted)) }
                for ch in slowed {
                    guard let from = ch.before.recurrence, let to = ch.after.recurrence else { continue }
                    let how = ch.to.map { PlanWording.channel($0, c.lang) + " · " } ?? ""
                    let what = "\(ch.after.id) " + (ch.after.touch.map { how + PlanWording.what($0, c.lang) } ?? ch.after.text)
                    lines.append(Reply.Line("    " + W.slowedTouch(what, from: from, to: to, next: c.day(ch.after.due), c.lang)))
                }
            }
        }
        for ch in result.changes {
            var after = ch.after
            after.text = retext(ch, plan: plan, play: play, cu, c)
            events.append(.reminderChanged(before: ch.before, after: after))
        }
        lines.append(Reply.Line(W.remaining(PlanPushBack.count(result.plan), customer: cu.name, c.lang), tone: .muted))
        return .change(events, lines)
    }

    /// Whether a draft could go to the plan's person (else the company): the checks every draft
    /// passes (`MailCommands.recipient`), a yes on record and an address.
    static func emailAllowed(_ cu: Customer, person: ContactPerson?, _ c: Context) -> Bool {
        if case .success = MailCommands.recipient(cu, person: person, c) { return true }
        return false
    }

    /// A touch's words once it goes another way, worded as a start words them; as they were
    /// when it keeps its channel or its play is gone.
    static func retext(_ ch: PlanPushBack.TouchChange, plan: FollowUpPlan, play: Play?, _ cu: Customer, _ c: Context) -> String {
        guard ch.from != ch.to, let to = ch.to, let play, let key = ch.after.touch else { return ch.after.text }
        let person = PlanCommands.addressee(plan, cu).map { ContactAddress.addressed($0, c.lang) }
        return PlanWording.touchText(to, key: key, who: PlanWording.who(person: person, customer: cu.name, c.lang), play: play, c.lang)
    }
}
