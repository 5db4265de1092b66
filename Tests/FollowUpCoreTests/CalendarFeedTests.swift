import XCTest
@testable import FollowUpCore

/// What a calendar export holds, and the identity that keeps its event ids stable.
final class CalendarFeedTests: XCTestCase {
    func testOpenItemsAndRecentlyClosedOnesInDayOrder() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let acme = try b.addCustomer("Acme")
        let paid = try b.addInvoice(acme.id, cny(1000), issued: day("2026-10-01"), due: day("2026-11-01"))
        let open = try b.addInvoice(acme.id, cny(5000), due: day("2026-12-10"))
        try b.pay(acme.id, cny(1000), invoiceFirst: paid.id)
        try b.promise(acme.id, cny(5000), due: day("2026-11-20"))
        try b.remind("call Acme", due: day("2026-11-19"), customer: acme.id)
        try b.remind("old task", due: day("2026-06-01"), done: day("2026-06-01"))
        let feed = CalendarFeed(book: b.book, on: day("2026-11-18"))
        // Occasions (Acme is active: the year's holidays) have their own tests (OccasionsTests).
        let items = feed.items.filter { $0.kind != "occasion" }
        XCTAssertEqual(items.map { "\($0.kind)-\($0.id)" }, ["invoice-1", "reminder-1", "promise-1", "invoice-2"],
                       "the paid invoice stays (closed, recent); the task done in June is left out")
        XCTAssertEqual(items.map(\.isOpen), [false, true, true, true])
        XCTAssertEqual(items.last?.day, open.due)
        XCTAssertEqual(feed.items.first { $0.kind == "occasion" }?.key, "occasion-christmas-1-2026")
    }

    func testIdentityIsStableAsTheBookGrowsAndDiffersBetweenBooks() throws {
        var a = BookBuilder(today: day("2026-11-18"))
        let acme = try a.addCustomer("Acme")
        let before = CalendarFeed.identity(of: a.book)
        try a.addInvoice(acme.id, cny(100), due: day("2026-12-01"))
        try a.remind("call", due: day("2026-12-02"))
        XCTAssertEqual(CalendarFeed.identity(of: a.book), before, "new records do not change the book's identity")
        var renamed = acme
        renamed.name = "Acme Holdings"
        try a.record([.customerChanged(before: acme, after: renamed)], line: "rename Acme to Acme Holdings")
        XCTAssertEqual(CalendarFeed.identity(of: a.book), before, "nor does renaming the first customer")
        XCTAssertEqual(before.count, 16)
        XCTAssertEqual(CalendarFeed(book: a.book, on: day("2026-11-18")).identity, CalendarFeed(book: a.book, on: day("2027-01-01")).identity,
                       "nor does the day of the export")
        var other = BookBuilder(today: day("2026-11-19"))
        try other.addCustomer("Acme")
        XCTAssertNotEqual(CalendarFeed.identity(of: other.book), before)
    }

    func testConsentDaysAreChecked() throws {
        var c = Customer(id: CustomerID(1), name: "Acme", contacts: [ContactPerson(name: "Li Wei")], added: day("2026-11-18"))
        c.contacts[0].emailConsent = EmailConsent(agreed: true, day: day("2026-11-19"))
        c.emailConsent = EmailConsent(agreed: false, day: day("2026-11-20"))
        XCTAssertEqual(Event.customerAdded(c).days, [day("2026-11-18"), day("2026-11-20"), day("2026-11-19")])
    }
}
