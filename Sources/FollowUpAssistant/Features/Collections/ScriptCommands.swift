import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// `script collect Acme`, `script thanks Acme`, `script excuse "no money" Acme`, `script collect`:
/// call scripts that fit the customer's standing, built from the plays.
enum ScriptCommands {
    typealias W = ScriptWording
    /// Objections shown in a collection script: the customer's last excuse and the common ones.
    static let maxObjections = 3

    static func script(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let topic = p.slots.topic
        let named = p.slots.customer != nil || p.slots.contact != nil
        if topic == "thanks" { return try thanks(p, c) }
        if topic == "complaint" { return try ComplaintScript.script(p, c) }
        if topic == "survey" { return try SatisfactionScript.script(p, c) }
        if let e = p.slots.excuse, [nil, "collection", "excuse"].contains(topic) { return try excuse(e, p, c) }
        if topic == "excuse" { return .show(W.whichExcuse(c.lang).map { Reply.Line($0) }) }
        guard topic == nil || topic == "collection" else {
            throw Problem.notYet(c.t("Scripts for \(topic ?? "that")", "这类话术"))
        }
        // A number where a customer should be (`script for 7 eleven` with no such customer) is a
        // name not found, not a request for the ladder.
        if !named, p.slots.amount != nil || p.slots.id != nil {
            throw Problem.needCustomer(example: c.t("script collect Acme", "催款话术 东方酒店"))
        }
        return named ? try collect(p, c) : ladder(c)
    }

    // MARK: Collect

    static func collect(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("script collect Acme", "催款话术 东方酒店"), offerAdd: false)
        let st = c.standing(of: cu)
        let lang = c.lang, pl = lang.play
        let book = c.plays.playbook
        var out = Script(c)
        guard st.owesSomething else { return owesNothing(st, c, book) }
        // All of it under complaints: no collection call, the complaint comes first.
        if st.allDisputed {
            out.heading(DisputeWording.allDisputed(st.name, st.disputes, c))
            return out.finish()
        }
        let s = SituationBuilder.situation(st, c)
        let bounds = LadderBounds(settings: c.book.settings)
        guard let ladder = book.best(.ladder, for: s, in: pl) else {
            if st.ladderStep == .notDue { return notDue(st, s, c, book, bounds) }
            throw Problem.noPlay(W.noLadderPlay(lang))
        }

        out.heading(W.collectHeading(st, bounds, lang))
        out.contact(cu, lang)
        let asked = SituationBuilder.asked(st)
        let shown = asked.prefix(SituationBuilder.invoicesNamed).map { W.invoice($0, lang, today: c.today) }
        let overdue = st.overdue.isEmpty ? nil : Words.moneys(st.overdue, zero: c.defaultCurrency)
        out.plain(W.owes(Words.moneys(st.owed, zero: c.defaultCurrency), overdue: overdue, shown, more: asked.count - shown.count, lang))
        if !st.disputes.isEmpty { out.plain(DisputeWording.scriptLine(st.disputes, c), tone: .warning) }
        if let pr = st.latestPromise, pr.status != .kept { out.plain(W.promise(pr.promise, pr.status, lang, today: c.today)) }
        if let last = st.lastContact, let e = last.excuse { out.plain(W.lastSaid(e, on: last.day, lang, today: c.today)) }
        alsoLines(&out, s, book, pl)
        out.used(ladder)

        var steps = Array(ladder.filled.steps.prefix(3))
        if steps.isEmpty, let prep = book.best(.prepare, for: s, in: pl) {
            steps = Array(prep.filled.steps.prefix(3))
            if !steps.isEmpty { out.used(prep) }
        }
        out.section(W.beforeCall(lang), steps.map(W.bullet))
        let says = ladder.filled.say.filter { !isClose($0.key) }.map(\.line)
        let closes = ladder.filled.say.filter { isClose($0.key) }.map(\.line)
        out.section(W.say(lang), says.map { W.quoted($0, lang) })

        let objections = objections(st, s, book, pl)
        out.section(W.ifTheySay(lang), objections.map { W.objection($0.0, $0.1.filled.say.first?.line ?? "", lang) })
        for o in objections { out.used(o.1) }
        out.section(W.close(lang), closes.map { W.quoted($0, lang) })

