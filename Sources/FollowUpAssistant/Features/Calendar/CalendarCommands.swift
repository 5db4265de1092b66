import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// `export calendar [to FILE.ics]`: the book's dated items as an iCalendar file that calendar
/// programs import. Event ids stay the same between exports (kind, id and the book's identity),
/// so importing a newer file updates the events instead of adding them twice.
enum CalendarCommands {
    /// Where the calendar goes when the line names no file (the working folder).
    static let defaultPath = "followup.ics"
    /// A calendar file bigger than this is no earlier export of a book's reminders.
    static let readLimit = 32_000_000

    static func export(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let path = p.slots.text ?? defaultPath
        // Never destroy the user's data: only a file this program wrote may be replaced.
        var replacing = false
        switch existing(path, c) {
        case .success(let bytes):
            guard ICalendar.isOurs(bytes) else { return .failed([Reply.Line(CalendarWording.notOurs(path, c), tone: .error)]) }
            replacing = true
        case .failure(.missing): break
        case .failure(.tooLarge): return .failed([Reply.Line(CalendarWording.notOurs(path, c), tone: .error)])
        case .failure(.isDirectory): return .failed([Reply.Line(CalendarWording.isFolder(path, c), tone: .error)])
        case .failure(let problem): return .failed([Reply.Line(CalendarWording.notWritten(path, problem, c), tone: .error)])
        }
        let feed = CalendarFeed(book: c.book, on: c.today)
        let events = feed.items.map { event($0, feed.identity, c) }
        let stamp = ICalendar.compact(c.today) + "T000000Z"
        let bytes = ICalendar.document(name: CalendarWording.calendarName(c.lang), events: events, stamp: stamp,
                                       sequence: c.book.lastSeq)
        do {
            try c.files.write(bytes, to: path, protecting: c.protectedPaths)
        } catch {
            return .failed([Reply.Line(CalendarWording.notWritten(path, error, c), tone: .error)])
        }
        return .show(CalendarWording.written(path, feed.items, replacing: replacing, c))
    }

    /// What is at `path` now, if anything.
    static func existing(_ path: String, _ c: Context) -> Result<[UInt8], FileProblem> {
        do {
            return .success(try c.files.read(path, limit: readLimit))
        } catch {
            return .failure(error)
        }
    }

    /// `reminder-3.5f0c…@followup`: the item's kind and id and the book's identity.
    static func uid(_ item: CalendarFeed.Item, _ identity: String) -> String {
        "\(item.key).\(identity)@followup"
    }

    static func event(_ item: CalendarFeed.Item, _ identity: String, _ c: Context) -> ICalendar.Event {
        let name = item.customer.flatMap { c.book.customer($0)?.name }
        var e = ICalendar.Event(uid: uid(item, identity), start: item.day,
                                summary: CalendarWording.summary(item, customer: name, c),
                                description: "", cancelled: !item.isOpen,
                                categories: ["FollowUp", CalendarWording.category(item, c.lang)])
        var notes: [String] = []
        if case .reminder(let r) = item {
            e.time = r.time
            // A snoozed occurrence is off its series: it goes alone, and the series is said in words.
            if let rec = r.recurrence {
                if r.snoozedFrom == nil, let rule = ICalendar.rule(rec, anchor: r.anchor) { e.rule = rule } else {
                    notes.append(CalendarWording.repeatsNotInRule(rec, c.lang))
                }
            }
        }
        notes += CalendarWording.details(item, customer: name, c)
        // A plan's touch: the title says how and for which plan, the description carries the draft.
        if case .reminder(let r) = item, let pid = r.plan, let plan = c.book.plan(pid) {
            let play = c.plays.playbook.play(plan.play)
            e.summary = CalendarWording.touchSummary(r, channel: PlanCommands.channel(of: r, plan: plan, play: play),
                                                     plan: play.map { PlanWording.planTag($0, c.lang) } ?? PlanWording.planName(id: plan.play, c.plays.playbook, c.lang), customer: name, c)
            notes = [r.text] + (r.message.map { [CalendarWording.draft($0, c.lang)] } ?? []) + notes
        }
        e.description = notes.joined(separator: "\n")
        return e
    }
}
