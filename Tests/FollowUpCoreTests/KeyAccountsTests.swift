import XCTest
@testable import FollowUpCore

/// The key-account report: the 80% cut, the score, suggested tiers and the screening.
final class KeyAccountsTests: XCTestCase {
    // MARK: The cut

    func testCutTakesTheFewestThatReachEightyPercent() {
        XCTAssertEqual(KeyAccounts.cut([50, 30, 10, 6, 4]), 2)
        // 79% is not yet 80%: the next one is needed.
        XCTAssertEqual(KeyAccounts.cut([79, 11, 10]), 2)
        XCTAssertEqual(KeyAccounts.cut([80, 10, 10]), 1)
    }

    func testTiesAtTheCutAreKeptTogether() {
        // The second reaches 80%, and the third has the same revenue: both are in.
        XCTAssertEqual(KeyAccounts.cut([40, 40, 40]), 3)
        XCTAssertEqual(KeyAccounts.cut([60, 20, 20]), 3)
        XCTAssertEqual(KeyAccounts.cut([60, 25, 15]), 2)
    }

    func testSingleCustomerAndZeroRevenue() {
        XCTAssertEqual(KeyAccounts.cut([1]), 1)
        XCTAssertEqual(KeyAccounts.cut([]), 0)
        XCTAssertEqual(KeyAccounts.cut([0, 0]), 0)
    }

    func testShareIsRoundedHalfUpInTenthsOfAPercent() {
        XCTAssertEqual(KeyAccounts.permille(1, of: 3), 333)
        XCTAssertEqual(KeyAccounts.permille(2, of: 3), 667)
        XCTAssertEqual(KeyAccounts.permille(5, of: 0), 0)
        // The largest totals a book allows do not overflow.
        XCTAssertEqual(KeyAccounts.permille(Book.maxTotalMinor / 2, of: Book.maxTotalMinor), 500)
    }

    // MARK: The report

    /// A generated book: customer k of n bought `weights[k]` thousand, in `orders` invoices
    /// spread over the year; the report must find exactly the shares the weights give.
    private func generated(_ weights: [Int64], today: Day) throws -> (BookBuilder, [Customer]) {
        var b = BookBuilder(today: today)
        var customers: [Customer] = []
        for (k, w) in weights.enumerated() {
            let cu = try b.addCustomer("Customer \(k + 1)")
            customers.append(cu)
            // Split into up to three invoices, each in a different month of the year.
            let parts = w % 3 == 0 ? [w / 3, w / 3, w / 3] : [w]
            for (m, part) in parts.enumerated() {
                let issued = today.adding(months: -(m * 3 + 1))
                try b.addInvoice(cu.id, cny(part * 1000), issued: issued, due: issued.adding(days: 30))
            }
        }
        return (b, customers)
    }

    func testGeneratedBookGivesKnownShares() throws {
        let today = day("2026-11-30")
        let weights: [Int64] = [300, 120, 240, 90, 60, 45, 30, 15, 60, 40]
        let (b, _) = try generated(weights, today: today)
        let r = KeyAccounts(book: b.book, from: today.adding(years: -1).adding(days: 1), to: today, basis: .invoiced)
        let s = try XCTUnwrap(r.sections.first)
        let total = weights.reduce(0, +)
        XCTAssertEqual(s.total, total * 100_000)
        // The ranking is the weights sorted, and each share is weight ÷ total.
        let sorted = weights.enumerated().sorted { $0.element != $1.element ? $0.element > $1.element : $0.offset < $1.offset }
        XCTAssertEqual(s.rows.map(\.name), sorted.map { "Customer \($0.offset + 1)" })
        for (row, w) in zip(s.rows, sorted.map(\.element)) {
            XCTAssertEqual(row.sharePermille, KeyAccounts.permille(w, of: total))
        }
        XCTAssertEqual(s.rows.last?.cumulativePermille, 1000)
        // The cut computed by hand: 300 + 240 + 120 + 90 = 750 of 1000 is 75%; + 60 = 81%,
        // and the other 60 ties with it.
        XCTAssertEqual(s.cutCount, 6)
        XCTAssertEqual(s.rows.prefix(6).map(\.revenue).reduce(0, +), 870 * 100_000)
    }

