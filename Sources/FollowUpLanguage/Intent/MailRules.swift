import FollowUpCore

/// Email and calendar lines (issue 10): consent to emails, email drafts, the calendar export.
/// Their rules sit first in each language's table: their cues are long and specific, and the
/// shorter cues they contain (`email`, 发邮件, `calendar`) would otherwise read them as reminders,
/// contacts or the agenda.
enum MailRules {
    /// A "no" said about emails: a consent cue with one of these words is a refusal.
    static let refusalWords = ["don't", "doesn't", "do not", "does not", "no ", "not ", "stop", "refuse", "declin",
                               "unsubscribe", "never", "opt out", "opted out", "withdr", "不", "别", "拒", "停止", "退订"]

    static let consentEN = ["agreed to receive emails", "agreed to receive email", "agrees to receive emails",
                            "agree to receive emails", "agreed to emails", "agreed to email", "agrees to emails",
                            "consented to emails", "consents to emails", "ok with emails", "okay with emails",
                            "fine with emails", "happy to receive emails", "accepts emails", "wants emails",
                            "said yes to emails", "can receive emails", "opted in to emails", "opted in to email",
                            "subscribed to emails"] + consentFormsEN
    /// `agreed to get emails`, `ok getting mails`, `wants to receive e-mails`: the ways of saying
    /// yes, each with each way of saying receive and emails (a refusal word makes them a no).
    static let consentFormsEN: [String] = {
        let yes = ["agreed to", "agrees to", "agree to", "ok to", "okay to", "happy to", "fine to", "willing to", "glad to",
                   "wants to", "want to", "would like to", "said yes to", "can", "may"]
        let yesGetting = ["ok with", "okay with", "fine with", "happy with", "ok", "okay", "fine", "agreed to", "agrees to",
                          "consented to", "consents to"]
        // Kept short: every phrase is a lexicon entry every process builds (`recieve` is read
        // as `receive` by the tokenizer's slips; `our` and `from us` are coverage's harmless words).
        let get = ["get", "receive"]
        let getting = ["getting", "receiving"]
        let mails = ["emails", "email", "e-mails", "e-mail", "mails", "mail"]
        return yes.flatMap { y in get.flatMap { g in mails.map { "\(y) \(g) \($0)" } } }
            + yesGetting.flatMap { y in getting.flatMap { g in mails.map { "\(y) \(g) \($0)" } } }
    }()
    static let refusalEN = ["doesn't want emails", "doesn't want email", "does not want emails", "does not want email",
                            "don't want emails", "don't want email", "do not want emails", "no emails", "no more emails",
                            "stop emailing", "stop the emails", "don't email", "do not email",
                            "refuses emails", "refused emails", "declined emails", "declines emails",
                            "unsubscribe from emails", "unsubscribed from emails", "unsubscribed", "opted out of emails",
                            "opted out of email", "withdrew consent to emails", "said no to emails"]
    static let consentZH = ["同意接收邮件", "同意收邮件", "愿意接收邮件", "愿意收邮件", "同意发邮件", "同意邮件联系",
                            "可以发邮件", "可以给他发邮件", "可以给她发邮件", "接受邮件", "同意接受邮件"]
    static let refusalZH = ["不同意接收邮件", "不接收邮件", "不收邮件", "不要发邮件", "别发邮件", "不要邮件", "不想收邮件",
                            "不愿意接收邮件", "不愿意收邮件", "拒收邮件", "拒绝邮件", "拒绝接收邮件", "不要给他发邮件",
                            "不要给她发邮件", "别再发邮件", "不要再发邮件", "退订邮件"]

