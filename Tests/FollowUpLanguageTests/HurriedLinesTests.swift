import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Lines about keeping in touch typed in a hurry (lowercase, shorthand, possessives without their
/// apostrophe, words in another order), each with lines that must keep their meaning.
final class HurriedLinesTests: XCTestCase {
    static let names = ["3M China", "Li Wei", "7-Eleven", "Tom Hart", "Sunday Bakery", "Mia Wong", "Harbor Foods",
                        "Raj Patel", "Kite Co", "Ana Ruiz", "Nine Oaks Dental", "Acme"]
    let parser = LineParser(names: HurriedLinesTests.names)

    private func check(_ cases: [(String, Intent, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, intent, expected) in cases {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))", file: file, line: line)
            var got: [String: String] = [:]
            let s = p.slots
            if let v = s.customer { got["customer"] = v.lowercased() }
            if let v = s.contact { got["contact"] = v.lowercased() }
            if let v = s.text { got["text"] = v.lowercased() }
            if let v = s.value { got["value"] = v }
            if let v = s.date { got["date"] = v.iso }
            if let v = s.consent { got["consent"] = v ? "yes" : "no" }
            if let v = s.file { got["fact"] = v.name }
            if s.amount != nil { got["amount"] = "yes" }
            for (k, v) in expected {
                XCTAssertEqual(got[k], v == "-" ? nil : v, "\(text) [\(k)] → \(Fixture.describe(p))", file: file, line: line)
            }
        }
    }

    /// Shorthand: `bday`, `acct`, `alot`, and `w` between two words for `with`.
    func testShorthandReadsAsTheWord() {
        check([
            ("li wei bday is march 5", .customerFile, ["contact": "li wei", "fact": "birthday", "value": "03-05"]),
            ("make kite co a key acct", .customerFile, ["customer": "kite co", "fact": "tier", "value": "key"]),
            ("7-eleven needs alot of service", .customerFile, ["customer": "7-eleven", "fact": "service", "value": "high"]),
            ("stop following up w sunday bakery", .planStop, ["customer": "sunday bakery"]),
            ("3m china happy w the delivery", .satisfactionRecord, ["customer": "3m china", "value": "yes"]),
            // `w` after a number stays a unit (weeks here, ten thousand in 5w); a note keeps it as typed.
            ("in 2 w remind me to call acme", .reminderAdd, ["date": "2026-12-02"]),
            ("acme paid 5w", .paymentRecord, ["amount": "yes"]),
            ("note for acme: bday cake w candles", .customerFile, ["fact": "note", "value": "bday cake w candles"]),
        ])
    }

    /// `tom harts birthday`: a book name followed by `s` is that name's possessive; a name that
    /// ends in `s` itself stays whole.
    func testPossessiveWithoutApostrophe() {
        check([
            ("tom harts birthday 14 feb", .customerFile, ["contact": "tom hart", "fact": "birthday", "value": "02-14"]),
            ("li wei is 3m chinas economic buyer", .customerFile,
             ["customer": "3m china", "contact": "li wei", "fact": "role", "value": "economic_buyer"]),
            ("harbor foods is price sensitive", .customerFile, ["customer": "harbor foods", "fact": "price"]),
            ("nine oaks dental prefers email", .customerFile, ["customer": "nine oaks dental", "fact": "prefers"]),
            ("note for acme: closed sundays", .customerFile, ["customer": "acme", "value": "closed sundays"]),
        ])
    }

    /// A plan named without `plan` after a start verb, the stop said after the plan, and `w`
    /// for `with`; a quote or a job to start stays no plan.
    func testPlanWordsInAnyOrder() {
        check([
            ("7-eleven start first contact w/ tom hart", .planStart, ["customer": "tom hart", "text": "first contact"]),
            ("start first contact for kite co", .planStart, ["customer": "kite co", "text": "first contact"]),
            ("start after sales for 3m china", .planStart, ["customer": "3m china", "text": "after sales"]),
            ("harbor foods plan stop", .planStop, ["customer": "harbor foods"]),
            ("kite co plan cancelled", .planStop, ["customer": "kite co"]),
            ("kite co follow up plan off", .planStop, ["customer": "kite co"]),
            ("stop following up w/ sunday bakery", .planStop, ["customer": "sunday bakery"]),
            // Negative lines: the plan shown, a push-back, other things started.
            ("harbor foods plan", .planShow, ["customer": "harbor foods"]),
            ("kite co said stop calling", .planPushBack, ["customer": "kite co"]),
            ("start the quote for acme", .unknown, [:]),
        ])
        XCTAssertNotEqual(parser.parse("plan my day stop", today: Fixture.today).intent, .planStop)
    }

    /// Consent said with `get`, `receive`, `getting`…; a negation before any of them is a no.
    func testConsentInOtherWords() {
        check([
            ("3m china agreed to get emails", .emailConsent, ["customer": "3m china", "consent": "yes"]),
            ("li wei ok getting emails", .emailConsent, ["customer": "li wei", "consent": "yes"]),
            ("li wei is happy to receive emails", .emailConsent, ["consent": "yes"]),
            ("ana doesnt want to get emails", .emailConsent, ["customer": "ana", "consent": "no"]),
            ("ana does not want to receive emails", .emailConsent, ["consent": "no"]),
            ("ana never agreed to get emails", .emailConsent, ["consent": "no"]),
            ("acme doesnt want emails", .emailConsent, ["consent": "no"]),
        ])
    }

    /// Occasions typed short: `founded` without `was`, the list by its birthdays, `4` for `for`.
    func testOccasionsTypedShort() {
        check([
            ("sunday bakery founded 2011-06-01", .customerFile, ["customer": "sunday bakery", "value": "2011-06-01"]),
            ("kite co established in 1999-03-02", .customerFile, ["customer": "kite co", "value": "1999-03-02"]),
            ("upcoming bdays", .greetingsList, [:]),
            ("birthdays coming up", .greetingsList, [:]),
            ("next anniversaries", .greetingsList, [:]),
            ("holiday greetings 4 nine oaks again", .customerFile, ["customer": "nine oaks", "value": "yes"]),
            ("no holiday greetings 4 kite co", .customerFile, ["customer": "kite co", "value": "no"]),
            // Not a day after `founded`: no founding day.
            ("acme founded the new branch", .unknown, [:]),
        ])
    }

    /// Contractions typed without their apostrophe reach the customer file's patterns; a denial
    /// is never swallowed into the name (`kite co doesnt` is no customer).
    func testFileFactsWithBareContractions() {
        check([
            ("7-eleven isnt price sensitive", .customerFile, ["customer": "7-eleven", "fact": "price", "value": "low"]),
            ("kite co doesnt need much service", .customerFile, ["customer": "kite co", "fact": "service", "value": "low"]),
            ("acme dont want a long term partnership", .customerFile, ["customer": "acme", "fact": "partnership", "value": "no"]),
            ("acme needs a lot of service", .customerFile, ["customer": "acme", "value": "high"]),
        ])
    }

    /// A greeting sent with the way said after the name (`by email`): the way is the channel, not
    /// part of the name.
    func testGreetingSentByAWay() {
        check([
            ("sent christmas wishes to 7-eleven by email", .contactLog, ["customer": "7-eleven", "value": "christmas"]),
            ("sent xmas greeting to kite co via wechat", .contactLog, ["customer": "kite co", "value": "christmas"]),
            ("greeted li wei for her bday by text", .contactLog, ["customer": "li wei", "value": "birthday"]),
            ("sent the xmas card to 3m china", .contactLog, ["customer": "3m china", "value": "christmas"]),
        ])
        let p = parser.parse("sent christmas wishes to 7-eleven by email", today: Fixture.today)
        XCTAssertEqual(p.slots.channel, .email)
    }

    /// Praise of what was done is a satisfaction answer; a preference stays a preference.
    func testPraiseIsASatisfactionAnswer() {
        check([
            ("kite co loved the delivery", .satisfactionRecord, ["customer": "kite co", "value": "yes"]),
            ("acme liked the install", .satisfactionRecord, ["customer": "acme", "value": "yes"]),
            ("acme likes visits", .customerFile, ["customer": "acme", "fact": "prefers", "value": "visit"]),
        ])
    }

    /// `2 many txts`: a hurried `too`; a count of things paid stays no push-back.
    func testHurriedTooIsAPushBack() {
        check([
            ("mia says 2 many txts", .planPushBack, ["customer": "mia"]),
            ("sunday bakery says 2 many calls", .planPushBack, ["customer": "sunday bakery"]),
        ])
        XCTAssertNotEqual(parser.parse("acme paid 2 many invoices", today: Fixture.today).intent, .planPushBack)
    }

    /// The kind of draft said before `email` (`draft xmas email to maple`).
    func testDraftKindBeforeEmail() {
        check([
            ("draft xmas email to kite co", .emailDraft, ["customer": "kite co", "value": "christmas"]),
            ("draft thanks email to acme", .emailDraft, ["customer": "acme"]),
            ("write a thank you email to kite co", .emailDraft, ["customer": "kite co"]),
            ("draft a bday email to li wei", .emailDraft, ["customer": "li wei", "value": "birthday"]),
        ])
        let p = parser.parse("draft thanks email to acme", today: Fixture.today)
        XCTAssertEqual(p.slots.topic, "thanks")
        XCTAssertEqual(parser.parse("remind me to write a thank you email to acme", today: Fixture.today).intent, .reminderAdd)
    }

    /// A delivery or installation said with the visit it was done on is both; said after a call it
    /// is only what the call was about.
    func testInstallationOnAVisit() {
        for line in ["harbor foods visited today, installed the new fridge", "visited harbor foods and delivered 3 ovens"] {
            let p = parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.clauses.map(\.intent), [.contactLog, .deliveryRecord], line)
            XCTAssertEqual(p.clauses.last?.slots.customer?.lowercased(), "harbor foods", line)
        }
        let call = parser.parse("called harbor foods, delivered friday", today: Fixture.today)
        XCTAssertEqual(call.intent, .contactLog)
        XCTAssertTrue(call.clauses.isEmpty)
    }

    /// A customer not yet in the book said before a plan's name: the name ends where the plan's
    /// begins; a book name holding those words stays whole.
    func testNewCustomerBeforeAPlanName() {
        check([
            ("maple & co first visit plan from tmrw", .planStart, ["customer": "maple & co", "text": "first visit", "date": "2026-11-19"]),
            ("pine hill after sales plan", .planStart, ["customer": "pine hill", "text": "after sales"]),
            ("plan pine hill", .planShow, ["customer": "pine hill"]),
        ])
        let book = LineParser(names: ["Pine First Visit Clinic"])
        let p = book.parse("start the after-sale plan for pine first visit clinic", today: Fixture.today)
        XCTAssertEqual(p.slots.customer?.lowercased(), "pine first visit clinic")
    }
}
