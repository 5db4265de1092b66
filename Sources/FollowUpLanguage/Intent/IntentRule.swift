/// One intent rule: cue phrases, where they must stand, what else the line needs, and where
/// the customer name is found. Rules are tried in table order; the first that fits wins.
struct IntentRule: Sendable {
    /// Where a cue must appear.
    enum Position: Sendable { case anywhere, start, whole }

    /// Conditions on the rest of the line.
    enum Need: Sendable, Equatable {
        case amount, amountOrInvoice, noAmount, id, noId, noName, name, date
        /// A complaint named by number: an id (`#3`, `complaint 3`), or a day number that opens
        /// the line (`3号方案：…`), never a date later in it (`pay on the 3rd`).
        case complaintRef
        /// A plan line that names whose plan it is (`PlanRules.namesCustomer`): `plan acme`, not `plan my day`.
        case planCustomer
    }

    /// Where the customer name is looked for, in order.
    enum NameWay: Sendable, Equatable { case subject, object, triggers }

    let intent: Intent
    let cues: PhraseTable<Bool>
    let position: Position
    let needs: [Need]
    let names: [NameWay]
    /// A second phrase that must follow the cue somewhere (说…付).
    let also: PhraseTable<Bool>?
    /// Phrases that veto the rule anywhere in the line.
    let unless: PhraseTable<Bool>?
    /// The cue phrases as written, for building the vocabulary of non-name words.
    let cueWords: [String]

    init(_ intent: Intent, _ cues: [String], at position: Position = .anywhere, needs: [Need] = [],
         names: [NameWay] = [], also: [String]? = nil, unless: [String]? = nil) {
        self.intent = intent
        self.cues = PhraseTable(cues)
        self.position = position
        self.needs = needs
        self.names = names
        self.also = also.map { PhraseTable($0) }
        self.unless = unless.map { PhraseTable($0) }
        cueWords = cues
    }
}
