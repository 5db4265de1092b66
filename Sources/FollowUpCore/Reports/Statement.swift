/// A customer's account: invoices and payments in date order with a running balance.
public struct Statement: Sendable, Equatable {
    public struct Line: Sendable, Equatable {
        public enum Kind: Sendable, Equatable {
            case invoice(number: String, due: Day)
            case payment(reference: String?)
            case creditNote(reference: String?)
            /// Money paid back for a complaint: only what it took off the invoices counts here
            /// (the rest went back to the customer).
            case refund(reference: String?)
            /// A payment that came back: what it had paid is owed again.
            case bounced(paid: Day)
        }
        public var day: Day
        public var kind: Kind
        /// Positive for an invoice, negative for a payment.
        public var minor: Int64
        public var balance: Int64
    }

    public struct Section: Sendable, Equatable {
        public var currency: Currency
        public var lines: [Line]
        public var balance: Int64 { lines.last?.balance ?? 0 }
    }

    public var customer: CustomerID
    public var sections: [Section]

    public init(book: Book, customer: CustomerID) {
        self.customer = customer
        struct Item { var day: Day; var order: Int; var kind: Line.Kind; var minor: Int64; var currency: Currency }
        var items: [Item] = []
        for inv in book.invoices where inv.customer == customer {
            items.append(Item(day: inv.issued, order: 0, kind: .invoice(number: inv.number, due: inv.due), minor: inv.amount.minor, currency: inv.amount.currency))
        }
        for p in book.payments where p.customer == customer {
            let kind: Line.Kind
            switch p.kind {
            case .payment: kind = .payment(reference: p.reference)
            case .creditNote: kind = .creditNote(reference: p.reference)
            case .refund: kind = .refund(reference: p.reference)
            }
            let minor = p.kind == .refund ? -p.allocated : -p.amount.minor
            items.append(Item(day: p.day, order: 1, kind: kind, minor: minor, currency: p.amount.currency))
            if let back = p.bounced {
                items.append(Item(day: back, order: 2, kind: .bounced(paid: p.day), minor: p.amount.minor, currency: p.amount.currency))
            }
        }
        var byCurrency: [String: (Currency, [Item])] = [:]
        for item in items { byCurrency[item.currency.code, default: (item.currency, [])].1.append(item) }
        sections = byCurrency.keys.sorted().compactMap { code in
            guard let (currency, list) = byCurrency[code] else { return nil }
            // Stable: the sort keeps insertion (id) order within a day and kind.
            let sorted = list.enumerated().sorted { a, b in
                (a.element.day, a.element.order, a.offset) < (b.element.day, b.element.order, b.offset)
            }.map(\.element)
            var balance: Int64 = 0
            let lines = sorted.map { item -> Line in
                balance += item.minor
                return Line(day: item.day, kind: item.kind, minor: item.minor, balance: balance)
            }
            return Section(currency: currency, lines: lines)
        }
    }
}
