import FollowUpCore

// What the complaint record's schema (`Records+JSON.swift`) is built from: its vocabulary
// words, its nested records, and the timeline's stored form.

extension ComplaintStage: VocabularyWord { static var wordName: String { "complaint stage" } }
extension ComplaintCause: VocabularyWord { static var wordName: String { "complaint cause" } }
extension ComplaintSeverity: VocabularyWord { static var wordName: String { "complaint severity" } }
extension CoolingMove: VocabularyWord { static var wordName: String { "cooling move" } }
extension Remedy: VocabularyWord { static var wordName: String { "remedy" } }
extension ComplaintChange.Kind: VocabularyWord { static var wordName: String { "complaint move" } }

extension Field {
    /// A record inside a record that may be absent: left out when nil; `null` reads as nil.
    static func optionalRecord<V>(_ key: String, _ kp: WritableKeyPath<R, V?> & Sendable, _ schema: Schema<V>) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in if let v = x[keyPath: kp] { w.key(key); schema.write(v, &w) } },
              reads: [{ x, r in x[keyPath: kp] = r.readNullIfPresent() ? nil : try schema.read(&r) }])
    }

    /// The timeline: each entry stored flat (`StoredComplaintEntry`), left out when empty.
    static func timeline(_ key: String, _ kp: WritableKeyPath<R, [ComplaintEntry]> & Sendable) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in
                  let list = x[keyPath: kp]
                  if list.isEmpty { return }
                  w.key(key); w.beginArray()
                  for e in list { StoredComplaintEntry.schema.write(StoredComplaintEntry(e), &w) }
                  w.endArray()
              },
              reads: [{ x, r in
                  var list: [ComplaintEntry] = []
                  try r.readArray { r in
                      let start = r.offset
                      let stored = try StoredComplaintEntry.schema.read(&r)
                      guard let e = stored.entry else {
                          throw r.error("a complaint's \"\(stored.move.rawValue)\" move without its facts", at: start)
                      }
                      list.append(e)
                  }
                  x[keyPath: kp] = list
              }])
    }
}

extension Complaint.Handoff {
    static let schema = Schema<Complaint.Handoff>("a complaint's handoff", blank: Complaint.Handoff(to: "", day: Day(ordinal: 0)), [
        .field("to", \.to),
        .field("by", \.by),
        .field("day", \.day),
    ])
}

extension Complaint.RemedyEntry {
    static let schema = Schema<Complaint.RemedyEntry>("a complaint's remedy", blank: Complaint.RemedyEntry(remedy: .apology, day: Day(ordinal: 0)), [
        .field("remedy", \.remedy),
        .money("amount", \.amount),
        .field("credit", \.credit),
        .field("day", \.day),
    ])
}

extension Complaint.Satisfaction {
    static let schema = Schema<Complaint.Satisfaction>("a complaint's check-back", blank: Complaint.Satisfaction(satisfied: false, day: Day(ordinal: 0)), [
        .field("satisfied", \.satisfied),
        .field("words", \.words),
        .field("day", \.day),
    ])
}

/// A timeline entry as stored: its day, the stage after it, the kind of move (`move`) and the
/// facts that kind carries, each under its own key (`{"day":…,"stage":"solve","move":"cause","cause":"product_defect"}`).
struct StoredComplaintEntry: Sendable {
    var day = Day(ordinal: 0)
    var stage = ComplaintStage.listen
    var move = ComplaintChange.Kind.note
    var cause: ComplaintCause?
    var to: String?
    var by: Day?
    var text: String?
    var remedy: Remedy?
    var cooling: CoolingMove?
    var satisfied: Bool?
    var severity: ComplaintSeverity?
    var amount: Money?
    var credit: PaymentID?
    var invoice: InvoiceID?

    static let schema = Schema<StoredComplaintEntry>("a complaint's timeline entry", blank: StoredComplaintEntry(), [
        .field("day", \.day),
        .field("stage", \.stage),
        .field("move", \.move),
        .field("cause", \.cause),
        .field("to", \.to),
        .field("by", \.by),
        .field("text", \.text),
        .field("remedy", \.remedy),
        .field("cooling", \.cooling),
        .field("satisfied", \.satisfied),
        .field("severity", \.severity),
        .money("amount", \.amount),
        .field("credit", \.credit),
        .field("invoice", \.invoice),
    ])

    init() {}

    init(_ e: ComplaintEntry) {
        day = e.day
        stage = e.stage
        move = e.change.kind
        switch e.change {
        case .causeFound(let c): cause = c
        case .handedOff(let t, let b): to = t; by = b
        case .solutionFound(let t, let r): text = t; remedy = r
        case .told(let t), .carriedOut(let t), .closed(let t), .reopened(let t): text = t
        case .reviewed(let t), .note(let t): text = t
        case .cooled(let m): cooling = m
        case .replyPromised(let b): by = b
        case .checkedBack(let s, let t): satisfied = s; text = t
        case .severityChanged(let s): severity = s
        case .remedyGiven(let r, let a, let c): remedy = r; amount = a; credit = c
        case .disputed(let i, let a): invoice = i; amount = a
        }
    }

    /// The entry, or nil when a fact its move needs is missing.
    var entry: ComplaintEntry? {
        let change: ComplaintChange
        switch move {
        case .cause:
            guard let cause else { return nil }
            change = .causeFound(cause)
        case .handoff:
            guard let to else { return nil }
            change = .handedOff(to: to, by: by)
        case .solution: change = .solutionFound(text, remedy: remedy)
        case .told: change = .told(text)
        case .carriedOut: change = .carriedOut(text)
        case .reviewed:
            guard let text else { return nil }
            change = .reviewed(text)
        case .closed: change = .closed(text)
        case .reopened: change = .reopened(text)
        case .cooled:
            guard let cooling else { return nil }
            change = .cooled(cooling)
        case .replyPromised:
            guard let by else { return nil }
            change = .replyPromised(by: by)
        case .checkedBack:
            guard let satisfied else { return nil }
            change = .checkedBack(satisfied: satisfied, words: text)
        case .severity:
            guard let severity else { return nil }
            change = .severityChanged(severity)
        case .remedy:
            guard let remedy else { return nil }
            change = .remedyGiven(remedy, amount: amount, credit: credit)
        case .note:
            guard let text else { return nil }
            change = .note(text)
        case .disputed:
            guard let invoice else { return nil }
            change = .disputed(invoice: invoice, amount: amount)
        }
        return ComplaintEntry(day: day, stage: stage, change: change)
    }
}
