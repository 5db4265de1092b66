import FollowUpCore
import FollowUpLanguage

/// `--csv` after a report's words: the same report as a table, header words in the line's
/// language. Data rows only (no total rows): a spreadsheet adds them up itself.
enum CSVExport {
    /// The intents that are reports, and so take `--csv`.
    static let reports: Set<Intent> = [.reportAging, .reportStatement, .reportTotal, .reportDetail, .reportPlan, .reportRate,
                                       .customerList, .promiseList, .agenda, .reminderList, .reportPareto, .complaintList, .complaintReport,
                                       .satisfactionReport, .planList]

    static func table(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        switch p.intent {
        case .reportAging: return aging(p, c)
        case .reportStatement:
            if p.slots.customer == nil, p.slots.contact == nil, c.decisions.customer == nil {
                return try CollectionReports.detailTable(p, c)
            }
            return try statement(p, c)
        case .reportTotal: return total(c)
        case .reportDetail: return try CollectionReports.detailTable(p, c)
        case .reportPlan: return try CollectionReports.planTable(p, c)
        case .reportRate: return try CollectionReports.rateTable(p, c)
        case .customerList: return customers(c)
        case .promiseList: return try promises(p, c)
        case .agenda: return agenda(p, c)
        case .reminderList: return reminders(c)
        case .reportPareto: return try KeyAccountsReport.table(p, c)
        case .complaintList, .complaintReport: return try ComplaintReports.table(p, c)
        case .satisfactionReport: return try SatisfactionCommands.table(p, c)
        case .planList: return PlanCommands.table(p, c)
        default: throw Problem.csv(.notAReport)
        }
    }

    static func aging(_ p: ParsedLine, _ c: Context) -> ReportTable {
        let report = AgingReport(book: c.book, asOf: p.slots.date ?? c.today)
        let header = c.zh ? ["客户", "币种", "未到期", "1-30天", "31-60天", "61-90天", "90天以上", "合计"]
            : ["Customer", "Currency", "Not due", "1-30", "31-60", "61-90", "Over 90", "Total"]
        var rows: [[ReportTable.Cell]] = []
        for s in report.sections {
            for r in s.rows {
                let m = { (v: Int64) in ReportTable.Cell.money(Money(minor: v, currency: s.currency)) }
                rows.append([.text(r.name), .text(s.currency.code)] + r.buckets.map(m) + [m(r.total)])
            }
        }
        return ReportTable(header: header, rows: rows)
    }

    static func statement(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let (cu, _) = try c.customer(p, example: c.t("statement Acme --csv", "美华商贸对账单 --csv"), offerAdd: false)
        let st = Statement(book: c.book, customer: cu.id)
        let header = c.zh ? ["日期", "项目", "单号", "到期日", "金额", "余额", "币种"]
            : ["Date", "Item", "Number", "Due", "Amount", "Balance", "Currency"]
        var rows: [[ReportTable.Cell]] = []
        for s in st.sections {
            for l in s.lines {
                let item: String, number: ReportTable.Cell, due: ReportTable.Cell
                switch l.kind {
                case .invoice(let n, let d): item = c.t("invoice", "发票"); number = .text(n); due = .day(d)
                case .payment(let ref): item = c.t("payment", "回款"); number = ref.map { .text($0) } ?? .empty; due = .empty
                case .creditNote(let ref): item = c.t("credit note", "红字冲减"); number = ref.map { .text($0) } ?? .empty; due = .empty
                case .refund(let ref): item = c.t("refund", "退款冲减"); number = ref.map { .text($0) } ?? .empty; due = .empty
                case .bounced(let paid): item = c.t("bounced payment of \(paid.iso)", "\(paid.iso)的回款被退回"); number = .empty; due = .empty
                }
                rows.append([.day(l.day), .text(item), number, due, .money(Money(minor: l.minor, currency: s.currency)),
                             .money(Money(minor: l.balance, currency: s.currency)), .text(s.currency.code)])
            }
        }
        return ReportTable(header: header, rows: rows)
    }

    static func total(_ c: Context) -> ReportTable {
        let report = AgingReport(book: c.book, asOf: c.today)
        let header = c.zh ? ["币种", "应收总额", "逾期", "客户数"] : ["Currency", "Outstanding", "Overdue", "Customers"]
        let rows: [[ReportTable.Cell]] = report.sections.map { s in
            [.text(s.currency.code), .money(Money(minor: s.total, currency: s.currency)),
             .money(Money(minor: s.total - s.totals[0], currency: s.currency)), .int(s.rows.filter { $0.total > 0 }.count)]
        }
        return ReportTable(header: header, rows: rows)
    }

