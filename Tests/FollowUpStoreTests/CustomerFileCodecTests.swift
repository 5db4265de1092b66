import XCTest
import FollowUpCore
@testable import FollowUpStore

/// The customer file's fields: written one key each, left out when not set, read back the same,
/// and a bad value named.
final class CustomerFileCodecTests: XCTestCase {
    private func customer() throws -> Customer {
        var c = Customer(id: CustomerID(1), name: "Acme", contacts: [ContactPerson(name: "Li Wei", title: "manager")],
                         added: try XCTUnwrap(Day(iso: "2026-11-18")))
        c.contacts[0].role = .economicBuyer
        c.contacts[0].birthday = MonthDay(month: 5, day: 3)
        c.contacts.append(ContactPerson(name: "Wang Fang"))
        c.contacts[1].birthday = MonthDay(month: 3, day: 14, year: 1985)
        c.preferred = .wechat
        c.serviceNeed = .high
        c.priceSensitivity = .low
        c.partnership = true
        c.founded = MonthDay(month: 6, day: 1, year: 1998)
        c.holidayGreetings = false
        c.notes = "closed on Sundays\nask for Li Wei"
        return c
    }

    private func write(_ c: Customer) -> String {
        var w = JSONWriter()
        Customer.schema.write(c, &w)
        return w.text
    }

    func testFieldsRoundTripAndAreLeftOutWhenNotSet() throws {
        let c = try customer()
        let text = write(c)
        XCTAssertTrue(text.contains(#""role":"economic_buyer","birthday":"05-03""#), text)
        XCTAssertTrue(text.contains(#""birthday":"1985-03-14""#), text)
        XCTAssertTrue(text.contains(#""prefers":"wechat","service":"high","price":"low","partnership":true"#), text)
        XCTAssertTrue(text.contains(#""founded":"1998-06-01","holidayGreetings":false"#), text)
        var r = JSONReader(text)
        XCTAssertEqual(try Customer.schema.read(&r), c)
        let plain = write(Customer(id: CustomerID(2), name: "Pine", contacts: [ContactPerson(name: "Amy")],
                                   added: try XCTUnwrap(Day(iso: "2026-11-18"))))
        for key in ["role", "birthday", "prefers", "service", "price", "partnership", "founded", "holidayGreetings"] {
            XCTAssertFalse(plain.contains("\"\(key)\""), plain)
        }
    }

    /// A founding day without its year is kept as month and day alone, and read back so.
    func testAFoundingDayWithoutItsYearRoundTrips() throws {
        var c = try customer()
        c.founded = MonthDay(month: 3, day: 5)
        let text = write(c)
        XCTAssertTrue(text.contains(#""founded":"03-05""#), text)
        var r = JSONReader(text)
        let back = try Customer.schema.read(&r)
        XCTAssertEqual(back.founded, MonthDay(month: 3, day: 5))
        XCTAssertNil(back.founded?.year)
    }

    func testBadValuesAreNamed() {
        let bad = [#"{"id":1,"name":"Acme","contacts":[{"name":"Li","birthday":"02-30"}],"added":"2026-11-18"}"#,
                   #"{"id":1,"name":"Acme","contacts":[{"name":"Li","role":"boss"}],"added":"2026-11-18"}"#,
                   #"{"id":1,"name":"Acme","added":"2026-11-18","prefers":"fax"}"#]
        for (text, words) in zip(bad, ["not a month and day", "unknown contact role", "unknown contact method"]) {
            var r = JSONReader(text)
            XCTAssertThrowsError(try Customer.schema.read(&r), text) { error in
                XCTAssertTrue("\(error)".contains(words), "\(error)")
            }
        }
    }
}
