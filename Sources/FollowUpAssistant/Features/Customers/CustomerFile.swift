import FollowUpCore
import FollowUpLanguage

/// The customer file (seed 002): `open Acme` shows it; `customer.file` lines set one fact of it
/// each, as one change of the customer that `undo` takes back.
enum CustomerFile {
    typealias W = CustomerFileWording

    /// Timeline entries shown before "and N more".
    static let timelineLimit = 8

    // MARK: Setting a fact

    static func set(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let fact = p.slots.file else { throw Problem.notUnderstood(p.input, suggestions: []) }
        switch fact {
        case .birthday(let b): return try birthday(b, p, c)
        case .role(let r): return try role(r, p, c)
        default: break
        }
        let (before, _) = try c.customer(p, example: c.t("Acme prefers WeChat", "东方酒店喜欢用微信联系"), offerAdd: false)
        var after = before
        let text: String
        switch fact {
        case .prefers(let m):
            after.preferred = m
            text = W.prefersSet(before.name, m, was: before.preferred == m ? nil : before.preferred, c.lang)
        case .note(let note):
            after.notes = [before.notes, note].compactMap { $0 }.joined(separator: "\n")
            text = W.noteAdded(before.name, note, c.lang)
        case .service(let d):
            after.serviceNeed = d
            text = W.judged(before.name, W.service(d, c.lang), c.lang)
        case .price(let d):
            after.priceSensitivity = d
            text = W.judged(before.name, W.price(d, c.lang), c.lang)
        case .partnership(let yes):
            after.partnership = yes
            text = W.judged(before.name, W.partnership(yes, c.lang), c.lang)
        case .tier(let tier):
            after.tier = tier
            text = W.tierSet(before.name, tier, was: before.tier, c.lang)
        case .founded(let d):
            return GreetingCommands.setFounded(d, before, c)
        case .holidayGreetings(let on):
            return GreetingCommands.setHolidayGreetings(on, before, c)
        case .birthday, .role:
            throw Problem.notUnderstood(p.input, suggestions: [])
        }
        guard after != before else { return .show([Reply.Line(W.already(before.name, c.lang), tone: .muted)]) }
        return .change([.customerChanged(before: before, after: after)], [Reply.Line(text, tone: .success)])
    }

    /// `Li Wei is Acme's economic buyer`: the contact gets the role, or is added with it.
    static func role(_ r: ContactRole, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (before, _) = try c.customer(p, example: c.t("Li Wei is Acme's economic buyer", "王经理是东方酒店的技术负责人"), offerAdd: false)
        guard let person = p.slots.contact else { throw Problem.needCustomer(example: c.t("Li Wei is Acme's economic buyer", "王经理是东方酒店的技术负责人")) }
        var after = before
        let k = contactIndex(person, in: before)
        if let k {
            after.contacts[k].role = r
        } else {
            var added = ContactPerson(name: person)
            added.role = r
            after.contacts.append(added)
        }
        guard after != before else { return .show([Reply.Line(W.already(before.name, c.lang), tone: .muted)]) }
        let shown = k.map { before.contacts[$0].name } ?? person
        let text = W.roleSet(shown, before.name, r, added: k == nil, was: k.flatMap { before.contacts[$0].role }, c.lang)
        return .change([.customerChanged(before: before, after: after)], [Reply.Line(text, tone: .success)])
    }

    /// `Li Wei's birthday is May 3`: the contact is found across the book, or named with their
    /// customer (`Acme's Li Wei`, `Li Wei at Acme`, 东方酒店的张总).
    static func birthday(_ b: MonthDay, _ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let typed = p.slots.contact ?? p.slots.customer else {
            throw Problem.needCustomer(example: c.t("Li Wei's birthday is May 3", "张总生日3月5日"))
        }
        let (cu, person) = try whose(typed, c)
        var after = cu
        let k = contactIndex(person, in: cu)
        if let k { after.contacts[k].birthday = b } else {
            var added = ContactPerson(name: person)
            added.birthday = b
            after.contacts.append(added)
        }
        guard after != cu else { return .show([Reply.Line(W.already(cu.name, c.lang), tone: .muted)]) }
        let shown = k.map { cu.contacts[$0].name } ?? person
        return .change([.customerChanged(before: cu, after: after)],
                       [Reply.Line(W.birthdaySet(shown, cu.name, b, added: k == nil, c.lang), tone: .success)])
    }

