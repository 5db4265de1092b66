import FollowUpCore

/// The language a line was written in; replies follow it.
public enum Lang: String, Sendable, Equatable {
    case en, zh
}

/// What a line asks for. Raw values are the public intent names of `parse --json`.
public enum Intent: String, Sendable, CaseIterable, Equatable {
    case customerAdd = "customer.add"
    case customerShow = "customer.show"
    case customerUpdate = "customer.update"
    case customerList = "customer.list"
    /// One fact of a customer's file in plain words: a contact's role or birthday, how they like
    /// to be reached, a note, a judgement for the key-account score, the tier (`Slots.file`).
    case customerFile = "customer.file"
    /// Deleting a customer: "delete customer Acme", 删除客户东方酒店 (asks first).
    case customerRemove = "customer.remove"
    case invoiceAdd = "invoice.add"
    case paymentRecord = "payment.record"
    /// A payment that came back: "pinecrest's cheque for 2k bounced", 支票退票了.
    case paymentBounce = "payment.bounce"
    /// Goods returned, a credit note that reduces what is owed: "Acme returned goods worth 1200", 退货3000.
    case creditAdd = "credit.add"
    case promiseRecord = "promise.record"
    /// Promises to pay, all or the broken or pending ones: "broken promises", 谁没兑现承诺.
    case promiseList = "promise.list"
    case reminderAdd = "reminder.add"
    case reminderDone = "reminder.done"
    case reminderSnooze = "reminder.snooze"
    case reminderList = "reminder.list"
    /// Deleting a reminder by its number: "delete 4", 删除提醒4.
    case reminderDelete = "reminder.delete"
    /// Skipping a reminder this time: "skip 5", "skip the tip for acme", 跳过5. By number (`id`)
    /// or by its words (`text`, `customer`), as a delete is.
    case reminderSkip = "reminder.skip"
    case agenda
    case complaintLog = "complaint.log"
    case complaintUpdate = "complaint.update"
    case complaintList = "complaint.list"
    /// One complaint, whole, with its timeline: "complaint 3", 3号投诉.
    case complaintShow = "complaint.show"
    /// Complaints by cause, product and customer, days to resolve: "complaints report", 投诉统计.
    case complaintReport = "complaint.report"
    case contactLog = "contact.log"
    /// A delivery or installation done: "delivered the AC units to Acme", 华强电子的设备安装好了.
    /// `topic` is `installation` for an installation.
    case deliveryRecord = "delivery.record"
    /// The answer to a satisfaction call: "Acme is happy with the delivery", 东方酒店很满意.
    /// `value` is `yes` or `no`, `text` their words.
    case satisfactionRecord = "satisfaction.record"
    /// Satisfaction calls and answers by customer and period: "satisfaction this quarter", 满意度.
    case satisfactionReport = "satisfaction.report"
    case script
    /// The plays, with their sources: "plays", 话术列表.
    case playList = "play.list"
    /// Checking a play file: "plays check my.yaml"; the path is the `text` slot.
    case playCheck = "play.check"
    case reportAging = "report.aging"
    case reportStatement = "report.statement"
    case reportPareto = "report.pareto"
    /// What all customers owe together: "total owed", 一共欠多少.
    case reportTotal = "report.total"
    /// Every open invoice with lateness, last contact, promise, ladder step and next action:
    /// "receivables detail", "outstanding invoices", 未回收账款明细, 应收明细.
    case reportDetail = "report.detail"
    /// Whom to call or visit on each of the next five working days: "collection plan", 本周收款计划.
    case reportPlan = "report.plan"
    /// Collected ÷ due for a period, and days sales outstanding: "collection rate this month", 本月回款率.
    case reportRate = "report.rate"
    /// Open invoices from an accounting export: "import invoices FILE.csv", 导入发票 FILE.csv.
    case importInvoices = "import.invoices"
    /// Starting a follow-up plan for a customer: "start the after-sale plan for Acme",
    /// 给东方酒店安排售后跟进. `text` is the plan's name words as typed, lowercased, without
    /// `plan`/计划/跟进 (`after-sale`, `first contact`, 售后; nil when no plan is named), `contact`
    /// the person it addresses when named (`for Li Wei at Acme`), `date` the day it starts when said.
    case planStart = "plan.start"
    /// Stopping a customer's plan: "stop the plan for Acme", 停止东方酒店的跟进计划.
    case planStop = "plan.stop"
    /// The plans running, or every plan (`value` `all`): "plans", "all plans", 跟进计划, 所有跟进计划.
    case planList = "plan.list"
    /// One customer's plan with its touches: "plan Acme", "acme's plan", 东方酒店的跟进计划.
    case planShow = "plan.show"
    /// A customer pushing back on being contacted: "Acme said stop calling", 张总说别老打电话.
    /// `channel` the way they object to when named (calls, texts, visits, emails), `topic` `often`
    /// when they object to how often, `text` their words without the customer, person and `said`/说.
    case planPushBack = "plan.pushback"
    /// An email draft for a customer's contact: "draft email to Acme thanks", 给东方酒店写催款邮件.
    /// `topic` is the kind (`thanks`, `reminder`, `greeting`), `value` the occasion of a greeting.
    case emailDraft = "email.draft"
    /// Whether a person or company agreed to receive emails: "Li Wei doesn't want emails",
    /// 东方酒店同意接收邮件. `consent` is the answer.
    case emailConsent = "email.consent"
    /// The book's dated items as an iCalendar file: "export calendar to my.ics", 导出日历.
    /// `text` is the file as typed.
    case calendarExport = "calendar.export"
    /// Birthdays, founding days, first-order anniversaries and holidays of the next 30 days, with
    /// their greetings: "greetings", "upcoming occasions", 最近的节日问候.
    case greetingsList = "greetings.list"
    case settingSet = "setting.set"
    case history
    case undo
    case help
    /// "why?", 为什么: how the previous line was understood.
    case explain
    case quit
    case unknown
}

