import FollowUpCore
import FollowUpLanguage

/// The agenda, the aging report and customer statements.
enum ReportCommands {
    /// How many items of one kind the overdue section lists before summing up the rest.
    static let overdueListLimit = 10

    /// The days an agenda line asks about: today and the next 7 days unless it names others.
    static func agendaRange(_ p: ParsedLine, _ c: Context) -> (from: Day, to: Day) {
        let from = p.slots.date ?? c.today
        let to = p.slots.until ?? (p.slots.date == nil ? c.today.adding(days: 7) : from)
        return (from, max(from, to))
    }

    static func agenda(_ p: ParsedLine, _ c: Context) -> Outcome {
        let (from, to) = agendaRange(p, c)
        let agenda = Agenda(book: c.book, today: c.today, from: from, to: to, currency: c.defaultCurrency)
        let greetingDays = GreetingCommands.byDay(from: from, to: to, c)
        guard !agenda.isEmpty || !greetingDays.isEmpty else {
            let span = from == to ? c.day(from) : c.t("\(c.day(from)) to \(c.day(to))", "\(c.day(from))至\(c.day(to))")
            return .show([Reply.Line(c.t("Nothing due \(from == to ? "on" : "from") \(span).", "\(span)没有待办事项。"), tone: .muted)])
        }
        var lines = ChaseSection.lines(agenda.chase, c)
        // Broken promises and the late invoices of customers to chase are in the chase list,
        // one line per customer; the rest (late reminders, invoices of customers who promised
        // a day still ahead) stay here.
        let chased = Set(agenda.chase.map(\.standing.id))
        let late = agenda.overdue.filter {
            switch $0 {
            case .reminder, .promiseDue: return true
            case .promiseBroken: return false
            case .invoiceDue(let inv): return !chased.contains(inv.customer)
            }
        }
        let lateComplaints = ComplaintAgenda.late(agenda, c)
        if !late.isEmpty || !lateComplaints.isEmpty {
            lines.append(Reply.Line(c.t("Overdue", "已逾期"), tone: .heading))
            for item in lateComplaints { lines.append(Reply.Line("  " + ComplaintAgenda.line(item, c, withDay: true), tone: .warning)) }
            var shownInvoices = 0, hiddenInvoices = 0
            var hiddenTotal: [String: Money] = [:]
            for item in late {
                if case .invoiceDue(let inv) = item {
                    if shownInvoices >= overdueListLimit {
                        hiddenInvoices += 1
                        let o = inv.outstanding
                        hiddenTotal[o.currency.code] = (hiddenTotal[o.currency.code] ?? .zero(o.currency)) + o
                        continue
                    }
                    shownInvoices += 1
                    // Not chased because a complaint disputes it, or they promised a day still ahead: say so.
                    if let note = DisputeWording.invoiceNote(inv, c) {
                        lines.append(Reply.Line("  " + describe(item, c, withDay: true) + note, tone: .warning))
                        continue
                    }
                    if let pr = agenda.waiting[inv.customer] {
                        lines.append(Reply.Line("  " + describe(item, c, withDay: true) + CollectionWording.waiting(pr, c.lang, today: c.today),
                                                tone: .warning))
                        continue
                    }
                }
                lines.append(Reply.Line("  " + describe(item, c, withDay: true), tone: .warning))
                lines += PlanAgenda.draft(item)
            }
            if hiddenInvoices > 0 {
                let sum = hiddenTotal.keys.sorted().compactMap { hiddenTotal[$0]?.formatted }.joined(separator: " + ")
                lines.append(Reply.Line(c.t("  …and \(hiddenInvoices) more overdue invoices (\(sum)). Type 'aging' for all of them.",
                                            "  …另有\(hiddenInvoices)张逾期发票(\(sum))。输入“账龄”查看全部。"), tone: .muted))
            }
        }
        let complaintDays = ComplaintAgenda.byDay(agenda)
        if lines.isEmpty && agenda.days.isEmpty && complaintDays.isEmpty && greetingDays.isEmpty {
            return .show([Reply.Line(c.t("Nothing due.", "没有待办事项。"), tone: .muted)])
        }
        var days = agenda.days
        for ordinal in Set(complaintDays.keys).union(greetingDays.keys) where !days.contains(where: { $0.day.ordinal == ordinal }) {
            days.append((day: Day(ordinal: ordinal), items: []))
        }
        days.sort { $0.day < $1.day }
        for (day, items) in days {
            let label = day == c.today ? c.t("Today · ", "今天 · ") + c.day(day)
                : day == c.today.adding(days: 1) ? c.t("Tomorrow · ", "明天 · ") + c.day(day) : c.day(day)
            lines.append(Reply.Line(label, tone: .heading))
            // Complaints first: a customer waiting on a fix comes before routine items.
            for item in complaintDays[day.ordinal] ?? [] { lines.append(Reply.Line("  " + ComplaintAgenda.line(item, c, withDay: false))) }
            for item in items {
                lines.append(Reply.Line("  " + describe(item, c, withDay: false)))
                lines += PlanAgenda.draft(item)
            }
            for o in greetingDays[day.ordinal] ?? [] { lines += GreetingCommands.agendaLines(o, c) }
        }
        return .show(lines)
    }

