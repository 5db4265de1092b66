import FollowUpCore
import FollowUpLanguage

/// Every word of occasions and greetings, in both languages.
enum GreetingWording {
    static func t(_ lang: Lang, _ en: String, _ zh: String) -> String { lang == .zh ? zh : en }

    /// The occasion's name: `Li Wei's birthday`, `Acme's 25th founding anniversary`, 中秋节.
    static func occasion(_ o: Occasion, customer: String, _ lang: Lang) -> String {
        let n = o.years ?? 0
        switch o.kind {
        case .birthday: return t(lang, "\(o.contact ?? customer)'s birthday", "\(o.contact ?? customer)生日")
        case .founding:
            // A founding day kept without its year: the day, not how long ago.
            guard o.years != nil else { return t(lang, "\(Words.possessive(customer)) founding day", "\(customer)成立纪念日") }
            return t(lang, "\(customer) founded \(years(n, .en)) ago", "\(customer)成立\(n)周年")
        case .firstOrder: return t(lang, "\(years(n, .en)) since \(Words.possessive(customer)) first order", "\(customer)首单\(n)周年")
        case .newYear: return t(lang, "New Year's Day", "元旦")
        case .springFestival: return t(lang, "Spring Festival", "春节")
        case .lantern: return t(lang, "Lantern Festival", "元宵节")
        case .dragonBoat: return t(lang, "Dragon Boat Festival", "端午节")
        case .midAutumn: return t(lang, "Mid-Autumn Festival", "中秋节")
        case .doubleNinth: return t(lang, "Double Ninth Festival", "重阳节")
        case .christmas: return t(lang, "Christmas", "圣诞节")
        }
    }

    static func years(_ n: Int, _ lang: Lang) -> String { t(lang, n == 1 ? "1 year" : "\(n) years", "\(n)年") }

    /// The words `draft email to …` takes for the occasion (`MailRules.occasions`).
    static func draftWords(_ k: Occasion.Kind, _ lang: Lang) -> String {
        switch k {
        case .birthday: return t(lang, "birthday", "生日")
        case .founding: return t(lang, "founding anniversary", "成立周年")
        case .firstOrder: return t(lang, "first order anniversary", "首单周年")
        case .newYear: return t(lang, "new year", "新年")
        case .springFestival: return t(lang, "spring festival", "春节")
        case .lantern: return t(lang, "lantern festival", "元宵")
        case .dragonBoat: return t(lang, "dragon boat festival", "端午")
        case .midAutumn: return t(lang, "mid-autumn", "中秋")
        case .doubleNinth: return t(lang, "double ninth", "重阳")
        case .christmas: return t(lang, "christmas", "圣诞")
        }
    }

    /// The line that writes the email draft: to the person for a birthday (a draft to the
    /// company goes to whoever agreed first, maybe someone else), else to the customer.
    static func draftLine(_ k: Occasion.Kind, customer: String, person: String? = nil, _ lang: Lang) -> String {
        let to = k == .birthday ? person ?? customer : customer
        return t(lang, "draft email to \(to) \(draftWords(k, .en)) greeting", "给\(to)写邮件 \(draftWords(k, .zh))问候")
    }

    /// `Greeting · Acme · Li Wei's birthday (Sun 3 May)`.
    static func agendaHead(_ o: Occasion, customer: String, day: String, _ lang: Lang) -> String {
        t(lang, "Greeting · \(customer) · \(occasion(o, customer: customer, .en)) (\(day))",
          "问候 · \(customer) · \(occasion(o, customer: customer, .zh))（\(day)）")
    }

    static func toWrite(_ line: String, _ lang: Lang) -> String { t(lang, "to write it: \(line)", "写邮件：\(line)") }

    // MARK: The list

    static func listTitle(_ from: String, _ to: String, _ lang: Lang) -> String {
        t(lang, "Occasions \(from) to \(to)", "\(from)至\(to)的节日和纪念日")
    }

    static func listRow(_ o: Occasion, customer: String, day: String, due: String, dueToday: Bool, _ lang: Lang) -> String {
        let when = dueToday ? t(lang, "greet now", "现在就问候") : t(lang, "greet from \(due)", "\(due)起问候")
        return t(lang, "\(day) · \(customer) · \(occasion(o, customer: customer, .en)) · \(when)",
                 "\(day) · \(customer) · \(occasion(o, customer: customer, .zh)) · \(when)")
    }

    static func noneSoon(_ days: Int, _ lang: Lang) -> String {
        t(lang, "No birthdays, anniversaries or holidays in the next \(days) days.", "未来\(days)天没有生日、纪念日或节日。")
    }

    static func leadNote(_ lead: Int, _ lang: Lang) -> String {
        t(lang, "Greetings come up \(lead == 1 ? "1 day" : "\(lead) days") ahead (greet 5 days ahead changes it).",
          "提前\(lead)天提醒问候（说“提前5天提醒问候”可以改）。")
    }

    static func whoGetsHolidays(_ name: String, _ lang: Lang) -> String {
        t(lang, "Holiday greetings go to key accounts, customers with a follow-up plan running and those added, invoiced or paid in the last 12 months (no holiday greetings for \(name) leaves one out).",
          "节日问候发给大客户、有进行中跟进计划的客户和近12个月新增、开票或回款的客户（说“\(name)不发节日问候”可以去掉）。")
    }

    // MARK: Settings and facts

    static func leadSet(_ days: Int, _ lang: Lang) -> String {
        days == 0
            ? t(lang, "Greetings now come up on the day itself.", "问候改为当天提醒。")
            : t(lang, "Greetings now come up \(days == 1 ? "1 day" : "\(days) days") before each birthday, anniversary and holiday.",
                "已改为在生日、纪念日和节日前\(days)天提醒问候。")
    }

