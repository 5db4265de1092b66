import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `script complaint 3`, `script complaint Acme`, "what should I say to an angry customer": the
/// script for a complaint's current step and cause, built from the complaint plays
/// (docs/PLAYS.md). Without a complaint, the general script for the first step.
enum ComplaintScript {
    typealias W = ComplaintScriptWording
    /// How many dos and don'ts a complaint script shows: the three don'ts of 001 (never argue, never
    /// hide behind policy, never promise what you can't deliver) after the step's own.
    static let maxDos = 2, maxDonts = 4

    /// The complaint a `script complaint` line means: its number, else the customer's newest open
    /// complaint; none found, the general script with the reason.
    static func script(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let angry = p.slots.complaint?.angry == true || p.slots.excuse == .angry
        if let id = p.slots.id {
            guard id > 0, let cp = c.book.complaint(ComplaintID(id)) else {
                return reply(for: nil, angry: angry, c, note: W.noSuchComplaint(id, c.lang))
            }
            return reply(for: cp, angry: angry, c)
        }
        if p.slots.customer != nil || p.slots.contact != nil {
            let (cu, _) = try c.customer(p, example: c.t("script complaint Acme", "东方酒店投诉怎么回复"), offerAdd: false)
            guard let cp = c.book.complaints(of: cu.id).last(where: \.isOpen) else {
                // Angry on a collection call, with no complaint open: the answer to that excuse,
                // with their figures, fits better than a complaint in general.
                if p.slots.excuse == .angry, c.standing(of: cu).owesSomething {
                    return try ScriptCommands.excuse(.angry, p, c)
                }
                return reply(for: nil, angry: angry, c, note: W.noOpenComplaint(cu.name, c.lang))
            }
            return reply(for: cp, angry: angry, c)
        }
        return reply(for: nil, angry: angry, c)
    }

    /// The script for `complaint` (nil: a complaint in general, at its first step), in the line's
    /// language. `angry` adds the cooling section even when the record does not say so.
    static func reply(for complaint: Complaint?, angry: Bool, _ c: Context, note: String? = nil) -> Outcome {
        let lang = c.lang, pl = lang.play
        let book = c.plays.playbook
        let customer = complaint.flatMap { c.book.customer($0.customer) }
        let s = situation(complaint, customer: customer, angry: angry, c)
        guard let facts = s.complaint else { return .show([]) }
        var out = Script(c)
        if let note { out.plain(note, tone: .muted) }
        if let cp = complaint {
            out.heading(W.heading(cp, customer: customer?.name ?? "#\(cp.customer.raw)", lang, today: c.today))
            self.facts(&out, cp, customer, c)
        } else {
            out.heading(W.generalHeading(angry: facts.angry, lang))
        }

        let main = book.best(.complaint, for: s, in: pl)
        if let main { out.used(main) }
        let stage = facts.stage
        let open = stage != .review && stage != .closed
        let says = main?.filled.say ?? []
        out.section(W.openSection(stage, lang), says.filter { !ScriptCommands.isClose($0.key) }.map { quoted($0.line) })

        // The cause play: its questions while the cause is looked for, its apology until the
        // solution is told, its offer while no remedy has been chosen.
        let cause = open ? book.best(.cause, for: s, in: pl) : nil
        var record = main?.filled.record ?? []
        if let cause {
            if stage == .listen || stage == .analyse {
                let asks = cause.filled.say.filter { $0.key.hasPrefix("ask") }.map { quoted($0.line) }
                out.section(W.questions(known: facts.cause != .unknown, lang), asks)
                if !asks.isEmpty { out.used(cause) }
            }
            if stage <= .tell, let a = cause.filled.say("apology") {
                out.section(W.apology(lang), [quoted(a)])
                out.used(cause)
            }
        }
        if [.solve, .tell, .carryOut].contains(stage) {
            if let remedy = book.best(.remedy, for: s, in: pl), let offer = remedy.filled.say("offer") {
                out.section(W.solutionSection(lang), [quoted(offer)])
                out.used(remedy)
                if stage == .carryOut { record += remedy.filled.record }
            } else if !facts.handedOff, let cause, let offer = cause.filled.say("offer") {
                // Handed on with no remedy yet: the department settles the fix, so none is offered.
                out.section(W.solutionSection(lang), [quoted(offer)])
                out.used(cause)
            }
        }
        if let cause, stage == .analyse { record += cause.filled.record }
        out.section(W.closeSection(lang), says.filter { ScriptCommands.isClose($0.key) }.map { quoted($0.line) })

        if facts.angry && open {
            let cooling = book.choose(.cooling, for: s, in: pl).filter { $0.filled.say.first != nil }
            out.section(W.coolingSection(lang), cooling.map { W.coolingLine($0.filled.title, $0.filled.say.first?.line ?? "", lang) })
            for ch in cooling { out.used(ch) }
        }
        out.section(W.whatToDo(lang), (main?.filled.steps ?? []).prefix(3).map(ScriptWording.bullet))
        if let cp = complaint, let next = W.next(cp, lang, satisfaction: facts.satisfaction) {
            out.plain(next, tone: .muted)
        }
        out.section(W.record(lang), ScriptCommands.unique(record).prefix(3).map(ScriptWording.bullet))
        notes(&out, main, book.choose(.attitude, for: s, in: pl).filter { $0.matched.contains { $0.key == .complaint } })
        if complaint == nil { out.plain(W.logFirst(lang), tone: .muted) }
        return out.finish()
    }

