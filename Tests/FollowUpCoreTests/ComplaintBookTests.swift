import XCTest
@testable import FollowUpCore

/// Complaints in the book: each line one undo step, the days a move writes checked like any
/// other, and the records a complaint names.
final class ComplaintBookTests: XCTestCase {
    let today = day("2026-11-18")

    func testEachMoveIsOneUndoStep() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let empty = BookState(b.book)
        let c = try b.complain(cu.id)
        let logged = BookState(b.book)
        try b.move(c.id, [.causeFound(.productDefect), .handedOff(to: "service", by: day("2026-11-20"))])
        let handed = BookState(b.book)
        try b.move(c.id, [.told(nil), .carriedOut(nil)])
        XCTAssertEqual(b.book.complaint(c.id)?.stage, .review)
        try b.undo()
        XCTAssertEqual(BookState(b.book), handed)
        try b.undo()
        XCTAssertEqual(BookState(b.book), logged)
        try b.undo()
        XCTAssertEqual(BookState(b.book), empty)
        XCTAssertEqual(b.book.nextComplaintID, ComplaintID(1))
    }

    func testTheDaysAMoveWritesAreTheDaysChecked() throws {
        let c = Complaint(id: ComplaintID(1), customer: CustomerID(1), words: "x", received: today)
        let far = day("2199-01-01")
        let after = try ComplaintFlow.apply([.handedOff(to: "service", by: far), .replyPromised(by: day("2199-02-01"))], to: c, on: today)
        let days = Event.complaintChanged(before: c, after: after).days
        XCTAssertTrue(days.contains(far))
        XCTAssertTrue(days.contains(day("2199-02-01")))
        XCTAssertEqual(Event.complaintChanged(before: c, after: after).customers, [CustomerID(1)])
    }

    func testACustomerWithAComplaintIsNotRemovedAndAComplaintCannotChangeHands() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let other = try b.addCustomer("Other")
        let c = try b.complain(other.id)
        XCTAssertThrowsError(try b.record([.customerRemoved(other)]))
        var moved = c
        moved.customer = cu.id
        XCTAssertThrowsError(try b.record([.complaintChanged(before: c, after: moved)]))
    }
}
