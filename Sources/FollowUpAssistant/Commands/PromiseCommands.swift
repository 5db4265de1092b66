import FollowUpCore
import FollowUpLanguage

/// Promises to pay as a list: broken first, then the pending ones by day, then those kept late
/// lately. `all promises` adds the kept and the replaced ones.
enum PromiseCommands {
    /// How long a promise kept late stays in the default list after its day.
    static let keptLateShownDays = 30

    static func list(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let rows = try selected(p, c)
        let filter = p.slots.value
        guard !rows.isEmpty else {
            let none = filter == "broken" ? c.t("No broken promises.", "没有未兑现的承诺。")
                : c.t("No open promises. Record one with: Acme will pay 5000 on Friday", "没有待兑现的承诺。记录承诺:东方酒店答应周五付3000")
            return .show([Reply.Line(none, tone: .muted)])
        }
        var lines: [Reply.Line] = []
        for (pr, status) in rows {
            let name = c.book.customer(pr.customer)?.name ?? pr.customer.description
            let text = c.t("\(pr.id) · \(name) · \(pr.amount.formatted) by \(c.day(pr.due)) · \(state(status, pr, c))",
                           "\(pr.id) · \(name) · \(c.day(pr.due))前付\(pr.amount.formatted) · \(state(status, pr, c))")
            lines.append(Reply.Line("  " + text, tone: status == .broken ? .warning : status.isOpen ? .plain : .muted))
        }
        let broken = rows.filter { $0.1 == .broken }.count
        lines.append(Reply.Line(c.t("\(Words.plural(rows.count, "promise", "promises")), \(broken) broken.",
                                    "共\(rows.count)个承诺,\(broken)个未兑现。"), tone: .muted))
        return .show(lines)
    }

    /// The promises a list line asks for (one customer's, broken, pending or all), in the
    /// list's order: the text list and its CSV both use it.
    static func selected(_ p: ParsedLine, _ c: Context) throws -> [(Promise, Promise.Status)] {
        var only: CustomerID?
        if p.slots.customer != nil { only = try c.customer(p, example: c.t("promises Acme", "东方酒店的承诺"), offerAdd: false).0.id }
        let filter = p.slots.value
        var rows: [(Promise, Promise.Status)] = []
        let grouped = only.map { [c.book.records(of: $0)] } ?? c.book.recordsByCustomer()
        for r in grouped where !r.promises.isEmpty {
            for (pr, status) in zip(r.promises, PromiseRules.statuses(of: r.promises, payments: r.payments, on: c.today)) {
                switch filter {
                case "broken": if status != .broken { continue }
                case "pending": if status != .pending { continue }
                case "all": break
                default:
                    if status == .kept || status == .replaced { continue }
                    if status == .keptLate, c.today.days(since: pr.due) > keptLateShownDays { continue }
                }
                rows.append((pr, status))
            }
        }
        let order: [Promise.Status: Int] = [.broken: 0, .pending: 1, .keptLate: 2, .kept: 3, .replaced: 4]
        rows.sort { (order[$0.1] ?? 5, $0.0.due, $0.0.id.raw) < (order[$1.1] ?? 5, $1.0.due, $1.0.id.raw) }
        return rows
    }

    /// A promise's status as a list shows it.
    static func state(_ status: Promise.Status, _ pr: Promise, _ c: Context) -> String {
        switch status {
        case .broken:
            let late = c.today.days(since: pr.due)
            return c.t("broken, \(Words.plural(late, "day", "days")) ago", "未兑现，已过\(late)天")
        case .pending: return c.t("pending", "待兑现")
        case .kept: return c.t("kept", "已兑现")
        case .keptLate: return c.t("kept late", "逾期兑现")
        case .replaced: return c.t("replaced by a later promise", "已被新承诺取代")
        }
    }
}
