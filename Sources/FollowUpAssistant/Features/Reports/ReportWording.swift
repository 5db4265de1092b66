import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// Every word the collection reports and their CSV say, in English and Chinese.
enum ReportWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    // MARK: Ladder and actions

    /// The ladder step and next action in the words the chase list uses (`CollectionWording`).
    static func step(_ s: LadderStep, _ lang: Lang) -> String { CollectionWording.step(s, lang) }

    /// The customer's next action (the standing's); `-` when there is nothing to chase yet.
    static func action(_ a: NextAction?, _ lang: Lang) -> String {
        a.map { CollectionWording.action($0, lang) } ?? "-"
    }

    /// What a plan entry asks the salesperson to do.
    static func task(_ e: CollectionPlan.Entry, _ lang: Lang) -> String {
        switch e.task {
        case .brokenPromise:
            return t(lang, "call about the broken promise: a new day and amount, in writing", "就未兑现的承诺打电话：约定新的日期和金额，并书面确认")
        case .chase: return action(e.action, lang)
        case .checkPromise: return t(lang, "check the promised payment came in; call if not", "确认承诺款是否到账，未到就打电话")
        case .collectDue: return t(lang, "collect on the due day, as agreed", "到期当天按约收款")
        case .courtesyNote: return t(lang, "friendly note: it falls due on the weekend", "发友好提醒：周末到期")
        }
    }

    static func promiseStatus(_ s: Promise.Status?, _ lang: Lang) -> String {
        switch s {
        case .pending?: return t(lang, "pending", "待兑现")
        case .broken?: return t(lang, "broken", "未兑现")
        case .kept?: return t(lang, "kept", "已兑现")
        case .keptLate?: return t(lang, "kept late", "逾期兑现")
        case .replaced?: return t(lang, "replaced", "已被新承诺取代")
        case nil: return ""
        }
    }

    // MARK: Receivables detail

    static func detailHeading(_ day: String, _ lang: Lang) -> String {
        t(lang, "Receivables detail as of \(day)", "未回收账款明细表 截至\(day)")
    }

    static func detailColumns(_ lang: Lang) -> [String] {
        lang == .zh ? ["客户", "发票号", "未收金额", "到期日", "逾期天数", "最近联系", "付款承诺", "催收阶段", "下一步"]
            : ["Customer", "Invoice", "Owed", "Due", "Days late", "Last contact", "Promise", "Step", "Next action"]
    }

    static func nothingOwed(_ lang: Lang) -> String {
        t(lang, "Nothing outstanding: no open invoices.", "目前没有未回收的账款。")
    }

    static func nothingOwed(by name: String, _ lang: Lang) -> String {
        t(lang, "\(name) has no open invoices.", "\(name)没有未回收的发票。")
    }

    static func lateCell(_ days: Int, _ lang: Lang) -> String {
        days > 0 ? String(days) : days == 0 ? t(lang, "today", "今天") : "-"
    }

    static func contactCell(_ day: String, _ channel: Channel, _ lang: Lang) -> String {
        t(lang, "\(day), \(Words.channel(channel, .en))", "\(day) \(Words.channel(channel, .zh))")
    }

    static func promiseCell(_ amount: Money, _ day: String, _ status: Promise.Status?, _ lang: Lang) -> String {
        let s = promiseStatus(status, lang)
        return t(lang, "\(amount.formatted) by \(day) (\(s))", "\(day)前付\(amount.formatted)（\(s)）")
    }

    static func detailTotal(_ total: Money, invoices: Int, customers: Int, overdue: Money, _ lang: Lang) -> String {
        let late = overdue.minor == 0 ? t(lang, "none of it overdue", "均未逾期")
            : t(lang, "\(overdue.formatted) of it overdue", "其中逾期\(overdue.formatted)")
        return t(lang, "\(total.formatted) on \(Words.plural(invoices, "open invoice", "open invoices")) from \(Words.plural(customers, "customer", "customers")), \(late).",
                 "共\(customers)个客户、\(invoices)张发票未回收，合计\(total.formatted)，\(late)。")
    }

    static func moreRows(_ n: Int, _ lang: Lang) -> String {
        t(lang, "  …and \(n) more. Add --csv to get them all: receivables detail --csv detail.csv",
          "  ……另有\(n)行。加上 --csv 可以得到全部：应收明细 --csv 明细.csv")
    }

    // MARK: Collection plan

    static func planHeading(_ from: String, _ to: String, _ lang: Lang) -> String {
        t(lang, "Collection plan · \(from) to \(to)", "收款计划 · \(from)至\(to)")
    }

    static func planEmpty(_ lang: Lang) -> String {
        t(lang, "Nothing to chase in the next five working days: nothing overdue, no promises or invoices falling due.",
          "未来五个工作日没有需要催收的：没有逾期账款，也没有到期的承诺或发票。")
    }

    static func planAhead(_ day: String, _ lang: Lang) -> String {
        t(lang, "As things will stand on \(day) if nothing is paid before.", "按\(day)的情况估算（假设之前没有回款）。")
    }

    static func today(_ day: String, _ lang: Lang) -> String { t(lang, "Today · \(day)", "今天 · \(day)") }

    static func reason(_ r: CollectionPlan.Reason, _ c: Context) -> String {
        switch r {
        case .brokenPromise(let p):
            return c.t("promised \(p.amount.formatted) by \(c.day(p.due)), not paid", "答应\(c.day(p.due))前付\(p.amount.formatted)，未兑现")
        case .overdue(let days, let n):
            return c.t("\(Words.plural(n, "invoice", "invoices")) overdue, the oldest \(Words.plural(days, "day", "days"))",
                       "\(n)张发票逾期，最长\(days)天")
        case .promiseDue(let p):
            return c.t("promised \(p.amount.formatted) by \(c.day(p.due))", "答应\(c.day(p.due))前付\(p.amount.formatted)")
        case .invoiceDue(let inv):
            return c.t("\(inv.number) due \(c.day(inv.due))", "\(inv.number) \(c.day(inv.due))到期")
        }
    }

    static func planCount(_ entries: Int, customers: Int, _ lang: Lang) -> String {
        t(lang, "\(Words.plural(entries, "call or visit", "calls or visits")) for \(Words.plural(customers, "customer", "customers")). Broken promises and the most overdue come first.",
          "共\(entries)次电话或拜访，涉及\(customers)个客户。未兑现的承诺和逾期最久的排在最前。")
    }

    static func planColumns(_ lang: Lang) -> [String] {
        lang == .zh ? ["日期", "客户", "下一步", "金额", "币种", "原因", "催收阶段"]
            : ["Day", "Customer", "Action", "Amount", "Currency", "Reason", "Step"]
    }

    // MARK: Collection rate

    static func rateHeading(_ from: String, _ to: String, _ currency: String, toDate: Bool, customer: String?, _ lang: Lang) -> String {
        let soFar = toDate ? t(lang, ", so far", "，截至今天") : ""
        let who = customer.map { " · \($0)" } ?? ""
        return t(lang, "Collection rate\(who) · \(from) to \(to)\(soFar) (\(currency))", "回款率\(who) · \(from)至\(to)\(soFar)（\(currency)）")
    }

    static func unknownPeriod(_ words: String, _ lang: Lang) -> String {
        t(lang, "I can't tell which period “\(words)” is. Try: collection rate this month, collection rate for october, collection rate this quarter, collection rate since Oct 1",
          "看不出“\(words)”是哪个期间。试试：本月回款率、10月回款率、本季度回款率、今年回款率")
    }

    static func rateNothing(_ from: String, _ to: String, _ lang: Lang) -> String {
        t(lang, "Nothing was due, owed or sold from \(from) to \(to).", "\(from)至\(to)没有到期、未收或新开的账款。")
    }

    static func rateRows(_ s: CollectionRate.Section, days: Int, end: String, _ lang: Lang) -> [[String]] {
        let m = { (v: Int64) in Money(minor: v, currency: s.currency).formatted }
        let rate = s.ratePermille.map { "\($0 / 10).\($0 % 10)%" } ?? t(lang, "- (nothing fell due)", "-（期内没有到期的账款）")
        let dso = s.dso(days: days).map { t(lang, Words.plural($0, "day", "days"), "\($0)天") }
            ?? t(lang, "- (no sales in the period)", "-（期内没有销售）")
        if lang == .zh {
            return [["期内应收", m(s.due) + (s.invoices == 0 ? "" : "（\(s.invoices)张发票：期初已逾期或期内到期）")],
                    ["已回款", m(s.collected)],
                    ["回款率", rate],
                    ["期末应收", m(s.receivables) + "（\(end)）"],
                    ["期内销售", m(s.sales)],
                    ["应收周转天数", dso + (s.sales > 0 ? "（期末应收 ÷ 期内销售 × \(days)天）" : "")]]
        }
        return [["Due in the period", m(s.due) + (s.invoices == 0 ? "" : " (\(Words.plural(s.invoices, "invoice", "invoices")): overdue at the start or due in the period)")],
                ["Collected", m(s.collected)],
                ["Collection rate", rate],
                ["Owed at the end", m(s.receivables) + " (\(end))"],
                ["Sales in the period", m(s.sales)],
                ["DSO", dso + (s.sales > 0 ? " (owed at the end ÷ sales × \(Words.plural(days, "day", "days")))" : "")]]
    }

    static func rateColumns(_ lang: Lang) -> [String] {
        lang == .zh ? ["币种", "开始", "结束", "期内应收", "已回款", "回款率%", "期末应收", "期内销售", "天数", "应收周转天数"]
            : ["Currency", "From", "To", "Due", "Collected", "Rate %", "Owed at end", "Sales", "Days", "DSO"]
    }

    // MARK: CSV

    static func wrote(_ rows: Int, _ path: String, replaced: Bool, _ lang: Lang) -> String {
        let again = replaced ? t(lang, " (the old file was replaced)", "（替换了原来的文件）") : ""
        return t(lang, "Wrote \(Words.plural(rows, "row", "rows")) to \(path)\(again).", "已写入\(path)，共\(rows)行\(again)。")
    }

    static func csvProblem(_ p: CSVProblem, _ lang: Lang) -> String {
        switch p {
        case .notAReport:
            return t(lang, "--csv goes after a report's words: aging, statement Acme, receivables detail, collection plan, collection rate, customers, promises, agenda, reminders, total owed. Nothing was changed.",
                     "--csv 要跟在报表后面：账龄、对账单 客户名、应收明细、收款计划、回款率、客户列表、承诺列表、日程、提醒列表、应收总额。没有做任何修改。")
        case .file(let problem, let path):
            return t(lang, "Could not write \(path): \(FileWording.reason(problem, .en)). Nothing was written. Name another file, for example: aging --csv aging.csv",
                     "无法写入\(path)：\(FileWording.reason(problem, .zh))。没有写入任何内容。请换一个文件名，例如：账龄 --csv 账龄.csv")
        case .failed(let why):
            return t(lang, "Could not make the CSV: \(why). Nothing was written.", "无法生成CSV：\(why)。没有写入任何内容。")
        }
    }
}

