import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Follow-up plans (seed 004): start, stop, list, show, and the customer's push-back.
///
/// A plan's touches are reminders naming it, so done, snooze, delete, the agenda and the
/// calendar handle them as any other; their text is in the user's language and their draft
/// message in the contact's (as `.eml` drafts choose it), both worded here at the start, so
/// the agenda never reads the playbook.
enum PlanCommands {
    /// Whom a plan's touches address: the person the start named, else the customer's first
    /// contact, else nobody (the customer). A start, a push-back and a visit word them alike.
    static func addressee(_ plan: FollowUpPlan, _ cu: Customer) -> ContactPerson? {
        MailCommands.person(plan.contact, in: cu).map { cu.contacts[$0] } ?? cu.contacts.first
    }

    typealias W = PlanWording

    /// Touches listed in a start's reply before "and N more".
    static let touchesShown = 5

    // MARK: Start

    static func start(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let plans = c.plays.playbook.plays(.plan)
        guard !plans.isEmpty else { return .failed([Reply.Line(W.noPlans(c), tone: .error)]) }
        let typedCustomer = p.slots.customer ?? p.slots.contact
        // No customer at all: say so before asking which plan, not after.
        if typedCustomer == nil, c.decisions.customer == nil, c.decisions.addCustomer == nil {
            throw Problem.needCustomer(example: W.startExample(c.lang))
        }
        // The plan first: its answer goes into the line, so a question about the customer keeps it.
        let play: Play
        guard let words = p.slots.text?.trimmingWhitespace, !words.isEmpty else {
            let lines = NumberedChoice.lines(W.whichPlan(typedCustomer, c), options: plans.map { W.option($0, c.lang) }, c.lang)
            throw Ask(question: .choosePlan(plans.map(\.id), resume: p), lines: lines)
        }
        switch PlanCatalog.resolve(words, in: plans) {
        case .one(let found): play = found
        case .none: return .failed(W.unknownPlan(words, plans, c))
        case .several(let found):
            let lines = NumberedChoice.lines(W.severalPlans(words, found, customer: typedCustomer, c),
                                             options: found.map { W.option($0, c.lang) }, c.lang)
            throw Ask(question: .choosePlan(found.map(\.id), resume: p), lines: lines)
        }
        let (cu, added) = try c.customer(p, example: W.startExample(c.lang), offerAdd: true)
        if let running = c.book.activePlan(of: cu.id), running.play == play.id {
            return .show([Reply.Line(W.alreadyRunning(play, customer: cu.name, since: running.started, c), tone: .muted)])
        }
        let from = p.slots.date ?? c.today
        if let problem = PlanCadence.check(start: from, today: c.today) {
            return .failed([Reply.Line(W.startDay(problem, from, c), tone: .error)])
        }
        let person = contact(p, cu)
        let draft = draftWords(play, cu, person: person, c)
        // The texts name whom the drafts address: the person named, else the first contact.
        let to = person ?? cu.contacts.first
        let addressed = to.map { ContactAddress.addressed($0, c.lang) }
        let who = W.who(person: addressed, customer: cu.name, c.lang)
        let start = PlanCadence.start(play: play.id, touches: play.touches, customer: cu.id, contact: person?.name, on: from,
                                      in: c.book, today: c.today) { s in
            (W.touchText(s.channel, key: s.touch.key, who: who, play: play, c.lang), draft(s.touch.key))
        }
        guard !start.reminders.isEmpty else {
            return .failed([Reply.Line(W.nothingLeft(play, from: from, c), tone: .error)])
        }
        var lines = [Reply.Line(W.started(play, customer: cu.name, person: person?.name, from: from, count: start.reminders.count, c),
                                tone: .success)]
        for r in start.reminders.prefix(touchesShown) {
            lines.append(Reply.Line("  " + W.touchLine(r, channel: channel(of: r, plan: start.plan, play: play), c)))
        }
        if start.reminders.count > touchesShown { lines.append(Reply.Line(W.moreTouches(start.reminders.count - touchesShown, c), tone: .muted)) }
        if let stopped = start.stopped {
            lines.append(Reply.Line(W.stoppedOther(stopped.play, started: stopped.started, cancelled: start.cancelled, c.plays.playbook, c),
                                    tone: .warning))
        }
        let addressee = addressed ?? cu.name
        // A person named who is not one of the customer's contacts: say whom the drafts address instead.
        if person == nil, let typed = p.slots.contact, p.slots.customer != nil,
           !([cu.name] + cu.aliases).map(CustomerResolver.fold).contains(CustomerResolver.fold(typed)) {
            lines.append(Reply.Line(W.notAContact(typed, customer: cu.name, addressee: addressee, c), tone: .warning))
        }
        lines.append(Reply.Line(W.draftsLanguage(MailCommands.language(cu, person: to, c), person: addressee, c),
                                tone: .muted))
        return .change(added + start.events, lines)
    }

