import XCTest
@testable import FollowUpCore

final class ChaseListTests: XCTestCase {
    let today = day("2026-11-18")

    private func names(_ b: BookBuilder, currency: Currency = .cny) -> [String] {
        ChaseList(book: b.book, on: today, currency: currency).entries.map(\.standing.name)
    }

    func testBrokenPromisesFirstThenAmountTimesDaysOverdue() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let big = try b.addCustomer("Big")        // 10,000 × 10 days = 100,000
        let old = try b.addCustomer("Old")        // 2,000 × 60 days = 120,000
        let broke = try b.addCustomer("Broke")    // 100 × 3 days, but a broken promise
        let soon = try b.addCustomer("Soon")      // due in 2 days: courtesy
        let later = try b.addCustomer("Later")    // due in 20 days: not chased
        try b.addInvoice(big.id, cny(10000), due: today.adding(days: -10))
        try b.addInvoice(old.id, cny(2000), due: today.adding(days: -60))
        try b.addInvoice(broke.id, cny(100), due: today.adding(days: -3))
        try b.promise(broke.id, cny(100), due: today.adding(days: -1), made: today.adding(days: -2))
        try b.addInvoice(soon.id, cny(99999), due: today.adding(days: 2))
        try b.addInvoice(later.id, cny(5000), due: today.adding(days: 20))
        XCTAssertEqual(names(b), ["Broke", "Old", "Big", "Soon"])
        let entries = ChaseList(book: b.book, on: today, currency: .cny).entries
        XCTAssertEqual(entries.map(\.brokenPromise), [true, false, false, false])
        XCTAssertEqual(entries.map(\.action), [.callForWrittenPromise, .holdSupply, .call, .courtesyNote])
    }

    func testAPendingPromiseIsWaitedForNotChased() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(5000), due: today.adding(days: -10))
        try b.promise(acme.id, cny(5000), due: today.adding(days: 3), made: today)
        XCTAssertEqual(names(b), [])
    }

    func testABrokenPromiseOnMoneyNotYetDueIsACall() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        try b.addInvoice(acme.id, cny(5000), due: today.adding(days: 20))
        try b.promise(acme.id, cny(1000), due: today.adding(days: -2))
        let e = try XCTUnwrap(ChaseList(book: b.book, on: today, currency: .cny).entries.first)
        XCTAssertEqual(e.standing.ladderStep, .notDue)
        XCTAssertEqual(e.action, .call)
    }

    func testOtherCurrenciesOnlyBreakTies() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let dollars = try b.addCustomer("Dollars")
        let yuan = try b.addCustomer("Yuan")
        try b.addInvoice(dollars.id, usd(90000), due: today.adding(days: -30))
        try b.addInvoice(yuan.id, cny(10), due: today.adding(days: -1))
        XCTAssertEqual(names(b, currency: .cny), ["Yuan", "Dollars"])
        XCTAssertEqual(names(b, currency: .usd), ["Dollars", "Yuan"])
    }

    func testTiesGoToTheOlderDebtThenTheName() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let x = try b.addCustomer("Zed")
        let y = try b.addCustomer("Amber")
        let z = try b.addCustomer("Cobalt")
        try b.addInvoice(x.id, cny(100), due: today.adding(days: -20))   // 2,000
        try b.addInvoice(y.id, cny(200), due: today.adding(days: -10))   // 2,000
        try b.addInvoice(z.id, cny(200), due: today.adding(days: -10))   // 2,000
        XCTAssertEqual(names(b), ["Zed", "Amber", "Cobalt"])
    }

    func testRemovedAndQuietCustomersAreLeftOut() throws {
        var b = BookBuilder(today: day("2026-09-01"))
        let paid = try b.addCustomer("Paid")
        try b.addInvoice(paid.id, cny(100), due: today.adding(days: -20))
        try b.pay(paid.id, cny(100))
        try b.addCustomer("Nothing")
        XCTAssertEqual(names(b), [])
    }
}

final class RetryRuleTests: XCTestCase {
    func testNextWorkingDay() {
        // 2026-11-18 is a Wednesday.
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-18"), workingDays: 1, today: day("2026-11-18")), day("2026-11-19"))
        // Friday → Monday; Saturday and Sunday → Monday.
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-20"), workingDays: 1, today: day("2026-11-20")), day("2026-11-23"))
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-21"), workingDays: 1, today: day("2026-11-21")), day("2026-11-23"))
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-22"), workingDays: 1, today: day("2026-11-22")), day("2026-11-23"))
        // Two working days from Thursday is Monday.
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-19"), workingDays: 2, today: day("2026-11-19")), day("2026-11-23"))
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-18"), workingDays: 0, today: day("2026-11-18")), day("2026-11-19"))
    }

    func testACallLoggedLateIsRetriedFromToday() {
        // Logged on Wednesday for the Monday before: the retry is today, not in the past.
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-09"), workingDays: 1, today: day("2026-11-18")), day("2026-11-18"))
        // Today a Saturday: the Monday after.
        XCTAssertEqual(RetryRule.retryDay(after: day("2026-11-09"), workingDays: 1, today: day("2026-11-21")), day("2026-11-23"))
    }
}