    /// The facts of the record: who, their words, what it is about, how serious, how far it got.
    static func facts(_ out: inout Script, _ cp: Complaint, _ cu: Customer?, _ c: Context) {
        let lang = c.lang
        if let who = contact(cp, cu, lang) { out.plain(W.who(who.name, phone: who.phone, lang)) }
        out.plain(W.theirWords(cp.words, lang))
        let invoice = cp.invoice.flatMap { c.book.invoice($0) }?.number
        if let a = W.about(product: cp.product, invoice: invoice, disputed: cp.disputed?.formatted, paused: cp.disputes(on: c.today), lang) {
            out.plain(a)
        }
        out.plain(W.mood(cp.severity, angry: cp.angry, lang))
        if !cp.cooling.isEmpty { out.plain(W.cooled(cp.cooling, lang)) }
        if let cause = cp.cause { out.plain(W.causeLine(cause, lang)) }
        if let h = cp.handoff {
            out.plain(W.handoff(h.to, on: day(h.day, c), by: h.by.map { day($0, c) }, stillYours: cp.isUnresolved, lang))
        }
        if let s = W.solution(cp.solution, remedy: cp.remedy ?? cp.remedies.last?.remedy, lang) { out.plain(s) }
        if let r = cp.replyBy, cp.isOpen { out.plain(W.replyPromised(day(r, c), late: r < c.today, lang)) }
        if let r = cp.resolved { out.plain(W.resolved(day(r, c), checkBack: cp.checkBack.map { day($0, c) }, lang)) }
        if let s = cp.satisfaction { out.plain(W.satisfaction(s, lang)) }
    }

    /// Whom to speak to: the person who complained (as their contact entry has them when the
    /// customer has one by that name or title, else as typed), else the customer's first contact.
    static func contact(_ cp: Complaint, _ cu: Customer?, _ lang: Lang) -> (name: String, phone: String?)? {
        if let p = person(cp, cu) { return (ContactAddress.who(p, lang), p.phone ?? cu?.phone) }
        if let typed = cp.contact, !typed.isEmpty { return (typed, cu?.phone) }
        return nil
    }

    /// The customer's contact entry for the person who complained, or their first contact when
    /// the complaint names nobody.
    static func person(_ cp: Complaint, _ cu: Customer?) -> ContactPerson? {
        guard let typed = cp.contact, !typed.isEmpty else { return cu?.contacts.first }
        let key = typed.lowercased()
        // 王经理 is how 王芳, 经理, is addressed.
        return cu?.contacts.first {
            $0.name.lowercased() == key || $0.title?.lowercased() == key || ContactAddress.addressed($0, .zh) == typed
        }
    }

