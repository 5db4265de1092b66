import FollowUpCore
import FollowUpLanguage

/// Every word an import says, in English and Chinese.
enum ImportWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    /// Invoices, skipped rows and errors listed before the rest are counted.
    static let listLimit = 20
    static let errorLimit = 50

    static func field(_ f: ImportField, _ lang: Lang) -> String {
        switch f {
        case .customer: return t(lang, "customer", "客户")
        case .number: return t(lang, "invoice number", "发票号")
        case .amount: return t(lang, "amount", "金额")
        case .paid: return t(lang, "paid", "已收金额")
        case .issued: return t(lang, "issued", "开票日期")
        case .due: return t(lang, "due", "到期日")
        case .currency: return t(lang, "currency", "币种")
        }
    }

    static func preview(_ plan: ImportPlan, sheet: ImportSheet, path: String, encoding: String, _ c: Context) -> [Reply.Line] {
        let lang = c.lang
        let rows = sheet.records.count - sheet.headerIndex - 1
        let headerRow = sheet.rowNumber(sheet.headerIndex)
        let read = encoding == "UTF-8" ? "" : t(lang, "; read as \(encoding), as it is not UTF-8", "；文件不是UTF-8，按\(encoding)读取")
        var lines = [Reply.Line(t(lang, "Import from \(path): \(Words.plural(rows, "row", "rows")) under the header on row \(headerRow)\(read).",
                                  "从\(path)导入：标题在第\(headerRow)行，下面共\(rows)行\(read)。"), tone: .heading)]
        let used = ImportField.allCases.compactMap { f in
            sheet.columns[f].map { k in t(lang, "\(field(f, lang)) “\(sheet.header[k])”", "\(field(f, lang))“\(sheet.header[k])”") }
        }
        lines.append(Reply.Line("  " + t(lang, "Columns: ", "列：") + used.joined(separator: t(lang, ", ", "，"))))
        if let cur = sheet.fixedCurrency { lines.append(Reply.Line("  " + t(lang, "Currency: \(cur.code) for every row", "币种：每行都按\(cur.code)"))) }
        if sheet.columns[.due] == nil {
            lines.append(Reply.Line("  " + t(lang, "No due column: each invoice is due after the customer's terms (30 days when none are set).",
                                             "没有到期日列：按客户账期计算到期日（未设账期按30天）。")))
        }
        if !plan.newCustomers.isEmpty {
            lines.append(Reply.Line(t(lang, "New customers (\(plan.newCustomers.count)):", "新客户（\(plan.newCustomers.count)个）："), tone: .heading))
            for (cu, like) in plan.newCustomers.prefix(listLimit) {
                let note = like.map { t(lang, " (close to \($0.name), \($0.id), already in your book)", "（与已有客户\($0.name)（\($0.id)）相近）") } ?? ""
                lines.append(Reply.Line("  \(cu.name)\(note)", tone: like == nil ? .plain : .warning))
            }
            if plan.newCustomers.count > listLimit { lines.append(Reply.Line(more(plan.newCustomers.count - listLimit, lang), tone: .muted)) }
        }
        if !plan.invoices.isEmpty {
            let sum = plan.totals.map(\.formatted).joined(separator: " + ")
            lines.append(Reply.Line(t(lang, "New invoices (\(plan.invoices.count)), \(sum) in all:", "新发票（\(plan.invoices.count)张），合计\(sum)："),
                                    tone: .heading))
            for n in plan.invoices.prefix(listLimit) {
                let inv = n.invoice
                lines.append(Reply.Line("  " + t(lang, "row \(n.row) · \(inv.number) · \(n.customerName) · \(inv.amount.formatted) · due \(c.day(inv.due))",
                                                 "第\(n.row)行 · \(inv.number) · \(n.customerName) · \(inv.amount.formatted) · \(c.day(inv.due))到期")))
            }
            if plan.invoices.count > listLimit { lines.append(Reply.Line(more(plan.invoices.count - listLimit, lang), tone: .muted)) }
            if !plan.creditUsed.isEmpty {
                let credit = plan.creditUsed.map(\.formatted).joined(separator: " + ")
                lines.append(Reply.Line("  " + t(lang, "Existing credit of \(credit) goes to these invoices, as for any new invoice.",
                                                 "客户已有的预付余额\(credit)会冲抵这些发票，和新记发票一样。")))
            }
        }
        if !plan.skipped.isEmpty {
            lines.append(Reply.Line(t(lang, "Skipped (\(plan.skipped.count)):", "跳过（\(plan.skipped.count)行）："), tone: .heading))
            for (row, issue) in plan.skipped.prefix(listLimit) { lines.append(Reply.Line("  " + rowLine(row, issue, c), tone: .muted)) }
            if plan.skipped.count > listLimit { lines.append(Reply.Line(more(plan.skipped.count - listLimit, lang), tone: .muted)) }
        }
        if !plan.errors.isEmpty {
            lines.append(Reply.Line(t(lang, "Rows with errors, not imported (\(plan.errors.count)):", "有错误、不会导入的行（\(plan.errors.count)行）："),
                                    tone: .heading))
            for (row, issue) in plan.errors.prefix(errorLimit) { lines.append(Reply.Line("  " + rowLine(row, issue, c), tone: .warning)) }
            if plan.errors.count > errorLimit { lines.append(Reply.Line(more(plan.errors.count - errorLimit, lang), tone: .muted)) }
        }
        return lines
    }

    static func more(_ n: Int, _ lang: Lang) -> String { t(lang, "  …and \(n) more", "  ……另有\(n)行") }

    static func rowLine(_ row: Int, _ issue: RowIssue, _ c: Context) -> String {
        t(c.lang, "row \(row) · ", "第\(row)行 · ") + reason(issue, c)
    }

    static func reason(_ issue: RowIssue, _ c: Context) -> String {
        let lang = c.lang
        switch issue {
        case .noCustomer: return t(lang, "no customer name", "没有客户名称")
        case .nameTooLong: return t(lang, "the customer name is over \(ImportPlan.maxName) characters", "客户名称超过\(ImportPlan.maxName)个字")
        case .noNumber: return t(lang, "no invoice number", "没有发票号")
        case .numberTooLong: return t(lang, "the invoice number is over \(ImportPlan.maxNumber) characters", "发票号超过\(ImportPlan.maxNumber)个字符")
        case .noAmount: return t(lang, "no amount", "没有金额")
        case .amount(let e, let cell):
            switch e {
            case .notANumber: return t(lang, "amount “\(cell)” is not a number", "金额“\(cell)”不是数字")
            case .notPositive: return t(lang, "amount “\(cell)” is negative (a credit, not an open invoice)", "金额“\(cell)”是负数（是贷项，不是未收发票）")
            case .zero: return t(lang, "amount “\(cell)” is zero", "金额“\(cell)”为零")
            case .tooManyDecimals: return t(lang, "amount “\(cell)” has more decimals than the currency has", "金额“\(cell)”的小数位超过了币种允许的位数")
            case .tooLarge: return t(lang, "amount “\(cell)” is over \(Problem.maxAmountText)", "金额“\(cell)”超过\(Problem.maxAmountText)")
            case .ambiguous: return t(lang, "amount “\(cell)” is unclear: is the comma a decimal point? Write it as 12.50 or 1,250", "金额“\(cell)”不明确：逗号是小数点吗？请写成 12.50 或 1,250")
            }
        case .day(let f, let e, let cell):
            let which = field(f, lang)
            switch e {
            case .notADate: return t(lang, "\(which) “\(cell)” is not a date (use 2026-12-01)", "\(which)“\(cell)”不是日期（请用 2026-12-01）")
            case .notReal: return t(lang, "\(which) “\(cell)” is not a real date", "\(which)“\(cell)”不是有效日期")
            case .outOfRange: return t(lang, "\(which) “\(cell)” is outside 1900 to 2200", "\(which)“\(cell)”不在1900年到2200年之间")
            case .spreadsheetNumber: return t(lang, "\(which) “\(cell)” is a number, not a date (format the column as dates before saving)", "\(which)“\(cell)”是数字不是日期（保存前把这一列设为日期格式）")
            }
        case .dueBeforeIssued(let issued, let due):
            return t(lang, "due \(c.day(due)) is before issued \(c.day(issued))", "到期日\(c.day(due))早于开票日期\(c.day(issued))")
        case .unknownCurrency(let s): return t(lang, "currency “\(s)” is not one I know (use a code such as CNY or USD)", "不认识币种“\(s)”（请用 CNY、USD 这样的代码）")
        case .currencyConflict(let cell, let column):
            return t(lang, "amount “\(cell)” is in another currency than “\(column)”", "金额“\(cell)”和币种“\(column)”不一致")
        case .repeated(let n, let first): return t(lang, "invoice \(n) is already on row \(first) of this file", "发票\(n)在本文件第\(first)行已经出现过")
        case .deletedCustomer(let n): return t(lang, "\(n) was deleted from your book; bring them back first (undo right after deleting), or rename the row", "\(n)已从账本删除；请先恢复，或改一下这一行的客户名")
        case .severalCustomers(let n): return t(lang, "more than one customer is called \(n); rename one first", "有多个客户叫\(n)；请先给其中一个改名")
        case .bookLimit: return t(lang, "the book's amounts would pass their limit", "账本的金额总数会超出上限")
        case .exists(let n): return t(lang, "invoice \(n) is already in your book", "发票\(n)已经在账本里")
        case .totalRow: return t(lang, "a totals row", "合计行")
        case .nothingOwed(let n): return t(lang, "invoice \(n) has nothing left to pay", "发票\(n)已经没有未付金额")
        }
    }

    static func question(customers: Int, invoices: Int, _ lang: Lang) -> String {
        let what = customers == 0 ? t(lang, "Add \(Words.plural(invoices, "invoice", "invoices"))", "添加\(invoices)张发票")
            : t(lang, "Add \(Words.plural(customers, "customer", "customers")) and \(Words.plural(invoices, "invoice", "invoices"))",
                "添加\(customers)个客户和\(invoices)张发票")
        return t(lang, "\(what) as one change (one undo takes it all back)? (yes/no)", "\(what)吗？作为一次修改保存，一次撤销即可全部退回。（是/否）")
    }

    static func done(customers: Int, invoices: Int, path: String, _ lang: Lang) -> String {
        let who = customers == 0 ? "" : t(lang, " and \(Words.plural(customers, "new customer", "new customers"))", "和\(customers)个新客户")
        return t(lang, "Imported \(Words.plural(invoices, "invoice", "invoices"))\(who) from \(path). Type undo to take them all back.",
                 "已从\(path)导入\(invoices)张发票\(who)。输入“撤销”可以全部退回。")
    }

    static func nothingNew(_ path: String, _ lang: Lang) -> String {
        t(lang, "Nothing to import: every invoice in \(path) is already in your book or has nothing left to pay.",
          "没有需要导入的：\(path)里的发票都已在账本里，或已没有未付金额。")
    }

    static func nothingImported(_ lang: Lang) -> String {
        t(lang, "Nothing was imported. Fix the rows above in the file and import it again; rows already imported are skipped.",
          "没有导入任何内容。请在文件里改好上面的行再导入一次；已导入的行会自动跳过。")
    }

    static func problem(_ p: ImportProblem, _ lang: Lang) -> String {
        let example = t(lang, "import invoices invoices.csv", "导入发票 发票.csv")
        switch p {
        case .noFile:
            return t(lang, "Which file? Type: \(example)", "导入哪个文件？请输入：\(example)")
        case .badOption(let o):
            return t(lang, "I don't know the option “\(o)”. Name columns with customer=, number=, amount=, paid=, issued=, due=, currency= (a column's header, or currency=USD for every row), and dates=day-month. Nothing was changed.",
                     "不认识选项“\(o)”。可以用 客户=、发票号=、金额=、已收=、开票日期=、到期日=、币种= 指定列（写列标题；币种=USD 表示每行都用美元），以及 日期格式=日/月。没有做任何修改。")
        case .file(let f, let path):
            return t(lang, "Can't import \(path): \(FileWording.reason(f, .en)). Nothing was changed. Check the name, for example: \(example)",
                     "无法导入\(path)：\(FileWording.reason(f, .zh))。没有做任何修改。请检查文件名，例如：\(example)")
        case .workbook(let path):
            return t(lang, "\(path) is an Excel workbook, not CSV. Save it as “CSV UTF-8” and import that file. Nothing was changed.",
                     "\(path)是Excel工作簿，不是CSV。请另存为“CSV UTF-8”后再导入。没有做任何修改。")
        case .utf16(let path):
            return t(lang, "\(path) is saved as UTF-16 (“Unicode text”). Save it as “CSV UTF-8” and import that file. Nothing was changed.",
                     "\(path)是UTF-16（“Unicode文本”）格式。请另存为“CSV UTF-8”后再导入。没有做任何修改。")
        case .binary(let path):
            return t(lang, "\(path) is not a text file (it holds binary data), so it is no CSV. Nothing was changed.",
                     "\(path)不是文本文件（包含二进制数据），不是CSV。没有做任何修改。")
        case .notUTF8(let path):
            return t(lang, "\(path) is not UTF-8 text (nor Chinese GB18030). Save it as “CSV UTF-8” and import that file. Nothing was changed.",
                     "\(path)不是UTF-8文本（也不是GB18030中文编码）。请另存为“CSV UTF-8”后再导入。没有做任何修改。")
        case .empty(let path):
            return t(lang, "\(path) is empty: there is nothing to import.", "\(path)是空的，没有可以导入的内容。")
        case .unreadable(let path):
            return t(lang, "\(path) could not be read as CSV. Nothing was changed.", "\(path)无法按CSV读取。没有做任何修改。")
        case .tooManyRows(let n, let limit):
            return t(lang, "The file has \(n) rows; one import takes at most \(limit), so that one undo can take it back. Split the file. Nothing was changed.",
                     "文件有\(n)行，一次最多导入\(limit)行（这样一次撤销就能退回）。请把文件分开。没有做任何修改。")
        case .columnsMissing(let missing, let path, let firstRow):
            let list = missing.map { field($0, lang) }
            let names = list.count < 2 ? list.joined() : list.dropLast().joined(separator: t(lang, ", ", "、")) + t(lang, " and ", "和") + (list.last ?? "")
            let row = firstRow.prefix(12).map { "“\($0)”" }.joined(separator: t(lang, ", ", "，"))
            let hint = missing.map { "\($0.rawValue)=…" }.joined(separator: " ")
            let columns = missing.count == 1 ? "column" : "columns"
            return t(lang, "I couldn't find the \(names) \(columns) in \(path). Its first row is: \(row). Name the columns, for example: import invoices \(path) \(hint). Nothing was changed.",
                     "在\(path)里找不到\(names)列。第一行是：\(row)。请指定列，例如：导入发票 \(path) \(hint)。没有做任何修改。")
        case .namedColumnMissing(let f, let name, let path, let firstRow):
            let row = firstRow.prefix(12).map { "“\($0)”" }.joined(separator: t(lang, ", ", "，"))
            return t(lang, "\(path) has no column “\(name)” for the \(field(f, .en)). Its first row is: \(row). Nothing was changed.",
                     "\(path)里没有“\(name)”这一列（\(field(f, .zh))）。第一行是：\(row)。没有做任何修改。")
        }
    }
}
