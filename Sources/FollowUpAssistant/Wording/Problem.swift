import FollowUpCore
import FollowUpLanguage

/// Everything that can go wrong with a line, each with what to type instead. All error text lives here.
enum Problem: Error, Equatable {
    case notUnderstood(String, suggestions: [String])
    case tooLong(Int)
    case needCustomer(example: String)
    case unknownCustomer(String)
    case customerExists(String, CustomerID)
    case needAmount(example: String)
    case badAmount(String)
    case needDate(example: String)
    case impossibleDate(words: String, reason: String)
    case pastPromise(Day, customer: String, amount: Money)
    case futurePayment(Day, customer: String, amount: Money)
    case unknownReminder(Int)
    /// A one-off reminder marked done on that day.
    case reminderAlreadyDone(Int, on: Day)
    /// A repeating reminder done on that day whose next occurrence is still to come.
    case reminderDoneForNow(Int, on: Day, next: Day, repeats: Recurrence)
    case reminderDeleted(Int)
    /// No open reminder has the words a line gave (`remove the reminder to call Acme`).
    case noReminderMatches(String, example: String)
    /// A snooze by hours longer than a day.
    case snoozeTooLong(Int)
    /// A snooze by hours of a reminder with no time whose day is still to come.
    case snoozeNotDueYet(Int, due: Day)
    /// A snooze by hours of a reminder with no time, when the clock gives no time of day.
    case snoozeNeedsTime(Int)
    case removeWhileOwing(String, String)
    case noPaymentToBounce(String, amount: String?)
    case needReminderID(example: String)
    case unknownInvoice(String)
    case invoiceOfOther(String, owner: String)
    case duplicateInvoice(String)
    case nothingToUndo
    case nothingToExplain
    case nothingToUpdate(String)
    case badCurrency(String)
    case badSetting(String)
    case badDateOrder
    /// `set greeting` without on or off.
    case badGreeting
    /// A ladder or retry setting without a number of days.
    case needDays(BookSetting)
    case badDays(BookSetting, Int, allowed: String)
    /// The ladder's bounds must rise step by step.
    case ladderOutOfOrder(BookSetting, Int, LadderBounds)
    case notYet(String)
    case notSaved(String)
    case emptyName
    case owesNothing(String)
    /// No play fits; the message (from `ScriptWording`) says what to do.
    case noPlay(String)
    /// `plays check` with no file named.
    case needPlayFile
    /// A play file that cannot be read at all.
    case unreadablePlayFile(String, reason: String)
    /// One part of a two-things line needs a question answered first.
    case twoThingsNeedAQuestion(String)
    /// Words the reading of a money line does not explain; `instead` is the plain line for the reading.
    case unexplained(Doubt, words: String, reading: Intent, customer: String?, instead: String?)

    /// The problem a parse found, worded for the user.
    static func from(_ p: ParseProblem, in parsed: ParsedLine) -> Problem {
        switch p {
        case .impossibleDate(let words, let reason): return .impossibleDate(words: words, reason: reason)
        case .badAmount(let words): return .badAmount(words)
        case .unexplained(let doubt, let words):
            return .unexplained(doubt, words: words, reading: parsed.intent, customer: parsed.slots.customer,
                                instead: Instead.line(for: parsed))
        }
    }
    case dateOutOfRange(words: String, year: Int)
    case amountTooLarge(String)
    case readOnly(String)
    case lockLost
    /// `--csv` on a line that is no report, or a CSV file that could not be written.
    case csv(CSVProblem)
    /// A report that cannot be made as asked (a period still to come).
    case report(ReportProblem)
    /// A complaint line that cannot be carried out (worded in `ComplaintWording`).
    case complaint(ComplaintProblem)
    /// An import that cannot start: no file, not readable, not a CSV it can read.
    case importing(ImportProblem)
    /// A fact for a customer's file that cannot be set as said.
    case customerFile(CustomerFileProblem)

