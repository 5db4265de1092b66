import FollowUpCore
import FollowUpLanguage

/// `key accounts`, `best customers by payments`, 大客户, 二八分析 (report.pareto): the customers
/// who make up 80% of revenue, their score and suggested tier, and those who cost more than
/// they bring. Text at the prompt, a table with `--csv`.
enum KeyAccountsReport {
    typealias W = KeyAccountsWording

    /// Rows after the cut shown at the prompt before pointing to `--csv`.
    static let rowsAfterCut = 5

    /// The period asked for, cut at today; the last 12 months when the line names none.
    static func period(_ p: ParsedLine, _ c: Context) throws -> (from: Day, to: Day, isDefault: Bool) {
        guard let from = p.slots.date else {
            let d = KeyAccounts.lastTwelveMonths(to: c.today)
            return (d.from, d.to, true)
        }
        guard from <= c.today else { throw Problem.customerFile(.futurePeriod(from)) }
        return (from, min(max(p.slots.until ?? c.today, from), c.today), false)
    }

    static func report(_ p: ParsedLine, _ c: Context) throws -> (KeyAccounts, Bool) {
        let (from, to, isDefault) = try period(p, c)
        return (KeyAccounts(book: c.book, from: from, to: to, basis: p.slots.basis ?? .invoiced), isDefault)
    }

    static func show(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (r, isDefault) = try report(p, c)
        let lang = c.lang
        var lines: [Reply.Line] = []
        if r.sections.isEmpty {
            lines.append(Reply.Line(W.nothing(c.day(r.from), c.day(r.to), r.basis, lang), tone: .muted))
        }
        for s in r.sections {
            lines.append(Reply.Line(W.heading(c.day(r.from), c.day(r.to), r.basis, s.currency.code, defaultPeriod: isDefault, lang),
                                    tone: .heading))
            let shown = s.rows.prefix(s.cutCount + rowsAfterCut)
            var rows = [W.columns(lang)]
            for (k, row) in shown.enumerated() {
                rows.append(["\(k + 1)", row.name, Money(minor: row.revenue, currency: s.currency).formatted, W.percent(row.sharePermille),
                             W.percent(row.cumulativePermille), "\(row.score.total)", W.tierCell(row.tier, suggested: row.suggested, lang)])
            }
            for (i, text) in Table.render(rows, rightAligned: [0, 2, 3, 4, 5]).enumerated() {
                let tone: Reply.Tone = i == 0 ? .heading : (shown[shown.startIndex + i - 1].inCut ? .plain : .muted)
                lines.append(Reply.Line("  " + text, tone: tone))
            }
            if s.rows.count > shown.count { lines.append(Reply.Line("  " + W.moreRows(s.rows.count - shown.count, lang), tone: .muted)) }
            lines.append(Reply.Line(W.cutLine(s.cutCount, of: s.rows.count, total: Money(minor: s.total, currency: s.currency).formatted, lang)))
        }
        if let first = r.sections.first?.rows.first { lines.append(Reply.Line(W.scoreKey(first.name, lang), tone: .muted)) }
        // One suggestion per customer, from the first section that has one.
        var seen = Set<CustomerID>()
        var suggestions: [Reply.Line] = []
        for s in r.sections {
            for row in s.rows where row.suggested != nil && !seen.contains(row.customer) {
                seen.insert(row.customer)
                if let tier = row.suggested {
                    suggestions.append(Reply.Line("  " + W.suggestion(row.name, tier, score: row.score.total, lang)))
                }
            }
        }
        let costlyOnly = r.costly.filter { !seen.contains($0.customer) }
        if !suggestions.isEmpty || !costlyOnly.isEmpty {
            lines.append(Reply.Line(W.suggestionsHeading(lang), tone: .heading))
            lines += suggestions
            // A costly customer with no revenue in the period has no row: suggest watching them here.
            for x in costlyOnly where c.book.customer(x.customer)?.tier != .watch {
                lines.append(Reply.Line("  " + W.suggestion(x.name, .watch, score: nil, lang)))
            }
        }
        if r.costly.isEmpty {
            lines.append(Reply.Line(W.noCostly(lang), tone: .muted))
        } else {
            lines.append(Reply.Line(W.costlyHeading(lang), tone: .heading))
            for x in r.costly { lines.append(Reply.Line("  \(x.name) — \(W.costs(x.costs, lang))", tone: .warning)) }
        }
        return .show(lines)
    }

    static func table(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let (r, _) = try report(p, c)
        let lang = c.lang
        var costs: [CustomerID: [KeyAccounts.Cost]] = [:]
        for x in r.costly { costs[x.customer] = x.costs }
        var rows: [[ReportTable.Cell]] = []
        var ranked = Set<CustomerID>()
        for s in r.sections {
            for (k, row) in s.rows.enumerated() {
                ranked.insert(row.customer)
                let sc = row.score
                rows.append([.text(s.currency.code), .int(k + 1), .text(row.name), .money(Money(minor: row.revenue, currency: s.currency)),
                             .permille(row.sharePermille), .permille(row.cumulativePermille), .int(row.orders),
                             .text(W.yesNo(row.inCut, lang)), .int(sc.total), .int(sc.volume), .int(sc.concentration),
                             .int(sc.service), .int(sc.price), .int(sc.partnership), .text(CustomerFileWording.tier(row.tier, lang)),
                             row.suggested.map { .text(CustomerFileWording.tier($0, lang)) } ?? .empty,
                             costs[row.customer].map { .text(W.costs($0, lang)) } ?? .empty])
            }
        }
        // Costly customers who bought nothing in the period still get their row.
        for x in r.costly where !ranked.contains(x.customer) {
            let tier = c.book.customer(x.customer)?.tier ?? .regular
            rows.append([.empty, .empty, .text(x.name), .empty, .empty, .empty, .int(0), .text(W.yesNo(false, lang)), .empty, .empty,
                         .empty, .empty, .empty, .empty, .text(CustomerFileWording.tier(tier, lang)),
                         tier == .watch ? .empty : .text(CustomerFileWording.tier(.watch, lang)), .text(W.costs(x.costs, lang))])
        }
        return ReportTable(header: W.tableColumns(lang), rows: rows)
    }
}