    func testCurrenciesAreCutSeparately() throws {
        var b = BookBuilder(today: day("2026-11-30"))
        let a = try b.addCustomer("Acme")
        let p = try b.addCustomer("Pine")
        try b.addInvoice(a.id, cny(900), issued: day("2026-06-01"), due: day("2026-07-01"))
        try b.addInvoice(p.id, cny(100), issued: day("2026-06-01"), due: day("2026-07-01"))
        try b.addInvoice(p.id, usd(500), issued: day("2026-06-01"), due: day("2026-07-01"))
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-11-30"), basis: .invoiced)
        XCTAssertEqual(r.sections.map(\.currency), [.cny, .usd])
        XCTAssertEqual(r.sections[0].rows.filter(\.inCut).map(\.name), ["Acme"])
        XCTAssertEqual(r.sections[1].rows.filter(\.inCut).map(\.name), ["Pine"])
    }

    func testByPaymentsCountsMoneyReceivedInThePeriod() throws {
        var b = BookBuilder(today: day("2026-11-30"))
        let a = try b.addCustomer("Acme")
        let p = try b.addCustomer("Pine")
        try b.addInvoice(a.id, cny(900), issued: day("2026-06-01"), due: day("2026-07-01"))
        try b.addInvoice(p.id, cny(100), issued: day("2026-06-01"), due: day("2026-07-01"))
        try b.pay(p.id, cny(100), on: day("2026-07-01"))
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-11-30"), basis: .paid)
        XCTAssertEqual(r.sections.first?.rows.map(\.name), ["Pine"])
        let none = KeyAccounts(book: b.book, from: day("2026-08-01"), to: day("2026-11-30"), basis: .paid)
        XCTAssertTrue(none.sections.isEmpty)
    }

    // MARK: The score

    func testScoreAddsVolumeConcentrationAndTheJudgedCriteria() throws {
        var b = BookBuilder(today: day("2026-12-31"))
        var a = try b.addCustomer("Acme")
        let p = try b.addCustomer("Pine")
        // Acme buys every month of the year; Pine once, a quarter of Acme's volume.
        for m in 1...12 {
            try b.addInvoice(a.id, cny(100), issued: try XCTUnwrap(Day(year: 2026, month: m, day: 5)), due: day("2027-01-31"))
        }
        try b.addInvoice(p.id, cny(300), issued: day("2026-06-05"), due: day("2026-07-05"))
        // Paid: a debt would make Pine a customer to watch.
        try b.pay(p.id, cny(300), on: day("2026-07-01"))
        var judged = a
        judged.priceSensitivity = .low
        judged.partnership = true
        judged.serviceNeed = .high
        try b.record([.customerChanged(before: a, after: judged)])
        a = judged
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-12-31"), basis: .invoiced)
        let rows = try XCTUnwrap(r.sections.first?.rows)
        let acme = try XCTUnwrap(rows.first { $0.name == "Acme" })
        XCTAssertEqual(acme.score, KeyAccounts.Score(volume: 40, concentration: 15, service: 0, price: 15, partnership: 15))
        XCTAssertEqual(acme.score.total, 85)
        XCTAssertEqual(acme.suggested, .key)
        let pine = try XCTUnwrap(rows.first { $0.name == "Pine" })
        // 300 of 1200 is a quarter of 40; one month of twelve is 1.25 of 15; unjudged 7 each.
        XCTAssertEqual(pine.score, KeyAccounts.Score(volume: 10, concentration: 1, service: 7, price: 7, partnership: 7))
        XCTAssertNil(pine.suggested)
    }