    /// The situation plays are chosen and filled from: the customer's standing (names, what is
    /// owed) when there is a complaint, and the complaint's facts and placeholders.
    static func situation(_ cp: Complaint?, customer: Customer?, angry: Bool, _ c: Context) -> Situation {
        var s = customer.map { SituationBuilder.situation(c.standing(of: $0), c) } ?? .general
        s.complaint = facts(cp, angry: angry)
        for lang in [Lang.en, .zh] {
            var v = s.values[lang.play] ?? [:]
            if let cp {
                // The person who complained, addressed as a caller would (王经理 for 王芳, 经理).
                if let p = person(cp, customer) {
                    v[.contact] = ContactAddress.addressed(p, lang)
                } else if let typed = cp.contact, !typed.isEmpty {
                    v[.contact] = typed
                }
                v[.product] = cp.product
                v[.department] = cp.handoff?.to
                v[.solution] = cp.solution
                v[.handoffDay] = cp.handoff?.by.map { SituationBuilder.sentenceDay($0, lang, today: c.today, weekday: true) }
            }
            v[.replyDay] = SituationBuilder.sentenceDay(replyDay(cp, today: c.today), lang, today: c.today, weekday: true)
            s.values[lang.play] = v
        }
        return s
    }

    /// A complaint as the plays' conditions see it; nil (no record) is a complaint at its first step.
    static func facts(_ cp: Complaint?, angry: Bool) -> ComplaintFacts {
        guard let cp else { return ComplaintFacts(angry: angry) }
        let satisfaction: SatisfactionState = cp.satisfaction.map { $0.satisfied ? .satisfied : .notSatisfied } ?? .notAsked
        return ComplaintFacts(stage: cp.stage, cause: cp.cause ?? .unknown, angry: cp.angry || angry, severity: cp.severity,
                              remedy: cp.remedy ?? cp.remedies.last?.remedy, handedOff: cp.handoff != nil, satisfaction: satisfaction)
    }

    /// The day to promise a reply: the one already promised while it is still ahead, else the next
    /// working day for a serious or urgent complaint and two working days on for the others —
    /// near enough to show it matters, far enough to be kept.
    static func replyDay(_ cp: Complaint?, today: Day) -> Day {
        if let r = cp?.replyBy, r >= today { return r }
        let serious = (cp?.severity ?? .normal) >= .high
        return workingDays(serious ? 1 : 2, after: today)
    }

    static func workingDays(_ n: Int, after d: Day) -> Day {
        var day = d, left = n
        while left > 0 {
            day = day.adding(days: 1)
            if day.weekday != .saturday && day.weekday != .sunday { left -= 1 }
        }
        return day
    }

    /// Dos and don'ts: the step play's first, then the complaint attitude plays', so the three
    /// don'ts of handling a complaint are always there.
    static func notes(_ out: inout Script, _ main: Choice?, _ attitudes: [Choice]) {
        var dos = Array((main?.filled.doNotes ?? []).prefix(1)), donts = Array((main?.filled.dontNotes ?? []).prefix(1))
        for a in attitudes {
            var took = false
            if dos.count < maxDos, let d = a.filled.doNotes.first(where: { !dos.contains($0) }) { dos.append(d); took = true }
            if donts.count < maxDonts, let d = a.filled.dontNotes.first(where: { !donts.contains($0) }) { donts.append(d); took = true }
            if took { out.used(a) }
            if dos.count >= maxDos && donts.count >= maxDonts { break }
        }
        for d in dos { out.plain(W.doNote(d, out.c.lang)) }
        for d in donts { out.plain(W.dontNote(d, out.c.lang)) }
    }

    static func day(_ d: Day, _ c: Context) -> String { SituationBuilder.sentenceDay(d, c.lang, today: c.today) }

    static func quoted(_ s: String) -> String { "  “" + s + "”" }
}
