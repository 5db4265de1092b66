import FollowUpCore
import FollowUpLanguage

/// How the collection features say that an amount is disputed and not chased, naming the
/// complaint: the chase list, the agenda, the collection script and the statement.
enum DisputeWording {
    /// `INV-0001 ¥4,800 (complaint #2)`, several joined.
    static func list(_ disputes: [CustomerStanding.Dispute], _ c: Context) -> String {
        disputes.map { d in
            let n = c.book.invoice(d.invoice)?.number ?? d.invoice.description
            return c.t("\(n) \(d.amount.formatted) (complaint \(d.complaint))", "\(n) \(d.amount.formatted)（投诉\(d.complaint)）")
        }.joined(separator: c.t(", ", "，"))
    }

    /// After a chase-list line: what is left out of the chase.
    static func chaseNote(_ disputes: [CustomerStanding.Dispute], _ c: Context) -> String {
        c.t("disputed, not chased: ", "有争议暂不催收：") + list(disputes, c)
    }

    /// A collection script's line about the disputed part.
    static func scriptLine(_ disputes: [CustomerStanding.Dispute], _ c: Context) -> String {
        let first = disputes.first.map { $0.complaint.raw } ?? 0
        return "  " + c.t("Do not ask for \(list(disputes, c)): disputed until the complaint is resolved (script complaint \(first)).",
                          "不要催\(list(disputes, c))：投诉解决前这部分有争议（\(first)号投诉话术）。")
    }

    /// A collection script for a customer whose every open amount is disputed.
    static func allDisputed(_ name: String, _ disputes: [CustomerStanding.Dispute], _ c: Context) -> String {
        let first = disputes.first.map { $0.complaint.raw } ?? 0
        return c.t("Everything \(name) owes is disputed: \(list(disputes, c)). No collection call until the complaint is resolved; for the complaint: script complaint \(first)",
                   "\(name)的欠款都有争议：\(list(disputes, c))。投诉解决前不催款；处理投诉：\(first)号投诉话术")
    }

    /// The statement's line under the balance.
    static func statementLine(_ disputes: [CustomerStanding.Dispute], _ c: Context) -> String {
        c.t("Disputed, not chased until resolved: ", "有争议、解决前暂不催收：") + list(disputes, c)
    }

    /// An agenda line's tail for an invoice part of which a complaint disputes (one wholly
    /// disputed is left off the agenda: the complaint's own lines stand for it).
    static func invoiceNote(_ inv: Invoice, _ c: Context) -> String? {
        let holding = c.book.complaints.filter { $0.invoice == inv.id && $0.disputes(on: c.today) }
        guard !holding.isEmpty else { return nil }
        let minor = min(inv.outstanding.minor, holding.reduce(Int64(0)) { $0 + ($1.disputed?.minor ?? inv.outstanding.minor) })
        let amount = Money(minor: minor, currency: inv.outstanding.currency).formatted
        let names = holding.map(\.id.description).joined(separator: ", ")
        return c.t(" (\(amount) of it disputed: complaint \(names), not chased)", "（其中\(amount)有争议：投诉\(names)，暂不催收）")
    }

    /// A complaint's agenda line's tail while it holds back its invoice.
    static func heldNote(_ x: Complaint, _ c: Context) -> String {
        guard x.disputes(on: c.today), let inv = x.invoice.flatMap(c.book.invoice) else { return "" }
        let amount = (x.disputed.map { min($0.minor, inv.outstanding.minor) }).map { Money(minor: $0, currency: inv.outstanding.currency) } ?? inv.outstanding
        return c.t(" · \(inv.number) \(amount.formatted) not chased meanwhile", " · \(inv.number) \(amount.formatted)暂停催收")
    }

    /// The receivables detail's action cell for an invoice under complaints: not chased, or the
    /// action for the rest.
    static func detailCell(_ amount: Money, of owed: Money, _ ids: [ComplaintID], then action: NextAction?, _ c: Context) -> String {
        let names = ids.map(\.description).joined(separator: ", ")
        guard amount.minor < owed.minor, let action else {
            return c.t("\(amount.formatted) disputed (complaint \(names)): not chased", "\(amount.formatted)有争议（投诉\(names)）：暂不催收")
        }
        let rest = Money(minor: owed.minor - amount.minor, currency: owed.currency).formatted
        return c.t("\(CollectionWording.action(action, .en)) for the rest (\(rest)); \(amount.formatted) disputed (complaint \(names))",
                   "其余\(rest)：\(CollectionWording.action(action, .zh))；\(amount.formatted)有争议（投诉\(names)）")
    }
}