    func testATierSetByHandIsNotSuggestedAgain() throws {
        var b = BookBuilder(today: day("2026-12-31"))
        let a = try b.addCustomer("Acme")
        try b.addInvoice(a.id, cny(100), issued: day("2026-06-05"), due: day("2026-07-05"))
        var key = a
        key.tier = .key
        key.partnership = true
        key.priceSensitivity = .low
        try b.record([.customerChanged(before: a, after: key)])
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-12-31"), basis: .invoiced)
        let row = try XCTUnwrap(r.sections.first?.rows.first)
        XCTAssertEqual(row.tier, .key)
        XCTAssertNil(row.suggested)
    }

    // MARK: The screening

    func testCostlyCustomersAreOutsideTheCutWithTheirReasons() throws {
        var b = BookBuilder(today: day("2026-01-05"))
        let big = try b.addCustomer("Big")
        let late = try b.addCustomer("Late")
        let quiet = try b.addCustomer("Quiet")
        let moaner = try b.addCustomer("Moaner")
        try b.addInvoice(big.id, cny(9_000), due: day("2026-02-05"))
        try b.addInvoice(late.id, cny(300), due: day("2026-02-05"))
        try b.addInvoice(moaner.id, cny(200), due: day("2026-12-31"))
        try b.promise(late.id, cny(300), due: day("2026-02-20"), made: day("2026-01-05"))
        b.today = day("2026-03-01")
        try b.promise(late.id, cny(300), due: day("2026-03-10"), made: day("2026-03-01"))
        // Big is as late as Late, but brings most of the revenue: not screened out.
        b.today = day("2026-11-30")
        let complaint = Complaint(id: ComplaintID(1), customer: moaner.id, words: "late delivery", received: day("2026-06-01"))
        try b.record([.complaintAdded(complaint)])
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-11-30"), basis: .invoiced)
        XCTAssertEqual(r.costly.map(\.name), ["Late", "Moaner"])
        let lateRow = try XCTUnwrap(r.costly.first)
        XCTAssertEqual(lateRow.costs, [.longOverdue(days: 298), .brokenPromises(2), .smallVolume(sharePermille: 32)])
        XCTAssertEqual(r.costly[1].costs, [.complaints(1), .smallVolume(sharePermille: 21)])
        XCTAssertFalse(r.costly.contains { $0.customer == big.id })
        XCTAssertFalse(r.costly.contains { $0.customer == quiet.id })
        // A costly customer is suggested for watching.
        XCTAssertEqual(r.sections.first?.rows.first { $0.name == "Late" }?.suggested, .watch)
    }

    func testADebtFromBeforeThePeriodStillCosts() throws {
        var b = BookBuilder(today: day("2025-01-05"))
        let old = try b.addCustomer("Old")
        try b.addInvoice(old.id, cny(500), due: day("2025-02-05"))
        b.today = day("2026-11-30")
        let r = KeyAccounts(book: b.book, from: day("2026-01-01"), to: day("2026-11-30"), basis: .invoiced)
        XCTAssertTrue(r.sections.isEmpty)
        XCTAssertEqual(r.costly.first?.costs, [.longOverdue(days: 663), .smallVolume(sharePermille: nil)])
    }

    // MARK: Birthdays

    func testMonthDayRefusesImpossibleDaysAndRoundTrips() throws {
        XCTAssertNil(MonthDay(month: 2, day: 30))
        XCTAssertNil(MonthDay(month: 13, day: 1))
        XCTAssertNil(MonthDay(month: 2, day: 29, year: 2023))
        XCTAssertNotNil(MonthDay(month: 2, day: 29))
        let b = try XCTUnwrap(MonthDay(month: 5, day: 3, year: 1980))
        XCTAssertEqual(b.description, "1980-05-03")
        XCTAssertEqual(MonthDay(text: "1980-05-03"), b)
        XCTAssertEqual(MonthDay(text: "05-03"), MonthDay(month: 5, day: 3))
        XCTAssertNil(MonthDay(text: "5-3"))
        XCTAssertEqual(MonthDay(month: 2, day: 29)?.next(onOrAfter: day("2026-03-01")), day("2027-02-28"))
        XCTAssertEqual(MonthDay(month: 5, day: 3)?.next(onOrAfter: day("2026-05-03")), day("2026-05-03"))
    }
}
