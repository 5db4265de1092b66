import FollowUpCore

/// Lookups a conversation needs on every line, kept beside the book so a large book is not
/// scanned per line: customers by folded name, alias and contact, and invoices by number.
///
/// Built lazily on first use, then kept in step with each saved change.
final class BookIndex {
    private var names: [String: [CustomerID]]?
    private var contacts: [String: [CustomerID]]?
    private var numbers: [String: InvoiceID]?

    /// Customers whose name or alias folds to `key`.
    func customers(named key: String, in book: Book) -> [CustomerID] {
        if names == nil { buildNames(book) }
        return names?[key] ?? []
    }

    /// Customers with a contact whose name, title or Chinese address (王经理) folds to `key`.
    func customers(withContact key: String, in book: Book) -> [CustomerID] {
        if contacts == nil { buildNames(book) }
        return contacts?[key] ?? []
    }

    /// The invoice with this number (case-insensitive).
    func invoice(number: String, in book: Book) -> Invoice? {
        if numbers == nil {
            var map: [String: InvoiceID] = [:]
            map.reserveCapacity(book.invoices.count)
            for inv in book.invoices { map[inv.number.lowercased()] = inv.id }
            numbers = map
        }
        return numbers?[number.lowercased()].flatMap(book.invoice)
    }

    /// Brings the index up to date after `events` were applied to the book.
    func update(after events: [Event]) {
        for event in events {
            switch event {
            case .customerAdded, .customerRemoved, .customerChanged:
                names = nil
                contacts = nil
            case .invoiceAdded(let inv):
                numbers?[inv.number.lowercased()] = inv.id
            case .invoiceRemoved(let inv):
                numbers?[inv.number.lowercased()] = nil
            default:
                break
            }
        }
    }

    private func buildNames(_ book: Book) {
        var n: [String: [CustomerID]] = [:], c: [String: [CustomerID]] = [:]
        n.reserveCapacity(book.customers.count)
        for customer in book.customers where customer.removed == nil {
            for name in [customer.name] + customer.aliases { n[CustomerResolver.fold(name), default: []].append(customer.id) }
            for person in customer.contacts {
                c[CustomerResolver.fold(person.name), default: []].append(customer.id)
                if let bare = PersonName.withoutHonorific(person.name) { c[CustomerResolver.fold(bare), default: []].append(customer.id) }
                if let title = person.title { c[CustomerResolver.fold(title), default: []].append(customer.id) }
                let addressed = ContactAddress.addressed(person, .zh)
                let key = CustomerResolver.fold(addressed)
                if addressed != person.name, c[key]?.last != customer.id { c[key, default: []].append(customer.id) }
            }
        }
        names = n
        contacts = c
    }
}
