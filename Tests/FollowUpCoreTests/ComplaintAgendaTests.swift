import XCTest
@testable import FollowUpCore

/// Complaint items on the agenda: a stalled step, a reply due, a handoff's day, the check-back call.
final class ComplaintAgendaTests: XCTestCase {
    let today = day("2026-11-18")

    private func items(_ b: BookBuilder, from: Day? = nil, to: Day? = nil) -> [Agenda.ComplaintItem] {
        Agenda(book: b.book, today: today, from: from ?? today, to: to ?? today.adding(days: 7)).complaints
    }

    private func kinds(_ list: [Agenda.ComplaintItem]) -> [String] {
        list.map { "\($0.kind.rawValue) #\($0.complaint.id.raw) \($0.day.iso)" }
    }

    func testAStepWithNoProgressComesUpAfterTheStallDays() throws {
        var b = BookBuilder(today: today.adding(days: -5))
        let cu = try b.addCustomer("Acme")
        let c = try b.complain(cu.id)                               // at listen since Nov 13: stalled Nov 15
        let moved = try b.complain(cu.id, "late delivery")
        try b.move(moved.id, [.causeFound(.promiseNotKept)], on: today.adding(days: -1))   // at solve since Nov 17: stalls Nov 19
        XCTAssertEqual(kinds(items(b)), ["stalled #\(c.id.raw) 2026-11-15", "stalled #\(moved.id.raw) 2026-11-19"])
        XCTAssertFalse(Agenda(book: b.book, today: today, from: today, to: today).isEmpty)

        try b.record([.settingChanged(key: "complaint.stall", before: nil, after: "7")])
        XCTAssertEqual(kinds(items(b)), ["stalled #\(c.id.raw) 2026-11-20", "stalled #\(moved.id.raw) 2026-11-24"])
    }

    func testAPromisedReplyAndAHandoffDayComeUpOnTheirDay() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let c = try b.complain(cu.id)
        try b.move(c.id, [.cooled(.time), .replyPromised(by: today.adding(days: 1)), .handedOff(to: "service", by: today.adding(days: 3))])
        // At tell since today: it would stall on the 20th, but the handoff has until the 21st.
        XCTAssertEqual(kinds(items(b)), ["reply_due #1 2026-11-19", "handoff_due #1 2026-11-21"])
        // Seen later, both are overdue; the handoff's day, not a stall, keeps it on the agenda.
        let late = Agenda(book: b.book, today: today.adding(days: 5), from: today.adding(days: 5), to: today.adding(days: 5)).complaints
        XCTAssertEqual(kinds(late), ["reply_due #1 2026-11-19", "handoff_due #1 2026-11-21"])
        // Telling them the answer is the reply; the fix ends the handoff's watch.
        try b.move(c.id, [.told(nil), .carriedOut(nil)])
        XCTAssertEqual(kinds(items(b)), ["stalled #1 2026-11-20", "check_back #1 2026-11-21"])
    }

    func testTheCheckBackCallComesUpAndGoesOnceAnswered() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let c = try b.complain(cu.id)
        try b.move(c.id, [.causeFound(.productDefect), .solutionFound("new seal", remedy: .replace), .carriedOut(nil), .reviewed("check seals")])
        XCTAssertEqual(kinds(items(b)), ["check_back #1 2026-11-21"], "closed, the call is still to make")
        try b.move(c.id, [.checkedBack(satisfied: true, words: nil)], on: today.adding(days: 3))
        XCTAssertEqual(items(b), [])
    }

    func testAClosedComplaintDoesNotStallAndARemovedCustomersComplaintsStayOff() throws {
        var b = BookBuilder(today: today.adding(days: -9))
        let cu = try b.addCustomer("Acme")
        let c = try b.complain(cu.id)
        try b.move(c.id, [.closed("withdrawn")])
        let gone = try b.addCustomer("Gone")
        try b.complain(gone.id)
        var removed = gone
        removed.removed = today
        try b.record([.customerChanged(before: gone, after: removed)])
        XCTAssertEqual(items(b), [])
    }

    func testAnInvoiceWhollyDisputedLeavesTheAgendaAndOnePartlyDisputedStays() throws {
        var b = BookBuilder(today: today)
        let cu = try b.addCustomer("Acme")
        let whole = try b.addInvoice(cu.id, cny(800), issued: today.adding(days: -30), due: today.adding(days: -3))
        let part = try b.addInvoice(cu.id, cny(500), issued: today.adding(days: -30), due: today.adding(days: -2))
        try b.complain(cu.id, "wrong model", invoice: whole.id)
        try b.complain(cu.id, "one chair broken", invoice: part.id, disputed: cny(100))
        let agenda = Agenda(book: b.book, today: today, from: today, to: today)
        XCTAssertEqual(agenda.overdue, [.invoiceDue(part)])
        // Two complaints that together dispute all of it hold it back too.
        try b.complain(cu.id, "late", invoice: part.id, disputed: cny(400))
        XCTAssertEqual(Agenda(book: b.book, today: today, from: today, to: today).overdue, [])
    }

    func testAWindowLaterThanTodayShowsOnlyItsOwnDays() throws {
        var b = BookBuilder(today: today.adding(days: -5))
        let cu = try b.addCustomer("Acme")
        try b.complain(cu.id)
        XCTAssertEqual(items(b, from: today.adding(days: 1), to: today.adding(days: 3)), [])
    }
}
