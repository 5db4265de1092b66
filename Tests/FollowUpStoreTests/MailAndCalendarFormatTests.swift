import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpStore

/// The two file formats the mail and calendar features write: folding, escaping and rules of
/// iCalendar; RFC 2047 words, quoted-printable and the headers of an `.eml` draft.
final class MailAndCalendarFormatTests: XCTestCase {
    // MARK: iCalendar

    func testFoldingKeepsLinesWithin75OctetsAndNeverSplitsACharacter() throws {
        for text in [String(repeating: "a", count: 200), String(repeating: "东方酒店", count: 40),
                     "SUMMARY:" + String(repeating: "é中a", count: 60), String(repeating: "x", count: 75),
                     String(repeating: "😀", count: 30)] {
            let bytes = ICalendar.fold(text)
            XCTAssertEqual(Array(bytes.suffix(2)), [13, 10])
            let lines = split(bytes)
            for (k, line) in lines.enumerated() {
                XCTAssertLessThanOrEqual(line.count, 75, "line \(k) of \(text.prefix(10))")
                XCTAssertNotNil(String(validating: line, as: UTF8.self), "a character was split")
                if k > 0 { XCTAssertEqual(line.first, 32) }
            }
            // Unfolding (drop CRLF + space) gives the line back.
            let unfolded = lines.enumerated().map { $0.offset == 0 ? $0.element : Array($0.element.dropFirst()) }.joined()
            XCTAssertEqual(String(decoding: Array(unfolded), as: UTF8.self), text)
        }
        XCTAssertEqual(split(ICalendar.fold(String(repeating: "x", count: 75))).count, 1, "75 octets fit on one line")
        XCTAssertEqual(split(ICalendar.fold(String(repeating: "x", count: 76))).count, 2)
    }

    func testTextEscaping() {
        XCTAssertEqual(ICalendar.escape("a,b;c\\d"), "a\\,b\\;c\\\\d")
        XCTAssertEqual(ICalendar.escape("one\ntwo\r\nthree"), "one\\ntwo\\nthree")
        XCTAssertEqual(ICalendar.escape("tab\there"), "tab here")
        XCTAssertEqual(ICalendar.escape("东方酒店，付款"), "东方酒店，付款", "full-width commas are text")
    }

    func testRecurrenceRules() throws {
        let d = try XCTUnwrap(Day(year: 2026, month: 12, day: 10))
        let end = try XCTUnwrap(Day(year: 2026, month: 12, day: 31))
        XCTAssertEqual(ICalendar.rule(.daily, anchor: d), "FREQ=DAILY")
        XCTAssertEqual(ICalendar.rule(try XCTUnwrap(Recurrence(every: 2, unit: .week)), anchor: d), "FREQ=WEEKLY;INTERVAL=2")
        XCTAssertEqual(ICalendar.rule(.monthly, anchor: d), "FREQ=MONTHLY")
        // The 31st where a month has one, else its last day, as the book's months step.
        XCTAssertEqual(ICalendar.rule(.monthly, anchor: end), "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1")
        XCTAssertEqual(ICalendar.rule(.monthEnds, anchor: end), "FREQ=MONTHLY;BYMONTHDAY=-1")
        XCTAssertEqual(ICalendar.rule(.weekdays, anchor: d), "FREQ=WEEKLY;BYDAY=MO,TU,WE,TH,FR")
        XCTAssertNil(ICalendar.rule(try XCTUnwrap(Recurrence(every: 3, unit: .weekday)), anchor: d), "no rule gives every 3rd working day")
    }

