import FollowUpCore
import FollowUpLanguage

extension LineParser {
    /// A parser that knows `book`'s names and date order: the one a conversation uses, shared so
    /// `followup parse --book` understands a line exactly as the prompt would.
    public init(book: Book) {
        self.init(names: book.parserNames, dayFirst: book.datesDayFirst)
    }
}

extension Book {
    /// The names a line can mention: customer names, aliases, contact names and titles, and a
    /// Chinese contact's surname with their title (王经理).
    public var parserNames: [String] {
        var names: [String] = []
        names.reserveCapacity(customers.count * 2)
        // In NFC, as lines are, so a name pasted in another normal form still matches.
        for c in customers where c.removed == nil {
            names.append(Conversation.nfc(c.name))
            names += c.aliases.map(Conversation.nfc)
            for p in c.contacts {
                names.append(Conversation.nfc(p.name))
                if let t = p.title { names.append(Conversation.nfc(t)) }
                // 王经理 for 王芳, manager: how people are spoken of in Chinese.
                let addressed = ContactAddress.addressed(p, .zh)
                if addressed != p.name { names.append(Conversation.nfc(addressed)) }
            }
        }
        return names
    }

    /// The book's date order: `12/10` as 12 October (`set dates day-month`).
    public var datesDayFirst: Bool { settings["dates"] == "day-month" }
}
