import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Consent to emails, email drafts and the calendar export, in both languages.
final class MailLineTests: XCTestCase {
    let today = Day(year: 2026, month: 11, day: 18) ?? Day(ordinal: 0)
    let parser = LineParser(names: ["Acme Trading", "Li Wei", "东方酒店", "王经理", "经理"])

    func testConsent() {
        for (line, agreed, who) in [("Acme agreed to receive emails", true, "Acme"), ("Li Wei doesn't want emails", false, "Li Wei"),
                                    ("Li Wei does not want email", false, "Li Wei"), ("Acme Trading is ok with emails", true, "Acme Trading"),
                                    ("东方酒店同意接收邮件", true, "东方酒店"), ("王经理不要发邮件", false, "王经理"),
                                    ("东方酒店不同意接收邮件", false, "东方酒店"), ("Acme is not ok with emails", false, "Acme"),
                                    ("东方酒店没有同意接收邮件", false, "东方酒店")] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .emailConsent, line)
            XCTAssertEqual(p.slots.consent, agreed, line)
            XCTAssertEqual(p.slots.customer ?? p.slots.contact, who, line)
            XCTAssertNil(p.problem, line)
        }
    }

    func testDraft() {
        for (line, kind, occasion, lang) in [("draft email to Acme Trading thanks", "thanks", nil, Lang.en),
                                             ("draft email to Acme Trading reminder", "reminder", nil, .en),
                                             ("draft an email to Acme Trading new year greeting", "greeting", "new_year", .en),
                                             ("draft email to Li Wei mid-autumn greeting", "greeting", "mid_autumn", .en),
                                             ("给东方酒店写催款邮件", "reminder", nil, .zh), ("给东方酒店写感谢邮件", "thanks", nil, .zh),
                                             ("给东方酒店写新年问候邮件", "greeting", "new_year", .zh),
                                             ("给王经理写春节问候邮件", "greeting", "spring_festival", .zh),
                                             ("draft email to Acme Trading plan", "plan", nil, .en),
                                             ("draft an email to Li Wei follow-up plan", "plan", nil, .en),
                                             ("给东方酒店写跟进邮件", "plan", nil, .zh), ("给王经理写一封跟进邮件", "plan", nil, .zh)] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .emailDraft, line)
            XCTAssertEqual(p.slots.topic, kind, line)
            XCTAssertEqual(p.slots.value, occasion, line)
            XCTAssertNil(p.slots.date, "the occasion is no date: \(line)")
            XCTAssertNotNil(p.slots.customer ?? p.slots.contact, line)
            XCTAssertEqual(p.language, lang, line)
        }
        XCTAssertNil(parser.parse("draft email to Acme Trading", today: today).slots.topic)
    }

    func testRemindersAndReportsAboutEmailStayWhatTheyWere() {
        for (line, intent) in [("提醒我明天给东方酒店写邮件", Intent.reminderAdd), ("remind me to email Acme Trading in 3 days", .reminderAdd),
                               ("给东方酒店发了邮件", .contactLog), ("emailed Acme Trading the statement", .contactLog),
                               ("Acme Trading email ap@acme.com", .customerUpdate)] {
            XCTAssertEqual(parser.parse(line, today: today).intent, intent, line)
        }
        let reminderMail = parser.parse("给东方酒店写提醒邮件", today: today)
        XCTAssertEqual(reminderMail.intent, .emailDraft)
        XCTAssertEqual(reminderMail.slots.topic, "reminder")
    }

    func testExportTakesTheRestOfTheLineAsTheFile() {
        for (line, file) in [("export calendar", nil), ("export calendar to my.ics", "my.ics"),
                             ("export calendar to ~/cal/2026-02-30 plan.ics", "~/cal/2026-02-30 plan.ics"),
                             ("导出日历", nil), ("导出日历到 日程.ics", "日程.ics")] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .calendarExport, line)
            XCTAssertEqual(p.slots.text, file, line)
            XCTAssertNil(p.slots.date, line)
        }
    }

    func testSettingsForDrafts() {
        for (line, setting, value) in [("set my name Sam Lee", BookSetting.myName, "Sam Lee"), ("my name is Sam Lee", .myName, "Sam Lee"),
                                       ("set my email sam@example.com", .myEmail, "sam@example.com"),
                                       ("set drafts folder ~/Mail/Drafts", .draftsFolder, "~/Mail/Drafts"),
                                       ("我的名字是 王明", .myName, "王明"), ("草稿文件夹设为 ~/草稿", .draftsFolder, "~/草稿"),
                                       ("set my company Sunrise Kitchens", .myCompany, "Sunrise Kitchens"),
                                       ("my company is Sunrise Kitchens", .myCompany, "Sunrise Kitchens"),
                                       ("my address is 8 Harbour Road", .myAddress, "8 Harbour Road"),
                                       ("set my company address to Room 5, 8 Harbour Rd", .myAddress, "Room 5, 8 Harbour Rd"),
                                       ("我的公司是旭日厨具", .myCompany, "旭日厨具"), ("我们公司叫旭日厨具", .myCompany, "旭日厨具"),
                                       ("公司地址是滨江路8号", .myAddress, "滨江路8号"), ("我的地址是 人民路100号", .myAddress, "人民路100号")] {
            let p = parser.parse(line, today: today)
            XCTAssertEqual(p.intent, .settingSet, line)
            XCTAssertEqual(p.slots.setting, setting, line)
            XCTAssertEqual(p.slots.value, value, line)
            // A number in the value is part of it, not an amount or a day.
            XCTAssertNil(p.slots.amount, line)
            XCTAssertNil(p.slots.date, line)
        }
        XCTAssertEqual(parser.parse("set currency USD", today: today).slots.setting, .currency, "other settings read as before")
    }

    func testAContactsEmailWithAPossessive() {
        let p = parser.parse("Li Wei's email is li@acme.com", today: today)
        XCTAssertEqual(p.intent, .customerUpdate)
        XCTAssertEqual(p.slots.customer, "Li Wei")
        XCTAssertEqual(p.slots.email, "li@acme.com")
        XCTAssertNil(p.problem)
    }
}
