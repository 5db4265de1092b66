import FollowUpCore
import FollowUpLanguage

/// Every word of the key-account report, in both languages.
enum KeyAccountsWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    static func basis(_ b: RevenueBasis, _ lang: Lang) -> String {
        b == .invoiced ? t(lang, "by amount invoiced", "按开票") : t(lang, "by payments received", "按回款")
    }

    static func heading(_ from: String, _ to: String, _ b: RevenueBasis, _ currency: String, defaultPeriod: Bool, _ lang: Lang) -> String {
        let span = defaultPeriod ? t(lang, "last 12 months", "近12个月") : ""
        let period = defaultPeriod ? "\(span) (\(from) – \(to))" : "\(from) – \(to)"
        return t(lang, "Key accounts · \(period) · \(basis(b, lang)) · \(currency)", "大客户分析 · \(period) · \(basis(b, lang)) · \(currency)")
    }

    static func nothing(_ from: String, _ to: String, _ b: RevenueBasis, _ lang: Lang) -> String {
        b == .invoiced
            ? t(lang, "No invoices from \(from) to \(to): no revenue to rank.", "\(from)至\(to)没有开票，没有可排名的收入。")
            : t(lang, "No payments received from \(from) to \(to): no revenue to rank.", "\(from)至\(to)没有收到回款，没有可排名的收入。")
    }

    static func columns(_ lang: Lang) -> [String] {
        lang == .zh ? ["#", "客户", "收入", "占比", "累计", "评分", "级别"]
            : ["#", "Customer", "Revenue", "Share", "Cumulative", "Score", "Tier"]
    }

    static func percent(_ permille: Int) -> String { "\(permille / 10).\(permille % 10)%" }

    static func tierCell(_ tier: Tier, suggested: Tier?, _ lang: Lang) -> String {
        let now = CustomerFileWording.tier(tier, lang)
        guard let s = suggested else { return now }
        return "\(now) → \(CustomerFileWording.tier(s, lang))?"
    }

    static func cutLine(_ n: Int, of all: Int, total: String, _ lang: Lang) -> String {
        t(lang, "\(n) of \(Words.plural(all, "customer", "customers")) make 80% of \(total): serve them first.",
          "\(all)个客户中有\(n)个贡献了\(total)的80%：优先为他们服务。")
    }

    static func moreRows(_ n: Int, _ lang: Lang) -> String {
        t(lang, "and \(n) more (--csv for all)", "还有\(n)个（加 --csv 查看全部）")
    }

    /// The example names a customer of the report, so the line it offers works as typed.
    static func scoreKey(_ name: String, _ lang: Lang) -> String {
        t(lang, "Score /100: volume 40, buying months 15, and 15 each for service needed, price sensitivity and a long-term partnership (7 until you say, e.g. \(name) is price sensitive).",
          "评分（满分100）：采购量40，采购月份15，服务需求、价格敏感度、长期合作意愿各15（未填写时各计7分，例如：\(name)对价格很敏感）。")
    }

    static func suggestionsHeading(_ lang: Lang) -> String { t(lang, "Suggested tiers (only suggestions; type the line to accept):", "建议级别（仅为建议，输入对应的句子即可采纳）：") }

    /// `score` is nil for a customer with no revenue in the period (no row, no score).
    static func suggestion(_ name: String, _ tier: Tier, score: Int?, _ lang: Lang) -> String {
        let sc = score.map { t(lang, " (score \($0))", "（评分\($0)）") } ?? ""
        return t(lang, "\(name): \(CustomerFileWording.tier(tier, lang))\(sc) — type: \(CustomerFileWording.tierLine(name, tier, lang))",
                 "\(name)：\(CustomerFileWording.tier(tier, lang))\(sc) — 输入：\(CustomerFileWording.tierLine(name, tier, lang))")
    }

    static func costlyHeading(_ lang: Lang) -> String { t(lang, "Cost more than they bring (worth screening out):", "投入大于回报的客户（建议筛选）：") }
    static func noCostly(_ lang: Lang) -> String { t(lang, "No customer costs more than they bring.", "没有投入大于回报的客户。") }

    static func cost(_ c: KeyAccounts.Cost, _ lang: Lang) -> String {
        switch c {
        case .longOverdue(let days): return t(lang, "\(days) days overdue", "逾期\(days)天")
        case .brokenPromises(let n): return t(lang, "\(n) broken promises", "\(n)次没兑现承诺")
        case .complaints(let n): return t(lang, Words.plural(n, "complaint", "complaints"), "\(n)次投诉")
        case .smallVolume(let share?): return t(lang, "small volume (\(percent(share)) of revenue)", "采购量小（占收入\(percent(share))）")
        case .smallVolume(nil): return t(lang, "bought nothing in the period", "期间没有采购")
        }
    }

    static func costs(_ list: [KeyAccounts.Cost], _ lang: Lang) -> String {
        list.map { cost($0, lang) }.joined(separator: t(lang, "; ", "；"))
    }

    static func tableColumns(_ lang: Lang) -> [String] {
        lang == .zh
            ? ["币种", "排名", "客户", "收入", "占比%", "累计%", "单数", "在80%内", "评分", "采购量", "采购月份", "服务", "价格",
               "长期合作", "级别", "建议级别", "成本原因"]
            : ["Currency", "Rank", "Customer", "Revenue", "Share %", "Cumulative %", "Orders", "In 80%", "Score", "Volume",
               "Buying months", "Service", "Price", "Partnership", "Tier", "Suggested tier", "Costs"]
    }

    static func yesNo(_ b: Bool, _ lang: Lang) -> String { b ? t(lang, "yes", "是") : t(lang, "no", "否") }
}