    /// The customer and the person a typed name means.
    static func whose(_ typed: String, _ c: Context) throws -> (Customer, String) {
        let live = c.book.customers.filter { $0.removed == nil }
        let at = live.filter { contactIndex(typed, in: $0) != nil }
        if at.count == 1 { return (at[0], typed) }
        if at.count > 1 { throw Problem.customerFile(.personAtSeveral(typed, customers: at.map(\.name))) }
        // The customer said with the person: `Acme's Li Wei`, `Li Wei at Acme`, 东方酒店的张总, 东方酒店张总.
        let key = CustomerResolver.fold(typed)
        for cu in live {
            for name in [cu.name] + cu.aliases {
                let n = CustomerResolver.fold(name)
                for (prefix, suffix) in [(n + "'s ", ""), (n + "的", ""), (n, ""), ("", " at " + n), ("", " of " + n), ("", " from " + n)]
                where key.hasPrefix(prefix) && key.hasSuffix(suffix) && key.count > prefix.count + suffix.count {
                    let start = typed.index(typed.startIndex, offsetBy: prefix.count)
                    let end = typed.index(typed.endIndex, offsetBy: -suffix.count)
                    let person = String(typed[start..<end]).trimmingWhitespace
                    // A bare prefix only joins Chinese: `Acmex` is no `Acme` + `x`.
                    if prefix == n, !(person.unicodeScalars.first.map { $0.value >= 0x2E80 } ?? false) { continue }
                    if !person.isEmpty { return (cu, person) }
                }
            }
        }
        if case .one = CustomerResolver.resolve(typed, in: c.book, index: c.index) {
            throw Problem.customerFile(.companyBirthday(typed))
        }
        throw Problem.customerFile(.unknownPerson(typed))
    }

    /// The contact a typed name means: the name, without an honorific, the title, or a Chinese
    /// surname with the title or its address (王经理 for 王芳, 经理; 赵总 for 赵强, 总经理).
    static func contactIndex(_ typed: String, in cu: Customer) -> Int? {
        let key = CustomerResolver.fold(typed)
        return cu.contacts.firstIndex { person in
            if CustomerResolver.fold(person.name) == key { return true }
            if PersonName.withoutHonorific(person.name).map(CustomerResolver.fold) == key { return true }
            if let title = person.title {
                if CustomerResolver.fold(title) == key { return true }
                if let first = person.name.first, first.unicodeScalars.allSatisfy({ $0.value >= 0x2E80 }),
                   key == String(first) + CustomerResolver.fold(title) { return true }
            }
            // How the parser and the drafts address them: 赵总 for 赵强, 总经理.
            return CustomerResolver.fold(ContactAddress.addressed(person, .zh)) == key
        }
    }

    // MARK: The file

