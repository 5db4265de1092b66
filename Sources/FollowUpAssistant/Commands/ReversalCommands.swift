import FollowUpCore
import FollowUpLanguage

/// Money going back the other way: a payment that bounced, goods returned.
enum ReversalCommands {
    /// The payment is taken back: its allocations are removed, so its invoices are open again,
    /// and it is marked with the day it bounced (kept, so `undo` and the statement know it).
    static func bounce(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let (cu, _) = try c.customer(p, example: c.t("Acme's cheque for 5000 bounced", "美华商贸的5000元支票退票了"),
                                     offerAdd: false)
        let typed = try c.money(p.slots.amount)
        // The newest payment that matches what the line says (its amount, its invoice).
        let candidates = c.book.payments(of: cu.id).filter { pay in
            pay.isReceived && pay.day <= c.today
                && (typed.map { $0 == pay.amount } ?? true)
                && (p.slots.invoice.map { ref in pay.reference?.lowercased() == ref.lowercased()
                    || pay.allocations.contains { c.book.invoice($0.invoice)?.number.lowercased() == ref.lowercased() } } ?? true)
        }
        guard let payment = candidates.last else {
            throw Problem.noPaymentToBounce(cu.name, amount: typed?.formatted)
        }
        var events: [Event] = payment.allocations.reversed().map { .unallocated(payment: payment.id, $0) }
        events.append(.paymentBounced(payment.id, customer: cu.id, on: c.today))
        var lines = [Reply.Line(c.t("Bounced: \(Words.possessive(cu.name)) payment of \(payment.amount.formatted) on \(c.day(payment.day)) is taken back.",
                                    "已记退票：\(cu.name)于\(c.day(payment.day))的回款\(payment.amount.formatted)已冲回。"), tone: .warning)]
        let reopened = payment.allocations.compactMap { a -> String? in
            guard let inv = c.book.invoice(a.invoice) else { return nil }
            return "\(inv.number) \(Money(minor: a.minor, currency: payment.amount.currency).formatted)"
        }
        if !reopened.isEmpty {
            lines.append(Reply.Line(c.t("Open again: ", "重新未付：") + reopened.joined(separator: ", ")))
        }
        let owed = c.owed(by: cu.id, in: payment.amount.currency) + payment.allocated
        lines.append(Reply.Line(c.t("Still owed: \(Money(minor: owed, currency: payment.amount.currency).formatted).",
                                    "尚欠：\(Money(minor: owed, currency: payment.amount.currency).formatted)。")))
        if candidates.count > 1, typed == nil {
            lines.append(Reply.Line(c.t("It was the latest of \(candidates.count) payments; if another one bounced, type undo and name its amount.",
                                        "这是\(candidates.count)笔回款中最近的一笔；如果退票的是另一笔，请撤销后写明金额。"), tone: .muted))
        }
        lines.append(Reply.Line(c.t("Tip: call them today and ask for a bank transfer instead; a bounced cheque is a warning sign.",
                                    "提示：今天就联系对方，请改用银行转账；退票是一个需要警惕的信号。"), tone: .muted))
        return .change(events, lines)
    }

    /// A credit note reduces what the customer owes, oldest invoice first, like a payment; it is
    /// not money received, so it keeps no promise and gets no thank-you.
    static func creditNote(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = c.t("Acme returned goods worth 1200", "美华商贸退货1200")
        guard let amount = try c.money(p.slots.amount) else { throw Problem.needAmount(example: example) }
        let (cu, added) = try c.customer(p, example: example, offerAdd: false)
        var named: Invoice?
        if let number = p.slots.invoice {
            guard let inv = c.invoice(number: number), inv.customer == cu.id else { throw Problem.unknownInvoice(number) }
            named = inv
        }
        if let linked = try complaintSettled(by: amount, cu, p, c) { return .change(added + linked.events, linked.lines) }
        let allocations = c.book.plannedAllocations(of: amount, customer: cu.id, invoiceFirst: named?.id)
        var note = Payment(id: c.book.nextPaymentID, customer: cu.id, amount: amount, day: c.today,
                           reference: p.slots.invoice, allocations: allocations)
        note.kind = .creditNote
        var lines = [Reply.Line(c.t("Credit note recorded: \(amount.formatted) off what \(cu.name) owes.",
                                    "已记红字冲减：\(cu.name)欠款冲减\(amount.formatted)。"), tone: .success)]
        let applied = allocations.reduce(Int64(0)) { $0 + $1.minor }
        if !allocations.isEmpty {
            let parts = allocations.compactMap { a -> String? in
                c.book.invoice(a.invoice).map { "\($0.number) \(Money(minor: a.minor, currency: amount.currency).formatted)" }
            }
            lines.append(Reply.Line(c.t("Taken off ", "冲减：") + parts.joined(separator: ", ")))
        }
        if amount.minor > applied {
            let extra = Money(minor: amount.minor - applied, currency: amount.currency)
            lines.append(Reply.Line(c.t("\(extra.formatted) more than they owed is kept as credit.",
                                        "超出欠款的\(extra.formatted)记为预付余额。")))
        }
        let owed = c.owed(by: cu.id, in: amount.currency) - applied
        lines.append(Reply.Line(c.t("Still owed: \(Money(minor: max(owed, 0), currency: amount.currency).formatted).",
                                    "尚欠：\(Money(minor: max(owed, 0), currency: amount.currency).formatted)。")))
        return .change(added + [.paymentAdded(note)], lines)
    }

    /// A credit note (折让) for a customer with an unresolved complaint is most often that
    /// complaint's remedy: asked, so it is not recorded apart from the complaint it settles. The
    /// answer's complaint gets the credit note as its remedy, in one step (`ComplaintMoney`).
    private static func complaintSettled(by amount: Money, _ cu: Customer, _ p: ParsedLine,
                                         _ c: Context) throws -> (events: [Event], lines: [Reply.Line])? {
        guard !c.decisions.creditAlone else { return nil }
        guard let id = c.decisions.creditComplaint, let x = c.book.complaint(id) else {
            let open = c.book.complaints(of: cu.id).filter(\.isUnresolved).suffix(9)
            guard !open.isEmpty else { return nil }
            throw Ask(question: .linkCredit(open.map(\.id), resume: p),
                      lines: CreditLinkWording.question(cu.name, amount, Array(open), c))
        }
        let events: [Event]
        do {
            events = try ComplaintMoney.events(.creditNote, amount: amount, complaint: x, in: c.book, on: c.today,
                                               rules: ComplaintRules(settings: c.book.settings))
        } catch {
            throw Problem.complaint(.move(error, number: x.id.raw))
        }
        var applied: Int64 = 0
        for case .paymentAdded(let pay) in events { applied += pay.allocations.reduce(Int64(0)) { $0 + $1.minor } }
        let owed = max(c.owed(by: cu.id, in: amount.currency) - applied, 0)
        return (events, CreditLinkWording.recorded(cu.name, amount, x, owed: Money(minor: owed, currency: amount.currency), c))
    }
}
