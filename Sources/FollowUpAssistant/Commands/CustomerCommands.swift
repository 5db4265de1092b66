import FollowUpCore
import FollowUpLanguage

/// Adding, showing, changing and listing customers, and logging contact with them.
enum CustomerCommands {
    static func add(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        guard let raw = p.slots.customer, !raw.trimmingWhitespace.isEmpty else { throw Problem.emptyName }
        let name = raw.trimmingWhitespace
        if let id = c.index.customers(named: CustomerResolver.fold(name), in: c.book).first, let existing = c.book.customer(id) {
            throw Problem.customerExists(existing.name, existing.id)
        }
        var customer = Customer(id: c.book.nextCustomerID, name: name, added: c.today)
        try fill(&customer, from: p, c)
        var lines = [Reply.Line(c.t("Customer added: \(name) (\(customer.id))", "已添加客户:\(name)(\(customer.id))"), tone: .success)]
        let details = facts(customer, c)
        if !details.isEmpty { lines.append(Reply.Line("  " + details.joined(separator: " · "))) }
        return .change([.customerAdded(customer)], lines)
    }

    /// Deletes a customer once asked and confirmed; refused while they owe money. Their open
    /// reminders go with them, in the same step, so `undo` brings everything back.
    static func remove(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("delete customer Acme", "删除客户东方酒店"), offerAdd: false)
        let owed = c.book.outstanding(of: cu.id).filter { $0.minor > 0 }
        if !owed.isEmpty { throw Problem.removeWhileOwing(cu.name, Words.moneys(owed, zero: c.defaultCurrency)) }
        let reminders = c.book.reminders(of: cu.id).filter(\.isOpen)
        guard c.decisions.removalConfirmed else {
            let also = reminders.isEmpty ? "" : c.t(" and its \(Words.plural(reminders.count, "open reminder", "open reminders"))",
                                                     "及其\(reminders.count)个未完成的提醒")
            throw Ask(question: .confirmRemoval(resume: p),
                      lines: [Reply.Line(c.t("Delete \(cu.name) (\(cu.id))\(also)? Their history stays in the book. (yes/no)",
                                             "删除客户\(cu.name)（\(cu.id)）\(also)吗？历史记录会保留。（是/否）"), tone: .warning)])
        }
        var after = cu
        after.removed = c.today
        var events: [Event] = [.customerChanged(before: cu, after: after)]
        for r in reminders {
            var gone = r
            gone.cancelled = c.today
            events.append(.reminderChanged(before: r, after: gone))
        }
        let also = reminders.isEmpty ? "" : c.t(" with \(Words.plural(reminders.count, "open reminder", "open reminders"))",
                                                 "，连同\(reminders.count)个未完成的提醒")
        return .change(events, [Reply.Line(c.t("Deleted \(cu.name)\(also). Type undo to bring it back.",
                                               "已删除客户\(cu.name)\(also)。输入“撤销”可以恢复。"), tone: .success)])
    }

    static func update(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (before, _) = try c.customer(p, example: c.t("Acme terms 30 days", "美华商贸 账期30天"), offerAdd: false)
        var after = before
        try fill(&after, from: p, c)
        guard after != before else { throw Problem.nothingToUpdate(before.name) }
        // What is new or changed, then what was cleared, by kind of fact.
        let was = labelledFacts(before, c), now = labelledFacts(after, c)
        var changes = now.filter { fact in !was.contains { $0 == fact } }.map(\.text)
        if after.name != before.name { changes.insert(c.t("renamed from \(before.name)", "原名\(before.name)"), at: 0) }
        for old in was where !now.contains(where: { $0.label == old.label }) { changes.append(c.t("no \(old.text)", "无\(old.text)")) }
        let lines = [Reply.Line(c.t("Updated \(after.name): ", "已更新\(after.name):") + changes.joined(separator: " · "), tone: .success)]
        return .change([.customerChanged(before: before, after: after)], lines)
    }

    /// Copies the facts a line gives onto a customer.
    static func fill(_ customer: inout Customer, from p: ParsedLine, _ c: Context) throws {
        let s = p.slots
        if let phone = s.phone { customer.phone = phone }
        if let email = s.email { ContactEmail.set(email, on: &customer, line: p) }
        if let terms = s.terms {
            guard (0...Customer.maxTermsDays).contains(terms) else { throw Problem.nothingToUpdate(customer.name) }
            customer.termsDays = terms
        }
        if s.field == .creditLimit, let m = try c.money(s.amount) {
            customer.creditLimit = m
        } else if p.intent == .customerUpdate, s.field == nil, let m = try c.money(s.amount) {
            // "Acme 80k" alone on an update: a credit limit is the only amount a customer has.
            customer.creditLimit = m
        }
        if let contact = s.contact, CustomerResolver.fold(contact) != CustomerResolver.fold(customer.name) {
            let title = ContactTitle.find(after: contact, in: p.input)
            if let k = customer.contacts.firstIndex(where: { $0.name == contact }) ?? MailCommands.person(contact, in: customer) {
                if let title { customer.contacts[k].title = title }
            } else {
                customer.contacts.insert(ContactPerson(name: contact, title: title), at: 0)
            }
        }
        if s.field == .tier, let v = s.value, let tier = Tier(rawValue: v.lowercased()) { customer.tier = tier }
        if s.field == .name, let v = s.value, !v.isEmpty { customer.name = v }
    }

    /// Short facts about a customer, each starting with its label.
    static func facts(_ cu: Customer, _ c: Context) -> [String] { labelledFacts(cu, c).map(\.text) }

    /// The facts with the kind each one is, so an update can say what changed.
    static func labelledFacts(_ cu: Customer, _ c: Context) -> [(label: String, text: String)] {
        var out: [(label: String, text: String)] = []
        if !cu.contacts.isEmpty {
            let people = cu.contacts.map { [$0.name, $0.title, $0.email].compactMap { $0 }.joined(separator: c.t(", ", "，")) }
            out.append(("contact", c.t(cu.contacts.count == 1 ? "contact " : "contacts ", "联系人") + people.joined(separator: c.t("; ", "；"))))
        }
        if let phone = cu.phone { out.append(("phone", c.t("phone \(phone)", "电话\(phone)"))) }
        if let email = cu.email { out.append(("email", c.t("email \(email)", "邮箱\(email)"))) }
        if let terms = cu.termsDays { out.append(("terms", c.t("terms \(terms) days", "账期\(terms)天"))) }
        if let limit = cu.creditLimit { out.append(("limit", c.t("credit limit \(limit.formatted)", "信用额度\(limit.formatted)"))) }
        if cu.tier != .regular { out.append(("tier", c.t("tier \(cu.tier.rawValue)", "级别\(cu.tier == .key ? "重点" : "观察")"))) }
        return out
    }

    /// `INV-0003  ¥4,800 of ¥5,000  due Mon 30 Nov (3 days overdue)`.
    static func invoiceLine(_ inv: Invoice, _ c: Context) -> String {
        var s = "\(inv.number)  \(inv.outstanding.formatted)"
        if inv.paid > 0 { s += c.t(" of \(inv.amount.formatted)", "(共\(inv.amount.formatted))") }
        s += c.t("  due \(c.day(inv.due))", "  \(c.day(inv.due))到期")
        let d = inv.daysOverdue(on: c.today)
        if d > 0 { s += " (\(Words.overdue(d, c.lang)))" }
        return s
    }

    static func promiseLine(_ p: Promise, _ c: Context) -> String {
        let status = c.book.status(of: p, on: c.today)
        let st: String
        switch status {
        case .pending: st = c.t("pending", "待兑现")
        case .kept: st = c.t("kept", "已兑现")
        case .broken: st = c.t("broken", "未兑现")
        case .keptLate: st = c.t("kept late", "逾期兑现")
        case .replaced: st = c.t("replaced", "已被新承诺取代")
        }
        return c.t("\(p.amount.formatted) by \(c.day(p.due)) (\(st))", "\(c.day(p.due))前付\(p.amount.formatted)(\(st))")
    }

    static func list(_ c: Context) -> Outcome {
        let book = c.book
        guard !book.customers.isEmpty else {
            return .show([Reply.Line(c.t("No customers yet. Add one: add customer Acme Trading, terms 30 days",
                                         "还没有客户。添加一个:新增客户美华商贸,账期30天"), tone: .muted)])
        }
        let balances = CustomerBalances(book: book, on: c.today)
        let owed = balances.owed, overdue = balances.overdue
        func cell(_ sums: [String: Money]) -> String {
            sums.isEmpty ? "-" : Words.moneys(sums.keys.sorted().compactMap { sums[$0] }, zero: c.defaultCurrency)
        }
        var rows: [[String]] = [[c.t("#", "#"), c.t("Customer", "客户"), c.t("Owes", "欠款"), c.t("Overdue", "逾期")]]
        let shown = book.customers.filter { $0.removed == nil }
        guard !shown.isEmpty else {
            return .show([Reply.Line(c.t("No customers yet. Add one: add customer Acme Trading, terms 30 days",
                                         "还没有客户。添加一个:新增客户美华商贸,账期30天"), tone: .muted)])
        }
        for cu in shown {
            let k = cu.id.raw - 1
            rows.append([cu.id.description, cu.name, cell(owed[k]), cell(overdue[k])])
        }
        var lines = Table.render(rows, rightAligned: [2, 3]).map { Reply.Line($0) }
        lines[0].tone = .heading
        lines.append(Reply.Line(c.t(Words.plural(shown.count, "customer", "customers"), "共\(shown.count)个客户"), tone: .muted))
        return .show(lines)
    }

    static func logContact(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, added) = try c.customer(p, example: c.t("called Acme, no answer", "给美华商贸打了电话"), offerAdd: true)
        let channel = p.slots.channel ?? .call
        // A later day in a contact line is something that was said ("they'll pay at month end"):
        // the contact itself happened today, and the words stay in the note.
        let day = p.slots.date.map { $0 > c.today ? c.today : $0 } ?? c.today
        let entry = ContactEntry(id: c.book.nextContactID, customer: cu.id, day: day, channel: channel, note: p.slots.text ?? "",
                                 outcome: p.slots.outcome, excuse: p.slots.excuse)
        let note = entry.note.isEmpty ? "" : " — \(entry.note)"
        let line = c.t("Logged: \(Words.channel(channel, .en)) with \(cu.name), \(c.day(day))\(note)",
                       "已记录:\(c.day(day)) 与\(cu.name)的\(Words.channel(channel, .zh))联系\(note)")
        var events = added + [Event.contactAdded(entry)]
        var lines = [Reply.Line(line, tone: .success)]
        if let (reminder, said) = Retry.schedule(after: entry, customer: cu, c) {
            if let reminder { events.append(reminder) }
            lines.append(said)
        }
        // A visit brings the running plan's after-visit touches (a feedback call).
        let taken = events.filter { if case .reminderAdded = $0 { true } else { false } }.count
        let (touches, said) = PlanVisitCommand.touches(after: entry, customer: cu, firstID: ReminderID(c.book.nextReminderID.raw + taken), c)
        events += touches
        lines += said
        return .change(events, lines)
    }
}
