import FollowUpCore
import FollowUpLanguage

/// `log complaint …`, `complaints`, `complaint 3`: opening a complaint and reading them back.
/// Moves are in `ComplaintMoves`, the report in `ComplaintReports`.
enum ComplaintCommands {
    typealias W = ComplaintWording

    // MARK: Log

    static func log(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let example = c.t("log complaint from Acme: the AC unit leaks", "记录投诉：东方酒店王经理说空调漏水")
        let reading = p.slots.complaint ?? ComplaintReading()
        let (cu, added) = try c.customer(p, example: example, offerAdd: true)
        let received = p.slots.date ?? c.today
        if received > c.today { throw Problem.complaint(.receivedLater(received)) }
        let words = (p.slots.text ?? "").trimmingWhitespace
        // Particles and punctuation alone (`东方酒店的投诉` leaves 的) say nothing that happened.
        guard words.contains(where: { !$0.isWhitespace && !$0.isPunctuation && !"的了说呢吧啊".contains($0) }) else {
            throw Problem.complaint(.needWords(example: example))
        }

        // `Acme's complaint is resolved`: news about one already logged, not a new one.
        if statusOnly(words) { throw Problem.complaint(.moveNotNew) }
        // `called Acme, they are not happy, still leaking` while Acme's fixed complaint waits for
        // its check-back: the answer to that call or a new complaint; either guess could be wrong.
        if reading.satisfied == false,
           let waiting = c.book.complaints(of: cu.id).last(where: { $0.resolved != nil && $0.satisfaction == nil }) {
            throw Problem.complaint(.checkBackOrNew(waiting.id.raw, customer: cu.name))
        }

        // The invoice it is about must be theirs; an amount in dispute needs one and fits in it.
        let invoice = try p.slots.invoice.map { try ComplaintMoves.invoice($0, of: cu.id, name: cu.name, c) }
        var disputed: Money?
        // Only an amount said to be in dispute; another amount in the words is part of them.
        if let amount = try c.money(reading.disputed) {
            guard let inv = invoice else { throw Problem.complaint(.disputeWithoutInvoice(cu.name)) }
            disputed = try ComplaintMoves.disputedPart(amount, of: inv)
        }
        // The person who complained, as the book has them (`Zhang` is Zhang Wei, 王经理 is 王芳).
        let contact = p.slots.contact.map { typed -> String in
            let key = CustomerResolver.fold(typed)
            return cu.contacts.first { person in
                CustomerResolver.fold(person.name) == key || person.title.map(CustomerResolver.fold) == key
                    || PersonName.withoutHonorific(person.name).map(CustomerResolver.fold) == key
                    || CustomerResolver.fold(person.name).hasPrefix(key + " ")
                    // 王经理: the family name and the title of 王芳, 经理.
                    || (person.name.first.map { key == CustomerResolver.fold(String($0) + (person.title ?? "\u{0}")) } ?? false)
            }?.name ?? typed
        }
        let x = Complaint(id: c.book.nextComplaintID, customer: cu.id, contact: contact, words: words, received: received,
                          product: reading.product, invoice: invoice?.id, disputed: disputed,
                          severity: reading.severity ?? .normal, angry: reading.angry ?? false, stage: .listen,
                          stageSince: c.today)

        var lines = [Reply.Line(W.logged(x, customer: cu.name, c), tone: .success)]
        if let inv = invoice {
            let amount = disputed ?? inv.outstanding
            // What is still chased once this complaint is in: other complaints may hold back more.
            var records = c.book.records(of: cu.id)
            records.complaints.append(x)
            let rest = c.standing(of: cu, records: records).toChase.first { $0.currency == amount.currency }
            lines.append(Reply.Line(W.disputed(inv, amount, whole: disputed == nil, rest: rest, c), tone: .warning))
        }
        lines.append(Reply.Line(W.now(.listen, c.lang)))
        if x.angry { lines += W.cool(x, c).map { Reply.Line($0, tone: .warning) } }
        lines.append(Reply.Line(W.next(x, c), tone: .muted))
        return .change(added + [.complaintAdded(x)], lines)
    }

    /// Words that only say a complaint's state (`is resolved`, 已解决), which no new complaint is.
    static func statusOnly(_ words: String) -> Bool {
        var w = words.lowercased().filter { !$0.isPunctuation }.split(separator: " ").map(String.init)
        w.removeAll { ["is", "was", "has", "been", "now", "all", "got", "it", "the", "complaint"].contains($0) }
        let said = w.joined(separator: " ")
        return ["resolved", "fixed", "solved", "closed", "done", "sorted", "sorted out", "已解决", "解决了", "已处理", "处理好了", "结案", "已结案"]
            .contains(said)
    }

    // MARK: List

    static func list(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        var only: Customer?
        if p.slots.customer != nil || p.slots.contact != nil {
            only = try c.customer(p, example: c.t("complaints Acme", "东方酒店的投诉"), offerAdd: false).0
        }
        // A deleted customer's complaints leave the list, as they leave the report's.
        let all = c.book.complaints.filter { (only == nil || $0.customer == only?.id) && c.book.customer($0.customer)?.removed == nil }
        let open = all.filter(\.isOpen).sorted { ($0.received, $0.id.raw) < ($1.received, $1.id.raw) }
        guard !open.isEmpty else { return .show([Reply.Line(W.noneOpen(c.lang), tone: .muted)]) }
        var lines = [Reply.Line(W.listHeading(open.count, c.lang) + (only.map { " · \($0.name)" } ?? ""), tone: .heading)]
        let stall = ComplaintRules(settings: c.book.settings).stallDays
        for x in open {
            // A resolved complaint waits for its check-back, not for progress.
            let still = x.resolved == nil ? c.today.days(since: x.lastMove) : 0
            let name = c.book.customer(x.customer)?.name ?? x.customer.description
            lines.append(Reply.Line("  " + W.listLine(x, customer: name, stalled: still >= stall ? still : nil, c),
                                    tone: x.angry || x.severity >= .high || still >= stall ? .warning : .plain))
        }
        lines.append(Reply.Line(W.listFoot(open[0].id.raw, c.lang), tone: .muted))
        return .show(lines)
    }

    // MARK: Show

    static func show(_ p: ParsedLine, _ c: Context) throws -> Outcome {
        let x = try ComplaintPick.complaint(p, c, scope: .any, example: c.t("complaint 3", "3号投诉"))
        return .show(ComplaintRecordView.lines(x, c))
    }
}