    /// The person a start line names at the customer, as the book has them; nil for the company.
    static func contact(_ p: ParsedLine, _ cu: Customer) -> ContactPerson? {
        MailCommands.named(p, cu).map { cu.contacts[$0] }
    }

    /// Each touch's draft by its key: the plan play's `say.<key>` in the contact's language,
    /// `{contact}` the person named, else the customer's first contact, else the customer;
    /// `{me}`, `{company}`, `{address}` from the settings. A line whose placeholders cannot all
    /// be filled gives way to the next alternative; none fills: no draft.
    static func draftWords(_ play: Play, _ cu: Customer, person: ContactPerson?, _ c: Context) -> (String) -> String? {
        let addressee = person ?? cu.contacts.first
        let lang = MailCommands.language(cu, person: addressee, c)
        var values: [Placeholder: String] = [.customer: cu.name, .contact: addressee.map { ContactAddress.addressed($0, lang) } ?? cu.name]
        let settings: [(Placeholder, BookSetting)] = [(.me, .myName), (.company, .myCompany), (.address, .myAddress)]
        for (placeholder, setting) in settings {
            if let v = c.book.settings[setting.rawValue]?.trimmingWhitespace, !v.isEmpty { values[placeholder] = v }
        }
        let filled = PlayFiller.fill(play, Situation(values: [lang.play: values]), lang.play, loose: true)
        return { key in filled?.say(key) }
    }

    /// The channel a plan's touch goes by now: its play's channel after the plan's push-backs;
    /// from its kind when the play is gone.
    static func channel(of r: Reminder, plan: FollowUpPlan?, play: Play?) -> Channel? {
        if let plan, let key = r.touch, let touch = play?.touches.first(where: { $0.key == key }) {
            return plan.channel(for: touch.channel)
        }
        return r.kind.flatMap { Channel($0) }
    }

    // MARK: Stop

