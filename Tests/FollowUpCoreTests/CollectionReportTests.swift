import XCTest
@testable import FollowUpCore

/// The collection rate and DSO, the receivables detail and the week's collection plan.
final class CollectionReportTests: XCTestCase {
    // MARK: Collection rate

    /// Acme: ¥10,000 due Sep 30 (¥4,000 paid before October), ¥5,000 due Oct 20, ¥2,000 due
    /// Nov 30; ¥7,000 paid Oct 25 (oldest first) and ¥2,000 paid ahead on the Nov 30 invoice.
    private func october() throws -> (BookBuilder, Customer, [Invoice]) {
        var b = BookBuilder(today: day("2026-11-18"))
        let acme = try b.addCustomer("Acme")
        let a = try b.addInvoice(acme.id, cny(10_000), issued: day("2026-09-01"), due: day("2026-09-30"))
        try b.pay(acme.id, cny(4_000), on: day("2026-09-15"))
        let c = try b.addInvoice(acme.id, cny(5_000), issued: day("2026-10-05"), due: day("2026-10-20"))
        let d = try b.addInvoice(acme.id, cny(2_000), issued: day("2026-10-10"), due: day("2026-11-30"))
        try b.pay(acme.id, cny(7_000), on: day("2026-10-25"))
        try b.pay(acme.id, cny(2_000), on: day("2026-10-26"), invoiceFirst: d.id)
        return (b, acme, [a, c, d])
    }

    func testRateCountsWhatWasOverdueAtTheStartAndWhatFellDue() throws {
        let (b, _, _) = try october()
        let r = CollectionRate(book: b.book, from: day("2026-10-01"), to: day("2026-10-31"))
        XCTAssertEqual(r.days, 31)
        XCTAssertEqual(r.sections.count, 1)
        let s = try XCTUnwrap(r.sections.first)
        // ¥6,000 still owed on Oct 1 on the September invoice + ¥5,000 due Oct 20.
        XCTAssertEqual(s.due, cny(11_000).minor)
        // The ¥2,000 paid ahead on an invoice due in November is in neither figure.
        XCTAssertEqual(s.collected, cny(7_000).minor)
        XCTAssertEqual(s.invoices, 2)
        XCTAssertEqual(s.ratePermille, 636)
        // Owed on Oct 31: ¥4,000 of the October invoice. Sales: ¥5,000 + ¥2,000.
        XCTAssertEqual(s.receivables, cny(4_000).minor)
        XCTAssertEqual(s.sales, cny(7_000).minor)
        // 4,000 ÷ 7,000 × 31 = 17.7.
        XCTAssertEqual(s.dso(days: r.days), 18)
    }

    func testCreditNotesReduceWhatIsDueAndBouncedPaymentsCountForNothing() throws {
        var (b, acme, invoices) = try october()
        var note = Payment(id: b.book.nextPaymentID, customer: acme.id, amount: cny(1_000), day: day("2026-10-28"),
                           allocations: [Allocation(invoice: invoices[1].id, minor: cny(1_000).minor)])
        note.kind = .creditNote
        try b.record([.paymentAdded(note)])
        // A cheque for the rest that bounced: its allocation is taken off before it bounces.
        let cheque = try b.pay(acme.id, cny(3_000), on: day("2026-10-29"))
        for a in cheque.allocations { try b.record([.unallocated(payment: cheque.id, a)]) }
        try b.record([.paymentBounced(cheque.id, customer: acme.id, on: day("2026-10-30"))])
        let s = try XCTUnwrap(CollectionRate(book: b.book, from: day("2026-10-01"), to: day("2026-10-31")).sections.first)
        XCTAssertEqual(s.due, cny(10_000).minor)
        XCTAssertEqual(s.collected, cny(7_000).minor)
        XCTAssertEqual(s.ratePermille, 700)
        XCTAssertEqual(s.receivables, cny(3_000).minor)
        XCTAssertEqual(s.dso(days: 31), 13)
    }

    func testPaymentsBeforeThePeriodAreNotCollectedInIt() throws {
        let (b, _, _) = try october()
        // November: the September and October invoices are paid or part paid before it starts.
        let s = try XCTUnwrap(CollectionRate(book: b.book, from: day("2026-11-01"), to: day("2026-11-18")).sections.first)
        XCTAssertEqual(s.due, cny(4_000).minor)
        XCTAssertEqual(s.collected, 0)
        XCTAssertEqual(s.ratePermille, 0)
        XCTAssertEqual(s.sales, 0)
        XCTAssertNil(s.dso(days: 18), "no sales in the period: no DSO")
    }

