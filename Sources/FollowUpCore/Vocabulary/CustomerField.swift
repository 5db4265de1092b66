/// A fact about a customer that an update can name ("Acme credit limit 80k", 账期45天).
/// Raw values are the names `parse --json` prints.
public enum CustomerField: String, Sendable, CaseIterable, Equatable {
    case creditLimit = "credit_limit"
    case terms, phone, email, contact, name, tier
    /// Named in lines but not kept yet: the update says so instead of guessing.
    case address, birthday, wechat
}

/// A book setting a `set` line can change. Raw values are the keys books store.
public enum BookSetting: String, Sendable, CaseIterable, Equatable {
    /// The currency of amounts typed without one.
    case currency
    /// How 12/10 reads: `month-day` or `day-month`.
    case dates
    /// Not kept: replies follow the language of each line.
    case language
    case ladderCourtesy = "ladder.courtesy"
    case ladderEarly = "ladder.early"
    case ladderFirm = "ladder.firm"
    case ladderHold = "ladder.hold"
    case ladderEscalate = "ladder.escalate"
    /// Working days until a call with no answer is tried again.
    case retryDays = "retry.days"
    /// The user's own name and address, for the From line of email drafts.
    case myName = "me.name"
    case myEmail = "me.email"
    /// The user's company and its address, for the messages of follow-up plans (`{company}`, `{address}`).
    case myCompany = "me.company"
    case myAddress = "me.address"
    /// Where email drafts are written, when not the default drafts folder.
    case draftsFolder = "drafts.folder"
    /// Whether the prompt opens with a greeting and today's summary: `on` (the default) or `off`.
    case greeting
    /// Days a complaint's step may sit with no progress before it comes up on the agenda.
    case complaintStall = "complaint.stall"
    /// Days after a complaint is resolved that the satisfaction check-back call falls.
    case complaintCheckBack = "complaint.checkback"
    /// Days before an occasion (a birthday, a holiday) that its greeting comes up.
    case greetingsLead = "greetings.lead"
    /// Days after a delivery or installation that its satisfaction call falls.
    case satisfactionCall = "satisfaction.call"

    /// The ladder's bounds, whose values are days.
    public var isLadder: Bool { rawValue.hasPrefix("ladder.") }

    /// Settings whose value is a number of days (`set ladder.firm 45`, `set complaint.stall 3`).
    public var isDays: Bool { isLadder || [.retryDays, .complaintStall, .complaintCheckBack, .satisfactionCall].contains(self) }
    /// The complaint settings (`ComplaintRules`), whose values are days.
    public var isComplaint: Bool { rawValue.hasPrefix("complaint.") }
}
