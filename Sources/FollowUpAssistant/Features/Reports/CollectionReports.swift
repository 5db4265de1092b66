import FollowUpCore
import FollowUpLanguage

/// The receivables detail, the week's collection plan and the collection rate: each as text
/// for the prompt and as a table for `--csv`.
enum CollectionReports {
    /// Rows the detail shows at the prompt before pointing to `--csv` for the rest.
    static let detailRowLimit = 100

    typealias W = ReportWording

    /// The customer a report line names, if it names one.
    static func only(_ p: ParsedLine, _ c: Context, example: String) throws -> Customer? {
        guard p.slots.customer != nil || p.slots.contact != nil || c.decisions.customer != nil else { return nil }
        return try c.customer(p, example: example, offerAdd: false).0
    }

    // MARK: Receivables detail

    static func detail(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let cu = try only(p, c, example: c.t("receivables detail Acme", "美华商贸应收明细"))
        let report = ReceivablesDetail(book: c.book, today: c.today, customer: cu?.id)
        guard !report.rows.isEmpty else {
            return .show([Reply.Line(cu.map { W.nothingOwed(by: $0.name, c.lang) } ?? W.nothingOwed(c.lang), tone: .muted)])
        }
        var lines = [Reply.Line(W.detailHeading(c.day(c.today), c.lang) + (cu.map { " · \($0.name)" } ?? ""), tone: .heading)]
        var rows = [W.detailColumns(c.lang)]
        for r in report.rows.prefix(detailRowLimit) {
            let contact = r.lastContact.map { W.contactCell(c.day($0.day), $0.channel, c.lang) } ?? "-"
            let promise = r.promise.map { W.promiseCell($0.amount, c.day($0.due), r.promiseStatus, c.lang) } ?? "-"
            // An invoice under a complaint says how much of it is disputed, and by which.
            let action = r.disputed.minor > 0
                ? DisputeWording.detailCell(r.disputed, of: r.outstanding, r.complaints, then: r.action, c) : W.action(r.action, c.lang)
            rows.append([r.customerName, r.invoice.number, r.outstanding.formatted, c.day(r.invoice.due),
                         W.lateCell(r.daysOverdue, c.lang), contact, promise, W.step(r.step, c.lang), action])
        }
        let table = Table.render(rows, rightAligned: [2, 4])
        for (i, t) in table.enumerated() {
            let late = i > 0 && report.rows[i - 1].daysOverdue > 0
            lines.append(Reply.Line(t, tone: i == 0 ? .heading : late ? .warning : .plain))
        }
        if report.rows.count > detailRowLimit {
            lines.append(Reply.Line(W.moreRows(report.rows.count - detailRowLimit, c.lang), tone: .muted))
        }
        for t in report.totals {
            lines.append(Reply.Line(W.detailTotal(Money(minor: t.outstanding, currency: t.currency), invoices: t.invoices,
                                                  customers: t.customers, overdue: Money(minor: t.overdue, currency: t.currency), c.lang),
                                    tone: .muted))
        }
        return .show(lines)
    }

    static func detailTable(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let cu = try only(p, c, example: c.t("receivables detail Acme", "美华商贸应收明细"))
        let report = ReceivablesDetail(book: c.book, today: c.today, customer: cu?.id)
        let header = c.zh
            ? ["客户", "发票号", "币种", "发票金额", "未收金额", "开票日期", "到期日", "逾期天数", "最近联系日期", "联系方式",
               "承诺金额", "承诺日期", "承诺状态", "催收阶段", "下一步"]
            : ["Customer", "Invoice", "Currency", "Amount", "Owed", "Issued", "Due", "Days late", "Last contact", "Channel",
               "Promised", "Promised by", "Promise", "Step", "Next action"]
        let rows: [[ReportTable.Cell]] = report.rows.map { r in
            [.text(r.customerName), .text(r.invoice.number), .text(r.outstanding.currency.code), .money(r.invoice.amount),
             .money(r.outstanding), .day(r.invoice.issued), .day(r.invoice.due), .int(max(r.daysOverdue, 0)),
             r.lastContact.map { .day($0.day) } ?? .empty, r.lastContact.map { .text(Words.channel($0.channel, c.lang)) } ?? .empty,
             r.promise.map { .money($0.amount) } ?? .empty, r.promise.map { .day($0.due) } ?? .empty,
             r.promise == nil ? .empty : .text(W.promiseStatus(r.promiseStatus, c.lang)),
             .text(W.step(r.step, c.lang)), r.action == nil ? .empty : .text(W.action(r.action, c.lang))]
        }
        return ReportTable(header: header, rows: rows)
    }

    // MARK: Collection plan