    static func leadUnchanged(_ days: Int, _ lang: Lang) -> String {
        t(lang, "Greetings already come up \(days == 1 ? "1 day" : "\(days) days") ahead.", "已经是提前\(days)天提醒问候。")
    }

    static func badLead(_ lang: Lang) -> String {
        t(lang, "Greetings can come up 0 to 30 days ahead, for example: greet 5 days ahead", "问候可以提前0到30天提醒，例如：提前5天提醒问候")
    }

    static func foundedSet(_ customer: String, _ day: String, was: String?, _ lang: Lang) -> String {
        let before = was.map { t(lang, " (was \($0))", "（原为\($0)）") } ?? ""
        return t(lang, "\(customer) was founded on \(day)\(before): its anniversary comes up for a greeting each year.",
                 "已记录\(customer)成立于\(day)\(before)：每年成立纪念日前会提醒问候。")
    }

    static func foundedInFuture(_ customer: String, _ lang: Lang) -> String {
        t(lang, "A founding day is in the past: \(customer) cannot be founded after today. Type the day it was founded, for example: \(customer) was founded on 1998-06-01",
          "成立日期应当在今天之前。请输入成立的日期，例如：\(customer)成立于2001年3月8日")
    }

    static func holidayGreetingsSet(_ customer: String, _ on: Bool, _ lang: Lang) -> String {
        on ? t(lang, "\(customer) gets holiday greetings again.", "\(customer)恢复节日问候。")
            : t(lang, "No more holiday greetings for \(customer) (birthdays and anniversaries still come up). To undo: holiday greetings for \(customer) again",
                "\(customer)不再发节日问候（生日和纪念日照常提醒）。要恢复：\(customer)恢复节日问候")
    }

    static func holidayGreetingsAlready(_ customer: String, _ on: Bool, _ lang: Lang) -> String {
        on ? t(lang, "\(customer) already gets holiday greetings.", "\(customer)已经在发节日问候。")
            : t(lang, "\(customer) already gets no holiday greetings.", "\(customer)已经设为不发节日问候。")
    }

    // MARK: A greeting sent

    static func greetedExample(_ lang: Lang) -> String {
        t(lang, "sent the mid-autumn greeting to Acme", "给东方酒店发了中秋祝福")
    }

    static func birthdayExample(_ lang: Lang) -> String { t(lang, "greeted Li Wei for her birthday", "给王经理发了生日祝福") }

    /// The contact's note: `Mid-Autumn Festival greeting`, `birthday greeting to Li Wei`, 中秋节祝福.
    static func greetingNote(_ k: Occasion.Kind, person: String?, _ lang: Lang) -> String {
        if k == .birthday, let person { return t(lang, "birthday greeting to \(person)", "给\(person)的生日祝福") }
        return t(lang, "\(kindName(k, .en)) greeting", "\(kindName(k, .zh))祝福")
    }

    /// The occasion's kind alone: `Mid-Autumn Festival`, `founding anniversary`, 中秋节.
    static func kindName(_ k: Occasion.Kind, _ lang: Lang) -> String {
        switch k {
        case .birthday: return t(lang, "birthday", "生日")
        case .founding: return t(lang, "founding anniversary", "成立纪念日")
        case .firstOrder: return t(lang, "first-order anniversary", "首单周年")
        default:
            return occasion(Occasion(kind: k, customer: CustomerID(0), day: Day(ordinal: 0), due: Day(ordinal: 0)), customer: "", lang)
        }
    }

    /// `Logged: birthday greeting to Li Wei (Acme Trading) by text message, Wed 18 Nov.`
    static func greetingLogged(_ k: Occasion.Kind, customer: String, person: String?, _ ch: Channel, day: String, _ lang: Lang) -> String {
        let note = greetingNote(k, person: person, lang)
        let whom = person == nil ? t(lang, " to \(customer)", "") : t(lang, " (\(customer))", "（\(customer)）")
        let to = person == nil ? "给\(customer)的" : ""
        return t(lang, "Logged: \(note)\(whom) by \(Words.channel(ch, .en)), \(day).",
                 "已记录：\(day) \(to)\(note)\(whom)，方式：\(Words.channel(ch, .zh))。")
    }

    static func tickedOff(_ day: String, _ lang: Lang) -> String {
        t(lang, "  The greeting for \(day) is ticked off: it leaves the agenda and the greetings list.",
          "  \(day)的问候已完成：不再出现在日程和问候列表里。")
    }

    static func noneDue(_ lang: Lang) -> String {
        t(lang, "  No such greeting was due now; it is kept in the customer's timeline.",
          "  现在没有到期的这项问候；已记入客户的往来记录。")
    }

    static func whoseBirthday(_ customer: String, _ people: [String], _ lang: Lang) -> String {
        guard let first = people.first else {
            return t(lang, "Nobody at \(customer) has a birthday in the book; nothing was recorded. Set it first, for example: Li Wei's birthday is May 3",
                     "\(customer)没有记录任何联系人的生日，没有记录。请先记生日，例如：张总生日3月5日")
        }
        return t(lang, "Whose birthday at \(customer): \(people.joined(separator: ", "))? Nothing was recorded. Say the person, for example: greeted \(first) for the birthday",
                 "\(customer)的哪一位过生日：\(people.joined(separator: "、"))？没有记录。请说出是谁，例如：给\(first)发了生日祝福")
    }

    static func foundedCell(_ day: String, _ lang: Lang) -> String { t(lang, "founded \(day)", "成立于\(day)") }
    static func noHolidayCell(_ lang: Lang) -> String { t(lang, "no holiday greetings", "不发节日问候") }
}