    /// One agenda line: `#4 15:00 call Acme`, `INV-0002 Acme ¥4,800 due`, `Promise #1 Acme ¥5,000`.
    static func describe(_ item: Agenda.Item, _ c: Context, withDay: Bool) -> String {
        let name: (CustomerID?) -> String = { id in id.flatMap { c.book.customer($0)?.name } ?? "" }
        switch item {
        case .reminder(let r):
            var s = "\(r.id)"
            if withDay { s += " " + c.day(r.due) }
            if let t = r.time { s += " \(t)" }
            s += " · \(r.text)"
            if let rec = r.recurrence { s += " (\(c.zh ? rec.chinese : rec.description))" }
            return s
        case .invoiceDue(let inv):
            let days = inv.daysOverdue(on: c.today)
            let late = days > 0 ? c.t(", \(Words.overdue(days, .en))", "，\(Words.overdue(days, .zh))") : ""
            return c.t("\(inv.number) · \(name(inv.customer)) · \(inv.outstanding.formatted) due\(withDay ? " " + c.day(inv.due) : "")\(late)",
                       "\(inv.number) · \(name(inv.customer)) · \(inv.outstanding.formatted) \(withDay ? c.day(inv.due) : "")到期\(late)")
        case .promiseDue(let p):
            return c.t("Promise \(p.id) · \(name(p.customer)) · \(p.amount.formatted) promised\(withDay ? " by " + c.day(p.due) : "")",
                       "承诺\(p.id) · \(name(p.customer)) · 答应付\(p.amount.formatted)\(withDay ? "(" + c.day(p.due) + ")" : "")")
        case .promiseBroken(let p):
            return c.t("Promise \(p.id) broken · \(name(p.customer)) · \(p.amount.formatted) was due \(c.day(p.due))",
                       "承诺\(p.id)未兑现 · \(name(p.customer)) · \(p.amount.formatted) 应于\(c.day(p.due))付")
        }
    }

    static func aging(_ p: ParsedLine, _ c: Context) -> Outcome {
        let asOf = p.slots.date ?? c.today
        let report = AgingReport(book: c.book, asOf: asOf)
        guard !report.sections.isEmpty else {
            return .show([Reply.Line(c.t("Nothing outstanding as of \(c.day(asOf)).", "截至\(c.day(asOf))没有应收账款。"), tone: .muted)])
        }
        var lines: [Reply.Line] = []
        for section in report.sections {
            lines.append(Reply.Line(c.t("Aging as of \(c.day(asOf)) (\(section.currency.code))", "账龄分析 截至\(c.day(asOf))(\(section.currency.code))"), tone: .heading))
            let header = [c.t("Customer", "客户"), c.t("Not due", "未到期"), "1–30", "31–60", "61–90", "90+", c.t("Total", "合计")]
            let cell: (Int64) -> String = { $0 == 0 ? "-" : Money(minor: $0, currency: section.currency).formatted }
            var rows = [header]
            for r in section.rows { rows.append([r.name] + r.buckets.map(cell) + [cell(r.total)]) }
            rows.append([c.t("Total", "合计")] + section.totals.map(cell) + [cell(section.total)])
            let table = Table.render(rows, rightAligned: Set(1...6))
            for (i, t) in table.enumerated() {
                lines.append(Reply.Line(t, tone: i == 0 || i == table.count - 1 ? .heading : .plain))
            }
            let overdue = section.total - section.totals[0]
            if overdue > 0 {
                let pct = Int((overdue * 100 + section.total / 2) / max(section.total, 1))
                lines.append(Reply.Line(c.t("\(Money(minor: overdue, currency: section.currency).formatted) overdue (\(pct)% of \(Money(minor: section.total, currency: section.currency).formatted)).",
                                            "逾期\(Money(minor: overdue, currency: section.currency).formatted),占\(Money(minor: section.total, currency: section.currency).formatted)的\(pct)%。"), tone: .muted))
            }
        }
        return .show(lines)
    }