    /// A sensible number of days to show in an example for a setting.
    static func exampleDays(_ s: BookSetting) -> Int {
        switch s {
        case .ladderCourtesy: return 5
        case .ladderEarly: return 10
        case .ladderHold: return 45
        case .ladderEscalate: return 120
        case .retryDays: return 2
        case .satisfactionCall: return 5
        default: return 45
        }
    }

    /// `1,000,000,000,000`: `Money.maxMajor` grouped, without a currency symbol.
    static var maxAmountText: String { String(Money(minor: Money.maxMajor, currency: .jpy).formatted.drop { !$0.isNumber }) }

    func message(_ lang: Lang, today: Day) -> String {
        switch (self, lang) {
        case (.notUnderstood(let line, let s), .en):
            let tries = s.isEmpty ? "Type 'help' to see what I understand." : "Did you mean: " + s.map { "'\($0)'" }.joined(separator: ", ") + "? Type 'help' for more."
            return "I didn't understand “\(TextWidth.truncate(line, 60))”. \(tries)"
        case (.notUnderstood(let line, let s), .zh):
            let tries = s.isEmpty ? "输入“帮助”查看可用的说法。" : "你是不是想说:" + s.map { "“\($0)”" }.joined(separator: "、") + "?输入“帮助”查看更多。"
            return "没听懂“\(TextWidth.truncate(line, 60))”。\(tries)"
        case (.tooLong(let n), .en):
            return "That line is \(n) characters long; I take at most \(Conversation.maxLineLength). Nothing was changed. Type a shorter line."
        case (.tooLong(let n), .zh):
            return "这一行有\(n)个字符,最多只能输入\(Conversation.maxLineLength)个。没有做任何修改,请输入短一些的句子。"
        case (.needCustomer(let ex), .en): return "Which customer? For example: \(ex)"
        case (.needCustomer(let ex), .zh): return "是哪个客户?例如:\(ex)"
        case (.unknownCustomer(let n), .en):
            return "No customer called “\(n)” in your book. Type 'customers' to see them, or 'add customer \(n)' to add it."
        case (.unknownCustomer(let n), .zh):
            return "客户列表里没有“\(n)”。输入“客户列表”查看,或输入“新增客户\(n)”添加。"
        case (.customerExists(let n, let id), .en):
            return "\(n) is already in your book (\(id)). To change it, type for example: \(n) terms 30 days"
        case (.customerExists(let n, let id), .zh):
            return "\(n)已经在客户列表里(\(id))。要修改,请输入例如:\(n) 账期30天"
        case (.needAmount(let ex), .en): return "How much? For example: \(ex)"
        case (.needAmount(let ex), .zh): return "金额是多少?例如:\(ex)"
        case (.badAmount(let w), .en): return "The amount must be more than zero (got “\(w)”). Type the amount as 5000, 5k or $1,200.50."
        case (.badAmount(let w), .zh): return "金额必须大于零(输入的是“\(w)”)。请输入例如 5000、5千 或 1.2万。"
        case (.needDate(let ex), .en): return "Which day? For example: \(ex)"
        case (.needDate(let ex), .zh): return "哪一天?例如:\(ex)"
        case (.impossibleDate(let w, let r), .en): return "“\(w)” is not a real date: \(r). Nothing was changed. Type a date such as Dec 10 or 2026-12-10."
        case (.impossibleDate(let w, let r), .zh): return "“\(w)”不是有效日期(\(r))。没有做任何修改,请输入例如 12月10日。"
        case (.pastPromise(let d, let who, let m), .en):
            return "\(Words.day(d, .en, today: today)) has already passed; a promise is for today or later. If the money came in, record it as a payment: \(who) paid \(m.plain)"
        case (.pastPromise(let d, let who, let m), .zh):
            return "\(Words.day(d, .zh, today: today))已经过去了,承诺的付款日应是今天或以后。如果钱已经到账,请记为回款:\(who)付款\(m.plain)"
        case (.futurePayment(let d, let who, let m), .en):
            return "\(Words.day(d, .en, today: today)) is still to come; a payment is money already received. To record a promise, type: \(who) will pay \(m.plain) on \(Words.monthsShort[d.month - 1]) \(d.dayOfMonth)"
        case (.futurePayment(let d, let who, let m), .zh):
            return "\(Words.day(d, .zh, today: today))还没到;回款是已经收到的钱。要记录付款承诺,请输入:\(who)答应\(d.month)月\(d.dayOfMonth)日付\(m.plain)"
        case (.unknownReminder(let n), .en): return "There is no reminder #\(n). Type 'reminders' or 'agenda' to see their numbers."
        case (.unknownReminder(let n), .zh): return "没有 #\(n) 号提醒。输入“提醒列表”或“日程”查看编号。"
        case (.reminderAlreadyDone(let n, let d), .en):
            return "Reminder #\(n) was already done on \(Words.day(d, .en, today: today)); nothing was changed. Type 'reminders' to see the open ones."
        case (.reminderAlreadyDone(let n, let d), .zh):
            return "提醒 #\(n) 已经在\(Words.day(d, .zh, today: today))完成了，没有做任何修改。输入“提醒列表”查看未完成的提醒。"
        case (.reminderDoneForNow(let n, let d, let next, let rec), .en):
            return "Reminder #\(n) was already done on \(Words.day(d, .en, today: today)); the next one is \(Words.day(next, .en, today: today)) (\(rec.description)). Nothing was changed."
        case (.reminderDoneForNow(let n, let d, let next, let rec), .zh):
            return "提醒 #\(n) 已经在\(Words.day(d, .zh, today: today))完成了，下次是\(Words.day(next, .zh, today: today))（\(rec.chinese)）。没有做任何修改。"
        case (.noReminderMatches(let w, let ex), .en):
            return "No open reminder matches “\(w)”; nothing was changed. Type 'reminders' to see them, then use the number: \(ex)"
        case (.noReminderMatches(let w, let ex), .zh):
            return "没有找到和“\(w)”相符的未完成提醒，没有做任何修改。输入“提醒列表”查看，再用编号，例如：\(ex)"
        case (.badGreeting, .en): return "Say whether the prompt should greet you: set greeting off, or set greeting on"
        case (.badGreeting, .zh): return "请说明是否显示开场问候，例如：关闭开场问候，或打开开场问候"
        case (.snoozeTooLong(let n), .en):
            return "Snoozing by hours goes up to a day. For longer, name the day: snooze \(n) until Monday"
        case (.snoozeTooLong(let n), .zh):
            return "按小时推迟最多一天。更久的话请说哪一天，例如：推迟\(n)到下周一"
        case (.snoozeNotDueYet(let n, let d), .en):
            return "Reminder #\(n) is due \(Words.day(d, .en, today: today)) with no time, so hours from now say nothing about it. Give a time or a day: snooze \(n) to 4pm, or snooze \(n) until Monday"
        case (.snoozeNotDueYet(let n, let d), .zh):
            return "提醒 #\(n) 在\(Words.day(d, .zh, today: today))，没有具体时间，按小时推迟无从算起。请给出时间或日期，例如：推迟\(n)到下午4点，或推迟\(n)到下周一"
        case (.snoozeNeedsTime(let n), .en):
            return "Reminder #\(n) has no time and I don't know the time now, so I can't count the hours. Give the time: snooze \(n) to 4pm"
        case (.snoozeNeedsTime(let n), .zh):
            return "提醒 #\(n) 没有具体时间，我也不知道现在几点，没法按小时推迟。请给出时间，例如：推迟\(n)到下午4点"
        case (.noPaymentToBounce(let n, let amount), .en):
            let which = amount.map { "a payment of \($0)" } ?? "a payment"
            return "I can't find \(which) from \(n) that could have bounced. Type 'statement \(n)' to see their payments, then name the amount: \(n)'s cheque for 5000 bounced"
        case (.noPaymentToBounce(let n, let amount), .zh):
            let which = amount.map { "金额为\($0)的回款" } ?? "回款"
            return "没有找到\(n)可以退票的\(which)。输入“\(n)的对账单”查看回款，再写明金额，例如：\(n)的5000元支票退票了"
        case (.removeWhileOwing(let n, let owed), .en):
            return "\(n) still owes \(owed), so I won't delete them. Record what they paid first (\(n) paid …), then delete."
        case (.removeWhileOwing(let n, let owed), .zh):
            return "\(n)还欠\(owed)，不能删除。请先记下付款（\(n)付款……），再删除。"
        case (.reminderDeleted(let n), .en): return "Reminder #\(n) was deleted. Type 'reminders' to see the open ones, or undo right after deleting to bring it back."
        case (.reminderDeleted(let n), .zh): return "提醒 #\(n) 已经删除了。输入“提醒列表”查看未完成的提醒；刚删除的可以输入“撤销”恢复。"
        case (.needReminderID(let ex), .en): return "Which reminder? Give its number, for example: \(ex)"
        case (.needReminderID(let ex), .zh): return "哪一个提醒?请给出编号,例如:\(ex)"
        case (.unknownInvoice(let n), .en): return "There is no invoice \(n). Type 'statement CUSTOMER' to see a customer's invoices, or leave the number out to apply the payment oldest-first."
        case (.unknownInvoice(let n), .zh): return "没有发票 \(n)。输入“对账单 客户名”查看客户的发票,或不写发票号,按最早到期的先冲销。"
        case (.invoiceOfOther(let n, let o), .en): return "Invoice \(n) belongs to \(o). Name the right customer, or leave the number out."
        case (.invoiceOfOther(let n, let o), .zh): return "发票 \(n) 属于\(o)。请写对客户,或不写发票号。"
        case (.duplicateInvoice(let n), .en): return "Invoice \(n) is already in your book. Give another number, or leave it out and I'll number it."
        case (.duplicateInvoice(let n), .zh): return "发票 \(n) 已经记过了。请换一个编号,或不写编号由我来编。"
        case (.nothingToUndo, .en): return "Nothing to undo."
        case (.nothingToUndo, .zh): return "没有可以撤销的操作。"
        case (.nothingToExplain, .en): return "Nothing to explain yet. Type a line first, then ask 'why' to see how I understood it."
        case (.nothingToExplain, .zh): return "还没有可以解释的内容。先输入一句话,再问“为什么”,就能看到我是怎么理解的。"
        case (.nothingToUpdate(let n), .en): return "What should change for \(n)? For example: \(n) terms 30 days, \(n) phone 13912345678, \(n) credit limit 50k"
        case (.nothingToUpdate(let n), .zh): return "要修改\(n)的什么?例如:\(n) 账期30天、\(n) 电话13912345678、\(n) 信用额度5万"
        case (.badCurrency(let c), .en): return "“\(c)” is not a currency code. Type one such as CNY, USD, EUR: set currency USD"
        case (.badCurrency(let c), .zh): return "“\(c)”不是币种代码。请输入例如 CNY、USD、EUR:设置币种 USD"
        case (.badSetting(let s), .en):
            return "There is no setting “\(s)”. Settings: currency (set currency USD), dates (set dates day-month), the ladder (set ladder.firm 45), retries (set retry.days 2)."
        case (.badSetting(let s), .zh): return "没有“\(s)”这个设置。可用的设置：币种（设置币种 USD）、日期格式（设置日期格式 日/月）、催款阶梯（正式催款设为45天）、重打间隔（重拨天数设为2天）。"
        case (.badDateOrder, .en): return "Say which comes first in dates like 12/10: set dates day-month, or set dates month-day."
        case (.badDateOrder, .zh): return "请说明 12/10 这样的日期哪个在前：设置日期格式 日/月，或 设置日期格式 月/日。"
        case (.noPlay(let message), _): return message
        case (.needPlayFile, .en): return "Which file? For example: plays check ~/plays/mine.yaml"
        case (.needPlayFile, .zh): return "检查哪个文件？例如：检查话术文件 ~/plays/mine.yaml"
        case (.unreadablePlayFile(let f, let why), .en): return "Can't check \(f): \(why). Nothing was changed."
        case (.unreadablePlayFile(let f, let why), .zh): return "无法检查\(f)：\(why)。没有做任何修改。"
        case (.needDays(let s), .en): return "How many days? For example: set \(s.rawValue) \(Problem.exampleDays(s))"
        case (.needDays(let s), .zh): return "多少天?例如:设置 \(s.rawValue) \(Problem.exampleDays(s))"
        case (.badDays(let s, let n, let allowed), .en):
            return "\(s.rawValue) cannot be \(n) days: \(allowed) are allowed. Nothing was changed."
        case (.badDays(let s, let n, let allowed), .zh): return "\(s.rawValue)不能设为\(n)天，只能是\(allowed)天。没有做任何修改。"
        case (.ladderOutOfOrder(let s, let n, let b), .en):
            return "The ladder's steps must rise: early (\(b.early)) < firm (\(b.firm)) < hold (\(b.hold)) < escalate (\(b.escalate)) days, "
                + "at least 1; \(s.rawValue) \(n) would break that. Nothing was changed."
        case (.ladderOutOfOrder(let s, let n, let b), .zh):
            return "催款阶梯要逐级递增：初期(\(b.early)天) < 正式(\(b.firm)天) < 暂停供货(\(b.hold)天) < 升级处理(\(b.escalate)天)，且至少1天；"
                + "\(s.rawValue)设为\(n)天就不对了。没有做任何修改。"
        case (.notYet(let what), .en): return "\(what) is not available in this version yet; nothing was changed. Type 'help' to see what works today."
        case (.notYet(let what), .zh): return "这个版本还不支持\(what),没有做任何修改。输入“帮助”查看现有功能。"
        case (.notSaved(let why), .en): return "Not saved: \(why)"
        case (.notSaved(let why), .zh): return "没有保存:\(why)"
        case (.emptyName, .en): return "A customer needs a name. Type: add customer NAME"
        case (.emptyName, .zh): return "客户需要一个名称。请输入:新增客户 名称"
        case (.dateOutOfRange(let w, let y), .en):
            return "“\(w)” falls in the year \(y); I keep dates from \(Day.supportedRange.lowerBound.year) to \(Day.supportedRange.upperBound.year). Nothing was changed. Type a nearer date, such as Dec 10 or 2026-12-10."
        case (.dateOutOfRange(let w, let y), .zh):
            return "“\(w)”是\(y)年,日期只能在\(Day.supportedRange.lowerBound.year)年到\(Day.supportedRange.upperBound.year)年之间。没有做任何修改,请输入近一些的日期,例如 12月10日。"
        case (.amountTooLarge(let w), .en):
            return "“\(w)” is more than I can keep: an amount can be at most \(Problem.maxAmountText). Nothing was changed. Type the amount again, such as 5000, 5k or $1,200.50."
        case (.amountTooLarge(let w), .zh):
            return "“\(w)”超出了可记录的金额:金额最多为\(Problem.maxAmountText)(一万亿)。没有做任何修改,请重新输入金额,例如 5000、5千 或 1.2万。"
        case (.lockLost, .en):
            return "Not saved: the book's lock file was removed or replaced while FollowUp had it open, so another FollowUp may be writing it; saving now could erase its changes. Close every FollowUp using this book, then start again."
        case (.lockLost, .zh):
            return "没有保存:账本的锁文件在使用中被删除或替换,可能有另一个 FollowUp 正在写这个账本,现在保存会覆盖它的修改。请关闭所有使用这个账本的 FollowUp,然后重新打开。"
        case (.readOnly(let why), .en):
            return "This book is open read-only (\(why)), so changes cannot be saved; nothing was changed. Fix the folder's permissions, or use --book PATH for a book you can write."
        case (.readOnly(let why), .zh):
            return "这个账本是只读打开的(\(why)),无法保存修改,没有做任何修改。请修正文件夹权限,或用 --book PATH 打开可写的账本。"
        case (.owesNothing(let n), .en): return "\(n) owes nothing right now, so there is no rest or half to pay. Give the amount, for example: \(n) will pay 5000 on Friday"
        case (.owesNothing(let n), .zh): return "\(n)目前没有欠款,没有余款或一半可言。请写出金额,例如:\(n)答应周五付5000"
        case (.twoThingsNeedAQuestion(let part), .en):
            return "This line says two things, and “\(part)” needs a question answered first. Nothing was changed. Type that part on its own line, then the rest."
        case (.twoThingsNeedAQuestion(let part), .zh):
            return "这一句说了两件事,其中“\(part)”需要先确认一下。没有做任何修改。请先单独输入这一部分,再输入其余部分。"
        case (.csv(let p), _): return ReportWording.csvProblem(p, lang)
        case (.report(let p), _): return ReportWording.problem(p, lang, today: today)
        case (.complaint(let p), _): return ComplaintWording.problem(p, lang, today: today)
        case (.importing(let p), _): return ImportWording.problem(p, lang)
        case (.customerFile(let p), _): return CustomerFileWording.problem(p, lang)
        case (.unexplained(let doubt, let w, let reading, let who, let instead), _):
            return Problem.doubtMessage(doubt, words: w, reading: reading, customer: who, instead: instead, lang)
        }
    }

