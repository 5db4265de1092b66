import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// Occasions and greetings (seed 000): the list of the next 30 days, the agenda's greeting
/// lines with a draft in the contact's language, the lead setting, a founding day and holiday
/// greetings on or off for a customer.
enum GreetingCommands {
    typealias W = GreetingWording

    /// How far `greetings` looks ahead.
    static let listDays = 30

    // MARK: The list

    static func list(_ p: ParsedLine, _ c: Context) -> Outcome {
        let lead = Occasions.lead(c.book.settings)
        let to = c.today.adding(days: listDays)
        let all = Occasions.list(c.book, from: c.today, through: to, today: c.today, lead: lead)
        var lines = [Reply.Line(W.listTitle(c.day(c.today), c.day(to), c.lang), tone: .heading)]
        if all.isEmpty { lines.append(Reply.Line(W.noneSoon(listDays, c.lang), tone: .muted)) }
        for o in all {
            let name = c.book.customer(o.customer)?.name ?? o.customer.description
            lines.append(Reply.Line("  " + W.listRow(o, customer: name, day: c.day(o.day), due: c.day(o.due), dueToday: o.due <= c.today, c.lang)))
        }
        lines.append(Reply.Line(W.leadNote(lead, c.lang), tone: .muted))
        // The example names a customer the book has: the first listed, else the first not deleted.
        let example = all.first.flatMap { c.book.customer($0.customer)?.name }
            ?? c.book.customers.first { $0.removed == nil }?.name ?? c.t("Acme", "东方酒店")
        lines.append(Reply.Line(W.whoGetsHolidays(example, c.lang), tone: .muted))
        return .show(lines)
    }

    // MARK: The agenda

    /// The greetings the agenda shows on each day of `from...to`: one whose greeting came up
    /// before the window (or before today) and whose day has not passed stands on the window's
    /// first day (or today).
    static func byDay(from: Day, to: Day, _ c: Context) -> [Int: [Occasion]] {
        let lead = Occasions.lead(c.book.settings)
        let start = max(from, c.today)
        guard start <= to else { return [:] }
        var out: [Int: [Occasion]] = [:]
        for o in Occasions.list(c.book, from: start, through: to.adding(days: lead), today: c.today, lead: lead) {
            let shown = max(o.due, start)
            if shown <= to { out[shown.ordinal, default: []].append(o) }
        }
        return out
    }

    /// Two lines: the occasion and its day, and the line that writes the draft in the contact's
    /// language. The wish itself comes from the playbook, which the agenda never loads: reading
    /// every play costs more than the rest of a large book's agenda (see README, Speed).
    static func agendaLines(_ o: Occasion, _ c: Context) -> [Reply.Line] {
        guard let cu = c.book.customer(o.customer) else { return [] }
        return [Reply.Line("  " + W.agendaHead(o, customer: cu.name, day: c.day(o.day), c.lang)),
                Reply.Line("    " + W.toWrite(W.draftLine(o.kind, customer: cu.name, person: o.contact, c.lang), c.lang), tone: .muted)]
    }

    // MARK: A greeting sent

    /// The occasion of a greeting-sent line (`sent the mid-autumn greeting to Acme`), if it is one.
    static func occasion(of p: ParsedLine) -> Occasion.Kind? {
        guard p.intent == .contactLog, p.slots.topic == "greeting" else { return nil }
        return p.slots.value.flatMap(Occasion.Kind.init(rawValue:))
    }

