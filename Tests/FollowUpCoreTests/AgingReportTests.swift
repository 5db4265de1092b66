import XCTest
import FollowUpCore

final class AgingReportTests: XCTestCase {
    let asOf = day("2026-11-18")

    func testBucketBoundaries() {
        let expected: [(Int, Int)] = [(-30, 0), (-1, 0), (0, 0), (1, 1), (30, 1), (31, 2), (60, 2), (61, 3), (90, 3), (91, 4), (1000, 4)]
        for (days, bucket) in expected {
            XCTAssertEqual(AgingReport.bucket(daysOverdue: days), bucket, "\(days) days overdue")
        }
    }

    func testInvoicesLandInTheirBuckets() throws {
        var b = BookBuilder(today: day("2026-01-01"))
        let c = try b.addCustomer("Acme")
        // Days overdue on asOf → amount, so every bucket has a known sum.
        let overdue = [-5, 0, 1, 30, 31, 60, 61, 90, 91]
        for (k, d) in overdue.enumerated() {
            try b.addInvoice(c.id, cny(Int64(k + 1) * 100), issued: day("2026-01-01"), due: asOf.adding(days: -d))
        }
        let report = AgingReport(book: b.book, asOf: asOf)
        XCTAssertEqual(report.asOf, asOf)
        XCTAssertEqual(report.sections.count, 1)
        let section = try XCTUnwrap(report.sections.first)
        XCTAssertEqual(section.currency, .cny)
        XCTAssertEqual(section.rows.count, 1)
        let hundred: Int64 = 10_000
        XCTAssertEqual(section.rows[0].buckets, [(1 + 2) * hundred, (3 + 4) * hundred, (5 + 6) * hundred, (7 + 8) * hundred, 9 * hundred])
        XCTAssertEqual(section.rows[0].name, "Acme")
        XCTAssertEqual(section.totals, section.rows[0].buckets)
        XCTAssertEqual(section.total, 45 * hundred)
    }

    func testBucketTotalsEqualTheOutstandingTotal() throws {
        var b = BookBuilder(today: day("2026-06-01"))
        var customers: [Customer] = []
        for name in ["Acme", "Kite", "Pine", "Sunrise"] { customers.append(try b.addCustomer(name)) }
        var seed: UInt64 = 42
        func next(_ n: UInt64) -> Int {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return Int((seed >> 33) % n)
        }
        for _ in 0..<60 {
            let c = customers[next(4)]
            try b.addInvoice(c.id, cny(Int64(100 + next(5000))), issued: day("2026-06-01"), due: day("2026-06-01").adding(days: next(200)))
        }
        for c in customers { try b.pay(c.id, cny(Int64(next(20_000)))) }
        let report = AgingReport(book: b.book, asOf: asOf)
        let section = try XCTUnwrap(report.sections.first)
        let owed = customers.flatMap { b.book.outstanding(of: $0.id) }.reduce(0) { $0 + $1.minor }
        XCTAssertEqual(section.total, owed)
        XCTAssertEqual(section.totals.reduce(0, +), owed)
        XCTAssertEqual(section.rows.reduce(0) { $0 + $1.total }, owed)
        for k in 0..<AgingReport.bucketCount {
            XCTAssertEqual(section.rows.reduce(0) { $0 + $1.buckets[k] }, section.totals[k])
        }
        for row in section.rows {
            XCTAssertEqual(row.total, b.book.outstanding(of: row.customer).first?.minor ?? 0)
        }
        // Rows: most overdue money first.
        let overdueAmounts = section.rows.map { $0.total - $0.buckets[0] }
        XCTAssertEqual(overdueAmounts, overdueAmounts.sorted(by: >))
    }

    func testPastDateIgnoresLaterPaymentsAndInvoices() throws {
        var b = BookBuilder(today: day("2026-10-01"))
        let c = try b.addCustomer("Acme")
        try b.addInvoice(c.id, cny(1000), issued: day("2026-10-01"), due: day("2026-10-31"))
        try b.pay(c.id, cny(400), on: day("2026-11-10"))
        b.today = day("2026-11-15")
        try b.addInvoice(c.id, cny(250), issued: day("2026-11-15"), due: day("2026-12-15"))

        let before = AgingReport(book: b.book, asOf: day("2026-11-09"))
        XCTAssertEqual(before.sections.first?.rows.first?.buckets, [0, 100_000, 0, 0, 0])
        let afterPayment = AgingReport(book: b.book, asOf: day("2026-11-10"))
        XCTAssertEqual(afterPayment.sections.first?.rows.first?.buckets, [0, 60_000, 0, 0, 0])
        let now = AgingReport(book: b.book, asOf: day("2026-11-18"))
        XCTAssertEqual(now.sections.first?.rows.first?.buckets, [25_000, 60_000, 0, 0, 0])
        // Before the first invoice was issued there was nothing.
        XCTAssertTrue(AgingReport(book: b.book, asOf: day("2026-09-30")).sections.isEmpty)
    }

    func testPaidInvoicesAndSettledCustomersAreLeftOut() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        let kite = try b.addCustomer("Kite")
        try b.addInvoice(acme.id, cny(100), due: day("2026-11-02"))
        try b.addInvoice(kite.id, cny(100), due: day("2026-11-02"))
        try b.pay(kite.id, cny(100))
        let report = AgingReport(book: b.book, asOf: asOf)
        XCTAssertEqual(report.sections.first?.rows.map(\.customer), [acme.id])
    }

    func testOneSectionPerCurrency() throws {
        var b = BookBuilder(today: day("2026-11-01"))
        let acme = try b.addCustomer("Acme")
        let kite = try b.addCustomer("Kite")
        try b.addInvoice(acme.id, usd(100), due: day("2026-11-30"))
        try b.addInvoice(acme.id, cny(700), due: day("2026-11-10"))
        try b.addInvoice(kite.id, cny(300), due: day("2026-11-30"))
        let report = AgingReport(book: b.book, asOf: asOf)
        XCTAssertEqual(report.sections.map(\.currency), [.cny, .usd])
        let yuan = report.sections[0], dollars = report.sections[1]
        XCTAssertEqual(yuan.rows.map(\.name), ["Acme", "Kite"])
        XCTAssertEqual(yuan.totals, [30_000, 70_000, 0, 0, 0])
        XCTAssertEqual(dollars.rows.map(\.name), ["Acme"])
        XCTAssertEqual(dollars.total, 10_000)
    }
}
