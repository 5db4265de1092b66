/// Finds identifiers that must never be read as amounts or dates: invoice numbers, phone
/// numbers, email addresses and reminder/complaint ids.
enum IdentifierScanner {
    /// What was found, as typed.
    struct Found: Sendable {
        var invoice: String?
        var phone: String?
        var email: String?
        var id: Int?
        /// The tokens each was found in.
        var invoiceRange: Range<Int>?
        var phoneRange: Range<Int>?
        var emailRange: Range<Int>?
        var idRange: Range<Int>?
    }

    /// Letter prefixes of invoice numbers (`INV-2031`, `PO-77`).
    static let invoicePrefixes: Set<String> = ["inv", "in", "po", "so", "no", "bill", "fp", "ar", "dn", "cn", "iv", "invc"]

    /// Words after which `#12` / `no. 12` is an invoice number.
    static let invoiceWords = PhraseTable<Bool>(["invoice", "inv", "发票", "发票号", "单号", "bill"])

    /// Words that put an id right after them (`done 2`, `complaint 4`, `完成2`).
    static let idBefore = PhraseTable<Bool>([
        "#", "done", "finished", "finish", "complete", "completed", "mark", "tick", "tick off", "check off",
        "close", "closed", "snooze", "postpone", "defer", "delay", "push", "push back", "move", "reschedule",
        "reminder", "reminder #", "task", "item", "complaint", "complaint #", "ticket", "resolve", "resolved",
        // A complaint's number, also misspelt in a hurry.
        "complaint no", "complaint no.", "complaint number", "complaint nr", "compliant", "cmplaint", "complant", "comlaint",
        "complait", "complaitn", "complain", "complaint no #", "投拆", "头诉", "客诉",
        "第", "完成", "完成了", "做完", "搞定", "推迟", "延后", "推后", "顺延", "延期", "改到", "提醒", "投诉",
        "编号", "事项", "任务", "delete", "remove", "cancel", "drop", "scrap", "del", "rm", "删除", "删掉", "取消", "去掉",
        "skip", "skip this time", "skip this one", "skip once", "跳过", "这次跳过", "跳过这次",
    ])

    /// Words that put an id right before them (`2 done`, `3 完成了`).
    static let idAfter = PhraseTable<Bool>([
        "done", "is done", "finished", "complete", "completed", "完成", "完成了", "搞定", "搞定了", "做完了",
        "条", "条提醒", "个提醒", "推迟", "延后", "推后", "顺延", "改到", "postponed", "snoozed",
    ])

    static func scan(_ a: inout Analysis) -> Found {
        var f = Found()
        let t = a.tokens
        var i = 0
        while i < t.count {
            let tok = t[i]
            // Names claimed by a cue or found in the book are not identifiers (7-Eleven).
            if !a.isFree(i) { i += 1; continue }
            if tok.kind == .email {
                if f.email == nil { f.email = a.originalText(i..<(i + 1)); f.emailRange = i..<(i + 1) }
                a.mark(i..<(i + 1), .email); i += 1; continue
            }
            if let r = invoiceAt(a, i) {
                if f.invoice == nil { f.invoice = a.originalText(r); f.invoiceRange = r }
                a.mark(r, .invoice); i = r.upperBound; continue
            }
            if let r = phoneAt(a, i) {
                if f.phone == nil { f.phone = a.originalText(r); f.phoneRange = r }
                a.mark(r, .phone); i = r.upperBound; continue
            }
            if f.id == nil, let (id, r) = idAt(a, i) {
                f.id = id
                f.idRange = r
                a.mark(r, .id); i = r.upperBound; continue
            }
            i += 1
        }
        return f
    }

