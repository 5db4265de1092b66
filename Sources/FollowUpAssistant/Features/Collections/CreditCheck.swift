import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook

/// The credit rules from the texts, checked when an invoice is added: an invoice that takes a
/// customer over their credit limit, or any new invoice while one of theirs is past the hold
/// step (over `ladder.hold`, 60 days by default), is recorded only once the user confirms.
enum CreditCheck {
    /// Why the invoice needs confirming, or nil when it does not. `credit` is what earlier
    /// payments will cover of it.
    static func question(adding amount: Money, for cu: Customer, credit: Int64, _ p: ParsedLine, _ c: Context) -> Ask? {
        guard !c.decisions.creditConfirmed, let s = CustomerStanding(book: c.book, customer: cu.id, on: c.today) else { return nil }
        var lines: [Reply.Line] = []
        var overLimit = false
        if let limit = cu.creditLimit, limit.currency == amount.currency {
            let after = s.owed(in: amount.currency) + amount.minor - credit
            if after > limit.minor {
                overLimit = true
                lines.append(Reply.Line(CreditWording.overLimit(cu.name, owed: Money(minor: after, currency: amount.currency), limit: limit, c), tone: .warning))
            }
        }
        let hold = LadderBounds(settings: c.book.settings).hold
        let late = s.openInvoices.filter { $0.daysOverdue > hold }
        if let oldest = late.first {
            lines.append(Reply.Line(CreditWording.late(cu.name, oldest, count: late.count, c), tone: .warning))
        }
        guard !lines.isEmpty else { return nil }
        lines.append(Reply.Line(CreditWording.rule(firstOrder: s.firstOrder, c)))
        // What to tell the customer, from the credit play that fits (its `warning` line).
        var situation = SituationBuilder.situation(s, c)
        situation.overCreditLimit = situation.overCreditLimit || overLimit
        // The play for the reason the invoice was stopped: over the limit, or long overdue.
        let reason: Set<ConditionKey> = overLimit ? [.overCreditLimit] : [.daysOverdue, .ladder]
        let choices = c.plays.playbook.choose(.credit, for: situation, in: c.lang.play)
        if let choice = choices.first(where: { $0.matched.contains { reason.contains($0.key) } }) ?? choices.first,
           let say = choice.filled.say("warning") {
            lines.append(Reply.Line(CreditWording.tellThem(say, c)))
            lines.append(Reply.Line(CreditWording.from(choice.play.id, choice.play.source), tone: .muted))
        }
        lines.append(Reply.Line(CreditWording.confirm(c), tone: .warning))
        return Ask(question: .confirmCredit(cu.id, resume: p), lines: lines)
    }
}

/// The credit warning's words.
enum CreditWording {
    static func overLimit(_ name: String, owed: Money, limit: Money, _ c: Context) -> String {
        c.t("Credit check: \(name) would owe \(owed.formatted), over the credit limit of \(limit.formatted).",
            "信用检查：加上这张发票，\(name)的欠款将达\(owed.formatted)，超过信用额度\(limit.formatted)。")
    }

    static func late(_ name: String, _ oldest: CustomerStanding.OpenInvoice, count: Int, _ c: Context) -> String {
        let more = count - 1
        return c.t("Credit check: \(name) has \(oldest.invoice.number) (\(oldest.outstanding.formatted)) \(oldest.daysOverdue) days overdue"
                       + (more > 0 ? " and \(Words.plural(more, "more invoice", "more invoices")) long overdue." : "."),
                   "信用检查：\(name)的\(oldest.invoice.number)（\(oldest.outstanding.formatted)）已逾期\(oldest.daysOverdue)天"
                       + (more > 0 ? "，另有\(more)张发票也已长期逾期。" : "。"))
    }

    static func rule(firstOrder: Bool, _ c: Context) -> String {
        c.t("The rule: hold further supply until they pay what is due"
                + (firstOrder ? "; first orders are paid for before credit is given." : "."),
            "原则：款项收回之前暂停供货" + (firstOrder ? "；新客户的订单先付款，建立信用之后再给账期。" : "。"))
    }

    static func tellThem(_ line: String, _ c: Context) -> String {
        c.t("To tell them: “\(line)”", "可以这样跟客户说：“\(line)”")
    }

    static func from(_ id: String, _ source: String) -> String { "  \(id) · \(source)" }

    static func confirm(_ c: Context) -> String {
        c.t("Record the invoice anyway? (yes/no)", "仍然记下这张发票吗？（是/否）")
    }
}
