import XCTest
import FollowUpCore
import FollowUpStore
@testable import FollowUpAssistant

/// Consent first, drafts only for people who agreed, never overwriting; the calendar export
/// with stable ids, and never over a file it did not write.
final class MailAndCalendarTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)

    private func make(_ lines: [String]) -> (Conversation, MemoryFiles, MemoryBookStore) {
        let files = MemoryFiles()
        let store = MemoryBookStore()
        let c = Conversation(book: Book(), store: store, clock: FixedClock(today), files: files,
                             mail: MailSetup(draftsFolder: "/drafts"))
        for line in lines { XCTAssertFalse(c.handle(line).failed, line) }
        return (c, files, store)
    }

    private func text(_ r: Reply) -> String { r.lines.map(\.text).joined(separator: "\n") }

    private let acme = ["add customer Acme Trading, contact Li Wei", "Acme Trading owes 12,500 due Dec 10",
                        "Li Wei's email is li@acme.com"]

    func testNoDraftWithoutConsentAndNothingWritten() {
        let (c, files, _) = make(acme)
        let r = c.handle("draft email to Acme thanks")
        XCTAssertTrue(r.failed)
        XCTAssertTrue(text(r).contains("Li Wei agreed to receive emails"), text(r))
        XCTAssertTrue(files.files.isEmpty)
        XCTAssertEqual(c.book.customers[0].contacts[0].email, "li@acme.com", "the address went to the person")
        XCTAssertNil(c.book.customers[0].email)
    }

    func testConsentIsOneStepOnThePersonAndUndoTakesItBack() {
        let (c, _, _) = make(acme + ["Li Wei agreed to receive emails"])
        XCTAssertEqual(c.book.customers[0].contacts[0].emailConsent, EmailConsent(agreed: true, day: today))
        XCTAssertNil(c.book.customers[0].emailConsent)
        XCTAssertFalse(c.handle("undo").failed)
        XCTAssertNil(c.book.customers[0].contacts[0].emailConsent)
    }

    func testDraftIsWrittenOnlyAfterAYesAndNeverOverwrites() throws {
        let (c, files, _) = make(acme + ["Li Wei agreed to receive emails"])
        let seq = c.book.lastSeq
        XCTAssertFalse(c.handle("draft email to Acme reminder").failed)
        XCTAssertFalse(c.handle("draft email to Acme reminder").failed)
        XCTAssertEqual(files.files.keys.sorted(), ["/drafts/2026-11-18-li-wei-reminder-2.eml", "/drafts/2026-11-18-li-wei-reminder.eml"])
        XCTAssertEqual(c.book.lastSeq, seq, "a draft records nothing in the book")
        let eml = String(decoding: try XCTUnwrap(files.files["/drafts/2026-11-18-li-wei-reminder.eml"]), as: UTF8.self)
        XCTAssertTrue(eml.contains("To: Li Wei <li@acme.com>\r\n"))
        XCTAssertTrue(eml.contains("INV-0001"), "the reminder carries the statement")
        XCTAssertTrue(eml.contains("X-Unsent: 1\r\n"))
    }

    func testDeclinedAndNothingOwed() {
        let (c, files, _) = make(["add customer Acme Trading, email ap@acme.com", "Acme agreed to receive emails"])
        let r = c.handle("draft email to Acme reminder")
        XCTAssertTrue(r.failed)
        XCTAssertTrue(text(r).contains("owes nothing"), text(r))
        XCTAssertFalse(c.handle("Acme doesn't want emails").failed)
        XCTAssertEqual(c.book.customers[0].emailConsent?.agreed, false)
        XCTAssertTrue(c.handle("draft email to Acme thanks").failed)
        XCTAssertTrue(files.files.isEmpty)
    }

    func testAChineseContactGetsAChineseDraft() throws {
        let (c, files, _) = make(["新增客户东方酒店，联系人王芳，经理", "王经理的邮箱是 wang@df.com", "王经理同意接收邮件"])
        XCTAssertEqual(c.book.customers[0].contacts.count, 1, "王经理 is 王芳, not a new contact")
        XCTAssertFalse(c.handle("draft email to 东方酒店 new year greeting").failed)
        let bytes = try XCTUnwrap(files.files["/drafts/2026-11-18-王芳-greeting-new-year.eml"])
        let eml = String(decoding: bytes, as: UTF8.self)
        XCTAssertTrue(eml.contains("Subject: =?UTF-8?B?"), "a Chinese subject, encoded")
    }

    func testCalendarExportKeepsIdsAndLeavesForeignFilesAlone() throws {
        let (c, files, _) = make(acme + ["remind me to call Acme on Friday at 3pm", "Acme promised 2000 by Nov 25"])
        XCTAssertFalse(c.handle("export calendar").failed)
        let first = String(decoding: try XCTUnwrap(files.files["followup.ics"]), as: UTF8.self)
        XCTAssertFalse(c.handle("remind me to visit Acme next week").failed)
        XCTAssertFalse(c.handle("export calendar").failed)
        let second = String(decoding: try XCTUnwrap(files.files["followup.ics"]), as: UTF8.self)
        let all = { (s: String) in s.components(separatedBy: "\r\n").filter { $0.hasPrefix("UID:") } }
        // The year's holidays for Acme are occasions, the same in both exports.
        XCTAssertEqual(all(first).filter { $0.contains("occasion-") }, all(second).filter { $0.contains("occasion-") })
        XCTAssertFalse(all(first).filter { $0.contains("occasion-") }.isEmpty)
        let uids = { (s: String) in all(s).filter { !$0.contains("occasion-") } }
        XCTAssertEqual(uids(first).count, 3)
        XCTAssertEqual(Array(uids(second).filter { uids(first).contains($0) }).count, 3, "the same items keep their ids")
        XCTAssertEqual(uids(second).count, 4)
        files.files["mine.ics"] = Array("BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\n".utf8)
        let r = c.handle("export calendar to mine.ics")
        XCTAssertTrue(r.failed)
        XCTAssertEqual(files.files["mine.ics"], Array("BEGIN:VCALENDAR\r\nPRODID:-//Other//EN\r\n".utf8), "the user's file is untouched")
    }
}