    /// Logs the greeting as a contact (the channel said, else a text message) marked with its
    /// occasion, which ticks the occasion off the agenda, the greetings list and the opening line
    /// when it was due. A birthday's greeting names the person: found across the book, or the
    /// customer's only contact with a birthday.
    static func greeted(_ kind: Occasion.Kind, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        let cu: Customer
        var person: String?
        if kind == .birthday {
            guard let typed = p.slots.contact ?? p.slots.customer else {
                throw Problem.needCustomer(example: W.birthdayExample(c.lang))
            }
            do {
                let (found, said) = try CustomerFile.whose(typed, c)
                cu = found
                person = CustomerFile.contactIndex(said, in: found).map { found.contacts[$0].name } ?? said
            } catch Problem.customerFile(.companyBirthday) {
                // The company named: its one contact with a birthday, else say whose.
                let (found, _) = try c.customer(p, example: W.birthdayExample(c.lang), offerAdd: false)
                let people = found.contacts.filter { $0.birthday != nil }
                guard people.count == 1 else {
                    return .failed([Reply.Line(W.whoseBirthday(found.name, people.map(\.name), c.lang), tone: .error)])
                }
                cu = found
                person = people[0].name
            }
        } else {
            cu = try c.customer(p, example: W.greetedExample(c.lang), offerAdd: false).0
        }
        let channel = p.slots.channel ?? .sms
        var entry = ContactEntry(id: c.book.nextContactID, customer: cu.id, day: c.today, channel: channel,
                                 note: W.greetingNote(kind, person: person, c.lang))
        entry.greeting = kind
        entry.greetingFor = person
        let lead = Occasions.lead(c.book.settings)
        // Due now, or coming within `Occasions.earlyDays`: a greeting sent early ticks it off too.
        let due = Occasions.list(c.book, from: c.today, through: c.today.adding(days: max(lead, Occasions.earlyDays)),
                                 today: c.today, lead: lead).first {
            $0.customer == cu.id && $0.kind == kind && (kind != .birthday || $0.contact == person)
        }
        var lines = [Reply.Line(W.greetingLogged(kind, customer: cu.name, person: person, channel, day: c.day(c.today), c.lang), tone: .success)]
        lines.append(Reply.Line(due.map { W.tickedOff(c.day($0.day), c.lang) } ?? W.noneDue(c.lang), tone: .muted))
        return .change([.contactAdded(entry)], lines)
    }

    // MARK: Settings and facts

    /// `greet 5 days ahead`, 提前5天提醒问候, `set greetings.lead 5`.
    static func setLead(_ p: ParsedLine, _ c: Context) -> Outcome {
        guard let days = p.slots.value.flatMap(Int.init), Occasions.leadRange.contains(days) else {
            return .failed([Reply.Line(W.badLead(c.lang), tone: .error)])
        }
        let key = BookSetting.greetingsLead.rawValue
        if Occasions.lead(c.book.settings) == days, c.book.settings[key] != nil || days == Occasions.defaultLead {
            return .show([Reply.Line(W.leadUnchanged(days, c.lang), tone: .muted)])
        }
        return .change([.settingChanged(key: key, before: c.book.settings[key], after: String(days))],
                       [Reply.Line(W.leadSet(days, c.lang), tone: .success)])
    }

    /// `Acme was founded on 1998-06-01`: never a day still to come. Without a year
    /// (`Acme was founded on March 5`) the day is kept alone and its anniversary counts no years.
    static func setFounded(_ d: MonthDay, _ before: Customer, _ c: Context) -> Outcome {
        if let y = d.year, let day = Day(year: y, month: d.month, day: d.day), day > c.today {
            return .failed([Reply.Line(W.foundedInFuture(before.name, c.lang), tone: .error)])
        }
        guard before.founded != d else {
            return .show([Reply.Line(W.foundedSet(before.name, iso(d, c.lang), was: nil, c.lang), tone: .muted)])
        }
        var after = before
        after.founded = d
        return .change([.customerChanged(before: before, after: after)],
                       [Reply.Line(W.foundedSet(before.name, iso(d, c.lang), was: before.founded.map { iso($0, c.lang) }, c.lang), tone: .success)])
    }

    /// `no holiday greetings for Acme` keeps `false`; `holiday greetings for Acme (again)`
    /// keeps `true`, so they get them even when the default would leave them out.
    static func setHolidayGreetings(_ on: Bool, _ before: Customer, _ c: Context) -> Outcome {
        if before.holidayGreetings == on {
            return .show([Reply.Line(W.holidayGreetingsAlready(before.name, on, c.lang), tone: .muted)])
        }
        var after = before
        after.holidayGreetings = on
        return .change([.customerChanged(before: before, after: after)],
                       [Reply.Line(W.holidayGreetingsSet(before.name, on, c.lang), tone: .success)])
    }

    /// A founding day: `1998-06-01` / 1998年6月1日, or without its year `5 Mar` / 3月5日.
    static func iso(_ d: MonthDay, _ lang: Lang) -> String {
        guard let y = d.year else { return CustomerFileWording.birthday(d, lang) }
        return lang == .zh ? "\(y)年\(d.month)月\(d.day)日" : d.description
    }
}
