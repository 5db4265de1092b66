import FollowUpCore

/// The two languages every play is written in.
public enum PlayLanguage: String, Sendable, CaseIterable, Hashable {
    case en, zh
}

/// What a play is about (docs/PLAYS.md, Topics).
public enum PlayTopic: String, Sendable, CaseIterable, Hashable {
    case prepare, ladder, method, attitude, excuse, credit, thanks, arrangement, tip
    /// An email draft's subject and paragraphs, chosen by id: `email.thanks`, `email.greeting.new_year`.
    case email
    /// One step of the six-step complaint workflow (`when.complaint_stage`).
    case complaint
    /// The questions that find a complaint's cause, and the apology and offer that fit it.
    case cause
    /// How to present one remedy and carry it out.
    case remedy
    /// One of the three changes that calm an angry customer.
    case cooling
    /// The satisfaction call after a delivery or installation: what to ask, praise, a complaint.
    case satisfaction
    /// A follow-up plan (seed 004): its touches under `touches`, each one's words under `say`.
    case plan
}

/// Where a play came from: a file compiled into the binary, or one of the user's files.
public enum PlayOrigin: Sendable, Equatable, Hashable {
    case bundled(file: String)
    case user(path: String)

    public var file: String {
        switch self {
        case .bundled(let f): return f
        case .user(let p): return p
        }
    }

    public var isUser: Bool {
        if case .user = self { return true }
        return false
    }
}

/// One piece of advice from the source texts: when it fits, what to do and say, where it came from.
public struct Play: Sendable, Equatable {
    public let id: String
    public let topic: PlayTopic
    /// Seed file and section, as a reader would find it: `002 PART01 催收措施`.
    public let source: String
    public let when: Conditions
    public let texts: [PlayLanguage: PlayText]
    public let origin: PlayOrigin
    /// The line of the file where the play starts.
    public let line: Int
    /// A plan's cadence, in file order; empty for every other topic.
    public let touches: [PlanTouch]

    public init(id: String, topic: PlayTopic, source: String, when: Conditions, texts: [PlayLanguage: PlayText],
                origin: PlayOrigin, line: Int, touches: [PlanTouch] = []) {
        self.touches = touches
        self.id = id
        self.topic = topic
        self.source = source
        self.when = when
        self.texts = texts
        self.origin = origin
        self.line = line
    }

    /// The text in `lang`; every loaded play has both.
    public func text(_ lang: PlayLanguage) -> PlayText {
        texts[lang] ?? texts.values.first ?? PlayText(title: id)
    }
}

/// A play's words in one language. Every line is a template with `{name}` placeholders.
public struct PlayText: Sendable, Equatable {
    /// Shown in lists, where there is no customer: it has no placeholders.
    public var title: String
    public var steps: [Template]
    /// Lines to say, in file order; each has alternatives, the first that fills is used.
    public var say: [SayLine]
    public var doNotes: [Template]
    public var dontNotes: [Template]
    public var record: [Template]
    public var tips: [Template]
    /// The words a user may call a plan by (`after-sale`, 售后), besides its title.
    public var names: [String]

    public init(title: String, steps: [Template] = [], say: [SayLine] = [], doNotes: [Template] = [],
                dontNotes: [Template] = [], record: [Template] = [], tips: [Template] = [], names: [String] = []) {
        self.names = names
        self.title = title
        self.steps = steps
        self.say = say
        self.doNotes = doNotes
        self.dontNotes = dontNotes
        self.record = record
        self.tips = tips
    }

    /// The alternatives under one `say` key.
    public func say(_ key: String) -> SayLine? { say.first { $0.key == key } }
}

/// One key under `say` and its alternatives.
public struct SayLine: Sendable, Equatable {
    public var key: String
    public var alternatives: [Template]

    public init(key: String, alternatives: [Template]) {
        self.key = key
        self.alternatives = alternatives
    }
}
