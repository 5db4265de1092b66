import FollowUpCore
import FollowUpLanguage

/// Invoices, payments and promises to pay.
enum ReceivableCommands {
    /// Terms used when neither the line nor the customer gives any.
    static let defaultTermsDays = 30

    static func addInvoice(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = c.t("Acme owes 12,500 due Dec 10", "美华商贸应收12500,12月10日到期")
        guard let amount = try c.money(p.slots.amount) else { throw Problem.needAmount(example: example) }
        let (cu, added) = try c.customer(p, example: example, offerAdd: true)
        let id = c.book.nextInvoiceID
        var number = p.slots.invoice ?? invoiceNumber(id.raw)
        if p.slots.invoice != nil, c.invoice(number: number) != nil { throw Problem.duplicateInvoice(number) }
        while c.invoice(number: number) != nil { number += "b" }
        let terms = p.slots.terms ?? cu.termsDays
        let due = p.slots.date ?? c.today.adding(days: terms ?? defaultTermsDays)
        let invoice = Invoice(id: id, customer: cu.id, number: number, amount: amount, issued: c.today, due: due)
        let credit = c.book.creditAllocations(for: invoice)
        // A line that cannot be recorded at all is refused before any question about credit.
        try LineLimits.check([.invoiceAdded(invoice)], today: c.today)
        if added.isEmpty, let ask = CreditCheck.question(adding: amount, for: cu, credit: credit.reduce(Int64(0)) { $0 + $1.1.minor }, p, c) {
            throw ask
        }
        var events = added + [Event.invoiceAdded(invoice)]
        for (pid, a) in credit { events.append(.allocated(payment: pid, a)) }

        var text = c.t("Invoice \(number) added: \(cu.name) · \(amount.formatted) · due \(c.day(due))",
                       "已记应收:\(cu.name) · \(amount.formatted) · \(c.day(due))到期(\(number))")
        if p.slots.date == nil {
            text += terms != nil
                ? c.t(" (\(terms ?? 0)-day terms)", "(账期\(terms ?? 0)天)")
                : c.t(" (\(defaultTermsDays) days: no terms set)", "(未设账期,按\(defaultTermsDays)天)")
        }
        var lines = [Reply.Line(text, tone: .success)]
        let used = credit.reduce(Int64(0)) { $0 + $1.1.minor }
        if used > 0 {
            let left = Money(minor: amount.minor - used, currency: amount.currency)
            let usedText = Money(minor: used, currency: amount.currency).formatted
            lines.append(Reply.Line(left.minor == 0
                ? c.t("Paid in full from \(Words.possessive(cu.name)) credit of \(usedText).", "已用\(cu.name)的预付余额\(usedText)全额冲抵。")
                : c.t("Applied \(usedText) of credit; \(left.formatted) left to pay.", "已用预付余额\(usedText)冲抵,还需付\(left.formatted)。")))
        }
        if let limit = cu.creditLimit, limit.currency == amount.currency {
            let owed = c.owed(by: cu.id, in: amount.currency)
            let total = owed + amount.minor - used
            if total > limit.minor {
                lines.append(Reply.Line(c.t("Note: \(cu.name) now owes \(Money(minor: total, currency: amount.currency).formatted), over the credit limit of \(limit.formatted).",
                                            "注意:\(cu.name)欠款已达\(Money(minor: total, currency: amount.currency).formatted),超过信用额度\(limit.formatted)。"), tone: .warning))
            }
        }
        return .change(events, lines)
    }

