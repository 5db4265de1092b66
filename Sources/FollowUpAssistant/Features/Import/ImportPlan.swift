import FollowUpCore
import FollowUpLanguage

/// Why one row of an import is skipped or not imported.
enum RowIssue: Equatable {
    // Not imported: the row is wrong.
    case noCustomer
    case nameTooLong
    case noNumber
    case numberTooLong
    case noAmount
    case amount(ImportCells.AmountError, String)
    case day(ImportField, ImportCells.DayError, String)
    case dueBeforeIssued(issued: Day, due: Day)
    case unknownCurrency(String)
    case currencyConflict(cell: String, column: String)
    case repeated(String, firstRow: Int)
    case deletedCustomer(String)
    case severalCustomers(String)
    case bookLimit
    // Skipped: nothing to do for it.
    case exists(String)
    case totalRow
    case nothingOwed(String)
}

/// What an import will do, worked out against a copy of the book before anything is written:
/// the customers and invoices to add as one step, and every row left out with its reason.
struct ImportPlan {
    struct NewInvoice {
        var row: Int
        var invoice: Invoice
        var customerName: String
    }

    var events: [Event] = []
    /// Customers to add, each with an existing customer whose name is close, if any.
    var newCustomers: [(customer: Customer, like: Customer?)] = []
    var invoices: [NewInvoice] = []
    var skipped: [(row: Int, issue: RowIssue)] = []
    var errors: [(row: Int, issue: RowIssue)] = []
    /// Existing credit the new invoices use up, per currency.
    var creditUsed: [Money] = []

    static let maxName = 200
    static let maxNumber = 60
    /// Words in the customer or number cell of a totals row.
    static let totalWords: Set<String> = ["total", "totals", "grand total", "subtotal", "sum", "合计", "总计", "小计", "合计金额", "总合计"]

    /// Totals of the new invoices per currency, the most first.
    var totals: [Money] {
        var by: [String: Money] = [:]
        for n in invoices { let a = n.invoice.amount; by[a.currency.code] = (by[a.currency.code] ?? .zero(a.currency)) + a }
        return by.values.sorted { ($0.minor, $1.currency.code) > ($1.minor, $0.currency.code) }
    }

