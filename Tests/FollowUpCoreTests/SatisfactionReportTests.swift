import XCTest
@testable import FollowUpCore

/// Satisfaction calls after deliveries and installations, and the summary that counts their
/// answers with those of complaint check-back calls.
final class SatisfactionReportTests: XCTestCase {
    private func contact(_ b: inout BookBuilder, _ customer: CustomerID, on d: String, service: ServiceKind? = nil,
                         satisfied: Bool? = nil, note: String = "") throws {
        let e = ContactEntry(id: b.book.nextContactID, customer: customer, day: day(d), channel: service == nil ? .call : .visit,
                             note: note, outcome: satisfied == nil ? nil : .reached, service: service, satisfied: satisfied)
        var events: [Event] = [.contactAdded(e)]
        // A delivery's call, as the assistant plans it.
        if service != nil {
            events.append(.reminderAdded(Reminder(id: b.book.nextReminderID, text: "satisfaction call", customer: customer,
                                                  due: SatisfactionCalls.due(after: e), kind: .survey, created: day(d))))
        }
        try b.record(events, on: day(d))
    }

    func testTheCallFallsThreeDaysAfterTheDeliveryOrTheSetting() throws {
        let e = ContactEntry(id: ContactID(1), customer: CustomerID(1), day: day("2026-11-28"), channel: .visit, note: "",
                             service: .delivery)
        XCTAssertEqual(SatisfactionCalls.due(after: e), day("2026-12-01"))
        XCTAssertEqual(SatisfactionCalls.due(after: e, days: 7), day("2026-12-05"))
        XCTAssertEqual(SatisfactionCalls.days(settings: [:]), 3)
        XCTAssertEqual(SatisfactionCalls.days(settings: ["satisfaction.call": "5"]), 5)
        // Out of range or unreadable keeps the default.
        XCTAssertEqual(SatisfactionCalls.days(settings: ["satisfaction.call": "0"]), 3)
        XCTAssertEqual(SatisfactionCalls.days(settings: ["satisfaction.call": "91"]), 3)
        XCTAssertEqual(SatisfactionCalls.days(settings: ["satisfaction.call": "x"]), 3)
    }

    func testAnAnswerSettlesTheDeliveriesBeforeItOnly() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        try contact(&b, acme.id, on: "2026-11-02", service: .delivery)
        XCTAssertEqual(SatisfactionCalls.waiting(b.book, customer: acme.id).count, 1)
        try contact(&b, acme.id, on: "2026-11-05", satisfied: true)
        XCTAssertTrue(SatisfactionCalls.waiting(b.book, customer: acme.id).isEmpty)
        try contact(&b, acme.id, on: "2026-11-06", service: .installation)
        XCTAssertEqual(SatisfactionCalls.waiting(b.book, customer: acme.id).map(\.service), [.installation])
        // A plain call is no answer.
        try contact(&b, acme.id, on: "2026-11-09")
        XCTAssertEqual(SatisfactionCalls.waiting(b.book, customer: acme.id).count, 1)
    }

    /// Acme: delivered Nov 2 (call Nov 5), happy Nov 5; installed Nov 27 (call Nov 30, after today).
    /// Bolt: delivered Nov 10 (call Nov 13), unhappy Nov 14 "too noisy"; a complaint fixed Nov 20,
    /// its check-back answered satisfied Nov 23. Cove: delivered Oct 20 (call Oct 23, last month).
    func testTheSummaryByCustomerAndPeriod() throws {
        var b = BookBuilder(today: day("2026-10-01"))
        let acme = try b.addCustomer("Acme")
        let bolt = try b.addCustomer("Bolt")
        let cove = try b.addCustomer("Cove")
        try contact(&b, cove.id, on: "2026-10-20", service: .delivery)
        try contact(&b, acme.id, on: "2026-11-02", service: .delivery)
        try contact(&b, acme.id, on: "2026-11-05", satisfied: true, note: "all good")
        try contact(&b, bolt.id, on: "2026-11-10", service: .delivery)
        try contact(&b, bolt.id, on: "2026-11-14", satisfied: false, note: "too noisy")
        let x = try b.complain(bolt.id, "too noisy", received: day("2026-11-14"))
        try b.move(x.id, [.causeFound(.productDefect), .solutionFound("fit pads", remedy: .repair), .carriedOut(nil)],
                   on: day("2026-11-20"))
        try b.move(x.id, [.checkedBack(satisfied: true, words: "quiet now")], on: day("2026-11-23"))
        try contact(&b, acme.id, on: "2026-11-27", service: .installation)

        let today = day("2026-11-28")
        let r = SatisfactionReport(book: b.book, today: today, from: day("2026-11-01"), to: day("2026-11-30"))
        XCTAssertEqual(r.rows.map(\.name), ["Acme", "Bolt"])
        XCTAssertEqual(r.rows.map(\.due), [1, 2])
        XCTAssertEqual(r.rows.map(\.answered), [1, 2])
        XCTAssertEqual(r.rows.map(\.satisfied), [1, 1])
        XCTAssertEqual(r.answered, 3)
        XCTAssertEqual(r.satisfiedPercent, 67)
        XCTAssertEqual(r.unhappy.map(\.words), ["too noisy"])
        XCTAssertEqual(r.answers.map(\.complaint), [nil, nil, x.id])

        // The whole book counts Cove's call of October; one customer only on request.
        let all = SatisfactionReport(book: b.book, today: today)
        XCTAssertEqual(all.rows.map(\.name), ["Acme", "Bolt", "Cove"])
        XCTAssertEqual(all.due, 4)
        let bolts = SatisfactionReport(book: b.book, today: today, customer: bolt.id)
        XCTAssertEqual(bolts.rows.map(\.name), ["Bolt"])
        XCTAssertEqual(bolts.satisfiedPercent, 50)
        // Three days later Acme's installation call has come due.
        XCTAssertEqual(SatisfactionReport(book: b.book, today: day("2026-11-30")).due, 5)
        XCTAssertNil(SatisfactionReport(book: Book(), today: today).satisfiedPercent)
        // A call deleted from the agenda is no call due; the book's setting moves none planned.
        guard let call = b.book.reminders.last else { return XCTFail("no call planned") }
        var gone = call
        gone.cancelled = day("2026-11-28")
        try b.record([.reminderChanged(before: call, after: gone), .settingChanged(key: "satisfaction.call", before: nil, after: "9")])
        XCTAssertEqual(SatisfactionReport(book: b.book, today: day("2026-11-30")).due, 4)
    }

    func testADeliveryIsUndoneWhole() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        try contact(&b, acme.id, on: "2026-11-02", service: .installation, note: "chiller")
        XCTAssertEqual(b.book.contacts.last?.service, .installation)
        try b.undo()
        XCTAssertTrue(b.book.contacts.isEmpty)
    }
}