    static func plan(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let cu = try only(p, c, example: c.t("collection plan Acme", "美华商贸收款计划"))
        let plan = CollectionPlan(book: c.book, today: c.today, start: p.slots.date, customer: cu?.id)
        let from = plan.days[0], to = plan.days[plan.days.count - 1]
        var lines = [Reply.Line(W.planHeading(c.day(from), c.day(to), c.lang) + (cu.map { " · \($0.name)" } ?? ""), tone: .heading)]
        if from > c.today { lines.append(Reply.Line(W.planAhead(c.day(from), c.lang), tone: .muted)) }
        guard !plan.isEmpty else {
            lines.append(Reply.Line(W.planEmpty(c.lang), tone: .muted))
            return .show(lines)
        }
        var count = 0
        var customers = Set<Int>()
        for (day, entries) in plan.entries {
            lines.append(Reply.Line(day == c.today ? W.today(c.day(day), c.lang) : c.day(day), tone: .heading))
            for e in entries {
                count += 1
                customers.insert(e.customer.raw)
                let amounts = e.amounts.map(\.formatted).joined(separator: " + ")
                let why = e.reasons.map { W.reason($0, c) }.joined(separator: c.t("; ", "；"))
                var text = "  \(e.name) · \(amounts) · \(why)"
                if !e.disputes.isEmpty { text += " · " + DisputeWording.chaseNote(e.disputes, c) }
                lines.append(Reply.Line(text, tone: e.task == .brokenPromise ? .warning : .plain))
                lines.append(Reply.Line("    → " + W.task(e, c.lang), tone: .plain))
            }
        }
        lines.append(Reply.Line(W.planCount(count, customers: customers.count, c.lang), tone: .muted))
        return .show(lines)
    }

    static func planTable(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let cu = try only(p, c, example: c.t("collection plan Acme", "美华商贸收款计划"))
        let plan = CollectionPlan(book: c.book, today: c.today, start: p.slots.date, customer: cu?.id)
        var rows: [[ReportTable.Cell]] = []
        for (day, entries) in plan.entries {
            for e in entries {
                let why = e.reasons.map { W.reason($0, c) }.joined(separator: c.t("; ", "；"))
                // One row per currency, so each amount has its currency beside it.
                for m in e.amounts.isEmpty ? [nil] : e.amounts.map({ Optional($0) }) {
                    rows.append([.day(day), .text(e.name), .text(W.task(e, c.lang)), m.map { .money($0) } ?? .empty,
                                 m.map { .text($0.currency.code) } ?? .empty, .text(why), .text(W.step(e.step, c.lang))])
                }
            }
        }
        return ReportTable(header: W.planColumns(c.lang), rows: rows)
    }

    // MARK: Collection rate

    /// The period a rate line asks about, cut at today: this month when it names none.
    static func period(_ p: ParsedLine, _ c: Context) throws -> (from: Day, to: Day, toDate: Bool) {
        let from = p.slots.date ?? c.today.startOfMonth
        let end = p.slots.until ?? (p.slots.date == nil ? c.today.endOfMonth : c.today)
        guard from <= c.today else { throw Problem.report(.futurePeriod(from)) }
        let to = min(max(end, from), c.today)
        return (from, to, end > c.today)
    }

    static func rate(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let cu = try only(p, c, example: c.t("collection rate Acme", "美华商贸回款率"))
        let (from, to, toDate) = try period(p, c)
        let report = CollectionRate(book: c.book, from: from, to: to, customer: cu?.id)
        guard !report.sections.isEmpty else {
            return .show([Reply.Line(W.rateNothing(c.day(from), c.day(to), c.lang), tone: .muted)])
        }
        var lines: [Reply.Line] = []
        for s in report.sections {
            lines.append(Reply.Line(W.rateHeading(c.day(from), c.day(to), s.currency.code, toDate: toDate, customer: cu?.name, c.lang),
                                    tone: .heading))
            for t in Table.render(W.rateRows(s, days: report.days, end: c.day(to), c.lang)) { lines.append(Reply.Line(t)) }
        }
        return .show(lines)
    }

    static func rateTable(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let cu = try only(p, c, example: c.t("collection rate Acme", "美华商贸回款率"))
        let (from, to, _) = try period(p, c)
        let report = CollectionRate(book: c.book, from: from, to: to, customer: cu?.id)
        let rows: [[ReportTable.Cell]] = report.sections.map { s in
            let m = { (v: Int64) in ReportTable.Cell.money(Money(minor: v, currency: s.currency)) }
            return [.text(s.currency.code), .day(from), .day(to), m(s.due), m(s.collected),
                    s.ratePermille.map { .permille($0) } ?? .empty, m(s.receivables), m(s.sales), .int(report.days),
                    s.dso(days: report.days).map { .int($0) } ?? .empty]
        }
        return ReportTable(header: W.rateColumns(c.lang), rows: rows)
    }
}
