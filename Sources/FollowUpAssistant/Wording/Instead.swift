import FollowUpCore
import FollowUpLanguage

/// The plain line to type for a reading, offered when a line was not recorded as typed.
enum Instead {
    static func line(for p: ParsedLine) -> String? {
        let s = p.slots
        guard let who = s.customer ?? s.contact else { return nil }
        let zh = p.language == .zh
        let amount = s.amount?.plain ?? s.portion.map { portion(for: $0, zh) }
        let day = s.date.map { zh ? "\($0.month)月\($0.dayOfMonth)日" : "\(Words.monthsShort[$0.month - 1]) \($0.dayOfMonth)" }
        switch p.intent {
        case .paymentRecord:
            guard let amount else { return nil }
            return zh ? "\(who)付款\(amount)" : "\(who) paid \(amount)"
        case .invoiceAdd:
            guard let amount else { return nil }
            let due = day.map { zh ? ",\($0)到期" : " due \($0)" } ?? ""
            return zh ? "\(who)应收\(amount)\(due)" : "\(who) owes \(amount)\(due)"
        case .promiseRecord:
            guard let amount, let on = day else { return nil }
            return zh ? "\(who)答应\(on)付\(amount)" : "\(who) will pay \(amount) on \(on)"
        default:
            return nil
        }
    }

    private static func portion(for p: AmountPortion, _ zh: Bool) -> String {
        switch p {
        case .rest: return zh ? "余款" : "the rest"
        case .half: return zh ? "一半" : "half"
        case .all: return zh ? "全部" : "in full"
        }
    }
}
