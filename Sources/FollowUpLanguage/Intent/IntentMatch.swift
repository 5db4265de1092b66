/// The outcome of intent classification: the rule that fitted, where its cue stood, and the customer.
struct IntentMatch: Sendable {
    var intent: Intent
    var cue: Range<Int>?
    var customer: Range<Int>?
}