    private static func doubtMessage(_ doubt: Doubt, words w: String, reading: Intent, customer who: String?,
                                     instead: String?, _ lang: Lang) -> String {
        let what = ExplainWording.intent(reading, lang)
        let name = who ?? (lang == .zh ? "客户" : "CUSTOMER")
        if reading == .reportRate, doubt == .unknownWords { return ReportWording.unknownPeriod(w, lang) }
        switch (doubt, lang) {
        case (.unknownWords, .en):
            let typed = instead.map { "If that is all it says, type: \($0). Otherwise say it another way." } ?? "Say it another way."
            return "Not recorded: I read this as “\(what)”, but I don't know what “\(w)” means here. \(typed)"
        case (.unknownWords, .zh):
            let typed = instead.map { "如果只是这个意思,请输入:\($0);否则请换个说法。" } ?? "请换个说法。"
            return "没有记录:我理解为“\(what)”,但不明白这里的“\(w)”是什么意思。\(typed)"
        case (.reversal, .en):
            return "Not recorded: “\(w)” means money going back, which I can't record from this line. If a payment was recorded by mistake, type undo right after it, or history \(name) to find it."
        case (.reversal, .zh):
            return "没有记录:“\(w)”说的是钱退回去,这一句我没法记。如果是刚才记错了,请马上输入“撤销”,或输入“\(name)的记录”查看。"
        case (.negation, .en):
            return "Not recorded: “\(w)” says it did not happen. To keep a note of it, type for example: called \(name), no payment yet"
        case (.negation, .zh):
            return "没有记录:“\(w)”说明这件事没有发生。要留个记录,可以输入例如:给\(name)打了电话,还没付款"
        case (.condition, .en):
            return "Not recorded: “\(w)” makes it uncertain. Record it once it is agreed, or set a reminder: remind me on Friday to check with \(name)"
        case (.repeating, .en):
            let first = instead.map { " Type the first one: \($0), and each next one when it is agreed." } ?? ""
            return "Not recorded: “\(w)” makes it repeat, and I keep one promise or payment at a time.\(first) To be reminded each time, type: \(w) remind me to check \(name) paid"
        case (.repeating, .zh):
            let first = instead.map { "请先记第一笔：\($0)，之后每次确定了再记。" } ?? ""
            return "没有记录：“\(w)”是重复的，承诺和回款一次只记一笔。\(first)要每次提醒，可以输入：\(w)提醒我确认\(name)是否付款"
        case (.range, .en):
            return "Not recorded: “\(w)” gives a range, and I record one amount. Type the amount that was agreed, for example: \(name) will pay 3000 on Friday"
        case (.range, .zh):
            return "没有记录：“\(w)”是一个范围，我只能记一个确定的金额。请写出说定的金额，例如：\(name)答应周五付3000"
        case (.condition, .zh):
            return "没有记录:“\(w)”说明还没有定下来。等确定了再记,或者加个提醒:提醒我周五跟\(name)确认"
        }
    }
}
