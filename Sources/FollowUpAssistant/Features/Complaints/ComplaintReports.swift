import FollowUpCore
import FollowUpLanguage

/// `complaints report` (投诉统计): the open ones, then counts by cause, product and customer, the
/// average days to resolve and the share resolved fast; and both lists as CSV tables.
enum ComplaintReports {
    typealias V = ComplaintVocabularyWording
    typealias W = ComplaintReportWording

    static func build(_ p: ParsedLine, _ c: Context) throws -> (ComplaintReport, Customer?) {
        let only = try CollectionReports.only(p, c, example: c.t("complaints report Acme", "东方酒店投诉统计"))
        return (ComplaintReport(book: c.book, today: c.today, from: p.slots.date, to: p.slots.until, customer: only?.id), only)
    }

    static func report(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (r, only) = try build(p, c)
        var lines = [Reply.Line(W.heading(r, c) + (only.map { " · \($0.name)" } ?? ""), tone: .heading)]
        guard r.total > 0 || !r.open.isEmpty else {
            lines.append(Reply.Line(W.nothing(c.lang), tone: .muted))
            return .show(lines)
        }
        lines.append(Reply.Line(W.summary(r, c)))
        if let avg = r.averageDaysToResolveTenths, let fast = r.fastSharePercent {
            lines.append(Reply.Line(W.speed(avg, fast, resolved: r.resolved, c), tone: fast < 50 ? .warning : .plain))
        }
        func table(_ title: String, _ rows: [[String]]) {
            guard rows.count > 1 else { return }
            lines.append(Reply.Line(title, tone: .heading))
            let t = Table.render(rows, rightAligned: [rows[0].count - 2, rows[0].count - 1])
            for (i, s) in t.enumerated() { lines.append(Reply.Line(s, tone: i == 0 ? .muted : .plain)) }
        }
        let counts = [c.t("complaints", "投诉数"), c.t("unresolved", "未解决")]
        table(c.t("By cause", "按原因"), [[c.t("cause", "原因"), c.t("side", "责任方")] + counts]
              + r.byCause.map { [V.cause($0.key, c.lang), V.party($0.key.party, c.lang), "\($0.complaints)", "\($0.unresolved)"] })
        table(c.t("By product", "按产品"), [[c.t("product", "产品")] + counts] + r.byProduct.map { [$0.key, "\($0.complaints)", "\($0.unresolved)"] })
        if only == nil {
            table(c.t("By customer", "按客户"), [[c.t("customer", "客户")] + counts]
                  + r.byCustomer.map { [c.book.customer($0.key)?.name ?? "", "\($0.complaints)", "\($0.unresolved)"] })
        }
        if !r.open.isEmpty {
            lines.append(Reply.Line(ComplaintWording.listHeading(r.open.count, c.lang), tone: .heading))
            let stall = ComplaintRules(settings: c.book.settings).stallDays
            for o in r.open {
                let still = o.complaint.resolved == nil ? c.today.days(since: o.complaint.lastMove) : 0
                lines.append(Reply.Line("  " + ComplaintWording.listLine(o.complaint, customer: o.customerName,
                                                                         stalled: still >= stall ? still : nil, c)))
            }
        }
        lines.append(Reply.Line(W.foot(c.lang), tone: .muted))
        return .show(lines)
    }

    /// One row per complaint (the open ones for `complaints`, every one counted for the report):
    /// a spreadsheet groups them by cause, product or customer itself.
    static func table(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let (r, only) = try build(p, c)
        let header = c.zh
            ? ["编号", "客户", "联系人", "收到日期", "产品", "发票", "争议金额", "币种", "严重程度", "客户生气", "原因", "责任方",
               "步骤", "解决日期", "解决天数", "回访满意", "客户原话"]
            : ["Number", "Customer", "Contact", "Received", "Product", "Invoice", "Disputed", "Currency", "Severity", "Angry", "Cause",
               "Side", "Step", "Resolved", "Days to resolve", "Satisfied", "Their words"]
        let chosen: [Complaint]
        if p.intent == .complaintList {
            chosen = r.open.map(\.complaint)
        } else {
            chosen = c.book.complaints.filter { x in
                (only == nil || x.customer == only?.id) && x.received <= c.today
                    && (r.from.map { x.received >= $0 } ?? true) && (r.to.map { x.received <= $0 } ?? true)
            }
        }
        let yes = c.t("yes", "是"), no = c.t("no", "否")
        let rows: [[ReportTable.Cell]] = chosen.map { x in
            let inv = x.invoice.flatMap(c.book.invoice)
            let disputed = x.disputed ?? (x.disputes(on: c.today) ? inv?.outstanding : nil)
            return [.int(x.id.raw), .text(c.book.customer(x.customer)?.name ?? ""), x.contact.map { .text($0) } ?? .empty,
                    .day(x.received), x.product.map { .text($0) } ?? .empty, inv.map { .text($0.number) } ?? .empty,
                    disputed.map { .money($0) } ?? .empty, disputed.map { .text($0.currency.code) } ?? .empty,
                    .text(V.severity(x.severity, c.lang)), .text(x.angry ? yes : no),
                    x.cause.map { .text(V.cause($0, c.lang)) } ?? .empty, x.cause.map { .text(V.party($0.party, c.lang)) } ?? .empty,
                    .text(ComplaintVocabularyWording.stage(x.stage, c.lang)), x.resolved.map { .day($0) } ?? .empty,
                    x.resolved.map { .int(max(0, $0.days(since: x.received))) } ?? .empty,
                    x.satisfaction.map { .text($0.satisfied ? yes : no) } ?? .empty, .text(x.words)]
        }
        return ReportTable(header: header, rows: rows)
    }
}

enum ComplaintReportWording {
    static func heading(_ r: ComplaintReport, _ c: Context) -> String {
        switch (r.from, r.to) {
        case (nil, nil): return c.t("Complaints report", "投诉统计")
        case (let f?, nil): return c.t("Complaints report since \(c.day(f))", "投诉统计（\(c.day(f))起）")
        case (nil, let t?): return c.t("Complaints report up to \(c.day(t))", "投诉统计（截至\(c.day(t))）")
        case (let f?, let t?): return c.t("Complaints report \(c.day(f)) to \(c.day(t))", "投诉统计（\(c.day(f))至\(c.day(t))）")
        }
    }

    static func nothing(_ lang: Lang) -> String {
        lang == .zh ? "没有投诉记录。" : "No complaints to count."
    }

    static func summary(_ r: ComplaintReport, _ c: Context) -> String {
        let open = r.open.count
        return c.t("\(Words.plural(r.total, "complaint", "complaints")), \(r.resolved) resolved; \(open) not closed yet.",
                   "共\(r.total)个投诉，已解决\(r.resolved)个；尚未结案\(open)个。")
    }

    /// `Resolved in 1.5 days on average; 67% within 2 days.` (tenths of a day).
    static func speed(_ tenths: Int, _ fast: Int, resolved: Int, _ c: Context) -> String {
        let avg = "\(tenths / 10).\(tenths % 10)"
        return c.t("Resolved in \(avg) days on average; \(fast)% within \(ComplaintReport.fastDays) days.",
                   "平均\(avg)天解决；\(fast)%在\(ComplaintReport.fastDays)天内解决。")
    }

    static func foot(_ lang: Lang) -> String {
        lang == .zh ? "投诉解决得越快，客户越愿意留下来。导出：投诉统计 --csv"
            : "Customers whose complaint is fixed fast mostly stay. As CSV: complaints report --csv"
    }
}
