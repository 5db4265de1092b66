import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Deliveries, installations, satisfaction answers and the satisfaction summary, English and
/// Chinese; and the lines that must stay what they are (a delivery with money is an invoice, an
/// unhappy line about a bill is a complaint, names with day words stay names).
final class SatisfactionCorpusTests: XCTestCase {
    let parser = LineParser(names: ["Acme", "Pinecrest", "Tomorrow Bakery", "Monday Motors", "东方酒店", "华强电子", "明天科技"])

    private func check(_ cases: [(String, Intent, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        for (text, intent, expected) in cases {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, intent, text, file: file, line: line)
            var got: [String: String] = [:]
            if let v = p.slots.customer { got["customer"] = v }
            if let v = p.slots.text { got["text"] = v }
            if let v = p.slots.topic { got["topic"] = v }
            if let v = p.slots.value { got["value"] = v }
            if let v = p.slots.date { got["date"] = v.iso }
            for (k, v) in expected {
                XCTAssertEqual(got[k], v == "-" ? nil : v, "\(text) [\(k)] → \(got)", file: file, line: line)
            }
        }
    }

    func testDeliveriesAndInstallations() {
        check([
            ("delivered the AC units to Acme", .deliveryRecord, ["customer": "Acme", "topic": "-"]),
            ("installed the chiller at Pinecrest", .deliveryRecord, ["customer": "Pinecrest", "topic": "installation"]),
            ("delivered the ovens to Tomorrow Bakery", .deliveryRecord, ["customer": "Tomorrow Bakery", "date": "-"]),
            ("the printers were delivered to Monday Motors", .deliveryRecord, ["customer": "Monday Motors", "date": "-"]),
            ("给东方酒店送货了", .deliveryRecord, ["customer": "东方酒店", "topic": "-"]),
            ("华强电子的设备安装好了", .deliveryRecord, ["customer": "华强电子", "topic": "installation"]),
            ("明天科技的货送到了", .deliveryRecord, ["customer": "明天科技", "date": "-"]),
        ])
    }

    func testAnswers() {
        check([
            ("Acme is happy with the delivery", .satisfactionRecord, ["customer": "Acme", "value": "yes"]),
            ("Pinecrest not satisfied, the units are noisy", .satisfactionRecord,
             ["customer": "Pinecrest", "value": "no", "text": "the units are noisy"]),
            ("Tomorrow Bakery is very happy", .satisfactionRecord, ["customer": "Tomorrow Bakery", "value": "yes", "date": "-"]),
            ("东方酒店很满意", .satisfactionRecord, ["customer": "东方酒店", "value": "yes"]),
            ("华强电子不太满意，说安装太慢", .satisfactionRecord, ["customer": "华强电子", "value": "no", "text": "说安装太慢"]),
        ])
    }

    func testTheSummary() {
        check([
            ("satisfaction", .satisfactionReport, [:]),
            ("满意度", .satisfactionReport, [:]),
            ("customer satisfaction", .satisfactionReport, [:]),
            ("本月满意度", .satisfactionReport, ["date": "2026-11-01"]),
            ("satisfaction this quarter", .satisfactionReport, ["date": "2026-10-01"]),
            ("satisfaction for november", .satisfactionReport, ["date": "2026-11-01", "customer": "-"]),
            ("satisfaction Acme", .satisfactionReport, ["customer": "Acme", "date": "-"]),
        ])
    }

    func testTheSetting() {
        for text in ["set satisfaction.call 5 days", "set satisfaction call 5", "满意度回访天数设为5天"] {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, .settingSet, text)
            XCTAssertEqual(p.slots.setting, .satisfactionCall, text)
            XCTAssertEqual(p.slots.value, "5", text)
        }
    }

    func testLinesThatStayWhatTheyAre() {
        check([
            // Money makes a delivery an invoice, never a satisfaction call.
            ("delivered 5000 to Acme", .invoiceAdd, [:]),
            // Unhappy about a bill, or with no word of what was done: a complaint.
            ("Acme is not happy with the invoice", .complaintLog, [:]),
            ("Pinecrest is angry", .complaintLog, [:]),
            ("Acme is unhappy with the installation", .complaintLog, [:]),
            ("Acme is not happy, the delivery came in damaged boxes", .complaintLog, [:]),
            // A call that went well is a contact; nobody named is no answer.
            ("called Acme, they are happy", .contactLog, [:]),
            ("客户很满意", .unknown, [:]),
            // Something delivered broken is a complaint about it.
            ("Acme complained the chair was delivered broken", .complaintLog, [:]),
            ("东方酒店说送到的货坏了", .complaintLog, [:]),
            // Happy with a complaint's fix is its check-back.
            ("Acme happy with the fix", .complaintUpdate, [:]),
            // A delivery still to come is a reminder, not a delivery done.
            ("remind me to deliver the units to Acme on Friday", .reminderAdd, [:]),
            ("明天给东方酒店送货", .reminderAdd, [:]),
            // Asking what to say is a script.
            ("script satisfaction", .script, ["topic": "survey"]),
        ])
    }
}