    static func recordPayment(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = c.t("Acme paid 5000", "美华商贸付款5000")
        let typed = try c.money(p.slots.amount)
        if typed == nil, p.slots.portion == nil, p.slots.invoice == nil { throw Problem.needAmount(example: example) }
        let day = p.slots.date ?? c.today
        let (cu, added) = try c.customer(p, example: example, offerAdd: true)
        var named: Invoice?
        if let number = p.slots.invoice {
            guard let inv = c.invoice(number: number) else { throw Problem.unknownInvoice(number) }
            guard inv.customer == cu.id else {
                throw Problem.invoiceOfOther(number, owner: c.book.customer(inv.customer)?.name ?? inv.customer.description)
            }
            named = inv
        }
        // "paid INV-0004" or "paid INV-0004 in full": what is left on that invoice.
        let amount: Money
        var share = ""
        if let typed {
            amount = typed
        } else if let inv = named, p.slots.portion == nil || p.slots.portion == .all, inv.outstanding.minor > 0 {
            amount = inv.outstanding
            share = c.t(" (what was left on \(inv.number))", "（\(inv.number)的未付部分）")
        } else {
            share = c.portionNote(p.slots.portion ?? .all, of: cu)
            amount = try c.amount(of: p.slots.portion ?? .all, owedBy: cu)
        }
        if day > c.today { throw Problem.futurePayment(day, customer: cu.name, amount: amount) }
        let allocations = c.book.plannedAllocations(of: amount, customer: cu.id, invoiceFirst: named?.id)
        let applied = allocations.reduce(Int64(0)) { $0 + $1.minor }
        let extra = Money(minor: amount.minor - applied, currency: amount.currency)
        if extra.minor > 0 && !c.decisions.overpaymentConfirmed && added.isEmpty {
            let owed = Money(minor: applied, currency: amount.currency)
            let line = applied == 0
                ? c.t("\(cu.name) owes nothing in \(amount.currency.code) right now. Keep the whole \(amount.formatted) as credit? (yes/no)",
                      "\(cu.name)目前没有\(amount.currency.code)欠款。把\(amount.formatted)全部记为预付余额吗?(是/否)")
                : c.t("That is \(extra.formatted) more than \(cu.name) owes (\(owed.formatted)). Keep the extra as credit? (yes/no)",
                      "比\(cu.name)的欠款(\(owed.formatted))多出\(extra.formatted)。多出的部分记为预付余额吗?(是/否)")
            throw Ask(question: .confirmOverpayment(resume: p), lines: [Reply.Line(line, tone: .warning)])
        }
        let payment = Payment(id: c.book.nextPaymentID, customer: cu.id, amount: amount, day: day,
                              reference: p.slots.invoice, allocations: allocations)
        var lines = [Reply.Line(c.t("Payment recorded: \(cu.name) paid \(amount.formatted)\(share)\(day == c.today ? "" : " on \(c.day(day))").",
                                    "已记回款:\(cu.name)\(day == c.today ? "" : "于\(c.day(day))")付款\(amount.formatted)\(share)。"), tone: .success)]
        if !allocations.isEmpty {
            let parts = allocations.compactMap { a -> String? in
                guard let inv = c.book.invoice(a.invoice) else { return nil }
                let left = inv.outstanding.minor - a.minor
                let state = left == 0 ? c.t("now paid", "已结清") : c.t("\(Money(minor: left, currency: inv.amount.currency).formatted) left", "还差\(Money(minor: left, currency: inv.amount.currency).formatted)")
                return "\(inv.number) \(Money(minor: a.minor, currency: amount.currency).formatted) (\(state))"
            }
            lines.append(Reply.Line(c.t("Applied to ", "冲销:") + parts.joined(separator: ", ")))
        }
        if extra.minor > 0 {
            lines.append(Reply.Line(c.t("Kept \(extra.formatted) as credit for \(cu.name).", "\(extra.formatted)记为\(cu.name)的预付余额。")))
        }
        let stillOwed = c.owed(by: cu.id, in: amount.currency) - applied
        if stillOwed > 0 {
            lines.append(Reply.Line(c.t("Still owed: \(Money(minor: stillOwed, currency: amount.currency).formatted).",
                                        "尚欠:\(Money(minor: stillOwed, currency: amount.currency).formatted)。")))
        } else if applied > 0 {
            lines.append(Reply.Line(c.t("\(cu.name) is all paid up.", "\(cu.name)已全部付清。")))
        }
        // A promise this payment now keeps: on time, or late (a broken one, paid after all).
        lines += PromiseReplies.keptBy(payment, customer: cu, c)
        // A tip from the playbook that fits the customer once this payment is in.
        var after = c.book.records(of: cu.id)
        after.payments.append(payment)
        if let tip = Tips.line(after: .payment, customer: cu, records: after, c) { lines.append(tip) }
        return .change(added + [.paymentAdded(payment)], lines)
    }

    static func recordPromise(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = c.t("Acme will pay 5000 on Friday", "美华商贸答应周五付5000")
        let typed = try c.money(p.slots.amount)
        let (cu, added) = try c.customer(p, example: example, offerAdd: true)
        // "will pay next week" with no amount: everything they owe (shown in the reply).
        let owedNow = c.book.outstanding(of: cu.id)
        let amount: Money
        if let typed {
            amount = typed
        } else if let portion = p.slots.portion {
            amount = try c.amount(of: portion, owedBy: cu)
        } else if let all = owedNow.first(where: { $0.currency == c.defaultCurrency }) ?? owedNow.first {
            amount = all
        } else {
            throw Problem.needAmount(example: example)
        }
        // A range ("next week", 下周) means by its last day.
        guard let due = p.slots.until ?? p.slots.date else {
            throw Ask(question: .askDate(resume: p),
                      lines: [Reply.Line(c.t("By which day will \(cu.name) pay \(amount.formatted)? (e.g. Friday, the 15th, Dec 10)",
                                             "\(cu.name)哪天付\(amount.formatted)?(例如:周五、15号、12月10日)"), tone: .warning)])
        }
        if due < c.today { throw Problem.pastPromise(due, customer: cu.name, amount: amount) }
        let promise = Promise(id: c.book.nextPromiseID, customer: cu.id, amount: amount, due: due, made: c.today,
                              countsFrom: c.book.nextPaymentID)
        let whole = typed == nil ? c.portionNote(p.slots.portion ?? .all, of: cu) : ""
        var lines = [Reply.Line(c.t("Promise recorded: \(cu.name) · \(amount.formatted)\(whole) by \(c.day(due)) (\(promise.id)). It will be on your agenda that day.",
                                    "已记录承诺:\(cu.name) · \(c.day(due))前付\(amount.formatted)\(whole)(\(promise.id))。当天会出现在日程里。"), tone: .success)]
        // A second promise while one is pending replaces it (derived: `PromiseRules`).
        if added.isEmpty, let old = PromiseReplies.replaced(by: amount, customer: cu, c) {
            lines.append(PromiseReplies.replaces(old, customer: cu.name, c))
        }
        if added.isEmpty, let owed = owedNow.first(where: { $0.currency == amount.currency }), amount.minor > owed.minor {
            lines.append(Reply.Line(c.t("Note: that is more than \(cu.name) owes (\(owed.formatted)).",
                                        "注意:承诺金额超过了\(cu.name)的欠款(\(owed.formatted))。"), tone: .warning))
        }
        var after = c.book.records(of: cu.id)
        after.promises.append(promise)
        if let tip = Tips.line(after: .promise, customer: cu, records: after, c) { lines.append(tip) }
        return .change(added + [.promiseAdded(promise)], lines)
    }
}

/// `INV-0007` style numbers for invoices typed without one.
func invoiceNumber(_ n: Int) -> String {
    let digits = n.description
    return "INV-" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
}
