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
        lines.append(Reply.Line(W.whoGetsHolidays(c.lang), tone: .muted))
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
