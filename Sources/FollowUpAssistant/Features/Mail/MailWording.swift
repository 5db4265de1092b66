import FollowUpCore
import FollowUpLanguage
import FollowUpPlaybook
import FollowUpStore

/// Everything the email lines say, in English and Chinese; and the statement in a reminder.
enum MailWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    static func consentExample(_ lang: Lang) -> String {
        t(lang, "Acme agreed to receive emails", "东方酒店同意接收邮件")
    }

    static func draftExample(_ lang: Lang) -> String {
        t(lang, "draft email to Acme thanks", "给东方酒店写感谢邮件")
    }

    /// `Li Wei (Acme Trading)`, or the company alone.
    static func who(_ name: String, company: String?, _ lang: Lang) -> String {
        guard let company else { return name }
        return t(lang, "\(name) (\(company))", "\(name)（\(company)）")
    }

    static func consentRecorded(_ name: String, company: String?, _ agreed: Bool, _ c: Context) -> String {
        let w = who(name, company: company, c.lang)
        return agreed
            ? t(c.lang, "Recorded: \(w) agreed to receive emails, \(c.day(c.today)).", "已记录：\(w)同意接收邮件（\(c.day(c.today))）。")
            : t(c.lang, "Recorded: \(w) does not want emails, \(c.day(c.today)). No drafts will be written to them.",
                "已记录：\(w)不希望收到邮件（\(c.day(c.today))），以后不会给其写邮件草稿。")
    }

    static func alreadyRecorded(_ name: String, company: String?, _ earlier: EmailConsent, _ c: Context) -> String {
        let w = who(name, company: company, c.lang)
        let since = c.day(earlier.day)
        return earlier.agreed
            ? t(c.lang, "\(w) already agreed to receive emails (\(since)); nothing changed.", "\(w)已经同意接收邮件（\(since)），没有改动。")
            : t(c.lang, "\(w) already said no to emails (\(since)); nothing changed.", "\(w)已经表示不要邮件（\(since)），没有改动。")
    }

    static func noAddressYet(_ name: String, isCompany: Bool, _ c: Context) -> String {
        isCompany
            ? t(c.lang, "No email address for \(name) yet. Add it: \(name) email name@example.com",
                "还没有\(name)的邮箱。添加：\(name)邮箱 name@example.com")
            : t(c.lang, "No email address for \(name) yet. Add it: \(Words.possessive(name)) email is name@example.com",
                "还没有\(name)的邮箱。添加：\(name)的邮箱是 name@example.com")
    }

    /// The kinds to choose from; a customer with a plan running also gets the plan's message.
    static func whichKind(_ customer: String, planRunning: Bool = false, _ c: Context) -> [Reply.Line] {
        let plan = planRunning ? t(c.lang, " · draft email to \(customer) plan", " · 给\(customer)写跟进邮件") : ""
        return [Reply.Line(t(c.lang, "Which email for \(customer)? Nothing was written.", "给\(customer)写哪种邮件？没有写任何文件。"), tone: .error),
                Reply.Line(t(c.lang, "  Type one of: draft email to \(customer) thanks · draft email to \(customer) reminder · draft email to \(customer) new year greeting",
                             "  可以输入：给\(customer)写感谢邮件 · 给\(customer)写催款邮件 · 给\(customer)写新年问候邮件") + plan)]
    }

    /// Seed 003: ask before emailing. Names the line that records a yes.
    static func notAsked(_ name: String, company: String?, _ c: Context) -> [Reply.Line] {
        let w = who(name, company: company, c.lang)
        return [Reply.Line(t(c.lang, "No draft written: \(w) has not agreed to receive emails. Ask first; people who did not agree treat mail as spam.",
                             "没有写草稿：\(w)还没有同意接收邮件。请先征得同意，没同意的人往往把邮件当垃圾邮件。"), tone: .error),
                Reply.Line(t(c.lang, "  When they agree, type: \(name) agreed to receive emails", "  对方同意后输入：\(name)同意接收邮件"))]
    }

    static func declined(_ name: String, _ answer: EmailConsent, _ c: Context) -> [Reply.Line] {
        [Reply.Line(t(c.lang, "No draft written: \(name) said no to emails (\(c.day(answer.day))).",
                      "没有写草稿：\(name)表示不要邮件（\(c.day(answer.day))）。"), tone: .error),
         Reply.Line(t(c.lang, "  If they change their mind, type: \(name) agreed to receive emails",
                      "  如果对方改变主意，输入：\(name)同意接收邮件"))]
    }

    static func noAddress(_ name: String, company: String, _ c: Context) -> [Reply.Line] {
        [Reply.Line(t(c.lang, "No draft written: there is no email address for \(name).", "没有写草稿：没有\(name)的邮箱地址。"), tone: .error),
         Reply.Line(name == company
                    ? t(c.lang, "  Add it: \(company) email name@example.com", "  添加：\(company)邮箱 name@example.com")
                    : t(c.lang, "  Add it: \(Words.possessive(name)) email is name@example.com", "  添加：\(name)的邮箱是 name@example.com"))]
    }

    static func owesNothing(_ customer: String, _ c: Context) -> String {
        t(c.lang, "\(customer) owes nothing: there is no payment reminder to write.", "\(customer)没有欠款，不需要写催款邮件。")
    }

    static func noPlay(_ id: String, _ c: Context) -> String {
        t(c.lang, "No email play \(id) fits this customer; see plays.", "没有适合这个客户的邮件话术\(id)，请查看“话术列表”。")
    }

    static func notWritten(_ folder: String, _ error: Error, _ c: Context) -> String {
        let why: String
        switch error as? FileProblem {
        case .symbolicLink?: why = t(c.lang, "a symbolic link is in the way", "路径上有符号链接")
        case .noFolder?, .missing?, .isDirectory?, .notRegularFile?: why = t(c.lang, "the folder cannot be made there", "无法在那里建立文件夹")
        case .permissionDenied?: why = t(c.lang, "permission denied", "没有权限")
        case .failed(let s)?: why = s
        default: why = "\(error)"
        }
        return t(c.lang, "No draft written in \(folder): \(why). Choose another folder: set drafts folder ~/drafts",
                 "没能在\(folder)写草稿：\(why)。换一个文件夹：草稿文件夹设为 ~/drafts")
    }

    /// The open invoices as lines of plain text for a reminder's body, with the total per currency.
    static func statement(_ st: CustomerStanding, _ lang: Lang, zero: Currency) -> [String] {
        var lines: [String] = []
        for o in st.openInvoices {
            let inv = o.invoice
            let late = o.daysOverdue > 0 ? t(lang, " (\(Words.plural(o.daysOverdue, "day", "days")) overdue)", "（逾期\(o.daysOverdue)天）") : ""
            let part = o.outstanding != inv.amount ? t(lang, " of \(inv.amount.formatted)", "（原额\(inv.amount.formatted)）") : ""
            lines.append(t(lang, "- \(inv.number), issued \(inv.issued.iso), due \(inv.due.iso): \(o.outstanding.formatted) open\(part)\(late)",
                           "- \(inv.number)，\(inv.issued.iso)开票，\(inv.due.iso)到期：未付\(o.outstanding.formatted)\(part)\(late)"))
        }
        lines.append(t(lang, "Total open: ", "未付合计：") + Words.moneys(st.owed, zero: zero))
        return lines
    }

    static func written(_ path: String, to: MailDraft.Address, subject: String, draftLang: Lang, play: Play, customer: String,
                        _ c: Context) -> [Reply.Line] {
        let language = draftLang == .zh ? t(c.lang, "in Chinese", "中文") : t(c.lang, "in English", "英文")
        let name = to.name ?? to.email
        return [Reply.Line(t(c.lang, "Draft written: \(path)", "草稿已写好：\(path)"), tone: .success),
                Reply.Line("  " + t(c.lang, "To \(name) <\(to.email)>, \(language): “\(subject)” (play \(play.id), \(play.source))",
                                    "收件人\(name) <\(to.email)>，\(language)：“\(subject)”（话术\(play.id)，出处\(play.source)）")),
                Reply.Line("  " + t(c.lang, "Open it in your mail program, read it over, and send it from there. Nothing was recorded in the book; once sent, type: emailed \(customer)",
                                    "用邮件程序打开，检查后发送。账本里没有记录任何内容；发出后输入：给\(customer)发了邮件"), tone: .muted)]
    }

    static func label(_ s: BookSetting, _ lang: Lang) -> String {
        switch s {
        case .myName: return t(lang, "Your name", "您的名字")
        case .myEmail: return t(lang, "Your email address", "您的邮箱")
        case .draftsFolder: return t(lang, "The drafts folder", "邮件草稿文件夹")
        case .myCompany: return t(lang, "Your company", "您的公司")
        case .myAddress: return t(lang, "Your company's address", "公司地址")
        default: return s.rawValue
        }
    }

    static func settingSet(_ s: BookSetting, _ value: String, _ c: Context) -> String {
        let after = s == .draftsFolder ? t(c.lang, ": new drafts are written there.", "：以后的草稿写在那里。")
            : s == .myCompany || s == .myAddress ? t(c.lang, ": the messages of plans started from now on carry it.", "：以后启动的跟进计划，消息里会带上它。")
            : t(c.lang, ": email drafts now carry it.", "：邮件草稿会带上它。")
        return t(c.lang, "\(label(s, c.lang)) is set to \(value)", "\(label(s, c.lang))已设为\(value)") + after
    }

    static func settingUnchanged(_ s: BookSetting, _ value: String, _ c: Context) -> String {
        t(c.lang, "\(label(s, c.lang)) is already \(value); nothing changed.", "\(label(s, c.lang))已经是\(value)，没有改动。")
    }

    static func settingNeedsValue(_ s: BookSetting, _ c: Context) -> String {
        switch s {
        case .myEmail: return t(c.lang, "Which address? For example: set my email sam@example.com", "哪个邮箱？例如：我的邮箱是 sam@example.com")
        case .draftsFolder: return t(c.lang, "Which folder? For example: set drafts folder ~/Mail/Drafts", "哪个文件夹？例如：草稿文件夹设为 ~/Mail/Drafts")
        case .myCompany: return t(c.lang, "Which company? For example: set my company Sunrise Kitchens", "哪家公司？例如：我的公司是 旭日厨具")
        case .myAddress: return t(c.lang, "Which address? For example: my address is 8 Harbour Road", "什么地址？例如：公司地址是 滨江路8号")
        default: return t(c.lang, "What name? For example: set my name Sam Lee", "什么名字？例如：我的名字是 王明")
        }
    }
}

