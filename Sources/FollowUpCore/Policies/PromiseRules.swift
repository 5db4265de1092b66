/// Which payments keep a promise, and how promises of one customer follow each other.
///
/// - A payment keeps a promise when it is money received (not a credit note, not bounced), in
///   the promise's currency, recorded after the promise was made (`countsFrom`, else the day it
///   was made) and received by `on`.
/// - Kept: the payments received by the promised day reach its amount.
/// - Kept late: not by the day, but later (the customer paid what they promised, late).
/// - Replaced: a later promise was made while this one was still pending (not yet due, not yet
///   kept): the customer gave a new word, so the old one is neither open nor broken. Derived, so
///   books need no new field.
public enum PromiseRules {
    /// The status of each of `promises` (one customer's, in id order), judged from `payments`
    /// (that customer's; others are ignored) as of `on`. `extra` is a payment not yet in the
    /// book (to tell whether recording it would keep a promise).
    public static func statuses(of promises: [Promise], payments: [Payment], on: Day, extra: Payment? = nil) -> [Promise.Status] {
        var theirs = payments
        if let extra { theirs.append(extra) }
        return promises.indices.map { i in status(promises[i], later: promises[(i + 1)...], payments: theirs, on: on) }
    }

    /// The status of one promise, given the customer's promises after it.
    static func status(_ promise: Promise, later: ArraySlice<Promise>, payments: [Payment], on: Day) -> Promise.Status {
        func counts(_ p: Payment) -> Bool {
            let after = promise.countsFrom.map { p.id >= $0 } ?? (p.day >= promise.made)
            return after && p.customer == promise.customer && p.amount.currency == promise.amount.currency
                && p.isReceived && p.day <= on
        }
        // Replaced: the next promise of this customer in this currency made on or before this
        // one's day, while what had come in by then did not keep it.
        let next = later.first {
            $0.customer == promise.customer && $0.amount.currency == promise.amount.currency
                && $0.made <= promise.due && $0.made >= promise.made
        }
        if let next {
            var before: Int64 = 0
            for p in payments where counts(p) && p.day <= promise.due && madeBefore(p, next) { before += p.amount.minor }
            if before < promise.amount.minor { return .replaced }
        }
        var byDay: Int64 = 0, total: Int64 = 0
        for p in payments where counts(p) {
            total += p.amount.minor
            if p.day <= promise.due { byDay += p.amount.minor }
        }
        if byDay >= promise.amount.minor { return .kept }
        if on <= promise.due { return .pending }
        return total >= promise.amount.minor ? .keptLate : .broken
    }

    /// Whether payment `p` was recorded before promise `next` was made.
    private static func madeBefore(_ p: Payment, _ next: Promise) -> Bool {
        if let from = next.countsFrom { return p.id < from }
        return p.day < next.made
    }
}
