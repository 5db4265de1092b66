import FollowUpCore
import FollowUpLanguage
import FollowUpStore

/// What the calendar export says, on screen and inside the events, in English and Chinese.
enum CalendarWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    static func calendarName(_ lang: Lang) -> String { t(lang, "FollowUp", "FollowUp 跟进") }

    static func category(_ item: CalendarFeed.Item, _ lang: Lang) -> String {
        switch item {
        case .reminder: return t(lang, "Reminder", "提醒")
        case .promise: return t(lang, "Promise", "付款承诺")
        case .invoice: return t(lang, "Invoice due", "发票到期")
        case .occasion: return t(lang, "Greeting", "问候")
        }
    }

    /// The event's title: the reminder's words (with the customer when they are not in them), a
    /// promise's amount, an invoice's number and what is open.
    static func summary(_ item: CalendarFeed.Item, customer: String?, _ c: Context) -> String {
        switch item {
        case .reminder(let r):
            // `call Acme` already names Acme Trading: its first word is enough.
            let first = customer?.lowercased().split(separator: " ").first.map(String.init) ?? ""
            guard let customer, !r.text.lowercased().contains(first) else { return r.text }
            return t(c.lang, "\(r.text) (\(customer))", "\(r.text)（\(customer)）")
        case .promise(let p, _):
            let who = customer ?? ""
            return t(c.lang, "\(who) promised to pay \(p.amount.formatted)", "\(who)承诺付款\(p.amount.formatted)")
        case .invoice(let i):
            let who = customer ?? ""
            return t(c.lang, "\(i.number) due: \(who) \(i.outstanding.minor > 0 ? i.outstanding.formatted : i.amount.formatted)",
                     "\(i.number)到期：\(who) \(i.outstanding.minor > 0 ? i.outstanding.formatted : i.amount.formatted)")
        case .occasion(let o):
            let who = customer ?? ""
            let what = GreetingWording.occasion(o, customer: who, c.lang)
            return o.kind == .birthday || o.kind.isHoliday ? t(c.lang, "\(what) (\(who))", "\(what)（\(who)）") : what
        }
    }

    /// A plan's touch: `Text message · after-sale plan · Acme Trading`, `电话 · 完工后的售后跟进 · 东方酒店`.
    static func touchSummary(_ r: Reminder, channel: Channel?, plan: String, customer: String?, _ c: Context) -> String {
        let how: String
        switch channel {
        case .call?: how = t(c.lang, "Call", "电话")
        case .visit?: how = t(c.lang, "Visit", "拜访")
        case .email?: how = t(c.lang, "Email", "邮件")
        case .sms?: how = t(c.lang, "Text message", "短信")
        case .letter?: how = t(c.lang, "Letter", "信件")
        case nil: how = t(c.lang, "Touch", "联系")
        }
        return ([how, plan] + (customer.map { [$0] } ?? [])).joined(separator: " · ")
    }

    /// The draft message of a plan's touch, in the contact's language.
    static func draft(_ message: String, _ lang: Lang) -> String { t(lang, "Message: \(message)", "话术：\(message)") }

    /// The event's description: what the item is in the book, and its state when it is off.
    static func details(_ item: CalendarFeed.Item, customer: String?, _ c: Context) -> [String] {
        var out: [String] = []
        switch item {
        case .reminder(let r):
            out.append(t(c.lang, "Reminder \(r.id) in FollowUp.", "FollowUp 提醒\(r.id)。"))
            if r.done != nil { out.append(t(c.lang, "Done.", "已完成。")) }
            if r.cancelled != nil { out.append(t(c.lang, "Deleted.", "已删除。")) }
        case .promise(let p, let status):
            out.append(t(c.lang, "Promise made \(p.made.iso) to pay \(p.amount.formatted) by \(p.due.iso).",
                         "\(p.made.iso)承诺在\(p.due.iso)前付\(p.amount.formatted)。"))
            switch status {
            case .pending: break
            case .broken: out.append(t(c.lang, "Not kept: call them.", "未兑现：请打电话跟进。"))
            case .kept: out.append(t(c.lang, "Kept.", "已兑现。"))
            case .keptLate: out.append(t(c.lang, "Kept late.", "逾期兑现。"))
            case .replaced: out.append(t(c.lang, "Replaced by a later promise.", "已被新的承诺取代。"))
            }
        case .invoice(let i):
            out.append(t(c.lang, "Invoice \(i.number): \(i.amount.formatted), issued \(i.issued.iso), due \(i.due.iso).",
                         "发票\(i.number)：\(i.amount.formatted)，\(i.issued.iso)开票，\(i.due.iso)到期。"))
            out.append(i.isOpen ? t(c.lang, "Still open: \(i.outstanding.formatted).", "未付：\(i.outstanding.formatted)。")
                                : t(c.lang, "Paid.", "已付清。"))
        case .occasion(let o):
            out.append(t(c.lang, "Greet from \(o.due.iso).", "\(o.due.iso)起问候。"))
            out.append(GreetingWording.toWrite(GreetingWording.draftLine(o.kind, customer: customer ?? "", person: o.contact, c.lang), c.lang))
        }
        return out
    }

    static func repeatsNotInRule(_ r: Recurrence, _ lang: Lang) -> String {
        t(lang, "Repeats \(r.description); this calendar holds the next time only: export again after it.",
          "重复：\(r.chinese)；日历里只有下一次，之后请再导出一次。")
    }

    static func written(_ path: String, _ items: [CalendarFeed.Item], replacing: Bool, _ c: Context) -> [Reply.Line] {
        let open = items.filter(\.isOpen)
        let off = items.count - open.count
        func count(_ kind: String) -> Int { open.filter { $0.kind == kind }.count }
        let r = count("reminder"), p = count("promise"), i = count("invoice"), o = count("occasion")
        var parts = c.zh ? ["\(r)个提醒", "\(p)个付款承诺", "\(i)张到期发票"]
            : [Words.plural(r, "reminder", "reminders"), Words.plural(p, "promise", "promises"), Words.plural(i, "invoice due", "invoices due")]
        // Occasions only when there are some, so a book without them reads as before.
        if o > 0 { parts.append(c.zh ? "\(o)个问候日" : Words.plural(o, "occasion to greet", "occasions to greet")) }
        var first = replacing ? t(c.lang, "Calendar updated: \(path)", "日历已更新：\(path)") : t(c.lang, "Calendar written: \(path)", "日历已写好：\(path)")
        first += items.isEmpty ? t(c.lang, " — nothing dated in the book yet, so the calendar is empty", "，账本里还没有带日期的事项，日历是空的")
            : t(c.lang, " — " + parts.joined(separator: ", "), "，含" + parts.joined(separator: "、"))
        var lines = [Reply.Line(first, tone: .success)]
        if off > 0 {
            lines.append(Reply.Line("  " + t(c.lang, "\(Words.plural(off, "item", "items")) no longer due marked cancelled, so a calendar that has them takes them off.",
                                             "\(off)项已不再需要，标为取消，已导入过的日历会把它们撤下。")))
        }
        lines.append(Reply.Line("  " + t(c.lang, "Import it into your calendar; importing a later export updates these events instead of adding them again.",
                                         "把它导入日历；以后再导入新的导出文件，会更新这些事件而不会重复添加。"), tone: .muted))
        return lines
    }

    static func notOurs(_ path: String, _ c: Context) -> String {
        t(c.lang, "\(path) already exists and is not a calendar FollowUp exported; it was left alone. Choose another file: export calendar to followup-2.ics",
          "\(path)已经存在，而且不是 FollowUp 导出的日历，没有覆盖它。换一个文件名：导出日历到 followup-2.ics")
    }

    static func isFolder(_ path: String, _ c: Context) -> String {
        t(c.lang, "\(path) is a folder; name a file: export calendar to \(path)/followup.ics",
          "\(path)是文件夹，请写文件名：导出日历到 \(path)/followup.ics")
    }

    static func notWritten(_ path: String, _ error: Error, _ c: Context) -> String {
        let why: String
        switch error as? FileProblem {
        case .symbolicLink?: why = t(c.lang, "it is a symbolic link, which is never written through", "它是符号链接，不会通过链接写入")
        case .noFolder?: why = t(c.lang, "its folder does not exist", "所在文件夹不存在")
        case .permissionDenied?: why = t(c.lang, "permission denied", "没有权限")
        case .bookFile?: why = t(c.lang, "it is one of the book's own files", "它是账本自己的文件")
        case .notRegularFile?: why = t(c.lang, "it is not a regular file", "它不是普通文件")
        case .failed(let s)?: why = s
        default: why = "\(error)"
        }
        return t(c.lang, "Calendar not written to \(path): \(why). Nothing was changed.", "日历没有写入\(path)：\(why)。没有做任何修改。")
    }
}