    func testOneSectionPerCurrencyAndNothingDueHasNoRate() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let kite = try b.addCustomer("Kite")
        try b.addInvoice(kite.id, cny(1_000), issued: day("2026-11-01"), due: day("2026-11-10"))
        try b.addInvoice(kite.id, usd(300), issued: day("2026-11-02"), due: day("2026-12-20"))
        try b.pay(kite.id, cny(1_000), on: day("2026-11-12"))
        let r = CollectionRate(book: b.book, from: day("2026-11-01"), to: day("2026-11-18"))
        XCTAssertEqual(r.sections.map(\.currency.code), ["CNY", "USD"])
        XCTAssertEqual(r.sections[0].ratePermille, 1000)
        XCTAssertNil(r.sections[1].ratePermille, "nothing in dollars fell due")
        XCTAssertEqual(r.sections[1].dso(days: r.days), 18)
        // A customer filter keeps that customer's money only.
        let other = try b.addCustomer("Other")
        XCTAssertTrue(CollectionRate(book: b.book, from: day("2026-11-01"), to: day("2026-11-18"), customer: other.id).sections.isEmpty)
    }

    func testHugeAmountsDoNotOverflow() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let big = try b.addCustomer("Big")
        let max = Money(minor: Money.maxMinor(.cny), currency: .cny)
        try b.addInvoice(big.id, max, issued: day("2026-11-18"), due: day("2026-11-18"))
        let s = try XCTUnwrap(CollectionRate(book: b.book, from: day("1900-01-01"), to: day("2026-11-18")).sections.first)
        XCTAssertEqual(s.ratePermille, 0)
        XCTAssertGreaterThan(s.dso(days: 46_000) ?? 0, 0)
        let tiny = CollectionRate.Section(currency: .cny, due: 1, collected: 0, receivables: Book.maxTotalMinor, sales: 1, invoices: 1)
        XCTAssertEqual(tiny.dso(days: Int.max), Int.max, "clamped, never a trap")
    }

    // MARK: Receivables detail

    func testDetailRowsCarryTheStanding() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let acme = try b.addCustomer("Acme")
        let pine = try b.addCustomer("Pine")
        let kite = try b.addCustomer("Kite")
        try b.addInvoice(pine.id, cny(500), issued: day("2026-11-01"), due: day("2026-12-01"))
        let old = try b.addInvoice(acme.id, cny(1_000), issued: day("2026-09-01"), due: day("2026-10-01"))
        try b.addInvoice(acme.id, cny(2_000), issued: day("2026-11-01"), due: day("2026-11-20"))
        try b.addInvoice(kite.id, cny(9_000), issued: day("2026-11-30"), due: day("2026-12-30")) // not issued yet
        try b.promise(acme.id, cny(1_000), due: day("2026-11-10"), made: day("2026-11-02"))
        try b.record([.contactAdded(ContactEntry(id: b.book.nextContactID, customer: acme.id, day: day("2026-11-02"),
                                                 channel: .visit, note: "promised"))])
        let d = ReceivablesDetail(book: b.book, today: day("2026-11-18"))
        XCTAssertEqual(d.rows.map(\.invoice.number), [old.number, "INV-3", "INV-1"], "most overdue customer first, then by due day")
        let first = d.rows[0]
        XCTAssertEqual(first.daysOverdue, 48)
        XCTAssertEqual(first.promiseStatus, .broken)
        XCTAssertEqual(first.promise?.amount, cny(1_000))
        XCTAssertEqual(first.lastContact?.channel, .visit)
        XCTAssertEqual(first.lastContact?.day, day("2026-11-02"))
        // 48 days late is `hold`; the broken promise moves Acme one step up.
        XCTAssertEqual(first.step, .escalate)
        XCTAssertEqual(first.action, .visitWithManager)
        let pineRow = d.rows[2]
        XCTAssertEqual(pineRow.step, .notDue)
        XCTAssertNil(pineRow.action)
        XCTAssertNil(pineRow.promise)
        XCTAssertEqual(d.totals.count, 1)
        XCTAssertEqual(d.totals[0].outstanding, cny(3_500).minor)
        XCTAssertEqual(d.totals[0].overdue, cny(1_000).minor)
        XCTAssertEqual(d.totals[0].invoices, 3)
        XCTAssertEqual(d.totals[0].customers, 2)
        XCTAssertEqual(ReceivablesDetail(book: b.book, today: day("2026-11-18"), customer: pine.id).rows.count, 1)
    }

    // MARK: Collection plan

    func testTheWindowIsFiveWorkingDays() {
        XCTAssertEqual(CollectionPlan.window(from: day("2026-11-18")).map(\.iso),
                       ["2026-11-18", "2026-11-19", "2026-11-20", "2026-11-23", "2026-11-24"])
        XCTAssertEqual(CollectionPlan.window(from: day("2026-11-21")).map(\.iso),
                       ["2026-11-23", "2026-11-24", "2026-11-25", "2026-11-26", "2026-11-27"])
    }

    func testBrokenPromisesFirstPendingOnTheirDayDueOnTheirDay() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let late = try b.addCustomer("Late")
        let broke = try b.addCustomer("Broke")
        let waits = try b.addCustomer("Waits")
        let due = try b.addCustomer("Due")
        try b.addInvoice(late.id, cny(50_000), issued: day("2026-08-01"), due: day("2026-09-01"))
        try b.addInvoice(broke.id, cny(1_000), issued: day("2026-10-01"), due: day("2026-11-01"))
        try b.promise(broke.id, cny(1_000), due: day("2026-11-10"), made: day("2026-11-02"))
        try b.addInvoice(waits.id, cny(3_000), issued: day("2026-10-01"), due: day("2026-11-01"))
        try b.promise(waits.id, cny(3_000), due: day("2026-11-23"))
        try b.addInvoice(due.id, cny(700), issued: day("2026-11-01"), due: day("2026-11-20"))
        try b.addInvoice(due.id, cny(300), issued: day("2026-11-01"), due: day("2026-11-20"))
        try b.addInvoice(due.id, cny(400), issued: day("2026-11-01"), due: day("2026-11-22")) // a Sunday
        let plan = CollectionPlan(book: b.book, today: day("2026-11-18"))
        let byDay = Dictionary(uniqueKeysWithValues: plan.entries.map { ($0.day.iso, $0.entries) })
        // Today: the broken promise before the far larger, older debt.
        XCTAssertEqual(byDay["2026-11-18"]?.map(\.name), ["Broke", "Late"])
        XCTAssertEqual(byDay["2026-11-18"]?.first?.task, .brokenPromise)
        XCTAssertEqual(byDay["2026-11-18"]?.first?.reasons.count, 2, "the broken promise and the overdue invoice")
        XCTAssertEqual(byDay["2026-11-18"]?.last?.task, .chase)
        XCTAssertEqual(byDay["2026-11-18"]?.last?.action, .visitWithManager, "78 days late")
        // The pending promise is checked on its day, not chased today.
        XCTAssertEqual(byDay["2026-11-23"]?.map(\.name), ["Waits"])
        XCTAssertEqual(byDay["2026-11-23"]?.first?.task, .checkPromise)
        // Two invoices due Friday add up; the Sunday one moves to Friday too, as a note.
        let friday = try XCTUnwrap(byDay["2026-11-20"]?.first)
        XCTAssertEqual(friday.name, "Due")
        XCTAssertEqual(friday.task, .collectDue)
        XCTAssertEqual(friday.amounts, [cny(1_400)])
        XCTAssertEqual(friday.reasons.count, 3)
        XCTAssertNil(byDay["2026-11-19"])
        // One customer's plan only.
        XCTAssertEqual(CollectionPlan(book: b.book, today: day("2026-11-18"), customer: waits.id).entries.map(\.day.iso), ["2026-11-23"])
    }

    func testOverdueCustomersSpreadOverTheWeekMostPressingFirst() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        for k in 1...20 {
            let c = try b.addCustomer("C\(k)")
            // C1 owes least and is least late; C20 the most on both.
            try b.addInvoice(c.id, cny(Int64(k) * 100), issued: day("2026-09-01"), due: day("2026-11-17").adding(days: -k))
        }
        let plan = CollectionPlan(book: b.book, today: day("2026-11-18"))
        XCTAssertEqual(plan.entries.count, 5)
        XCTAssertEqual(plan.entries.map { $0.entries.count }, [4, 4, 4, 4, 4])
        XCTAssertEqual(plan.entries[0].entries.map(\.name), ["C20", "C19", "C18", "C17"])
        XCTAssertEqual(plan.entries[4].entries.map(\.name), ["C4", "C3", "C2", "C1"])
    }

    func testNothingToChaseIsAnEmptyPlan() throws {
        var b = BookBuilder(today: day("2026-11-18"))
        let c = try b.addCustomer("Quiet")
        try b.addInvoice(c.id, cny(100), issued: day("2026-11-01"), due: day("2027-01-31"))
        XCTAssertTrue(CollectionPlan(book: b.book, today: day("2026-11-18")).isEmpty)
    }

    // MARK: Money for CSV

    func testDecimalKeepsEveryMinorDigit() {
        XCTAssertEqual(cny(12_500).decimal, "12500.00")
        XCTAssertEqual(Money(minor: 120_050, currency: .cny).decimal, "1200.50")
        XCTAssertEqual(Money(minor: -30_005, currency: .usd).decimal, "-300.05")
        XCTAssertEqual(Money(minor: 7, currency: .cny).decimal, "0.07")
        XCTAssertEqual(Money(minor: 1_200, currency: .jpy).decimal, "1200")
        XCTAssertEqual(Money(minor: Money.maxMinor(.cny), currency: .cny).decimal, "1000000000000.00")
    }
}
