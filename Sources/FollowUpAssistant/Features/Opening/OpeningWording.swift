import FollowUpCore
import FollowUpLanguage

/// The words of the opening line, English and Chinese.
enum OpeningWording {
    static func greeting(_ now: TimeOfDay?, _ lang: Lang) -> String {
        guard let now else { return lang == .zh ? "你好" : "Hello" }
        switch now.hour {
        case 5..<12: return lang == .zh ? "早上好" : "Good morning"
        case 12..<18: return lang == .zh ? "下午好" : "Good afternoon"
        default: return lang == .zh ? "晚上好" : "Good evening"
        }
    }

    /// `Good morning. Wed 18 Nov: 3 invoices overdue (¥27,500), 1 promise due today, 2 reminders due,
    /// 1 plan touch due, 2 greetings to send. Type 'agenda' to see them.`
    static func line(_ s: DaySummary, today: Day, now: TimeOfDay?, _ lang: Lang) -> String {
        let day = Words.day(today, lang, today: today)
        let hello = greeting(now, lang)
        let amounts = s.overdue.map(\.formatted).joined(separator: " + ")
        switch lang {
        case .en:
            guard !s.isEmpty else { return "\(hello). \(day): nothing overdue or due today." }
            var parts: [String] = []
            if s.overdueInvoices > 0 {
                parts.append("\(s.overdueInvoices) \(s.overdueInvoices == 1 ? "invoice" : "invoices") overdue (\(amounts))")
            }
            if s.promisesDueToday > 0 {
                parts.append("\(s.promisesDueToday) \(s.promisesDueToday == 1 ? "promise" : "promises") to pay due today")
            }
            if s.remindersDue > 0 { parts.append("\(s.remindersDue) \(s.remindersDue == 1 ? "reminder" : "reminders") due") }
            if s.planTouchesDue > 0 { parts.append("\(s.planTouchesDue) plan \(s.planTouchesDue == 1 ? "touch" : "touches") due") }
            if s.greetingsDue > 0 { parts.append("\(s.greetingsDue) \(s.greetingsDue == 1 ? "greeting" : "greetings") to send") }
            return "\(hello). \(day): \(parts.joined(separator: ", ")). Type 'agenda' to see them."
        case .zh:
            guard !s.isEmpty else { return "\(hello)！\(day)：没有逾期，今天也没有到期的事项。" }
            var parts: [String] = []
            if s.overdueInvoices > 0 { parts.append("逾期发票\(s.overdueInvoices)张（\(amounts)）") }
            if s.promisesDueToday > 0 { parts.append("今天到期的付款承诺\(s.promisesDueToday)笔") }
            if s.remindersDue > 0 { parts.append("待办提醒\(s.remindersDue)条") }
            if s.planTouchesDue > 0 { parts.append("跟进计划\(s.planTouchesDue)项") }
            if s.greetingsDue > 0 { parts.append("待发问候\(s.greetingsDue)条") }
            return "\(hello)！\(day)：\(parts.joined(separator: "，"))。输入“日程”查看详情。"
        }
    }
}
