import FollowUpCore
import FollowUpLanguage

/// Finds the open reminders a line names by its words (`remove the reminder to call Acme`,
/// 不用提醒我给华强打电话了, `done with the acme call`): every word that carries meaning must be in
/// the reminder's text, its customer's name or the words of its kind (`call` for a call), and a
/// customer the line names must be the reminder's customer or be named in its text. Words the
/// parser took for a customer the book does not know are only words.
enum ReminderFinder {
    struct Query {
        /// The customer or contact as typed, if the line named one.
        var customer: String?
        /// The words to look for, as typed (the customer's name among them).
        var text: String?

        init(_ p: ParsedLine) {
            customer = (p.slots.customer ?? p.slots.contact).flatMap { $0.isEmpty ? nil : $0 }
            text = p.slots.text.flatMap { $0.trimmingWhitespace.isEmpty ? nil : $0.trimmingWhitespace }
        }

        var isEmpty: Bool { customer == nil && ReminderFinder.words(of: text ?? "", without: nil).isEmpty }
        /// The words as the user said them, for replies.
        var said: String { text ?? customer ?? "" }
    }

    /// English words that name no reminder by themselves.
    static let stopWordsEN: Set<String> = [
        "to", "the", "a", "an", "my", "me", "about", "with", "reminder", "reminders", "remind", "that", "this", "it",
        "please", "i", "of", "on", "at", "again", "one", "anymore", "any", "more", "for", "now", "pls",
    ]
    /// Chinese fillers that split the words into pieces to look for.
    static let fillersZH = ["那个", "这个", "提醒", "一下", "不用", "不要", "别再", "我", "了", "的", "给", "把", "跟", "和",
                            "要", "再", "吧", "啦", "呢", "去", "啊", "个"]

    /// The open reminders the query fits, by number.
    static func matches(_ q: Query, in book: Book, index: BookIndex) -> [Reminder] {
        var customers: Set<CustomerID> = []
        var named = q.customer
        if let typed = q.customer {
            switch CustomerResolver.resolve(typed, in: book, index: index) {
            case .one(let id): customers = [id]
            case .several(let ids): customers = Set(ids)
            // `done with the acme call`: "acme call" is no customer; its words still count.
            case .none: if q.text != nil { named = nil }
            }
        }
        let names = named.map { name -> [String] in
            [name] + customers.compactMap { book.customer($0) }.flatMap { [$0.name] + $0.aliases }
        } ?? []
        let words = ReminderFinder.words(of: q.text ?? "", without: named)
        return book.reminders.filter { r in
            guard r.isOpen else { return false }
            let text = r.text.lowercased()
            if named != nil {
                let ours = r.customer.map(customers.contains) ?? false
                guard ours || names.contains(where: { text.contains($0.lowercased()) }) else { return false }
            }
            guard !words.isEmpty else { return true }
            let cu = r.customer.flatMap { book.customer($0) }
            // A plan's touch also answers to its key in the play (`tip`), whatever language its text is in.
            let touch = r.touch.map { [String($0.map { $0 == "_" ? " " : $0 })] } ?? []
            // The text without its fillers too: 发小知识 finds 给周一便利店发个小知识.
            let squeezed = ReminderFinder.words(of: text, without: nil).joined()
            let around = ([text, squeezed] + (cu.map { [$0.name] + $0.aliases } ?? []) + kindWords(r.kind) + touch).joined(separator: " ").lowercased()
            return words.allSatisfy { fits($0, around) }
        }
    }

    /// The words a reminder's kind answers to besides its text: `the acme call` finds `ring Acme`.
    static func kindWords(_ kind: ReminderKind?) -> [String] {
        switch kind {
        case .call?: return ["call", "phone", "ring", "打电话", "电话"]
        case .visit?: return ["visit", "拜访", "回访", "上门"]
        case .email?: return ["email", "mail", "邮件"]
        case .sms?: return ["text", "message", "sms", "短信", "信息"]
        case .letter?: return ["letter", "信"]
        case .collect?: return ["collect", "chase", "催款", "收款"]
        case .greeting?: return ["greeting", "greet", "问候", "祝福"]
        case .survey?: return ["survey", "satisfaction", "feedback", "回访", "满意度"]
        case .thanks?: return ["thanks", "thank", "感谢"]
        case .complaint?, .delivery?, .quote?, .sample?, nil: return []
        }
    }

    /// Whether a word is in the text: a Chinese piece anywhere, an English word at a word's start.
    static func fits(_ word: String, _ text: String) -> Bool {
        if word.unicodeScalars.contains(where: { $0.value >= 0x3400 }) { return text.contains(word) }
        let tokens = text.split(whereSeparator: { !$0.isLetter && !$0.isNumber })
        return tokens.contains { $0.hasPrefix(word) }
    }

    /// The words that carry meaning: without the customer's name, English stop words and
    /// Chinese fillers; lowercased.
    static func words(of text: String, without name: String?) -> [String] {
        var t = text.lowercased()
        if let name, !name.isEmpty { t = t.replacing(name.lowercased(), with: " ") }
        for f in fillersZH { t = t.replacing(f, with: " ") }
        var out: [String] = []
        var piece = ""
        func flush() {
            if !piece.isEmpty, !stopWordsEN.contains(piece) { out.append(piece) }
            piece = ""
        }
        for ch in t {
            let cjk = ch.unicodeScalars.contains { $0.value >= 0x3400 }
            if ch.isLetter || ch.isNumber {
                // A change between Chinese and Latin letters ends a word (给Acme打电话).
                if let last = piece.last, last.unicodeScalars.contains(where: { $0.value >= 0x3400 }) != cjk { flush() }
                piece.append(ch)
            } else {
                flush()
            }
        }
        flush()
        return out
    }
}