    /// `INV-2031`, `INV2031`, `PO#77`, `invoice #12`.
    private static func invoiceAt(_ a: Analysis, _ i: Int) -> Range<Int>? {
        let t = a.tokens
        guard i < t.count else { return nil }
        if t[i].kind == .word, t[i].text.count <= 5 {
            let upper = a.text.original[t[i].start..<t[i].end].allSatisfy { $0.properties.isUppercase }
            guard invoicePrefixes.contains(t[i].text) || (upper && t[i].text.count >= 2) else { return nil }
            var j = i + 1
            if j < t.count, !t[j].spaceBefore, t[j].text == "-" || t[j].text == "#" || t[j].text == "_" { j += 1 }
            guard j < t.count, !t[j].spaceBefore, t[j].kind == .number, t[j].number?.isInteger == true else { return nil }
            // Keep trailing -digits groups (INV-2026-031).
            var end = j + 1
            while end + 1 < t.count, !t[end].spaceBefore, t[end].text == "-", !t[end + 1].spaceBefore,
                  t[end + 1].kind == .number || t[end + 1].kind == .word {
                end += 2
            }
            // "no 2" is English, not an invoice; require glued or a dash.
            if t[i].text == "no" || t[i].text == "in", j == i + 1 { return nil }
            return i..<end
        }
        // `3M-5`, `7E-88`, `5K-1`: digits glued to letters then a dash group is a number on a
        // paper, not an amount with a suffix (`3M` alone stays three million).
        if t[i].kind == .number, t[i].number?.isInteger == true, i + 3 < t.count,
           t[i + 1].kind == .word, !t[i + 1].spaceBefore, t[i + 1].text.count <= 3,
           !t[i + 2].spaceBefore, t[i + 2].text == "-" || t[i + 2].text == "_",
           !t[i + 3].spaceBefore, t[i + 3].kind == .number || t[i + 3].kind == .word {
            var end = i + 4
            while end + 1 < t.count, !t[end].spaceBefore, t[end].text == "-", !t[end + 1].spaceBefore,
                  t[end + 1].kind == .number || t[end + 1].kind == .word {
                end += 2
            }
            // `2k-3k` is a range of amounts, not a number on a paper.
            if end < t.count, !t[end].spaceBefore, t[end].kind == .word { return nil }
            return i..<end
        }
        if invoiceWords.contains(t, at: i), let m = invoiceWords.match(t, at: i) {
            var j = i + m.length
            guard j < t.count, ["#", "no", "number", "号"].contains(t[j].text) else { return nil }
            j += 1
            if j < t.count, t[j].text == "." { j += 1 }
            guard j < t.count, t[j].kind == .number else { return nil }
            return j..<(j + 1)
        }
        return nil
    }

    /// Seven or more digits, optionally with `+` and dashes (`13912345678`, `+86 139-1234-5678`).
    private static func phoneAt(_ a: Analysis, _ i: Int) -> Range<Int>? {
        let t = a.tokens
        var j = i
        if j < t.count, t[j].text == "+" { j += 1 }
        var digits = 0
        var end = j
        while end < t.count, t[end].kind == .number, let n = t[end].number, n.isInteger, !n.grouped {
            // Groups after the first have three or more digits (138-1234-5678, not 2026-12-10).
            if end > j, n.digitCount < 3 { return nil }
            digits += n.digitCount
            end += 1
            if end + 1 < t.count, t[end].text == "-", !t[end].spaceBefore,
               t[end + 1].kind == .number, !t[end + 1].spaceBefore {
                end += 1
            } else { break }
        }
        guard end > j, digits >= 7, digits <= 16 else { return nil }
        // A single long run or a dashed group; either way it is not money.
        if end - j == 1, t[j].number?.digitCount ?? 0 < 7 { return nil }
        return i..<end
    }

    /// An id number right after an id word (`done 2`) or right before one (`2 done`).
    private static func idAt(_ a: Analysis, _ i: Int) -> (Int, Range<Int>)? {
        let t = a.tokens
        // 第三个提醒, 第12条: an ordinal in Chinese numerals after 第 names an item.
        if i > 0, t[i - 1].text == "第", t[i].kind == .cjk, let r = ChineseNumeral.read(t, at: i),
           r.value > 0, r.value <= 999_999 {
            return (Int(r.value), (i - 1)..<(i + r.length))
        }
        guard t[i].kind == .number, let n = t[i].number, n.isInteger, !n.grouped, n.digitCount <= 6,
              let v = n.int else { return nil }
        if i + 1 < t.count, AmountLexicon.blockers.contains(t, at: i + 1),
           !idAfter.contains(t, at: i + 1) { return nil }
        for k in 1...3 where i - k >= 0 {
            if let m = idBefore.match(t, at: i - k), i - k + m.length == i { return (v, i..<(i + 1)) }
        }
        if i + 1 < t.count, idAfter.contains(t, at: i + 1) { return (v, i..<(i + 1)) }
        return nil
    }
}
