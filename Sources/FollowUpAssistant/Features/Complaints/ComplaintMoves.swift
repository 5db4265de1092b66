import FollowUpCore
import FollowUpLanguage

/// A move on a complaint (`complaint 3: it was a product defect`, `handed #3 to service`, 3号投诉已解决):
/// the line's reading turned into Core changes, applied by `ComplaintFlow` all or nothing, and
/// saved as one step with any credit a money remedy records.
enum ComplaintMoves {
    typealias W = ComplaintMoveWording

    static func move(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let reading = p.slots.complaint ?? ComplaintReading()
        guard let move = reading.move else {
            // `complaint 3`, 3号投诉 with nothing else said: show it. Other words not read as a
            // move are refused rather than taken for one.
            if let n = p.slots.id {
                guard saysNothingMore(p.slots.text) else { throw Problem.complaint(.noMove(n)) }
                return try ComplaintCommands.show(p, c)
            }
            throw Problem.complaint(.which(example: c.t("complaint 3: it was a product defect", "3号投诉原因是产品质量问题"),
                                           open: c.book.complaints.filter(\.isOpen).count))
        }
        // Steps only move forward; starting again is a reopen, said with its own words.
        if reading.stepBack {
            let x = try ComplaintPick.complaint(p, c, scope: .any, example: W.example(.reopen, c.lang))
            throw Problem.complaint(.stepBack(x.id.raw))
        }
        let example = W.example(move, c.lang)
        let x = try ComplaintPick.complaint(p, c, scope: ComplaintPick.scope(for: move), example: example)
        let cu = c.book.customer(x.customer)
        let name = cu?.name ?? x.customer.description

        var credit: Payment?
        let changes = try changes(for: move, reading, p, x, c, credit: &credit)
        let rules = ComplaintRules(settings: c.book.settings)
        let after: Complaint
        do {
            after = try ComplaintFlow.apply(changes, to: x, on: c.today, rules: rules)
        } catch {
            throw Problem.complaint(.move(error, number: x.id.raw))
        }
        var events: [Event] = []
        if let credit { events.append(.paymentAdded(credit)) }
        events.append(.complaintChanged(before: x, after: after))

        var lines = W.recorded(changes, before: x, after: after, customer: name, c).map { Reply.Line($0, tone: .success) }
        if let credit { lines += W.credit(credit, after: after, c) }
        lines += W.consequences(before: x, after: after, c)
        return .change(events, lines)
    }

    /// The line's own words about the move: its text without the words that said the move
    /// (`resolved`, `结案：`), or nil when nothing else was said.
    static func ownWords(_ p: ParsedLine) -> String? {
        var t = (p.slots.text ?? "").trimmingWhitespace
        if let cue = p.words(for: "move"), t.lowercased().hasPrefix(cue.lowercased()) {
            t = String(t.dropFirst(cue.count))
        }
        while let f = t.first, f.isWhitespace || ":：,，-—.。".contains(f) { t.removeFirst() }
        t = t.trimmingWhitespace
        return t.isEmpty ? nil : t
    }

    /// Words after a telling cue that only restate it.
    static let fillers: Set<String> = ["客户", "客户方案", "方案", "了", "the solution", "them", "the customer", "the fix", "them the solution"]

    /// No words beyond the complaint's number (`3号`, `#3`).
    static func saysNothingMore(_ text: String?) -> Bool {
        (text ?? "").allSatisfy { $0.isNumber || $0.isWhitespace || "#号第".contains($0) }
    }

