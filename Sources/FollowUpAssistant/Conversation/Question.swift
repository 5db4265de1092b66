import FollowUpCore
import FollowUpLanguage

/// A question the assistant asked; the next line answers it.
enum Question {
    /// Several customers match; the answer is a number from the list.
    case chooseCustomer([CustomerID], resume: ParsedLine)
    /// The customer is unknown; yes adds it and carries on.
    case addCustomer(String, resume: ParsedLine)
    /// The payment is larger than what is owed; yes keeps the rest as credit.
    case confirmOverpayment(resume: ParsedLine)
    /// A day is needed; the answer is a date.
    case askDate(resume: ParsedLine)
    /// The line could mean two things; the answer is the number of one reading.
    case chooseMeaning(ParsedLine, others: [ParsedLine])
    /// Deleting a customer; yes deletes.
    case confirmRemoval(resume: ParsedLine)
    /// An import's preview; yes saves its events as one step and says `done`.
    case confirmImport([Event], done: [Reply.Line], resume: ParsedLine)
    /// An invoice that breaks a credit rule (over the limit, or long overdue invoices); yes records it.
    case confirmCredit(CustomerID, resume: ParsedLine)
    /// The words of a line match several reminders; the answer is a number from the list.
    case chooseReminder([ReminderID], resume: ParsedLine)
    /// Deleting a repeating reminder: this time only (1) or all of them (2).
    case reminderScope(ReminderID, resume: ParsedLine)
    /// A customer has several complaints a move could mean; the answer is a number from the list.
    case chooseComplaint([ComplaintID], resume: ParsedLine)
    /// An unhappy satisfaction answer: yes logs a complaint with their words too, no records
    /// the answer alone.
    case offerComplaint(resume: ParsedLine)
    /// A credit note for a customer with unresolved complaints: yes (or a complaint's number)
    /// records it as that complaint's remedy, no records the credit note alone.
    case linkCredit([ComplaintID], resume: ParsedLine)
    /// Starting a plan without naming which: the answer is a number from the list of plan
    /// plays, whose id then stands in the line's `text`, so later questions keep it.
    case choosePlan([String], resume: ParsedLine)

    var resume: ParsedLine {
        switch self {
        case .chooseCustomer(_, let r), .addCustomer(_, let r), .confirmOverpayment(let r), .askDate(let r),
             .confirmRemoval(let r), .confirmImport(_, _, let r), .confirmCredit(_, let r), .chooseReminder(_, let r),
             .reminderScope(_, let r), .chooseComplaint(_, let r), .offerComplaint(let r),
             .linkCredit(_, let r), .choosePlan(_, let r): return r
        case .chooseMeaning(let main, _): return main
        }
    }
}

/// Answers already given for the line being carried out.
struct Decisions {
    var customer: CustomerID?
    var addCustomer: String?
    var overpaymentConfirmed = false
    var removalConfirmed = false
    var creditConfirmed = false
    var reminder: ReminderID?
    /// For a repeating reminder being deleted: only this time, or every time.
    var reminderScope: ReminderScope?
    /// The complaint picked from a numbered list.
    var complaint: ComplaintID?
    /// The answer to `offerComplaint`: log the complaint too, or not.
    var complaintOffer: Bool?
    /// The answer to `linkCredit`: the complaint the credit note settles, or none (`creditAlone`).
    var creditComplaint: ComplaintID?
    var creditAlone = false
}

/// How much of a repeating reminder a delete takes away.
enum ReminderScope { case thisTime, all }

/// How a yes/no answer reads in either language.
enum Answer {
    static func yes(_ s: String) -> Bool {
        ["y", "yes", "yeah", "yep", "ok", "okay", "sure", "confirm", "do it", "是", "是的", "好", "好的", "对", "确认", "可以", "嗯", "行"].contains(s)
    }

    static func no(_ s: String) -> Bool {
        ["n", "no", "nope", "cancel", "stop", "不", "不要", "否", "取消", "算了", "不用"].contains(s)
    }

    /// `2`, `#2`, `第2个`, `第二个`.
    static func number(_ s: String) -> Int? {
        var t = s
        if t.hasPrefix("#") { t.removeFirst() }
        if t.hasPrefix("第") { t.removeFirst() }
        if t.hasSuffix("个") { t.removeLast() }
        if let n = Int(t) { return n }
        let zh: [String: Int] = ["一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        return zh[t]
    }
}
