import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Deleting and snoozing reminders as people say it: by number or by words, by days or by hours.
final class ReminderPhrasingTests: XCTestCase {
    func testDeleteByNumberOrWords() {
        let cases: [(String, Int?, String?)] = [
            ("delete reminder 4", 4, nil), ("cancel 4", 4, nil), ("取消提醒4", 4, nil), ("删掉第3个提醒", 3, nil),
            ("删掉第三个提醒", 3, nil),
            ("remove the reminder to call Acme", nil, "call Acme"), ("cancel the reminder to call Acme", nil, "call Acme"),
            ("don't remind me to call Acme", nil, "call Acme"), ("no need to remind me about the samples", nil, "the samples"),
            ("不用提醒我给华强打电话了", nil, "给华强打电话了"), ("取消给华强打电话的提醒", nil, "给华强打电话的提醒"),
            // Words a veto would have turned into a new reminder.
            ("remove the reminder to send the invoice to Acme", nil, "send the invoice to Acme"),
            ("不用提醒我给华强开发票了", nil, "给华强开发票了"), ("取消给客户打电话的提醒", nil, "给客户打电话的提醒"),
        ]
        for (line, id, text) in cases {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .reminderDelete, "\(line): \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.id, id, line)
            XCTAssertEqual(p.slots.text, text, line)
            XCTAssertNil(p.problem, line)
        }
    }

    func testSnoozeByHours() {
        let cases: [(String, Int?, Int)] = [
            ("snooze 2 1 hour", 2, 60), ("snooze 3 30 min", 3, 30), ("snooze 2 by 2 hours", 2, 120), ("snooze 2 90 minutes", 2, 90),
            ("snooze 4 2h", 4, 120), ("snooze 4 1.5 hours", 4, 90), ("snooze 1 an hour and a half", 1, 90),
            ("snooze half an hour", nil, 30), ("推迟2 1.5小时", 2, 90), ("snooze 1 hour", nil, 60), ("snooze 2 by an hour and a half", 2, 90),
            ("推迟2小时", nil, 120), ("推迟2 1小时", 2, 60), ("把2推迟半小时", 2, 30), ("推迟5半小时", 5, 30),
            ("推迟一个半小时", nil, 90), ("推迟3 两个小时", 3, 120), ("推迟第2个提醒1小时", 2, 60), ("推迟一刻钟", nil, 15),
        ]
        for (line, id, minutes) in cases {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .reminderSnooze, "\(line): \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.id, id, line)
            XCTAssertEqual(p.slots.duration, minutes, line)
            // The span is no day (a snooze by hours must not fall back to tomorrow) and no money.
            XCTAssertNil(p.slots.date, line)
            XCTAssertNil(p.slots.amount, line)
        }
    }

    func testSnoozeByDaysHasNoSpan() {
        for line in ["snooze 5 until Friday", "推迟2到下周一", "snooze 3"] {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .reminderSnooze, line)
            XCTAssertNil(p.slots.duration, line)
        }
    }

    func testSkipByNumberOrWords() {
        let cases: [(String, Int?, String?)] = [
            ("skip 5", 5, nil), ("skip this time 5", 5, nil), ("skip reminder 3", 3, nil), ("跳过5", 5, nil),
            ("这次跳过提醒5", 5, nil), ("跳过提醒2", 2, nil),
            ("skip the tip for acme", nil, "the tip for acme"), ("跳过给东方酒店的小知识短信", nil, "给东方酒店的小知识短信"),
        ]
        for (line, id, text) in cases {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .reminderSkip, "\(line): \(Fixture.describe(p))")
            XCTAssertEqual(p.slots.id, id, line)
            XCTAssertEqual(p.slots.text, text, line)
            XCTAssertNil(p.slots.amount, "a reminder's number is no money: \(line)")
        }
    }

    func testDoneByWords() {
        let cases: [(String, String)] = [
            ("done call acme", "call acme"), ("done with the acme call", "the acme call"),
            ("finished the visit to Pine Dental", "the visit to Pine Dental"),
            ("完成给东方酒店打电话", "给东方酒店打电话"), ("给华强电子的回访做完了", "给华强电子的回访"),
        ]
        for (line, text) in cases {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.intent, .reminderDone, "\(line): \(Fixture.describe(p))")
            XCTAssertNil(p.slots.id, line)
            XCTAssertEqual(p.slots.text, text, line)
        }
        // By number the words are not needed.
        XCTAssertNil(Fixture.parse("done 3").slots.text)
        // What was done with a customer stays what it was: a call logged, a payment, a delivery.
        let others: [(String, Intent)] = [("called acme", .contactLog), ("Acme paid 500", .paymentRecord),
                                          ("finished the installation at Acme", .deliveryRecord),
                                          ("东方酒店的设备安装完成了", .deliveryRecord), ("给东方酒店打了电话", .contactLog),
                                          ("finished the call with acme, they will pay friday", .contactLog),
                                          ("华新超市换货完成了", .complaintUpdate)]
        // Money done is no reminder done.
        for line in ["华强电子付款完成了", "finished paying"] {
            XCTAssertNotEqual(Fixture.parse(line).intent, .reminderDone, line)
        }
        for (line, intent) in others {
            XCTAssertEqual(Fixture.parse(line).intent, intent, "\(line): \(Fixture.describe(Fixture.parse(line)))")
        }
    }

    func testOtherLinesAreNoReminderDelete() {
        for line in ["cancel the order for Acme", "取消订单", "remind me to cancel the order", "delete customer Acme"] {
            XCTAssertNotEqual(Fixture.parse(line).intent, .reminderDelete, line)
        }
    }
}