    /// One row per customer and currency owed (one row, owing nothing, for a customer who owes nothing).
    static func customers(_ c: Context) -> ReportTable {
        let book = c.book
        let balances = CustomerBalances(book: book, on: c.today)
        let owed = balances.owed, overdue = balances.overdue
        let header = c.zh ? ["编号", "客户", "币种", "欠款", "逾期", "账期天数", "信用额度", "电话", "邮箱", "联系人"]
            : ["Number", "Customer", "Currency", "Owes", "Overdue", "Terms days", "Credit limit", "Phone", "Email", "Contact"]
        var rows: [[ReportTable.Cell]] = []
        for cu in book.customers where cu.removed == nil {
            let k = cu.id.raw - 1
            let codes = owed[k].isEmpty ? [c.defaultCurrency.code] : owed[k].keys.sorted()
            for code in codes {
                let currency = owed[k][code]?.currency ?? c.defaultCurrency
                rows.append([.int(cu.id.raw), .text(cu.name), .text(code), .money(owed[k][code] ?? .zero(currency)),
                             .money(overdue[k][code] ?? .zero(currency)), cu.termsDays.map { .int($0) } ?? .empty,
                             cu.creditLimit.map { .money($0) } ?? .empty, cu.phone.map { .text($0) } ?? .empty,
                             cu.email.map { .text($0) } ?? .empty, cu.contacts.first.map { .text($0.name) } ?? .empty])
            }
        }
        return ReportTable(header: header, rows: rows)
    }

    static func promises(_ p: ParsedLine, _ c: Context) throws -> ReportTable {
        let header = c.zh ? ["编号", "客户", "金额", "币种", "承诺日期", "记录日期", "状态"]
            : ["Number", "Customer", "Amount", "Currency", "Due", "Made", "Status"]
        let rows: [[ReportTable.Cell]] = try PromiseCommands.selected(p, c).map { pr, status in
            [.int(pr.id.raw), .text(c.book.customer(pr.customer)?.name ?? pr.customer.description), .money(pr.amount),
             .text(pr.amount.currency.code), .day(pr.due), .day(pr.made), .text(ReportWording.promiseStatus(status, c.lang))]
        }
        return ReportTable(header: header, rows: rows)
    }

    /// Every agenda item: the overdue ones (their own day, days late) and each day's.
    static func agenda(_ p: ParsedLine, _ c: Context) -> ReportTable {
        let (from, to) = ReportCommands.agendaRange(p, c)
        let agenda = Agenda(book: c.book, today: c.today, from: from, to: to)
        let header = c.zh ? ["日期", "类型", "编号", "客户", "内容", "金额", "币种", "逾期天数"]
            : ["Day", "Kind", "Number", "Customer", "What", "Amount", "Currency", "Days late"]
        let name: (CustomerID?) -> ReportTable.Cell = { id in id.flatMap { c.book.customer($0)?.name }.map { .text($0) } ?? .empty }
        func row(_ item: Agenda.Item) -> [ReportTable.Cell] {
            switch item {
            case .reminder(let r):
                return [.day(r.due), .text(c.t("reminder", "提醒")), .int(r.id.raw), name(r.customer),
                        .text(r.text), .empty, .empty, .int(max(0, c.today.days(since: r.due)))]
            case .invoiceDue(let inv):
                return [.day(inv.due), .text(c.t("invoice due", "发票到期")), .text(inv.number), name(inv.customer), .empty,
                        .money(inv.outstanding), .text(inv.outstanding.currency.code), .int(max(0, inv.daysOverdue(on: c.today)))]
            case .promiseDue(let pr):
                return [.day(pr.due), .text(c.t("promise", "付款承诺")), .int(pr.id.raw), name(pr.customer), .empty,
                        .money(pr.amount), .text(pr.amount.currency.code), .int(max(0, c.today.days(since: pr.due)))]
            case .promiseBroken(let pr):
                return [.day(pr.due), .text(c.t("broken promise", "未兑现的承诺")), .int(pr.id.raw), name(pr.customer), .empty,
                        .money(pr.amount), .text(pr.amount.currency.code), .int(max(0, c.today.days(since: pr.due)))]
            }
        }
        var rows = agenda.overdue.map(row)
        for (_, items) in agenda.days { rows += items.map(row) }
        // Complaint items by their day: what to do, the complaint's number, days late.
        for i in agenda.complaints {
            rows.append([.day(i.day), .text(ComplaintAgendaWording.kind(i.kind, c.lang)), .int(i.complaint.id.raw),
                         name(i.complaint.customer), .text(i.complaint.words), .empty, .empty, .int(max(0, c.today.days(since: i.day)))])
        }
        return ReportTable(header: header, rows: rows)
    }

    static func reminders(_ c: Context) -> ReportTable {
        let open = ReminderCommands.openReminders(c)
        let header = c.zh ? ["编号", "日期", "时间", "内容", "客户", "重复"] : ["Number", "Day", "Time", "What", "Customer", "Repeats"]
        let rows: [[ReportTable.Cell]] = open.map { r in
            [.int(r.id.raw), .day(r.due), r.time.map { .text($0.description) } ?? .empty, .text(r.text),
             r.customer.flatMap { c.book.customer($0)?.name }.map { .text($0) } ?? .empty,
             r.recurrence.map { .text(c.zh ? $0.chinese : $0.description) } ?? .empty]
        }
        return ReportTable(header: header, rows: rows)
    }
}
