import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The occasion lines in both languages: founding days, holiday greetings off and on, the lead,
/// the list, greeting drafts by occasion; names with date words stay names.
final class OccasionCorpusTests: XCTestCase {
    typealias Case = (String, Intent, [String: String])

    static let cases: [Case] = [
        ("Acme was founded on 1998-06-01", .customerFile, ["customer": "Acme", "fact": "founded", "value": "1998-06-01"]),
        ("Acme was established in March 8, 2001", .customerFile, ["customer": "Acme", "fact": "founded", "value": "2001-03-08"]),
        ("Acme's founding day is 1 June 1998", .customerFile, ["customer": "Acme", "fact": "founded", "value": "1998-06-01"]),
        ("Sunday Bakery was founded on March 8, 2001", .customerFile, ["customer": "Sunday Bakery", "fact": "founded", "value": "2001-03-08"]),
        ("东方酒店成立于2001年3月8日", .customerFile, ["customer": "东方酒店", "fact": "founded", "value": "2001-03-08"]),
        ("明天科技成立于2001年3月8日", .customerFile, ["customer": "明天科技", "fact": "founded", "value": "2001-03-08"]),
        ("东方酒店的成立日期是1999年10月1日", .customerFile, ["customer": "东方酒店", "fact": "founded", "value": "1999-10-01"]),
        // Without a year: the day alone, its anniversary counts no years.
        ("Acme was founded on March 5", .customerFile, ["customer": "Acme", "fact": "founded", "value": "03-05"]),
        ("Acme was founded on June 1", .customerFile, ["customer": "Acme", "fact": "founded", "value": "06-01"]),
        ("东方酒店的成立日是3月5日", .customerFile, ["customer": "东方酒店", "fact": "founded", "value": "03-05"]),
        ("东方酒店成立于3月5日", .customerFile, ["customer": "东方酒店", "fact": "founded", "value": "03-05"]),
        ("no holiday greetings for Acme", .customerFile, ["customer": "Acme", "fact": "holiday_greetings", "value": "no"]),
        ("stop sending holiday greetings to Sunday Bakery", .customerFile,
         ["customer": "Sunday Bakery", "fact": "holiday_greetings", "value": "no"]),
        ("holiday greetings for Acme again", .customerFile, ["customer": "Acme", "fact": "holiday_greetings", "value": "yes"]),
        ("东方酒店不发节日问候", .customerFile, ["customer": "东方酒店", "fact": "holiday_greetings", "value": "no"]),
        ("不给明天科技发节日问候", .customerFile, ["customer": "明天科技", "fact": "holiday_greetings", "value": "no"]),
        ("东方酒店恢复节日问候", .customerFile, ["customer": "东方酒店", "fact": "holiday_greetings", "value": "yes"]),
        ("greet 5 days ahead", .settingSet, ["setting": "greetings.lead", "value": "5"]),
        ("set greetings.lead 7", .settingSet, ["setting": "greetings.lead", "value": "7"]),
        ("提前5天提醒问候", .settingSet, ["setting": "greetings.lead", "value": "5"]),
        ("提前七天提醒问候", .settingSet, ["setting": "greetings.lead", "value": "7"]),
        // A greeting sent: a contact marked with its occasion; the channel when said.
        ("sent the mid-autumn greeting to acme", .contactLog, ["customer": "acme", "topic": "greeting", "value": "mid_autumn"]),
        ("greeted li wei for her birthday", .contactLog, ["customer": "li wei", "topic": "greeting", "value": "birthday"]),
        ("wished acme happy new year", .contactLog, ["customer": "acme", "topic": "greeting", "value": "new_year"]),
        ("sent Acme a Christmas card", .contactLog, ["customer": "Acme", "topic": "greeting", "value": "christmas", "channel": "letter"]),
        ("emailed Orange Co the chinese new year greeting", .contactLog,
         ["customer": "Orange Co", "value": "spring_festival", "channel": "email"]),
        ("called Acme for the mid-autumn festival", .contactLog, ["customer": "Acme", "value": "mid_autumn", "channel": "call"]),
        ("给东方酒店发了中秋祝福", .contactLog, ["customer": "东方酒店", "topic": "greeting", "value": "mid_autumn"]),
        ("给王经理发了生日祝福", .contactLog, ["customer": "王经理", "topic": "greeting", "value": "birthday"]),
        ("给王经理发了生日短信", .contactLog, ["customer": "王经理", "value": "birthday", "channel": "sms"]),
        ("东方酒店的春节祝福发了", .contactLog, ["customer": "东方酒店", "value": "spring_festival"]),
        ("greetings", .greetingsList, [:]),
        ("upcoming occasions", .greetingsList, [:]),
        ("show upcoming greetings", .greetingsList, [:]),
        ("最近的节日问候", .greetingsList, [:]),
        ("近期的节日", .greetingsList, [:]),
        ("draft email to Acme birthday greeting", .emailDraft, ["customer": "Acme", "topic": "greeting", "value": "birthday"]),
        ("draft email to Acme first order anniversary greeting", .emailDraft,
         ["customer": "Acme", "topic": "greeting", "value": "first_order"]),
        ("draft email to Acme dragon boat festival greeting", .emailDraft,
         ["customer": "Acme", "topic": "greeting", "value": "dragon_boat"]),
        ("给东方酒店写邮件 生日问候", .emailDraft, ["customer": "东方酒店", "topic": "greeting", "value": "birthday"]),
        ("给东方酒店写邮件 重阳问候", .emailDraft, ["customer": "东方酒店", "topic": "greeting", "value": "double_ninth"]),
        // Hurried: no 的 before the occasion, a space, the field's name then the day, asked in passing.
        ("华新超市圣诞祝福发了", .contactLog, ["customer": "华新超市", "topic": "greeting", "value": "christmas"]),
        ("明天科技 元旦问候发过去了", .contactLog, ["customer": "明天科技", "topic": "greeting", "value": "new_year"]),
        ("7天酒店中秋节祝福发了", .contactLog, ["customer": "7天酒店", "topic": "greeting", "value": "mid_autumn"]),
        ("给八方来财酒楼写元旦问候邮件", .emailDraft, ["customer": "八方来财酒楼", "topic": "greeting", "value": "new_year"]),
        ("给华新超市写一封端午祝福邮件", .emailDraft, ["customer": "华新超市", "topic": "greeting", "value": "dragon_boat"]),
        ("三元里大排档成立日 12月1号", .customerFile, ["customer": "三元里大排档", "fact": "founded", "value": "12-01"]),
        ("周一便利店成立日期是2015年5月4日", .customerFile, ["customer": "周一便利店", "fact": "founded", "value": "2015-05-04"]),
        ("最近有啥节日", .greetingsList, [:]),
        ("这个月有什么要问候的", .greetingsList, [:]),
    ]

