import FollowUpCore

// The follow-up plan record's schema: the plan, and each push-back's change stored flat
// (`{"day":…,"change":"slowed","factor":2}`, `{"day":…,"change":"rechanneled","from":"call","to":"sms"}`).

extension FollowUpPlan {
    static let schema = Schema<FollowUpPlan>(
        "a plan", blank: FollowUpPlan(id: PlanID(0), customer: CustomerID(0), play: "", started: Day(ordinal: 0)), [
            .field("id", \.id),
            .field("customer", \.customer),
            .field("contact", \.contact),
            .field("play", \.play),
            .field("started", \.started),
            .field("stopped", \.stopped),
            .adjustments("adjustments", \.adjustments),
        ])
}

extension Field {
    /// A plan's push-backs, each stored flat (`StoredPlanAdjustment`), left out when empty.
    static func adjustments(_ key: String, _ kp: WritableKeyPath<R, [PlanAdjustment]> & Sendable) -> Field {
        Field(keys: [key], required: false,
              write: { x, w in
                  let list = x[keyPath: kp]
                  if list.isEmpty { return }
                  w.key(key); w.beginArray()
                  for a in list { StoredPlanAdjustment.schema.write(StoredPlanAdjustment(a), &w) }
                  w.endArray()
              },
              reads: [{ x, r in
                  var list: [PlanAdjustment] = []
                  try r.readArray { r in
                      let start = r.offset
                      let stored = try StoredPlanAdjustment.schema.read(&r)
                      guard let a = stored.adjustment else {
                          throw r.error("a plan's \"\(stored.change)\" change without its facts", at: start)
                      }
                      list.append(a)
                  }
                  x[keyPath: kp] = list
              }])
    }
}

/// A push-back's change as stored: its day, the kind of change and what that kind carries.
struct StoredPlanAdjustment: Sendable {
    var day = Day(ordinal: 0)
    var change = ""
    var factor: Int?
    var from: Channel?
    var to: Channel?
    var words = ""

    static let schema = Schema<StoredPlanAdjustment>("a plan's change", blank: StoredPlanAdjustment(), [
        .field("day", \.day),
        .field("change", \.change),
        .field("factor", \.factor),
        .field("from", \.from),
        .field("to", \.to),
        .field("words", \.words, default: ""),
    ])

    init() {}

    init(_ a: PlanAdjustment) {
        day = a.day
        words = a.words
        switch a.change {
        case .slowed(let f): change = "slowed"; factor = f
        case .rechanneled(let f, let t): change = "rechanneled"; from = f; to = t
        }
    }

    /// The adjustment, or nil when the kind is unknown or a fact it needs is missing.
    var adjustment: PlanAdjustment? {
        switch change {
        case "slowed":
            guard let factor, factor > 1 else { return nil }
            return PlanAdjustment(day: day, change: .slowed(factor: factor), words: words)
        case "rechanneled":
            guard let from, let to else { return nil }
            return PlanAdjustment(day: day, change: .rechanneled(from: from, to: to), words: words)
        default: return nil
        }
    }
}