    /// The Core changes a line says, in step order: facts given with a later move (a cause, a
    /// remedy as the solution) come first, so a jump carries what the skipped steps need.
    static func changes(for move: ComplaintMove, _ r: ComplaintReading, _ p: ParsedLine, _ x: Complaint, _ c: Context,
                        credit: inout Payment?) throws -> [ComplaintChange] {
        let words = ownWords(p)
        var out: [ComplaintChange] = []
        // A cause said with a move up to the fix is the fact a jump needs; after it, words only.
        if [.handoff, .solution, .told, .resolved].contains(move), let cause = r.cause { out.append(.causeFound(cause)) }
        switch move {
        case .cause:
            guard let cause = r.cause else { throw Problem.complaint(.needDetail(.cause, number: x.id.raw)) }
            out.append(.causeFound(cause))
        case .handoff:
            out.append(.handedOff(to: r.department ?? "", by: p.slots.date))
        case .solution:
            out.append(.solutionFound(words, remedy: r.remedy))
            if let remedy = r.remedy, remedy.movesMoney, let amount = try c.money(p.slots.amount) {
                out.append(try moneyRemedy(remedy, amount, x, c, credit: &credit))
            }
        case .told:
            // `已告知客户`, `told them the solution`: words that only restate the move.
            let said = words.flatMap { fillers.contains($0.lowercased()) ? nil : $0 }
            if let remedy = r.remedy, x.solution == nil, x.remedy == nil, x.handoff == nil {
                out.append(.solutionFound(nil, remedy: remedy))
            }
            out.append(.told(said))
            if let by = p.slots.date { out.append(.replyPromised(by: by)) }
        case .resolved:
            if let remedy = r.remedy, x.solution == nil, x.remedy == nil, x.handoff == nil {
                out.append(.solutionFound(nil, remedy: remedy))
            }
            out.append(.carriedOut(words))
        case .review:
            out.append(.reviewed(words ?? ""))
        case .close:
            out.append(.closed(words))
        case .reopen:
            out.append(.reopened(words))
        case .cooling:
            guard let m = r.cooling else { throw Problem.complaint(.needDetail(.cooling, number: x.id.raw)) }
            out.append(.cooled(m))
            if let by = p.slots.date { out.append(.replyPromised(by: by)) }
        case .replyBy:
            guard let by = p.slots.date else { throw Problem.complaint(.needDetail(.replyBy, number: x.id.raw)) }
            out.append(.replyPromised(by: by))
        case .checkBack:
            guard let satisfied = r.satisfied else { throw Problem.complaint(.needDetail(.checkBack, number: x.id.raw)) }
            out.append(.checkedBack(satisfied: satisfied, words: words))
        case .severity:
            guard let s = r.severity else { throw Problem.complaint(.needDetail(.severity, number: x.id.raw)) }
            out.append(.severityChanged(s))
        case .remedy:
            guard let remedy = r.remedy else { throw Problem.complaint(.needDetail(.remedy, number: x.id.raw)) }
            if remedy.movesMoney, let amount = try c.money(p.slots.amount) {
                out.append(try moneyRemedy(remedy, amount, x, c, credit: &credit))
            } else {
                out.append(.remedyGiven(remedy, amount: nil, credit: nil))
            }
        case .note:
            out.append(.note(words ?? ""))
        case .dispute:
            out.append(try dispute(r, p, x, c))
        }
        // Said on the same line: the customer is angry now, or the severity changed.
        if move != .severity, let s = r.severity, s != x.severity { out.append(.severityChanged(s)) }
        return out
    }

    /// The dispute a line sets on a complaint, with the checks of logging one: the invoice is the
    /// customer's (named, or the one the complaint is about) and the amount within what is owed.
    static func dispute(_ r: ComplaintReading, _ p: ParsedLine, _ x: Complaint, _ c: Context) throws -> ComplaintChange {
        let name = c.book.customer(x.customer)?.name ?? x.customer.description
        let invoice: Invoice
        if let number = p.slots.invoice {
            invoice = try self.invoice(number, of: x.customer, name: name, c)
        } else if let id = x.invoice, let inv = c.book.invoice(id) {
            invoice = inv
        } else {
            throw Problem.complaint(.disputeWithoutInvoice(name))
        }
        guard let amount = try c.money(r.disputed) else { return .disputed(invoice: invoice.id, amount: nil) }
        return .disputed(invoice: invoice.id, amount: try disputedPart(amount, of: invoice))
    }

    /// The invoice a complaint line names, which must be the customer's (`name` for the message).
    static func invoice(_ number: String, of customer: CustomerID, name: String, _ c: Context) throws -> Invoice {
        guard let inv = c.invoice(number: number) else { throw Problem.complaint(.unknownInvoice(number, customer: name)) }
        guard inv.customer == customer else {
            throw Problem.invoiceOfOther(number, owner: c.book.customer(inv.customer)?.name ?? inv.customer.description)
        }
        return inv
    }

    /// An amount said to be in dispute on `inv`, within what is owed on it: nil when it is all
    /// that is owed (the whole invoice in dispute).
    static func disputedPart(_ amount: Money, of inv: Invoice) throws -> Money? {
        let owed = inv.outstanding
        guard amount.currency == owed.currency, amount.minor <= owed.minor else {
            throw Problem.complaint(.disputeTooLarge(invoice: inv.number, disputed: amount, owed: owed))
        }
        return amount.minor < owed.minor ? amount : nil
    }

    /// A refund or credit note with its amount: the credit `Payment` (its invoice first, then the
    /// oldest open ones, `ComplaintMoney`) and the remedy that names it.
    static func moneyRemedy(_ remedy: Remedy, _ amount: Money, _ x: Complaint, _ c: Context,
                            credit: inout Payment?) throws -> ComplaintChange {
        do {
            let (payment, change) = try ComplaintMoney.credit(remedy, amount: amount, complaint: x, in: c.book, on: c.today)
            credit = payment
            return change
        } catch {
            throw Problem.complaint(.move(error, number: x.id.raw))
        }
    }
}