        var record = ladder.filled.record
        for o in objections { record += o.1.filled.record }
        out.section(W.record(lang), unique(record).prefix(3).map(W.bullet))
        out.notes(ladder, attitudes(s, book, pl))
        return out.finish()
    }

    /// One line each for the method, and for credit and terms when something particular calls for
    /// them: a first order alone does not (every customer new to the book is one).
    static func alsoLines(_ out: inout Script, _ s: Situation, _ book: Playbook, _ lang: PlayLanguage) {
        for topic in [PlayTopic.method, .credit, .arrangement] {
            let fits = book.choose(topic, for: s, in: lang)
            let pick = topic == .method ? fits.first { !$0.matched.isEmpty } : fits.first { $0.matched.contains { $0.key != .firstOrder } }
            guard let ch = pick else { continue }
            out.plain(ScriptWording.also(topic, ch.filled.title, out.c.lang))
            out.used(ch)
        }
    }

    /// Owed, but nothing due soon: no call yet; when the courtesy note comes, and credit if it matters.
    static func notDue(_ st: CustomerStanding, _ s: Situation, _ c: Context, _ book: Playbook, _ bounds: LadderBounds) -> Outcome {
        var out = Script(c)
        let due = st.nextDue.map { SituationBuilder.sentenceDay($0, c.lang, today: c.today) } ?? "?"
        out.heading(W.notDueYet(st.name, owed: Words.moneys(st.owed, zero: c.defaultCurrency), due: due, courtesy: bounds.courtesy, c.lang))
        alsoLines(&out, s, book, c.lang.play)
        return out.finish()
    }

    /// A customer who owes nothing: say so, and point to the thank-you after a recent payment.
    static func owesNothing(_ st: CustomerStanding, _ c: Context, _ book: Playbook) -> Outcome {
        var out = Script(c)
        out.heading(W.owesNothing(st.name, c.lang))
        if let paid = st.lastPayment {
            out.plain(W.thanksHint(st.name, paid: paid.amount.formatted,
                                   on: SituationBuilder.sentenceDay(paid.day, c.lang, today: c.today), c.lang), tone: .muted)
        }
        let s = SituationBuilder.situation(st, c)
        if let ch = book.best(.ladder, for: s, in: c.lang.play), !ch.matched.isEmpty {
            out.section(W.say(c.lang), ch.filled.say.map { W.quoted($0.line, c.lang) })
            out.used(ch)
        }
        return out.finish()
    }

    /// Answers to the likely objections: the customer's last excuse first, then the ones the
    /// plays tie to this ladder step, then the others, each once.
    static func objections(_ st: CustomerStanding, _ s: Situation, _ book: Playbook, _ lang: PlayLanguage) -> [(Excuse, Choice)] {
        var found: [(rank: Int, order: Int, excuse: Excuse, choice: Choice)] = []
        let last = st.lastContact?.excuse
        for (i, e) in Excuse.allCases.enumerated() {
            var asIf = s
            asIf.excuse = e
            guard let ch = book.choose(.excuse, for: asIf, in: lang).first(where: { $0.play.when.excuse?.contains(e) ?? false }),
                  ch.filled.say.first != nil else { continue }
            let tiedToStep = ch.matched.contains { $0.key == .ladder || $0.key == .daysOverdue }
            let rank = e == last ? 0 : (tiedToStep ? 1 : 2)
            found.append((rank, i, e, ch))
        }
        found.sort { ($0.rank, $0.order) < ($1.rank, $1.order) }
        // Untied excuses fill in, two at most, only when fewer than two are tied to the step.
        let tied = found.filter { $0.rank < 2 }
        let list = tied.count >= 2 ? Array(tied.prefix(maxObjections)) : Array(found.prefix(2))
        return list.map { ($0.excuse, $0.choice) }
    }

    /// Do and don't notes from the attitude plays that fit, most specific first.
    static func attitudes(_ s: Situation, _ book: Playbook, _ lang: PlayLanguage) -> [Choice] {
        book.choose(.attitude, for: s, in: lang)
    }

    static func isClose(_ key: String) -> Bool { key.lowercased().hasPrefix("close") }

    // MARK: Thanks

    static func thanks(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("script thanks Acme", "东方酒店感谢话术"), offerAdd: false)
        let st = c.standing(of: cu)
        guard let paid = st.lastPayment else {
            return .show([Reply.Line(W.nothingPaid(cu.name, c.lang), tone: .muted)])
        }
        let book = c.plays.playbook
        var s = SituationBuilder.situation(st, c, after: .payment)
        s.firstOrder = SituationBuilder.firstOrderBeforeLastPayment(cu, c.book.records(of: cu.id), c)
        guard let ch = book.best(.thanks, for: s, in: c.lang.play) else {
            throw Problem.noPlay(c.t("No thank-you play fits \(cu.name) right now.", "没有适合\(cu.name)目前情况的致谢话术。"))
        }
        var out = Script(c)
        out.heading(W.thanksHeading(cu.name, paid: paid.amount.formatted,
                                    on: SituationBuilder.sentenceDay(paid.day, c.lang, today: c.today), c.lang))
        out.contact(cu, c.lang)
        out.used(ch)
        out.section(W.say(c.lang), ch.filled.say.map { W.quoted($0.line, c.lang) })
        out.section(W.whatToDo(c.lang), ch.filled.steps.prefix(3).map(W.bullet))
        out.notes(ch, attitudes(s, book, c.lang.play).filter { !$0.matched.isEmpty })
        return out.finish()
    }

    // MARK: Excuse

    static func excuse(_ e: Excuse, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        let named = p.slots.customer != nil || p.slots.contact != nil
        let book = c.plays.playbook
        let lang = c.lang, pl = lang.play
        var s = Situation.general
        s.excuse = e
        var st: CustomerStanding?
        var clear: Customer?
        if named {
            let (cu, _) = try c.customer(p, example: c.t("script excuse no money Acme", "东方酒店说没钱怎么办"), offerAdd: false)
            let standing = c.standing(of: cu)
            // Nothing owed: say so, then the general advice (there are no figures to fill).
            if standing.owesSomething {
                st = standing
                s = SituationBuilder.situation(standing, c, excuse: e)
            } else {
                clear = cu
            }
        }
        // With no customer there are no figures: the advice stands without the lines that need them.
        let fitting = book.choose(.excuse, for: s, in: pl, loose: st == nil)
        guard let ch = fitting.first(where: { $0.play.when.excuse?.contains(e) ?? false }) else {
            throw Problem.noPlay(W.noExcusePlay(e, customer: st?.name, lang))
        }
        var out = Script(c)
        if let clear { out.plain(W.owesNothingNow(clear.name, lang), tone: .muted) }
        out.heading(W.excuseHeading(e, customer: st?.name, lang))
        if let st {
            out.contact(st.customer, lang)
            if let f = W.facts(st, lang, today: c.today, zero: c.defaultCurrency) { out.plain(f) }
        }
        out.used(ch)
        guard st != nil else {
            // Advice only: what to do, the lines that need no figures, and how to get the rest.
            out.section(W.whatToDo(lang), ch.filled.steps.prefix(4).map(W.bullet))
            out.section(W.say(lang), ch.filled.say.map { W.quoted($0.line, lang) })
            out.notes(ch, [])
            if clear == nil { out.plain(W.nameACustomer(e, lang), tone: .muted) }
            return out.finish()
        }
        out.section(W.say(lang), ch.filled.say.filter { !isClose($0.key) }.map { W.quoted($0.line, lang) })
        var closes = ch.filled.say.filter { isClose($0.key) }.map(\.line)
        var record = ch.filled.record
        // With a customer who owes (only such a customer has a standing here), the ladder step
        // closes (when the answer has no close of its own) and says what to write down.
        if let ladder = book.best(.ladder, for: s, in: pl) {
            let theirs = ladder.filled.say.filter { isClose($0.key) }.map(\.line)
            if closes.isEmpty, !theirs.isEmpty { closes = theirs; out.used(ladder) }
            if record.isEmpty, !ladder.filled.record.isEmpty { record = ladder.filled.record; out.used(ladder) }
        }
        out.section(W.whatToDo(lang), ch.filled.steps.prefix(3).map(W.bullet))
        out.section(W.thenClose(lang), closes.map { W.quoted($0, lang) })
        out.section(W.record(lang), unique(record).prefix(3).map(W.bullet))
        out.notes(ch, attitudes(s, book, pl).filter { !$0.matched.isEmpty })
        return out.finish()
    }

    // MARK: The ladder

    /// `script collect` with no customer: each step, its band from the settings, and its play.
    static func ladder(_ c: Context) -> Outcome {
        let lang = c.lang
        let bounds = LadderBounds(settings: c.book.settings)
        let book = c.plays.playbook
        var out = Script(c)
        out.heading(W.ladderHeading(lang))
        var rows = [W.ladderColumns(lang)]
        for step in LadderStep.allCases where step != .clear && step != .notDue {
            // The most general play for the step: its title is what the step is about.
            let play = book.plays(.ladder).enumerated()
                .filter { $0.element.when.ladder?.contains(step) ?? false }
                .min { ($0.element.when.count, $0.offset) < ($1.element.when.count, $1.offset) }?.element
            if let play { out.usedPlay(play) }
            rows.append([W.stepName(step, lang), W.band(step, bounds, lang), play?.text(lang.play).title ?? "—"])
        }
        for row in Table.render(rows) { out.plain(row) }
        for line in W.ladderFoot(lang) { out.plain(line, tone: .muted) }
        return out.finish()
    }

    // MARK: Helpers

    static func unique(_ lines: [String]) -> [String] {
        var seen = Set<String>()
        return lines.filter { seen.insert($0).inserted }
    }
}

