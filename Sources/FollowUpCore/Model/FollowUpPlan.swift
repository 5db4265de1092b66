/// A follow-up plan started for a customer (seed 004): a cadence of touches — text messages,
/// greetings, tips, calls — that keeps them close after a first call, during a job or after it.
///
/// The touches themselves are reminders that name the plan (`Reminder.plan`), so they are done,
/// skipped, snoozed, listed, exported and counted like any other reminder. The plan keeps what
/// the reminders cannot: which play it follows, when it started and stopped, and what the
/// customer's push-backs changed, so touches added later follow the same changes.
public struct FollowUpPlan: Hashable, Sendable {
    public var id: PlanID
    public var customer: CustomerID
    /// The person the touches address, as the book names them; nil: the customer.
    public var contact: String?
    /// The id of the plan's play (`plan.first_contact`): its touches and their words.
    public var play: String
    public var started: Day
    /// The day it was stopped, by hand or by starting another plan for the customer.
    public var stopped: Day?
    /// What each push-back changed, in order.
    public var adjustments: [PlanAdjustment]

    public init(id: PlanID, customer: CustomerID, contact: String? = nil, play: String, started: Day, stopped: Day? = nil,
                adjustments: [PlanAdjustment] = []) {
        self.id = id
        self.customer = customer
        self.contact = contact
        self.play = play
        self.started = started
        self.stopped = stopped
        self.adjustments = adjustments
    }

    public var isActive: Bool { stopped == nil }

    /// How many times its repeating touches are now spaced out (1: as planned; each slowing doubles it).
    public var slowdown: Int {
        adjustments.reduce(1) { f, a in if case .slowed(let x) = a.change { return f * x } else { return f } }
    }

    /// The channel a touch planned on `channel` goes by now, after the push-backs.
    public func channel(for channel: Channel) -> Channel {
        adjustments.reduce(channel) { ch, a in
            if case .rechanneled(let from, let to) = a.change, from == ch { return to } else { return ch }
        }
    }

    /// Every day it writes, for `Day.supportedRange`.
    public var days: [Day] { [started] + (stopped.map { [$0] } ?? []) + adjustments.map(\.day) }
}

/// One change a customer's push-back made to a plan (seed 004 篇3: lower the frequency — weekly
/// to fortnightly — or change the way of contact, to email or text messages).
public struct PlanAdjustment: Hashable, Sendable {
    public enum Change: Hashable, Sendable {
        /// Repeating touches spaced `factor` times as far apart.
        case slowed(factor: Int)
        /// Touches on `from` go by `to` from now on.
        case rechanneled(from: Channel, to: Channel)
    }

    public var day: Day
    public var change: Change
    /// What the customer said, as typed (may be empty).
    public var words: String

    public init(day: Day, change: Change, words: String = "") {
        self.day = day
        self.change = change
        self.words = words
    }
}

/// One touch of a plan's cadence, as the plan's play gives it (seed 004 篇1): its key (which
/// names its words in the play), the channel, when it comes and how it repeats.
public struct PlanTouch: Hashable, Sendable {
    public enum When: Hashable, Sendable {
        /// `days` after the plan starts (0: the same day).
        case days(Int)
        /// `months` after the plan starts, on the same day of the month.
        case months(Int)
        /// `days` after each visit logged while the plan runs (a feedback call).
        case afterVisit(days: Int)
    }

    public var key: String
    public var channel: Channel
    /// What the reminder is (`greeting`, `survey`…); nil: the channel's kind.
    public var kind: ReminderKind?
    public var when: When
    /// How it repeats after its first day; nil: once.
    public var every: Recurrence?
    /// Done by a visit: a call to book one has served its purpose once the visit happened.
    public var endsWithVisit: Bool

    public init(key: String, channel: Channel, kind: ReminderKind? = nil, when: When, every: Recurrence? = nil,
                endsWithVisit: Bool = false) {
        self.key = key
        self.channel = channel
        self.kind = kind
        self.when = when
        self.every = every
        self.endsWithVisit = endsWithVisit
    }
}