/// What went wrong with a report line.
enum ReportProblem: Equatable {
    /// The period asked about starts after today.
    case futurePeriod(Day)
}

extension ReportWording {
    static func problem(_ p: ReportProblem, _ lang: Lang, today: Day) -> String {
        switch p {
        case .futurePeriod(let d):
            let day = Words.day(d, lang, today: today)
            return t(lang, "The period starts on \(day), still to come; a collection rate looks back. Try: collection rate this month",
                     "这个期间从\(day)开始，还没到；回款率是回头看的。试试：本月回款率")
        }
    }
}

/// What went wrong with `--csv`.
enum CSVProblem: Equatable {
    /// The line is not a report.
    case notAReport
    /// The file could not be written.
    case file(FileProblem, path: String)
    case failed(String)
}

/// Why a file could not be used, in plain words.
enum FileWording {
    static func reason(_ p: FileProblem, _ lang: Lang) -> String {
        let zh = lang == .zh
        switch p {
        case .missing: return zh ? "没有这个文件" : "there is no such file"
        case .isDirectory: return zh ? "这是一个文件夹" : "it is a folder"
        case .notRegularFile: return zh ? "这不是普通文件" : "it is not an ordinary file"
        case .tooLarge(let n, let limit):
            return zh ? "文件有\(n / 1_000_000 == 0 ? "\(n / 1000) KB" : "\(n / 1_000_000) MB")，超过了\(limit / 1_000_000) MB的上限"
                : "it is \(n / 1_000_000 == 0 ? "\(n / 1000) KB" : "\(n / 1_000_000) MB"), over the limit of \(limit / 1_000_000) MB"
        case .symbolicLink: return zh ? "这是一个符号链接，为安全起见不会通过它写入" : "it is a symbolic link, and reports are never written through one"
        case .noFolder: return zh ? "所在的文件夹不存在" : "its folder does not exist"
        case .permissionDenied: return zh ? "没有权限" : "permission denied"
        case .bookFile: return zh ? "这是账本自己的文件" : "it is one of your book's own files"
        case .failed(let why): return why
        }
    }
}