    /// What all customers owe together, per currency, with the overdue part and who owes most.
    static func total(_ c: Context) -> Outcome {
        let report = AgingReport(book: c.book, asOf: c.today)
        guard !report.sections.isEmpty else {
            return .show([Reply.Line(c.t("Nothing outstanding: no customer owes anything.", "目前没有应收账款,没有客户欠款。"), tone: .muted)])
        }
        var lines: [Reply.Line] = []
        for section in report.sections {
            let money: (Int64) -> String = { Money(minor: $0, currency: section.currency).formatted }
            let overdue = section.total - section.totals[0]
            let owing = section.rows.filter { $0.total > 0 }
            let who = Words.plural(owing.count, "customer", "customers")
            let late = overdue == 0 ? c.t("none of it overdue", "均未逾期") : c.t("\(money(overdue)) of it overdue", "其中逾期\(money(overdue))")
            lines.append(Reply.Line(c.t("Outstanding: \(money(section.total)) from \(who), \(late).",
                                        "应收总额:\(money(section.total)),共\(owing.count)个客户,\(late)。"),
                                    tone: .heading))
            if let top = owing.max(by: { ($0.total, $1.name) < ($1.total, $0.name) }) {
                lines.append(Reply.Line(c.t("  Largest: \(top.name), \(money(top.total)).", "  最多：\(top.name)，\(money(top.total))。")))
            }
        }
        lines.append(Reply.Line(c.t("Type 'aging' for each customer by days overdue.", "输入“账龄”查看每个客户的逾期情况。"), tone: .muted))
        return .show(lines)
    }

    static func statement(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("statement Acme", "美华商贸对账单"), offerAdd: false)
        let st = Statement(book: c.book, customer: cu.id)
        var lines = [Reply.Line(c.t("Statement · \(cu.name)", "对账单 · \(cu.name)"), tone: .heading)]
        guard !st.sections.isEmpty else {
            lines.append(Reply.Line(c.t("No invoices or payments yet.", "还没有发票或回款记录。"), tone: .muted))
            return .show(lines)
        }
        for section in st.sections {
            if st.sections.count > 1 { lines.append(Reply.Line(c.t("In \(section.currency.code)", "\(section.currency.code) 部分"), tone: .heading)) }
            var rows = [[c.t("Date", "日期"), c.t("Item", "项目"), c.t("Amount", "金额"), c.t("Balance", "余额")]]
            for l in section.lines {
                let item: String
                switch l.kind {
                case .invoice(let number, let due): item = c.t("Invoice \(number), due \(c.day(due))", "发票 \(number)，\(c.day(due))到期")
                case .payment(let ref): item = c.t("Payment", "回款") + (ref.map { " (\($0))" } ?? "")
                case .creditNote(let ref): item = c.t("Credit note", "红字冲减") + (ref.map { " (\($0))" } ?? "")
                case .refund(let ref): item = c.t("Refund", "退款冲减") + (ref.map { " (\($0))" } ?? "")
                case .bounced(let paid): item = c.t("Payment of \(c.day(paid)) bounced", "\(c.day(paid))的回款被退回")
                }
                rows.append([c.day(l.day), item, Money(minor: l.minor, currency: section.currency).formatted,
                             Money(minor: l.balance, currency: section.currency).formatted])
            }
            let table = Table.render(rows, rightAligned: [2, 3])
            for (i, t) in table.enumerated() { lines.append(Reply.Line(t, tone: i == 0 ? .heading : .plain)) }
            let bal = Money(minor: section.balance, currency: section.currency)
            lines.append(Reply.Line(section.balance > 0 ? c.t("Balance due: \(bal.formatted)", "应收余额:\(bal.formatted)")
                : section.balance < 0 ? c.t("In credit: \((-bal).formatted)", "预付余额:\((-bal).formatted)")
                : c.t("All paid up.", "已全部结清。"), tone: .heading))
        }
        let disputes = c.standing(of: cu).disputes
        if !disputes.isEmpty { lines.append(Reply.Line(DisputeWording.statementLine(disputes, c), tone: .warning)) }
        if let owed = c.owedSummary(cu.id), owed.contains(c.t("overdue", "逾期")) {
            lines.append(Reply.Line(c.t("Status: \(owed)", "状态:\(owed)"), tone: .warning))
        }
        return .show(lines)
    }
}