    static func stop(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: W.stopExample(c.lang), offerAdd: false)
        guard let plan = c.book.activePlan(of: cu.id) else {
            return .failed([Reply.Line(W.noneRunning(cu.name, c), tone: .error)])
        }
        let events = PlanCadence.stop(plan, in: c.book, on: c.today)
        return .change(events, [Reply.Line(W.stopped(plan, customer: cu.name, cancelled: events.count - 1, c.plays.playbook, c),
                                           tone: .success)])
    }

    // MARK: Lists

    /// The plans listed: running ones, or every one for `all plans`; by start day, newest last.
    static func listed(_ p: ParsedLine, _ c: Context) -> [FollowUpPlan] {
        let all = p.slots.value == "all"
        return c.book.plans.filter { (all || $0.isActive) && c.book.customer($0.customer)?.removed == nil }
    }

    /// A plan's touches, how many were done (a repeating one counts once it was done at all)
    /// and the next open one.
    static func progress(_ plan: FollowUpPlan, _ c: Context) -> (touches: [Reminder], done: Int, next: Reminder?) {
        let touches = c.book.reminders(of: plan.customer).filter { $0.plan == plan.id }
        let done = touches.filter { $0.done != nil || $0.lastDone != nil }.count
        let next = touches.filter { $0.isOpen && !$0.isLapsedTouch(on: c.today) }.min { a, b in
            let (x, y) = (a.current(on: c.today), b.current(on: c.today))
            return x != y ? x < y : a.id.raw < b.id.raw
        }
        return (touches, done, next)
    }

    static func list(_ p: ParsedLine, _ c: Context) -> Outcome {
        let all = p.slots.value == "all"
        let plans = listed(p, c)
        guard !plans.isEmpty else { return .show(W.noneYet(all: all, c)) }
        let book = c.plays.playbook
        var rows = [W.listHeader(all: all, c)]
        for plan in plans {
            let (_, done, next) = progress(plan, c)
            let play = book.play(plan.play)
            var row = [c.book.customer(plan.customer)?.name ?? "", play.map { PlanCatalog.shortName($0, c.lang.play) } ?? plan.play,
                       c.day(plan.started), "\(done)", W.next(next, channel: next.flatMap { channel(of: $0, plan: plan, play: play) }, c)]
            if all { row.append(plan.stopped.map(c.day) ?? "-") }
            rows.append(row)
        }
        var lines = [Reply.Line(W.listHeading(all: all, plans.count, c), tone: .heading)]
        for (i, s) in Table.render(rows, rightAligned: [3]).enumerated() { lines.append(Reply.Line(s, tone: i == 0 ? .muted : .plain)) }
        let example = plans.first(where: \.isActive) ?? plans[0]
        lines.append(Reply.Line(W.listFoot(c.book.customer(example.customer)?.name ?? "", c), tone: .muted))
        return .show(lines)
    }

    /// `plans --csv`: one row per plan listed.
    static func table(_ p: ParsedLine, _ c: Context) -> ReportTable {
        let book = c.plays.playbook
        let rows: [[ReportTable.Cell]] = listed(p, c).map { plan in
            let (_, done, next) = progress(plan, c)
            let play = book.play(plan.play)
            let ch = next.flatMap { channel(of: $0, plan: plan, play: play) }
            return [.text(c.book.customer(plan.customer)?.name ?? ""), .text(play.map { PlanCatalog.shortName($0, c.lang.play) } ?? ""),
                    .text(plan.play), plan.contact.map { .text($0) } ?? .empty, .day(plan.started), plan.stopped.map { .day($0) } ?? .empty,
                    .int(done), next.map { .day($0.current(on: c.today)) } ?? .empty, ch.map { .text(W.channel($0, c.lang)) } ?? .empty]
        }
        return ReportTable(header: W.csvHeader(c), rows: rows)
    }

    /// `plan Acme`: the running plan, else the latest one, with every touch and push-back.
    static func show(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: W.showExample(c.lang), offerAdd: false)
        guard let plan = c.book.activePlan(of: cu.id) ?? c.book.plans(of: cu.id).last else {
            return .failed([Reply.Line(W.noPlan(cu.name, c), tone: .error)])
        }
        let book = c.plays.playbook
        let play = book.play(plan.play)
        let (touches, _, next) = progress(plan, c)
        var lines = [Reply.Line(W.showHeading(plan.play, customer: cu.name, person: plan.contact, book, c), tone: .heading),
                     Reply.Line(W.state(plan, c))]
        if let play { lines.append(Reply.Line(W.source(play, c), tone: .muted)) }
        lines.append(Reply.Line(W.touchesHeading(c), tone: .heading))
        for r in touches {
            let s = W.touchLine(r, channel: channel(of: r, plan: plan, play: play), c) + W.touchState(r, isNext: r.id == next?.id, c)
            lines.append(Reply.Line("  " + s, tone: r.isOpen ? .plain : .muted))
        }
        if !plan.adjustments.isEmpty {
            lines.append(Reply.Line(W.pushBacksHeading(c), tone: .heading))
            for a in plan.adjustments { lines.append(Reply.Line(W.adjustment(a, c))) }
        }
        lines.append(Reply.Line(W.showFoot(plan, customer: cu.name, c), tone: .muted))
        return .show(lines)
    }

    static func pushBack(_ p: ParsedLine, _ c: Context) throws -> Outcome { try PlanPushBackCommand.run(p, c) }
}
