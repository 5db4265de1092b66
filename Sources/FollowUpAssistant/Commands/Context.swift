import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// Thrown inside a command to ask the user something instead of answering.
struct Ask: Error {
    let question: Question
    let lines: [Reply.Line]
}

/// What a command can see: the book as it is, today, the reply language and answers given so far.
struct Context {
    let book: Book
    let index: BookIndex
    let today: Day
    let lang: Lang
    let decisions: Decisions
    /// The time of day when the clock knows it (a live session, or a script's `# today: … HH:MM`):
    /// snoozing by hours, a draft's Date line.
    var now: TimeOfDay? = nil
    var fallbackCurrency: Currency = .cny
    /// Files named in a line (`import invoices FILE`).
    var files: any FileAccess = MemoryFiles()
    /// The line before this one that was not itself a `why`: what `explain` explains.
    var explained: ParsedLine? = nil
    /// The playbook, loaded on first use, and what the session remembers of it.
    var plays: PlayShelf = PlayShelf(.bundledOnly)
    /// Where email drafts go by default, and the home folder for `~` in printed paths.
    var mail: MailSetup = .inMemory
    /// The book's own files, which no file a line names may replace.
    var protectedPaths: [String] = []
    var zh: Bool { lang == .zh }

    /// Picks the reply text for the line's language.
    func t(_ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    func day(_ d: Day) -> String { Words.day(d, lang, today: today) }

    /// The invoice with this number, if any (case-insensitive).
    func invoice(number: String) -> Invoice? { index.invoice(number: number, in: book) }

    /// The currency when the line names none: the book's setting, else the locale's.
    var defaultCurrency: Currency {
        book.settings["currency"].flatMap(Currency.named) ?? fallbackCurrency
    }

    func money(_ amount: ParsedAmount?) throws -> Money? {
        guard let amount else { return nil }
        let currency = try amount.currency.map { code -> Currency in
            guard let c = Currency.named(code) else { throw Problem.badCurrency(code) }
            return c
        } ?? defaultCurrency
        let m = Money(hundredths: amount.hundredths, currency: currency)
        guard m.minor > 0 else { throw Problem.badAmount(amount.plain) }
        return m
    }

    /// The customer a line names, resolved against the book.
    ///
    /// Several matches ask which one; none either asks whether to add it (`offerAdd`) or fails.
    /// Returns the customer and, when the user agreed to add it, the event that adds it.
    func customer(_ parsed: ParsedLine, example: String, offerAdd: Bool) throws -> (Customer, [Event]) {
        if let id = decisions.customer, let c = book.customer(id) { return (c, []) }
        guard let typed = parsed.slots.customer ?? parsed.slots.contact, !typed.isEmpty else {
            throw Problem.needCustomer(example: example)
        }
        if let name = decisions.addCustomer {
            let c = Customer(id: book.nextCustomerID, name: name, added: today)
            return (c, [.customerAdded(c)])
        }
        switch CustomerResolver.resolve(typed, in: book, index: index) {
        case .one(let id):
            guard let c = book.customer(id) else { throw Problem.unknownCustomer(typed) }
            return (c, [])
        case .several(let ids):
            let lines = NumberedChoice.lines(t("“\(typed)” could be more than one customer. Which one?", "“\(typed)”对应多个客户,是哪一个?"),
                                             options: ids.prefix(9).map { book.customer($0)?.name ?? $0.description }, lang)
            throw Ask(question: .chooseCustomer(Array(ids.prefix(9)), resume: parsed), lines: lines)
        case .none:
            guard offerAdd else { throw Problem.unknownCustomer(typed) }
            let lines = [Reply.Line(t("“\(typed)” is not in your book yet. Add it as a new customer? (yes/no)",
                                      "客户列表里还没有“\(typed)”。要添加为新客户吗?(是/否)"), tone: .warning)]
            throw Ask(question: .addCustomer(typed, resume: parsed), lines: lines)
        }
    }

    /// Where a customer stands today, from their records in the book or from `records` given
    /// (the book as a line's change would leave it), with the book's ladder settings.
    func standing(of cu: Customer, records: CustomerRecords? = nil) -> CustomerStanding {
        CustomerStanding(customer: cu, records: records ?? book.records(of: cu.id), ladder: LadderBounds(settings: book.settings), on: today)
    }

    /// What a customer owes in one currency, in minor units (0 when nothing).
    func owed(by id: CustomerID, in currency: Currency) -> Int64 {
        book.outstanding(of: id).first { $0.currency == currency }?.minor ?? 0
    }

    /// The amount a share of what is owed comes to (the rest, half, everything), in the book's
    /// currency when the customer owes in it; a customer who owes nothing cannot pay a share.
    func amount(of portion: AmountPortion, owedBy cu: Customer) throws -> Money {
        let owed = book.outstanding(of: cu.id)
        guard let total = owed.first(where: { $0.currency == defaultCurrency }) ?? owed.first, total.minor > 0 else {
            throw Problem.owesNothing(cu.name)
        }
        switch portion {
        case .rest, .all: return total
        case .half: return Money(minor: (total.minor + 1) / 2, currency: total.currency)
        }
    }

    /// How a share reads in a reply: ` (the rest)`, ` (half of ¥8,000)`.
    func portionNote(_ portion: AmountPortion?, of cu: Customer) -> String {
        guard let portion else { return "" }
        switch portion {
        case .rest: return t(" (the rest)", "（余款）")
        case .all: return t(" (everything owed)", "（全部欠款）")
        case .half:
            let whole = Words.moneys(book.outstanding(of: cu.id), zero: defaultCurrency)
            return t(" (half of \(whole))", "（\(whole)的一半）")
        }
    }

    /// A line of facts about what a customer owes: `owes ¥12,500, ¥4,800 overdue`.
    func owedSummary(_ id: CustomerID) -> String? {
        let owed = book.outstanding(of: id)
        guard !owed.isEmpty else { return nil }
        var overdueDays = 0
        var overdue: [String: Money] = [:]
        for inv in book.invoices where inv.customer == id && inv.isOpen && inv.due < today {
            overdueDays = max(overdueDays, inv.daysOverdue(on: today))
            let o = inv.outstanding
            overdue[o.currency.code] = (overdue[o.currency.code] ?? .zero(o.currency)) + o
        }
        let owedText = Words.moneys(owed, zero: defaultCurrency)
        if overdue.isEmpty { return t("owes \(owedText)", "欠款\(owedText)") }
        let od = Words.moneys(overdue.keys.sorted().compactMap { overdue[$0] }, zero: defaultCurrency)
        let same = od == owedText
        return zh
            ? (same ? "欠款\(owedText)，逾期\(overdueDays)天" : "欠款\(owedText)，其中\(od)已逾期，最长\(overdueDays)天")
            : (same ? "owes \(owedText), \(Words.overdue(overdueDays, .en))"
                    : "owes \(owedText), of which \(od) is up to \(overdueDays) days overdue")
    }
}
