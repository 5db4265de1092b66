import XCTest
@testable import FollowUpCore

final class PromiseRulesTests: XCTestCase {
    private func statuses(_ b: BookBuilder, _ c: Customer, on: Day) -> [Promise.Status] {
        PromiseRules.statuses(of: b.book.promises(of: c.id), payments: b.book.payments(of: c.id), on: on)
    }

    func testKeptByTheDayPendingBrokenThenKeptLate() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-11"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-11")), [.pending])
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-12")), [.broken])
        try b.pay(acme.id, cny(3000), on: day("2026-12-14"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-14")), [.broken], "part of it is still broken")
        try b.pay(acme.id, cny(2000), on: day("2026-12-16"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-16")), [.keptLate])
        // As of a day before the late payment it was broken.
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-15")), [.broken])
    }

    func testPaidByTheDayIsKept() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-11"))
        try b.pay(acme.id, cny(5000), on: day("2026-12-11"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-20")), [.kept])
    }

    func testPaymentsBeforeThePromiseDoNotKeepIt() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.pay(acme.id, cny(5000))
        let p = Promise(id: b.book.nextPromiseID, customer: acme.id, amount: cny(4000), due: day("2026-12-11"),
                        made: day("2026-12-01"), countsFrom: b.book.nextPaymentID)
        try b.record([.promiseAdded(p)])
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-12")), [.broken])
    }

    func testCreditNotesAndBouncedPaymentsKeepNothingLate() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-03"))
        var credit = Payment(id: b.book.nextPaymentID, customer: acme.id, amount: cny(5000), day: day("2026-12-10"))
        credit.kind = .creditNote
        try b.record([.paymentAdded(credit)])
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-10")), [.broken])
    }

    func testASecondPromiseWhilePendingReplacesTheFirst() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-11"), made: day("2026-12-01"))
        try b.promise(acme.id, cny(9000), due: day("2026-12-18"), made: day("2026-12-08"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-09")), [.replaced, .pending])
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-19")), [.replaced, .broken])
    }

    func testAPromiseAfterABrokenOneDoesNotReplaceIt() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-03"), made: day("2026-12-01"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-18"), made: day("2026-12-08"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-09")), [.broken, .pending])
    }

    func testAKeptPromiseIsNotReplacedByTheNextOne() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(2000), due: day("2026-12-11"), made: day("2026-12-01"))
        try b.pay(acme.id, cny(2000), on: day("2026-12-02"))
        let next = Promise(id: b.book.nextPromiseID, customer: acme.id, amount: cny(7000), due: day("2026-12-20"),
                           made: day("2026-12-03"), countsFrom: b.book.nextPaymentID)
        try b.record([.promiseAdded(next)])
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-04")), [.kept, .pending])
    }

    func testAPromiseInAnotherCurrencyDoesNotReplace() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.addInvoice(acme.id, usd(900), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-11"))
        try b.promise(acme.id, usd(900), due: day("2026-12-11"))
        XCTAssertEqual(statuses(b, acme, on: day("2026-12-02")), [.pending, .pending])
    }

    func testAnExtraPaymentIsCounted() throws {
        var b = BookBuilder(today: day("2026-12-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(9000), due: day("2026-12-05"))
        try b.promise(acme.id, cny(5000), due: day("2026-12-03"))
        let extra = Payment(id: b.book.nextPaymentID, customer: acme.id, amount: cny(5000), day: day("2026-12-07"))
        XCTAssertEqual(PromiseRules.statuses(of: b.book.promises, payments: b.book.payments, on: day("2026-12-07"), extra: extra), [.keptLate])
    }
}