    static func show(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("open Acme", "查看美华商贸"), offerAdd: false)
        let book = c.book
        let lang = c.lang
        var heading = "\(cu.name) (\(cu.id))"
        if cu.tier != .regular { heading += " · " + W.tierWord(cu.tier, lang) }
        var lines = [Reply.Line(heading, tone: .heading)]
        // Basic data.
        var basic = CustomerCommands.labelledFacts(cu, c).filter { $0.label != "contact" && $0.label != "tier" }.map(\.text)
        basic.append(W.since(c.day(cu.added), lang))
        if let f = cu.founded { basic.append(GreetingWording.foundedCell(GreetingCommands.iso(f, lang), lang)) }
        // The company's answer about emails (seed 003: ask first), as each person's below.
        if let consent = cu.emailConsent { basic.append(W.consentCell(consent, company: true, c)) }
        lines.append(Reply.Line(basic.joined(separator: " · ")))
        // Contacts with their roles and birthdays.
        if !cu.contacts.isEmpty {
            lines.append(Reply.Line(W.contactsHeading(lang), tone: .heading))
            for person in cu.contacts {
                var parts = [person.name]
                if let title = person.title { parts[0] += c.t(", \(title)", "，\(title)") }
                if let r = person.role { parts.append(W.role(r, lang)) }
                if let phone = person.phone { parts.append(phone) }
                if let email = person.email { parts.append(email) }
                if let b = person.birthday {
                    parts.append(W.birthdayCell(b, inDays: b.next(onOrAfter: c.today).map { $0.days(since: c.today) }, lang))
                }
                if let consent = person.emailConsent { parts.append(W.consentCell(consent, company: false, c)) }
                lines.append(Reply.Line("  " + parts.joined(separator: " · ")))
            }
        }
        // What they buy and how they pay.
        let invoices = book.invoices(of: cu.id).filter { $0.issued <= c.today }
        var totals: [Money] = []
        for inv in invoices {
            if let i = totals.firstIndex(where: { $0.currency == inv.amount.currency }) { totals[i] = totals[i] + inv.amount } else { totals.append(inv.amount) }
        }
        let last = invoices.map(\.issued).max()
        lines.append(Reply.Line(W.buying(count: invoices.count, totals: Words.moneys(totals, zero: c.defaultCurrency),
                                         last: last.map(c.day), lang)))
        let standing = c.standing(of: cu)
        var paid: [Money] = []
        for pay in book.payments(of: cu.id) where pay.isReceived && pay.day.year == c.today.year && pay.day <= c.today {
            if let i = paid.firstIndex(where: { $0.currency == pay.amount.currency }) { paid[i] = paid[i] + pay.amount } else { paid.append(pay.amount) }
        }
        var owed = c.owedSummary(cu.id) ?? c.t("owes nothing", "没有欠款")
        let credit = book.credit(of: cu.id)
        if !credit.isEmpty { owed += c.t(" · credit ", " · 预付余额") + credit.map(\.formatted).joined(separator: " + ") }
        lines.append(Reply.Line(W.paying(owed: owed, paidThisYear: Words.moneys(paid, zero: c.defaultCurrency),
                                         late: standing.averageDaysLate, firstOrder: standing.firstOrder,
                                         invoices: invoices.count, lang)))
        if let limit = cu.creditLimit, let o = book.outstanding(of: cu.id).first(where: { $0.currency == limit.currency }), o.minor > limit.minor {
            lines.append(Reply.Line(c.t("Over the credit limit of \(limit.formatted) by \((o - limit).formatted).",
                                        "超出信用额度\(limit.formatted)共\((o - limit).formatted)。"), tone: .warning))
        }
        // Preferences and the user's judgements.
        var prefs: [String] = []
        if let m = cu.preferred { prefs.append(W.prefers(m, lang)) }
        if let d = cu.priceSensitivity { prefs.append(W.price(d, lang)) }
        if let d = cu.serviceNeed { prefs.append(W.service(d, lang)) }
        if let yes = cu.partnership { prefs.append(W.partnership(yes, lang)) }
        if !prefs.isEmpty { lines.append(Reply.Line(W.judgedHeading(lang) + prefs.joined(separator: " · "))) }
        if let notes = cu.notes, !notes.isEmpty {
            lines.append(Reply.Line(W.notesHeading(lang), tone: .heading))
            for n in notes.split(separator: "\n") { lines.append(Reply.Line("  " + n)) }
        }
        let open = book.invoices(of: cu.id).filter(\.isOpen).sorted { ($0.due, $0.id) < ($1.due, $1.id) }
        if !open.isEmpty {
            lines.append(Reply.Line(c.t("Open invoices:", "未结发票:"), tone: .heading))
            for inv in open { lines.append(Reply.Line("  " + CustomerCommands.invoiceLine(inv, c))) }
        }
        if let plan = book.activePlan(of: cu.id) {
            lines.append(Reply.Line(PlanWording.fileLine(plan, next: PlanCommands.progress(plan, c).next, c.plays.playbook, c)))
        }
        let next = book.reminders(of: cu.id).filter(\.isOpen).map { $0.standing(on: c.today) }.sorted { ($0.due, $0.id) < ($1.due, $1.id) }.prefix(3)
        if !next.isEmpty {
            lines.append(Reply.Line(c.t("Next reminders:", "接下来的提醒:"), tone: .heading))
            for r in next { lines.append(Reply.Line("  \(r.id) \(Words.when(r.due, r.time, c.lang, today: c.today)) · \(r.text)")) }
        }
        lines += timeline(cu, c)
        return .show(lines)
    }

    /// Touches, promises and complaints, newest first, capped.
    static func timeline(_ cu: Customer, _ c: Context) -> [Reply.Line] {
        let book = c.book
        // (day, order within a day, text): later records first on the same day.
        var entries: [(day: Day, seq: Int, text: String)] = []
        for e in book.contacts(of: cu.id) { entries.append((e.day, 3 * e.id.raw, W.touch(e, c.lang))) }
        for pr in book.promises(of: cu.id) {
            entries.append((pr.made, 3 * pr.id.raw + 1, W.promise(CustomerCommands.promiseLine(pr, c), c.lang)))
        }
        for x in book.complaints(of: cu.id) { entries.append((x.received, 3 * x.id.raw + 2, W.complaint(x, c.lang))) }
        guard !entries.isEmpty else { return [Reply.Line(W.timelineEmpty(c.lang), tone: .muted)] }
        entries.sort { ($0.day, $0.seq) > ($1.day, $1.seq) }
        var lines = [Reply.Line(W.timelineHeading(c.lang), tone: .heading)]
        for e in entries.prefix(timelineLimit) { lines.append(Reply.Line("  \(c.day(e.day)) · \(e.text)")) }
        if entries.count > timelineLimit { lines.append(Reply.Line("  " + W.more(entries.count - timelineLimit, c.lang), tone: .muted)) }
        return lines
    }
}