// MARK: A plan's message as a draft

extension MailWording {
    static func noPlanRunning(_ customer: String, _ c: Context) -> String {
        t(c.lang, "No draft written: \(customer) has no follow-up plan running. Start one first: start the after-sale plan for \(customer)",
          "没有写草稿：\(customer)没有进行中的跟进计划。先启动一个：给\(customer)启动售后跟进计划")
    }

    static func noPlanMessage(_ customer: String, _ c: Context) -> String {
        t(c.lang, "No draft written: \(Words.possessive(customer)) plan has no open touch with a message. See it with: plan \(customer)",
          "没有写草稿：\(customer)的跟进计划里没有待办的、带话术的联系。查看：\(customer)的跟进计划")
    }

    /// `Following up: after-sale plan`, 跟进：售后: the subject, in the message's language.
    static func planSubject(_ play: Play?, key: String?, _ lang: Lang) -> String {
        let name = play.map { p in p.text(lang.play).names.first ?? p.text(lang.play).title } ?? t(lang, "our plan", "跟进")
        return t(lang, "Following up: \(name)", "跟进：\(name)")
    }

    static func planWritten(_ path: String, to: MailDraft.Address, subject: String, draftLang: Lang, touch: Reminder, byEmail: Bool,
                            customer: String, _ c: Context) -> [Reply.Line] {
        let language = draftLang == .zh ? t(c.lang, "in Chinese", "中文") : t(c.lang, "in English", "英文")
        let name = to.name ?? to.email
        var lines = [Reply.Line(t(c.lang, "Draft written: \(path)", "草稿已写好：\(path)"), tone: .success),
                     Reply.Line("  " + t(c.lang, "To \(name) <\(to.email)>, \(language): “\(subject)” — the message of \(touch.id): \(touch.text)",
                                         "收件人\(name) <\(to.email)>，\(language)：“\(subject)”，即\(touch.id)的话术：\(touch.text)"))]
        if !byEmail {
            lines.append(Reply.Line("  " + t(c.lang, "The plan has no email touch open, so this is the next touch's message, to send by email instead.",
                                             "计划里没有待办的邮件联系，这是下一次联系的话术，改用邮件发送。"), tone: .muted))
        }
        lines.append(Reply.Line("  " + t(c.lang, "Read it over and send it from your mail program. Nothing was recorded; once sent, type: done \(touch.id.raw)",
                                         "检查后从邮件程序发送。账本里没有记录任何内容；发出后输入：完成\(touch.id.raw)"), tone: .muted))
        return lines
    }
}