    /// The settings email drafts read, by the cue that names them.
    static let settingCues: [(BookSetting, [String], [String])] = [
        (.myName, ["set my name to", "set my name", "my name is", "change my name to", "sign as", "sign emails as"],
         ["我的名字设为", "我的名字是", "设置我的名字", "我的名字", "署名设为", "署名为", "署名是"]),
        (.myEmail, ["set my email address to", "set my email address", "set my email to", "set my email", "my email address is",
                    "my email is"],
         ["我的邮箱设为", "我的邮箱是", "设置我的邮箱", "我的邮箱", "我的邮件地址是"]),
        // The address before the company: `set my company address` holds `set my company`.
        (.myAddress, ["set my company address to", "set my company address", "set my company's address to",
                      "set my company's address", "my company address is", "my company's address is", "set my address to",
                      "set my address", "my address is", "our address is", "set company address to", "set company address"],
         ["我的公司地址是", "我的公司地址设为", "我们公司地址是", "我们公司的地址是", "公司地址是", "公司地址设为", "设置公司地址",
          "我的地址是", "我的地址设为"]),
        (.myCompany, ["set my company to", "set my company name to", "set my company name", "set my company", "my company is",
                      "my company's name is", "my company name is", "i work for", "i work at", "our company is"],
         ["我的公司是", "我的公司设为", "我的公司名称是", "我们公司是", "我们公司叫", "公司名称设为", "公司名称是", "设置我的公司",
          "我在的公司是"]),
        (.draftsFolder, ["set drafts folder to", "set the drafts folder to", "set drafts folder", "set the drafts folder",
                         "drafts folder", "save drafts in", "save drafts to", "put drafts in"],
         ["草稿文件夹设为", "草稿文件夹改为", "设置草稿文件夹", "草稿文件夹", "邮件草稿文件夹设为", "草稿保存到", "草稿存到"]),
    ]

    /// A line that asks to be reminded of writing (提醒我明天给东方酒店写邮件) is a reminder.
    static let remindersEN = ["remind me", "remind us", "don't let me forget", "reminder to"]
    static let remindersZH = ["提醒我", "提醒一下", "记得", "别忘了", "到时候提醒"]

    static let en: [IntentRule] = [
        IntentRule(.settingSet, settingCues.flatMap(\.1), at: .start),
        IntentRule(.calendarExport, ["export calendar", "export the calendar", "export my calendar", "export to calendar",
                                     "calendar export", "export ics", "export an ics", "export to ics", "export reminders to calendar",
                                     "export the reminders to calendar", "save calendar", "export calender", "export calendar file"],
                   at: .start),
        IntentRule(.emailDraft, ["draft email to", "draft an email to", "draft a email to", "draft email for",
                                 "draft an email for", "draft email", "draft an email", "email draft for", "email draft to",
                                 "write email to", "write an email to", "compose email to", "compose an email to",
                                 "prepare email to", "prepare an email to", "draft mail to", "draft e-mail to",
                                 "draft a mail to"],
                   at: .start, names: [.object]),
        // `draft xmas email to maple`, `write a thank you email to acme`: the kind before `email`.
        IntentRule(.emailDraft, ["draft", "draft a", "draft an", "draft the", "write", "write a", "write an", "compose",
                                 "compose a", "prepare", "prepare a"],
                   at: .start, names: [.object], also: ["email to", "email for", "mail to", "e-mail to", "emails to"],
                   unless: remindersEN),
        // A refusal's cue may contain a consent's (`not ok with emails`): refusals first.
        IntentRule(.emailConsent, refusalEN, needs: [.noAmount], names: [.subject, .triggers], unless: remindersEN),
        IntentRule(.emailConsent, consentEN, needs: [.noAmount], names: [.subject, .triggers], unless: remindersEN),
    ]

    static let zh: [IntentRule] = [
        IntentRule(.settingSet, settingCues.flatMap(\.2), at: .start),
        IntentRule(.calendarExport, ["导出日历", "日历导出", "导出到日历", "导出日程", "导出提醒到日历", "生成日历",
                                     "导出日历文件"], at: .start),
        IntentRule(.emailDraft, ["写催款邮件", "写感谢邮件", "写感谢信邮件", "写邮件", "写一封邮件", "写封邮件", "起草邮件",
                                 "写问候邮件", "写新年问候邮件", "写新年邮件", "写拜年邮件", "写春节问候邮件", "写节日问候邮件",
                                 "写中秋问候邮件", "写圣诞问候邮件", "写对账邮件", "写提醒邮件", "写邮件草稿", "邮件草稿",
                                 "拟一封邮件", "起草一封邮件", "写一封催款邮件", "写一封感谢邮件", "写一封问候邮件",
                                 "写跟进邮件", "写一封跟进邮件", "写跟进计划邮件"] + occasionDraftCuesZH,
                   names: [.object, .subject], unless: remindersZH),
        IntentRule(.emailConsent, refusalZH, needs: [.noAmount], names: [.subject, .triggers], unless: remindersZH),
        IntentRule(.emailConsent, consentZH, needs: [.noAmount], names: [.subject, .triggers], unless: remindersZH),
    ]

