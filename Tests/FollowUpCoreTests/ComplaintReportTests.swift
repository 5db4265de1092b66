import XCTest
@testable import FollowUpCore

/// The complaints report on a hand-built book whose answers are worked out by hand.
final class ComplaintReportTests: XCTestCase {
    let today = day("2026-11-30")

    /// Five complaints of three customers:
    /// #1 Acme, Nov 2, product defect (AC unit), resolved Nov 3 (1 day)
    /// #2 Acme, Nov 5, product defect (ac unit), resolved Nov 12 (7 days), reviewed: closed
    /// #3 Bolt, Nov 10, attitude, resolved Nov 12 (2 days)
    /// #4 Bolt, Nov 20, no cause yet, open at listen
    /// #5 Cove, Nov 25, misunderstanding (printer), open at solve since Nov 26
    private func book() throws -> BookBuilder {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        let bolt = try b.addCustomer("Bolt")
        let cove = try b.addCustomer("Cove")
        let fix: [ComplaintChange] = [.solutionFound("fix", remedy: .repair), .carriedOut(nil)]
        let c1 = try b.complain(acme.id, product: "AC unit", received: day("2026-11-02"))
        try b.move(c1.id, [.causeFound(.productDefect)] + fix, on: day("2026-11-03"))
        let c2 = try b.complain(acme.id, product: "ac unit ", received: day("2026-11-05"))
        try b.move(c2.id, [.causeFound(.productDefect)] + fix + [.reviewed("new supplier")], on: day("2026-11-12"))
        let c3 = try b.complain(bolt.id, received: day("2026-11-10"))
        try b.move(c3.id, [.causeFound(.attitude)] + fix, on: day("2026-11-12"))
        try b.complain(bolt.id, received: day("2026-11-20"))
        let c5 = try b.complain(cove.id, product: "printer", received: day("2026-11-25"))
        try b.move(c5.id, [.causeFound(.misunderstanding)], on: day("2026-11-26"))
        return b
    }

    func testTheWholeBook() throws {
        let b = try book()
        let r = ComplaintReport(book: b.book, today: today)
        XCTAssertEqual(r.total, 5)
        // Open = not closed: #1 and #3 are fixed but not reviewed yet.
        XCTAssertEqual(r.open.map(\.complaint.id.raw), [1, 3, 4, 5])
        XCTAssertEqual(r.open.map(\.age), [28, 20, 10, 5])
        XCTAssertEqual(r.open.map(\.daysAtStage), [27, 18, 10, 4])
        XCTAssertEqual(r.open.map(\.complaint.stage), [.review, .review, .listen, .solve])
        XCTAssertEqual(r.open.map(\.customerName), ["Acme", "Bolt", "Bolt", "Cove"])

        XCTAssertEqual(r.byCause.map(\.key), [.productDefect, .attitude, .misunderstanding, .unknown])
        XCTAssertEqual(r.byCause.map(\.complaints), [2, 1, 1, 1])
        XCTAssertEqual(r.byCause.map(\.unresolved), [0, 0, 1, 1])
        XCTAssertEqual(r.byParty.map(\.key), [.product, .salesperson, .customer, .unknown])
        XCTAssertEqual(r.byParty.map(\.complaints), [2, 1, 1, 1])
        XCTAssertEqual(r.byProduct.map(\.key), ["AC unit", "printer"], "products compared without case or spaces")
        XCTAssertEqual(r.byProduct.map(\.complaints), [2, 1])
        XCTAssertEqual(r.byCustomer.map(\.key.raw), [1, 2, 3])
        XCTAssertEqual(r.byCustomer.map(\.complaints), [2, 2, 1])
        XCTAssertEqual(r.byCustomer.map(\.unresolved), [0, 1, 1])

        // Resolved: 1, 7 and 2 days: 10 ÷ 3 = 3.3 days on average; 2 of 3 within 2 days.
        XCTAssertEqual(r.resolved, 3)
        XCTAssertEqual(r.daysToResolve, 10)
        XCTAssertEqual(r.averageDaysToResolveTenths, 33)
        XCTAssertEqual(r.resolvedFast, 2)
        XCTAssertEqual(r.fastSharePercent, 67)
    }

    func testAPeriodCountsTheComplaintsReceivedInIt() throws {
        let b = try book()
        let r = ComplaintReport(book: b.book, today: today, from: day("2026-11-05"), to: day("2026-11-20"))
        XCTAssertEqual(r.total, 3, "#2, #3, #4")
        XCTAssertEqual(r.byCause.map(\.key), [.attitude, .productDefect, .unknown], "one each: in the order of causes")
        XCTAssertEqual(r.resolved, 2)
        XCTAssertEqual(r.averageDaysToResolveTenths, 45)
        XCTAssertEqual(r.fastSharePercent, 50)
        XCTAssertEqual(r.open.count, 4, "the open list is always today's")
    }

    func testADeletedCustomersComplaintsLeaveTheOpenListButStayCounted() throws {
        var b = try book()
        let cove = try XCTUnwrap(b.book.customer(CustomerID(3)))
        var removed = cove
        removed.removed = today
        try b.record([.customerChanged(before: cove, after: removed)])
        let r = ComplaintReport(book: b.book, today: today)
        XCTAssertEqual(r.open.map(\.complaint.id.raw), [1, 3, 4])
        XCTAssertEqual(r.total, 5)
    }

    func testOneCustomerAndAnEmptyReport() throws {
        let b = try book()
        let bolt = ComplaintReport(book: b.book, today: today, customer: CustomerID(2))
        XCTAssertEqual(bolt.total, 2)
        XCTAssertEqual(bolt.open.map(\.complaint.id.raw), [3, 4])
        let none = ComplaintReport(book: Book(), today: today)
        XCTAssertEqual(none.total, 0)
        XCTAssertNil(none.averageDaysToResolveTenths)
        XCTAssertNil(none.fastSharePercent)
    }
}