/// A script's reply lines, the plays it used, and the sources listed last.
struct Script {
    let c: Context
    var lines: [Reply.Line] = []
    var choices: [Choice] = []
    var plays: [Play] = []

    init(_ c: Context) { self.c = c }

    mutating func heading(_ s: String) { lines.append(Reply.Line(s, tone: .heading)) }
    mutating func plain(_ s: String, tone: Reply.Tone = .plain) { lines.append(Reply.Line(s, tone: tone)) }

    /// A titled block; nothing when it has no lines.
    mutating func section(_ title: String, _ body: [String]) {
        guard !body.isEmpty else { return }
        heading(title)
        for b in body { plain(b) }
    }

    mutating func contact(_ cu: Customer, _ lang: Lang) {
        if let person = cu.contacts.first {
            plain(ScriptWording.askFor(ContactAddress.who(person, lang), phone: person.phone ?? cu.phone, lang))
        } else if let phone = cu.phone {
            plain(ScriptWording.phoneOnly(phone, lang))
        }
    }

    /// At most two do notes and one don't: the main play's first, then the attitude plays'.
    mutating func notes(_ main: Choice, _ attitudes: [Choice]) {
        var dos = main.filled.doNotes, donts = main.filled.dontNotes
        for a in attitudes {
            let before = dos.count + donts.count
            if dos.count < 2, let d = a.filled.doNotes.first(where: { !dos.contains($0) }) { dos.append(d) }
            if donts.isEmpty, let d = a.filled.dontNotes.first { donts.append(d) }
            if dos.count + donts.count > before { used(a) }
            if dos.count >= 2 && !donts.isEmpty { break }
        }
        for d in dos.prefix(2) { plain(ScriptWording.doNote(d, c.lang)) }
        for d in donts.prefix(1) { plain(ScriptWording.dontNote(d, c.lang)) }
    }

    mutating func used(_ ch: Choice) {
        guard !choices.contains(where: { $0.play.id == ch.play.id }) else { return }
        choices.append(ch)
        usedPlay(ch.play)
    }

    mutating func usedPlay(_ p: Play) {
        if !plays.contains(where: { $0.id == p.id }) { plays.append(p) }
    }

    /// The reply: the lines, the problems of the user's play files (once a session), the plays used.
    mutating func finish() -> Outcome {
        let issues = c.plays.unreportedIssues()
        if !issues.isEmpty {
            plain(ScriptWording.issuesHeading(issues.count, c.lang), tone: .warning)
            for i in issues { plain(ScriptWording.issue(i, c.lang), tone: .warning) }
        }
        if !plays.isEmpty {
            heading(ScriptWording.playsUsed(c.lang))
            for p in plays { plain(ScriptWording.source(p, c.lang), tone: .muted) }
        }
        c.plays.lastChoices = choices
        return .show(lines)
    }
}