    func testDocumentShapeAndOwnership() throws {
        let d = try XCTUnwrap(Day(year: 2026, month: 12, day: 10))
        let events = [ICalendar.Event(uid: "reminder-1.x@followup", start: d, time: TimeOfDay(hour: 15, minute: 0), summary: "Call, Acme",
                                      description: "line one\nline two", rule: "FREQ=WEEKLY"),
                      ICalendar.Event(uid: "invoice-2.x@followup", start: d, summary: "INV-2 due", description: "", cancelled: true)]
        let bytes = ICalendar.document(name: "FollowUp", events: events, stamp: "20261118T000000Z", sequence: 7)
        let text = String(decoding: bytes, as: UTF8.self)
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends in CRLF")
        for needed in ["BEGIN:VCALENDAR\r\n", "VERSION:2.0\r\n", "PRODID:\(ICalendar.prodID)\r\n", "DTSTART:20261210T150000\r\n",
                       "DTSTART;VALUE=DATE:20261210\r\n", "DTEND;VALUE=DATE:20261211\r\n", "SUMMARY:Call\\, Acme\r\n",
                       "DESCRIPTION:line one\\nline two\r\n", "RRULE:FREQ=WEEKLY\r\n", "STATUS:CANCELLED\r\n", "SEQUENCE:7\r\n",
                       "END:VCALENDAR\r\n"] {
            XCTAssertTrue(text.contains(needed), needed)
        }
        XCTAssertTrue(ICalendar.isOurs(bytes))
        XCTAssertFalse(ICalendar.isOurs(Array("BEGIN:VCALENDAR\r\nPRODID:-//Google Inc//Google Calendar 70.9054//EN\r\n".utf8)))
        XCTAssertFalse(ICalendar.isOurs(Array("my notes".utf8)))
    }

    // MARK: Mail

    func testEncodedWordsDecodeBackAndStayShort() throws {
        XCTAssertEqual(MailDraft.encodedWords("Thank you"), ["Thank you"])
        for text in ["东方酒店对账单及付款提醒", "Payment of ¥2,000 received", String(repeating: "新年快乐！", count: 12), "=?not?="] {
            let words = MailDraft.encodedWords(text)
            var decoded: [UInt8] = []
            for w in words {
                XCTAssertLessThanOrEqual(w.count, 75)
                XCTAssertTrue(w.hasPrefix("=?UTF-8?B?") && w.hasSuffix("?="), w)
                let payload = String(w.dropFirst(10).dropLast(2))
                let chunk = try XCTUnwrap(base64Decode(payload))
                XCTAssertNotNil(String(validating: chunk, as: UTF8.self), "each word holds whole characters")
                decoded += chunk
            }
            XCTAssertEqual(String(decoding: decoded, as: UTF8.self), text)
        }
    }

    func testBase64() {
        XCTAssertEqual(MailDraft.base64(Array("".utf8)), "")
        XCTAssertEqual(MailDraft.base64(Array("f".utf8)), "Zg==")
        XCTAssertEqual(MailDraft.base64(Array("fo".utf8)), "Zm8=")
        XCTAssertEqual(MailDraft.base64(Array("foobar".utf8)), "Zm9vYmFy")
    }