    /// Lines near the new ones that mean something else.
    static let negative: [(String, Intent)] = [
        ("set greeting off", .settingSet),
        ("Li Wei's birthday is May 3", .customerFile),
        ("张总生日3月5日", .customerFile),
        ("remind me to call Acme on Christmas", .reminderAdd),
        ("called acme for the invoice", .contactLog),
        ("called acme on new year's day", .contactLog),
        ("sent the invoice to Acme", .unknown),
        ("draft email to Acme birthday greeting", .emailDraft),
        // A greeting sent needs an occasion; the founding field needs a day.
        ("华新超市祝福发了", .contactLog),
        ("有什么", .unknown),
        ("三元里大排档成立日期还不知道", .unknown),
    ]

    func testOccasionLines() {
        for (text, intent, slots) in Self.cases {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            for (slot, value) in slots {
                let got: String?
                switch slot {
                case "fact": got = p.slots.file?.name
                case "value": got = p.slots.file?.value ?? p.slots.value
                case "setting": got = p.slots.setting?.rawValue
                case "topic": got = p.slots.topic
                default: got = UtteranceFixtureTests.slot(slot, p)
                }
                XCTAssertEqual(got, value, "\(text) [\(slot)] → \(Fixture.describe(p))")
            }
        }
    }

    func testOtherSensesStayOther() {
        for (text, intent) in Self.negative {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
        }
        XCTAssertNotEqual(Fixture.parse("set greeting off").slots.setting, .greetingsLead)
        XCTAssertNil(Fixture.parse("greet 45 days ahead").slots.setting, "more than 30 days is no lead")
    }

    func testChineseLinesReplyInChinese() {
        for (text, _, _) in Self.cases where text.unicodeScalars.contains(where: { $0.value >= 0x4E00 }) {
            XCTAssertEqual(Fixture.parse(text).language, .zh, text)
        }
    }
}