extension Intent {
    /// Readings that record money owed, paid or promised.
    public static let moneyFacts: Set<Intent> = [.invoiceAdd, .paymentRecord, .promiseRecord]
}

/// An amount as typed: hundredths of the major unit, and the currency when the line named one.
public struct ParsedAmount: Sendable, Equatable {
    public var hundredths: Int64
    /// ISO code (`CNY`, `USD`…) when a symbol or word gave it.
    public var currency: String?

    public init(hundredths: Int64, currency: String? = nil) {
        self.hundredths = hundredths
        self.currency = currency
    }

    /// Major units as plain decimal text: `2400`, `1200.5`.
    public var plain: String { Money(minor: hundredths, currency: .cny).plain }
}

/// A share of what is owed, named in words instead of an amount: the rest, half, all of it.
public enum AmountPortion: String, Sendable, Equatable {
    /// What is still owed after the money the same line recorded (the rest, 余款, 剩下的).
    case rest
    /// Half of what is owed (half, 一半).
    case half
    /// Everything owed (in full, everything, 结清, 全部).
    case all
}

/// The slots a line fills. Every field is optional; which ones matter depends on the intent.
public struct Slots: Sendable, Equatable {
    /// The customer as typed (resolution against the book happens later).
    public var customer: String?
    /// A contact person or title (`张总`, `Manager Li`).
    public var contact: String?
    public var amount: ParsedAmount?
    /// A share of what is owed typed instead of an amount; computed from the book when acted on.
    public var portion: AmountPortion?
    public var date: Day?
    /// End of a range (`agenda this week`).
    public var until: Day?
    public var time: TimeOfDay?
    /// An invoice number as typed (`INV-2031`).
    public var invoice: String?
    /// A numeric id (`done 2`, `complaint 4`).
    public var id: Int?
    /// Free text: what a reminder is about, a complaint's description, a contact note.
    public var text: String?
    public var channel: Channel?
    /// collection, excuse, complaint, thanks, greeting, survey, delivery, quote…
    public var topic: String?
    /// Complaint cause: salesperson, customer, product, unknown.
    public var cause: String?
    /// Complaint stage.
    public var stage: String?
    public var recurrence: Recurrence?
    /// Minutes to snooze a reminder by (`snooze 2 1 hour`, 推迟2小时 → 60, 120).
    public var duration: Int?
    /// Days to snooze a reminder by, said bare (`snooze 3 2 days`, 推迟两天 → 2).
    public var snoozeDays: Int?
    public var phone: String?
    public var email: String?
    /// Payment terms in days.
    public var terms: Int?
    /// Which customer field an update names when it is not evident from the other slots.
    public var field: CustomerField?
    /// Which book setting a `set` line changes (`currency`, `dates`, `ladder.firm`…).
    public var setting: BookSetting?
    /// A setting's or field's value as text (`set currency USD`, `set ladder.firm 45` → `45`).
    public var value: String?
    /// How a contact went: no answer, voicemail, phone off, busy, reached, promised, refused.
    public var outcome: ContactOutcome?
    /// The reason for not paying the customer gave on a contact (no money, boss away…), or the
    /// one a script is asked about (`Acme says they have no money, what do I say`).
    public var excuse: Excuse?
    /// What a complaint line says (log, move, facts); nil on other lines.
    public var complaint: ComplaintReading?
    /// The fact a `customer.file` line sets.
    public var file: CustomerFileFact?
    /// What a key-account report counts: invoiced (the default) or paid (`by payments`, 按回款).
    public var basis: RevenueBasis?
    /// The answer about emails on an `email.consent` line: true agreed, false declined.
    public var consent: Bool?

