import FollowUpCore
import FollowUpLanguage

/// What a reply says about promises when money comes in or a new promise is made.
enum PromiseReplies {
    /// The promises `payment` keeps that were not kept before it: on time, or late.
    static func keptBy(_ payment: Payment, customer cu: Customer, _ c: Context) -> [Reply.Line] {
        let r = c.book.records(of: cu.id)
        guard !r.promises.isEmpty else { return [] }
        let before = PromiseRules.statuses(of: r.promises, payments: r.payments, on: c.today)
        let after = PromiseRules.statuses(of: r.promises, payments: r.payments, on: c.today, extra: payment)
        var lines: [Reply.Line] = []
        for (pr, (was, now)) in zip(r.promises, zip(before, after)) where was != now {
            switch now {
            case .kept:
                lines.append(Reply.Line(c.t("Promise \(pr.id) kept.", "承诺\(pr.id)已兑现。"), tone: .success))
            case .keptLate:
                lines.append(Reply.Line(c.t("Promise \(pr.id) kept late: the \(pr.amount.formatted) promised by \(c.day(pr.due)) is paid.",
                                            "承诺\(pr.id)逾期兑现：原定\(c.day(pr.due))前付的\(pr.amount.formatted)已付清。"), tone: .success))
            default: break
            }
        }
        return lines
    }

    /// The customer's pending promise (in the same currency) that a new promise replaces.
    static func replaced(by amount: Money, customer cu: Customer, _ c: Context) -> Promise? {
        let r = c.book.records(of: cu.id)
        let statuses = PromiseRules.statuses(of: r.promises, payments: r.payments, on: c.today)
        return Array(zip(r.promises, statuses)).last { $0.0.amount.currency == amount.currency && $0.1 == .pending }?.0
    }

    static func replaces(_ old: Promise, customer: String, _ c: Context) -> Reply.Line {
        Reply.Line(c.t("This replaces \(Words.possessive(customer)) promise of \(old.amount.formatted) by \(c.day(old.due)).",
                       "这条承诺取代了\(customer)之前的承诺（\(c.day(old.due))前付\(old.amount.formatted)）。"))
    }
}