    init(sheet: ImportSheet, args: ImportArguments, _ c: Context) {
        var scratch = c.book
        let dayFirst = args.dayFirst ?? c.book.datesDayFirst
        var seenNumbers: [String: Int] = [:]
        var added: [String: Customer] = [:]
        var credit: [String: Money] = [:]
        // A paid column counts only beside an invoice total: an open amount is already net of it.
        let openFolded = Set(ImportSheet.openAmountNames.map(ImportSheet.fold))
        let paidColumn = sheet.columns[.paid] != nil
            && sheet.columns[.amount].map { !openFolded.contains(ImportSheet.fold(sheet.header[$0])) } == true
        for i in (sheet.headerIndex + 1)..<sheet.records.count {
            let row = sheet.rowNumber(i)
            let rawName = sheet.cell(.customer, i), rawNumber = sheet.cell(.number, i)
            if ImportPlan.totalWords.contains(rawName.lowercased()) || ImportPlan.totalWords.contains(rawNumber.lowercased())
                || (rawNumber.isEmpty && rawName.isEmpty) {
                skipped.append((row, .totalRow))
                continue
            }
            let name = Conversation.clean(rawName), number = Conversation.clean(rawNumber)
            guard !name.isEmpty else { errors.append((row, .noCustomer)); continue }
            guard name.count <= ImportPlan.maxName else { errors.append((row, .nameTooLong)); continue }
            guard !number.isEmpty else { errors.append((row, .noNumber)); continue }
            guard number.count <= ImportPlan.maxNumber else { errors.append((row, .numberTooLong)); continue }
            if c.invoice(number: number) != nil { skipped.append((row, .exists(number))); continue }
            if let first = seenNumbers[number.lowercased()] { errors.append((row, .repeated(number, firstRow: first))); continue }
            seenNumbers[number.lowercased()] = row

            // The currency: the amount's own symbol, the currency column, the line's option, the book's.
            let currencyCell = sheet.cell(.currency, i)
            var currency = sheet.fixedCurrency ?? c.defaultCurrency
            if !currencyCell.isEmpty {
                guard let cur = ImportCells.currency(currencyCell) else { errors.append((row, .unknownCurrency(currencyCell))); continue }
                currency = cur
            }
            let amountCell = sheet.cell(.amount, i)
            guard !amountCell.isEmpty else { errors.append((row, .noAmount)); continue }
            var minor: Int64
            switch ImportCells.amount(amountCell, currency: currency, decimalComma: sheet.decimalComma) {
            case .failure(.zero): skipped.append((row, .nothingOwed(number))); continue
            case .failure(let e): errors.append((row, .amount(e, amountCell))); continue
            case .success(let (m, own)):
                if let own, !currencyCell.isEmpty, own != currency {
                    errors.append((row, .currencyConflict(cell: amountCell, column: currencyCell))); continue
                }
                if let own { currency = own }
                minor = m
            }
            if paidColumn {
                let paidCell = sheet.cell(.paid, i)
                if !paidCell.isEmpty {
                    switch ImportCells.amount(paidCell, currency: currency, decimalComma: sheet.decimalComma) {
                    case .failure(.zero): break
                    case .failure(let e): errors.append((row, .amount(e, paidCell))); continue
                    case .success(let (p, _)): minor -= p
                    }
                    if minor <= 0 { skipped.append((row, .nothingOwed(number))); continue }
                }
            }
            let amount = Money(minor: minor, currency: currency)

            var issued: Day?, due: Day?
            var bad: RowIssue?
            for (field, cell) in [(ImportField.issued, sheet.cell(.issued, i)), (.due, sheet.cell(.due, i))] where !cell.isEmpty {
                switch ImportCells.day(cell, dayFirst: dayFirst, today: c.today) {
                case .success(let d): if field == .issued { issued = d } else { due = d }
                case .failure(let e): bad = bad ?? .day(field, e, cell)
                }
            }
            if let bad { errors.append((row, bad)); continue }
            if let a = issued, let b = due, b < a { errors.append((row, .dueBeforeIssued(issued: a, due: b))); continue }

            // The customer: one in the book by this exact name, one added earlier in this file, or new.
            let key = CustomerResolver.fold(name)
            var stepEvents: [Event] = []
            let customer: Customer
            let found = c.index.customers(named: key, in: c.book)
            if found.count > 1 { errors.append((row, .severalCustomers(name))); continue }
            if let id = found.first, let existing = c.book.customer(id) {
                customer = existing
            } else if let earlier = added[key] {
                customer = earlier
            } else if c.book.customers.contains(where: { $0.removed != nil && CustomerResolver.fold($0.name) == key }) {
                errors.append((row, .deletedCustomer(name))); continue
            } else {
                customer = Customer(id: scratch.nextCustomerID, name: name, added: c.today)
                stepEvents.append(.customerAdded(customer))
            }
            let terms = customer.termsDays ?? ReceivableCommands.defaultTermsDays
            let dueDay = due ?? (issued ?? c.today).adding(days: terms)
            let issuedDay = issued ?? min(c.today, dueDay.adding(days: -terms))
            guard dueDay.isSupported, issuedDay.isSupported else {
                errors.append((row, .day(.due, .outOfRange, dueDay.iso))); continue
            }
            let invoice = Invoice(id: scratch.nextInvoiceID, customer: customer.id, number: number, amount: amount,
                                  issued: issuedDay, due: dueDay)
            stepEvents.append(.invoiceAdded(invoice))
            let used = scratch.creditAllocations(for: invoice)
            for (pid, a) in used { stepEvents.append(.allocated(payment: pid, a)) }
            do {
                try scratch.record(Step(seq: scratch.lastSeq + 1, day: c.today, line: "import", events: stepEvents))
            } catch {
                // The book's total would pass its limit: this row, and the ones after it, wait.
                errors.append((row, .bookLimit)); continue
            }
            if stepEvents.count > 1, case .customerAdded(let new) = stepEvents[0] {
                added[key] = new
                newCustomers.append((new, ImportPlan.similar(to: new.name, in: c.book)))
            }
            for (_, a) in used { credit[currency.code] = (credit[currency.code] ?? .zero(currency)) + Money(minor: a.minor, currency: currency) }
            events += stepEvents
            invoices.append(NewInvoice(row: row, invoice: invoice, customerName: customer.name))
        }
        creditUsed = credit.keys.sorted().compactMap { credit[$0] }
    }

    /// A customer already in the book whose name is close to a new one (`Acme Trading Co.`
    /// beside `Acme Trading`), so the preview can say so before two files exist for one firm.
    static func similar(to name: String, in book: Book) -> Customer? {
        let key = CustomerResolver.fold(name)
        for c in book.customers where c.removed == nil {
            for n in [c.name] + c.aliases {
                let other = CustomerResolver.fold(n)
                if other.count >= 3, key.hasPrefix(other + " ") || other.hasPrefix(key + " ") { return c }
                let limit = min(key.count, other.count) >= 8 ? 2 : min(key.count, other.count) >= 5 ? 1 : 0
                if limit > 0, EditDistance.between(key, other, limit: limit) <= limit { return c }
            }
        }
        return nil
    }
}