    /// 写元旦问候邮件, 写一封端午祝福邮件: every occasion the drafts know, with or without 问候/祝福.
    static let occasionDraftCuesZH: [String] = {
        let words = ["元旦", "新年", "春节", "中秋", "圣诞", "元宵", "端午", "重阳", "生日", "节日", "成立周年", "首单周年"]
        return words.flatMap { w in ["问候邮件", "祝福邮件", "节问候邮件", "节祝福邮件", "节邮件", "邮件"].flatMap { e in ["写" + w + e, "写一封" + w + e] } }
    }()

    /// What kind of email a draft line asks for, by its words: thanks, a payment reminder with the
    /// statement, a greeting (with its occasion when one is named). The first that appears wins.
    static let kinds = PhraseTable<String>([
        ("thanks", "thanks"), ("thank you", "thanks"), ("thank-you", "thanks"), ("thank", "thanks"),
        ("感谢", "thanks"), ("谢谢", "thanks"), ("致谢", "thanks"),
        ("reminder", "reminder"), ("payment reminder", "reminder"), ("statement", "reminder"),
        ("overdue", "reminder"), ("collection", "reminder"), ("dunning", "reminder"), ("催款", "reminder"),
        ("对账", "reminder"), ("催收", "reminder"), ("提醒", "reminder"), ("付款提醒", "reminder"),
        ("greeting", "greeting"), ("greetings", "greeting"), ("new year", "greeting"), ("christmas", "greeting"),
        ("spring festival", "greeting"), ("chinese new year", "greeting"), ("mid-autumn", "greeting"),
        ("mid autumn", "greeting"), ("holiday", "greeting"), ("问候", "greeting"), ("新年", "greeting"),
        ("拜年", "greeting"), ("春节", "greeting"), ("中秋", "greeting"), ("节日", "greeting"), ("圣诞", "greeting"),
        ("元旦", "greeting"), ("birthday", "greeting"), ("生日", "greeting"), ("anniversary", "greeting"), ("周年", "greeting"),
        ("元宵", "greeting"), ("端午", "greeting"), ("重阳", "greeting"), ("lantern festival", "greeting"),
        ("dragon boat", "greeting"), ("double ninth", "greeting"),
        // The message of the next touch of the customer's follow-up plan.
        ("plan", "plan"), ("follow-up plan", "plan"), ("follow up plan", "plan"),
        ("跟进", "plan"), ("跟进计划", "plan"),
    ])

    /// The occasion of a greeting, as the playbook names it.
    static let occasions = PhraseTable<String>([
        ("new year", "new_year"), ("new year's", "new_year"), ("元旦", "new_year"), ("新年", "new_year"),
        ("chinese new year", "spring_festival"), ("lunar new year", "spring_festival"), ("spring festival", "spring_festival"),
        ("春节", "spring_festival"), ("拜年", "spring_festival"), ("mid-autumn", "mid_autumn"), ("mid autumn", "mid_autumn"),
        ("moon festival", "mid_autumn"), ("中秋", "mid_autumn"), ("christmas", "christmas"), ("xmas", "christmas"),
        ("圣诞", "christmas"), ("birthday", "birthday"), ("生日", "birthday"), ("founding anniversary", "founding"),
        ("founding", "founding"), ("成立周年", "founding"), ("成立纪念", "founding"), ("first order anniversary", "first_order"),
        ("first order", "first_order"), ("首单周年", "first_order"), ("首单", "first_order"), ("合作周年", "first_order"),
        ("lantern festival", "lantern"), ("lantern", "lantern"), ("元宵", "lantern"), ("dragon boat festival", "dragon_boat"),
        ("dragon boat", "dragon_boat"), ("端午", "dragon_boat"), ("double ninth", "double_ninth"), ("重阳", "double_ninth"),
    ])

