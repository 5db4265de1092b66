import FollowUpCore

// The words and values of the customer file: contacts' roles and birthdays, how a customer
// likes to be reached, the user's judgements for the key-account score.

extension ContactRole: VocabularyWord { static var wordName: String { "contact role" } }
extension ContactMethod: VocabularyWord { static var wordName: String { "contact method" } }
extension Degree: VocabularyWord { static var wordName: String { "degree" } }

/// `"05-03"`, or `"1980-05-03"` with the year.
extension MonthDay: JSONValue {
    static func read(_ r: inout JSONReader) throws -> MonthDay {
        let s = r.offset
        let v = try r.readString()
        guard let parsed = MonthDay(text: v) else { throw r.error("not a month and day (MM-DD or YYYY-MM-DD): \"\(v)\"", at: s) }
        return parsed
    }
    func write(_ w: inout JSONWriter) { w.string(description) }
}