    public init() {}
}

/// A report asked for as CSV (`aging --csv`, `aging --csv aging.csv`).
public struct CSVRequest: Sendable, Equatable {
    /// The file to write, as typed; nil prints the CSV.
    public var path: String?

    public init(path: String? = nil) { self.path = path }
}

/// The words of a line that gave the intent or one slot, as typed.
public struct Evidence: Sendable, Equatable {
    /// `intent`, or a slot name as `parse --json` prints it (`customer`, `amount`, `date`…).
    public var slot: String
    /// The words in the user's own case and characters (`15号`, `Acme's`, `promised`).
    public var words: String

    public init(slot: String, words: String) {
        self.slot = slot
        self.words = words
    }
}

/// How one line was understood.
public struct ParsedLine: Sendable, Equatable {
    public var input: String
    public var intent: Intent
    public var slots: Slots
    public var language: Lang
    /// Other readings of the same line (at most one today): when present, ask which was meant.
    public var alternatives: [ParsedLine] = []
    /// A line that says two things ("called Acme, they will pay 5000 on the 15th"): each reading,
    /// in order, to be carried out together as one step. Empty for ordinary lines.
    public var clauses: [ParsedLine] = []
    /// Set when part of the line was understood but cannot be right; the line must not be acted on.
    public var problem: ParseProblem?
    /// `--csv` after a report's words: the report as CSV, printed or written to `path`.
    public var csv: CSVRequest?
    /// Why: the cue words of the intent first, then the words of each filled slot, in the order
    /// `parse` prints the slots.
    public var evidence: [Evidence]

    public init(input: String, intent: Intent, slots: Slots = Slots(), language: Lang, problem: ParseProblem? = nil,
                evidence: [Evidence] = []) {
        self.problem = problem
        self.input = input
        self.intent = intent
        self.slots = slots
        self.language = language
        self.evidence = evidence
    }

    /// The words that gave `slot` (`intent`, `customer`, `date`…), if recorded.
    public func words(for slot: String) -> String? {
        evidence.first { $0.slot == slot }?.words
    }
}