    /// The file an export line names, as typed: what follows the cue, without a leading `to`,
    /// `as`, `into`, 到 or 为; nil when nothing follows.
    static func exportPath(_ a: Analysis, cue: Range<Int>) -> String? {
        let after = a.tokens[cue.upperBound - 1].end
        var rest = String(String.UnicodeScalarView(a.text.typed[after...])).trimmingWhitespace
        for lead in ["to ", "as ", "into ", "in ", "到", "为", "成"] where rest.lowercased().hasPrefix(lead) {
            rest = String(rest.dropFirst(lead.count)).trimmingWhitespace
            break
        }
        return rest.isEmpty ? nil : rest
    }

    /// Fills the slots of a mail line: the kind and occasion of a draft, the answer of a consent.
    static func fill(_ slots: inout Slots, intent: Intent, match: IntentMatch, _ a: Analysis, log: inout EvidenceLog) {
        switch intent {
        case .emailDraft:
            if let (kind, r) = SlotFiller.firstMatch(kinds, a) {
                slots.topic = kind
                log.note("topic", a, r)
            }
            if let (occasion, r) = SlotFiller.firstMatch(occasions, a) {
                // `chinese new year` holds `new year`: the longest phrase at the first place wins.
                slots.value = occasion
                log.note("value", a, r)
                if slots.topic == nil { slots.topic = "greeting" }
            }
            // The draft's day is today: time words here are the occasion's (新年, Christmas).
            slots.date = nil
            slots.until = nil
            slots.time = nil
            log.forget("date")
            log.forget("until")
            log.forget("time")
        case .settingSet:
            // Only the settings of this file; `set currency USD` and the rest are read elsewhere.
            guard let cue = match.cue else { return }
            let said = a.originalText(cue).lowercased()
            guard let setting = settingCues.first(where: { $0.1.contains(said) || $0.2.contains(said) })?.0 else { return }
            slots.setting = setting
            log.note("setting", a, cue)
            var value = exportPath(a, cue: cue)
            for lead in ["is ", "as ", ":", "：", "是"] where value?.lowercased().hasPrefix(lead) == true {
                value = value.map { String($0.dropFirst(lead.count)).trimmingWhitespace }
            }
            if let v = value, (v.hasPrefix("\"") && v.hasSuffix("\"")) || (v.hasPrefix("“") && v.hasSuffix("”")), v.count >= 2 {
                value = String(v.dropFirst().dropLast())
            }
            slots.value = value.flatMap { $0.isEmpty ? nil : $0 }
            log.forget("value")
            log.note("value", words: slots.value)
            slots.field = nil
            slots.customer = nil
            log.forget("customer")
            // The value is the rest of the line as typed: a number in it (8 Harbour Road,
            // 滨江路8号) is no amount or day.
            slots.amount = nil
            slots.date = nil
            slots.until = nil
            slots.time = nil
            for slot in ["amount", "date", "until", "time"] { log.forget(slot) }
        case .customerUpdate:
            // `Li Wei's email is li@acme.com`: the possessive is part of the name's words, so
            // the update explains every word (the command gives the address to that person).
            if slots.email != nil, let c = match.customer, c.upperBound < a.count, a.word(c.upperBound) == "'s" {
                log.note("customer", a, c.lowerBound..<(c.upperBound + 1))
            }
        case .emailConsent:
            // The cue's words as read (`doesnt` is `doesn't`), not as typed.
            let cue = match.cue.map { r in r.map { a.word($0).lowercased() }.joined(separator: " ") + " " } ?? ""
            // `Acme is not ok with emails`, 东方酒店没有同意接收邮件: a negation just before a
            // consent's cue makes it a refusal too.
            let before = match.cue.map { r in (max(0, r.lowerBound - 2)..<r.lowerBound).map { a.word($0).lowercased() } } ?? []
            // `doesnt want to get emails`: any n't word too.
            let negated = before.contains { $0.hasSuffix("n't") || ["not", "never", "no", "没", "不", "别", "未"].contains($0) }
            slots.consent = !negated && !refusalWords.contains { cue.contains($0) }
        default:
            break
        }
    }
}