    func testQuotedPrintable() {
        XCTAssertEqual(MailDraft.quotedPrintable("a=b"), "a=3Db\r\n")
        XCTAssertEqual(MailDraft.quotedPrintable("¥"), "=C2=A5\r\n")
        XCTAssertEqual(MailDraft.quotedPrintable("end "), "end=20\r\n", "a trailing space is encoded")
        let long = MailDraft.quotedPrintable(String(repeating: "东", count: 40))
        for line in long.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.count, 76)
            // Before a soft break, the line must not end inside an `=XX`.
            let body = line.hasSuffix("=") ? String(line.dropLast()) : line
            XCTAssertFalse(body.hasSuffix("=") || body.dropLast().hasSuffix("="), line)
        }
        XCTAssertEqual(long.replacingOccurrences(of: "=\r\n", with: "").utf8.count, 40 * 9 + 2, "soft breaks never split an =XX")
    }

    func testDraftHeaders() throws {
        let d = try XCTUnwrap(Day(year: 2026, month: 11, day: 18))
        let draft = MailDraft(from: .init(name: "Sam Lee", email: "sam@example.com"), to: .init(name: "王芳", email: "wang@df.com"),
                              subject: "新年快乐！", body: "王经理，您好：\n\n祝好", day: d, time: TimeOfDay(hour: 9, minute: 5))
        let text = String(decoding: draft.bytes, as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("Date: Wed, 18 Nov 2026 09:05:00 -0000\r\nFrom: Sam Lee <sam@example.com>\r\nTo: =?UTF-8?B?"))
        XCTAssertTrue(text.contains(" <wang@df.com>\r\nSubject: =?UTF-8?B?"))
        for needed in ["MIME-Version: 1.0\r\n", "Content-Type: text/plain; charset=utf-8\r\n",
                       "Content-Transfer-Encoding: quoted-printable\r\n", "X-Unsent: 1\r\n\r\n"] {
            XCTAssertTrue(text.contains(needed), needed)
        }
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "CRLF only")
        XCTAssertTrue(text.unicodeScalars.allSatisfy(\.isASCII), "an .eml is 7-bit once encoded")
        XCTAssertEqual(MailDraft.address(.init(name: "Dr. Amy Ng", email: "amy@x.com")), "\"Dr. Amy Ng\" <amy@x.com>")
        XCTAssertEqual(MailDraft.address(.init(name: nil, email: "a@x.com")), "<a@x.com>")
        // A line break in a name or subject never starts a header of its own.
        let injected = MailDraft(from: nil, to: .init(name: "Li\r\nBcc: spy@x.com", email: "li@x.com\r\nBcc: spy@x.com"),
                                 subject: "Hi\nBcc: spy@x.com", body: "", day: d)
        let lines = String(decoding: injected.bytes, as: UTF8.self).components(separatedBy: "\r\n")
        XCTAssertFalse(lines.contains { $0.hasPrefix("Bcc:") }, "\(lines)")
    }

    // MARK: The consent field

    func testConsentIsStoredAsAPairAndLeftOutWhenNeverAsked() throws {
        let d = try XCTUnwrap(Day(year: 2026, month: 11, day: 18))
        var c = Customer(id: CustomerID(1), name: "Acme", contacts: [ContactPerson(name: "Li Wei"), ContactPerson(name: "Amy")], added: d)
        c.contacts[0].emailConsent = EmailConsent(agreed: true, day: d)
        c.emailConsent = EmailConsent(agreed: false, day: d)
        var w = JSONWriter()
        Customer.schema.write(c, &w)
        let json = String(decoding: w.bytes, as: UTF8.self)
        XCTAssertTrue(json.contains(#"{"name":"Li Wei","emailConsent":["yes","2026-11-18"]}"#), json)
        XCTAssertTrue(json.contains(#"{"name":"Amy"}"#), "absent when never asked: \(json)")
        XCTAssertTrue(json.contains(#""emailConsent":["no","2026-11-18"]"#), json)
        var r = JSONReader(w.bytes)
        XCTAssertEqual(try Customer.schema.read(&r), c)
        var bad = JSONReader(#"{"id":1,"name":"A","added":"2026-11-18","emailConsent":["maybe","2026-11-18"]}"#)
        XCTAssertThrowsError(try Customer.schema.read(&bad)) { XCTAssertTrue("\($0)".contains("email consent"), "\($0)") }
    }

    // MARK: Helpers

    private func split(_ bytes: [UInt8]) -> [[UInt8]] {
        var lines: [[UInt8]] = [], current: [UInt8] = []
        var i = 0
        while i < bytes.count {
            if bytes[i] == 13, i + 1 < bytes.count, bytes[i + 1] == 10 { lines.append(current); current = []; i += 2; continue }
            current.append(bytes[i])
            i += 1
        }
        if !current.isEmpty { lines.append(current) }
        return lines
    }

    private func base64Decode(_ s: String) -> [UInt8]? {
        guard let data = Data(base64Encoded: s) else { return nil }
        return Array(data)
    }
}
