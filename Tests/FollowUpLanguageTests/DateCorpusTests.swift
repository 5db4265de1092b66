import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Dates in Duckling's shape: an expected day and the phrasings that must give it.
/// Today is pinned to Wednesday 2026-11-18.
final class DateCorpusTests: XCTestCase {
    static let english: [(String, [String])] = [
        ("2026-11-18", ["today", "remind me today to call Acme", "end of day", "by eod", "tonight"]),
        ("2026-11-19", ["tomorrow", "tmr", "tmrw", "remind me tomorrow", "call Acme tomorrow at 3pm",
                        "Tomorrow morning", "TOMORROW", "thursday", "on Thu", "this Thursday", "by thursday"]),
        ("2026-11-20", ["the day after tomorrow", "day after tomorrow", "Friday", "on Friday", "this Friday",
                        "by Friday", "fri", "coming friday", "end of the week", "eow", "end of week",
                        "the 20th", "on the 20th", "20th", "Nov 20", "20 Nov", "November 20th", "11/20",
                        "2026-11-20", "in 2 days", "in two days", "2 days from now", "until Friday"]),
        ("2026-11-17", ["yesterday", "1 day ago"]),
        ("2026-11-16", ["the day before yesterday", "last Monday", "2 days ago"]),
        ("2026-11-21", ["saturday", "in 3 days", "in three days", "3 days later", "this weekend", "the weekend"]),
        ("2026-11-22", ["sunday", "this sunday", "on Sun"]),
        ("2026-11-23", ["monday", "on Monday", "next week", "in 5 days", "mon", "by monday"]),
        ("2026-11-24", ["next Tuesday", "tuesday next week", "Tuesday", "tue", "tues"]),
        ("2026-11-25", ["next Wednesday", "Wednesday", "in a week", "in one week", "in 1 week", "a week from now",
                        "1 week from today", "wednesday next week", "7 days from now", "in 7 days"]),
        ("2026-11-27", ["next Friday", "friday next week", "end of next week"]),
        ("2026-11-30", ["the 30th", "on the 30th", "end of the month", "eom", "end of month", "month end",
                        "Nov 30", "November 30", "30 November", "11/30", "by the end of the month"]),
        ("2026-12-01", ["the 1st", "on the 1st", "next month", "Dec 1", "December 1st", "1 Dec", "12/1",
                        "2026-12-01", "beginning of next month", "start of next month", "1st of December"]),
        ("2026-12-02", ["in two weeks", "in 2 weeks", "2 weeks from now", "December 2", "Dec 2nd", "in a fortnight"]),
        ("2026-12-03", ["in 15 days", "due in 15 days"]),
        ("2026-12-10", ["the 10th", "on the 10th", "10th", "Dec 10", "10 Dec", "December 10th", "12/10",
                        "2026-12-10", "Dec. 10", "10th of December", "dec 10, 2026", "December 10 2026",
                        "the 10th of next month", "2026/12/10"]),
        ("2026-12-15", ["before the 15th", "by the 15th", "the 15th", "mid next month"]),
        ("2026-12-18", ["in a month", "in one month", "in 1 month", "a month from now", "1 month from today"]),
        // Parts of a named month, and Taskwarrior's start-of synonyms (they look ahead).
        ("2026-12-15", ["mid December", "mid-December", "the middle of December", "middle of december"]),
        ("2027-01-15", ["mid January", "in the middle of January"]),
        ("2027-03-31", ["end of March", "the end of March", "late March"]),
        ("2026-12-31", ["end of December", "late December"]),
        ("2026-12-01", ["early December", "beginning of December", "som"]),
        ("2026-11-23", ["sow", "start of next week"]),
        ("2027-01-01", ["soy", "start of next year"]),
        // A month and day without a year is the nearer of the two candidates.
        ("2026-11-01", ["Nov 1", "November 1st", "1 Nov", "11/1"]),
        ("2026-10-01", ["Oct 1", "October 1", "10/1"]),
        ("2027-01-05", ["Jan 5", "January 5th", "5 Jan", "1/5"]),
        ("2027-03-01", ["March 1", "Mar 1st"]),
        ("2026-06-01", ["June 1", "Jun 1st"]),
        ("2026-12-25", ["christmas", "on Christmas", "Dec 25", "xmas"]),
        ("2026-12-31", ["end of the year", "eoy", "the 31st", "Dec 31", "new year's eve", "end of next month"]),
        ("2027-01-01", ["new year's day", "next year", "Jan 1", "January 1st", "1/1"]),
        ("2027-02-06", ["chinese new year", "spring festival"]),
        ("2027-02-18", ["in 3 months", "in three months"]),
        ("2027-11-18", ["in a year", "in 1 year"]),
        ("2027-03-05", ["March 5", "5 March", "3/5", "Mar 5th"]),
        ("2026-12-16", ["in 4 weeks", "four weeks from now"]),
        ("2026-11-26", ["in 8 days", "next thursday"]),
    ]

    static let chinese: [(String, [String])] = [
        ("2026-11-18", ["今天", "今天下午三点", "今晚", "今天有什么安排", "本周", "这周"]),
        ("2026-11-19", ["明天", "明天上午", "明早", "明天下午3点", "周四", "星期四", "礼拜四", "这周四", "本周四",
                        "明日", "一天后", "1天后", "19号", "19日"]),
        ("2026-11-20", ["后天", "周五", "星期五", "礼拜五", "这周五", "本周五", "20号", "20日", "二十号", "11月20日",
                        "11月20号", "2026年11月20日", "两天后", "2天后", "週五", "周五前", "在周五", "到周五"]),
        ("2026-11-21", ["大后天", "周六", "星期六", "本周末", "周末", "这周末", "三天后", "3天后", "三天以后", "过三天",
                        "21号", "二十一号"]),
        ("2026-11-22", ["周日", "星期日", "星期天", "礼拜天", "22号"]),
        ("2026-11-17", ["昨天", "昨日"]),
        ("2026-11-16", ["前天", "上周一"]),
        ("2026-11-23", ["下周一", "下星期一", "下礼拜一", "下个周一", "周一", "星期一", "下周", "下个星期", "五天后"]),
        ("2026-11-24", ["下周二", "周二", "星期二"]),
        ("2026-11-25", ["下周三", "一周后", "一个星期后", "1周后", "七天后", "周三", "星期三", "7天后"]),
        ("2026-11-27", ["下周五", "下星期五", "下个星期五", "下礼拜五"]),
        ("2026-11-28", ["下周末", "下周六"]),
        ("2026-11-30", ["月底", "本月底", "这个月底", "月末", "30号", "三十号", "11月30日", "11月底"]),
        ("2026-12-01", ["下个月", "下月", "月初", "下月初", "1号", "一号", "12月1日", "12月1号", "下个月1号", "12月初"]),
        ("2026-12-02", ["两周后", "2周后", "两个星期后", "十四天后", "14天后"]),
        ("2026-11-01", ["11月1日", "11月1号", "十一月一日"]),
        ("2026-10-01", ["10月1日", "10月1号"]),
        ("2027-01-05", ["1月5日", "1月5号", "一月五号"]),
        ("2026-12-03", ["15天后", "十五天后", "半个月后"]),
        ("2026-12-05", ["下个月5号", "下月5号", "5号", "五号", "12月5日"]),
        ("2026-12-10", ["10号", "10日", "十号", "12月10日", "12月10号", "2026年12月10日", "下月10号", "2026-12-10",
                        "二〇二六年十二月十日"]),
        ("2026-12-15", ["15号", "十五号", "下月15号", "下个月15号", "12月15日", "12月中", "下月中"]),
        ("2026-12-18", ["一个月后", "1个月后", "一个月以后"]),
        ("2026-12-20", ["12月20日", "下月20号"]),
        ("2026-12-25", ["圣诞节", "圣诞", "12月25号"]),
        ("2026-12-31", ["年底", "年末", "31号", "12月31日", "下月底", "下个月底"]),
        ("2027-01-01", ["元旦", "明年", "1月1日", "明年1月1日"]),
        ("2027-02-06", ["春节", "过年"]),
        ("2027-02-18", ["三个月后", "3个月后"]),
        ("2027-03-05", ["3月5日", "三月五日", "3月5号", "明年3月5日"]),
        ("2027-10-01", ["国庆节", "国庆"]),
    ]

    func testEnglishDates() { check(Self.english, minimum: 80) }
    func testChineseDates() { check(Self.chinese, minimum: 80) }

    private func check(_ corpus: [(String, [String])], minimum: Int, file: StaticString = #filePath, line: UInt = #line) {
        var count = 0
        for (expected, phrasings) in corpus {
            for phrase in phrasings {
                count += 1
                let p = Fixture.parse(phrase)
                XCTAssertEqual(p.slots.date?.iso, expected, "\(phrase) → \(Fixture.describe(p))", file: file, line: line)
                XCTAssertNil(p.problem, "\(phrase)", file: file, line: line)
            }
        }
        XCTAssertGreaterThanOrEqual(count, minimum, file: file, line: line)
    }

    /// Times of day, both languages.
    func testTimes() {
        let corpus: [(String, [String])] = [
            ("15:00", ["at 3pm", "3 pm", "at 3", "15:00", "at 3 o'clock", "3:00 pm", "下午三点", "下午3点", "15点",
                       "三点", "下午3:00"]),
            ("15:30", ["15:30", "3:30 pm", "3:30pm", "at 3:30", "下午三点半", "下午3点半", "下午3点30分", "15点30分"]),
            ("09:00", ["in the morning", "9am", "at 9 am", "9:00", "上午9点", "早上九点", "上午"]),
            ("10:30", ["10:30", "10:30 am", "上午10点半", "上午十点半", "10点半"]),
            ("20:00", ["8pm", "at 8 pm", "晚上8点", "晚上八点", "tonight", "今晚"]),
            ("12:00", ["noon", "at noon", "12pm", "中午12点", "中午"]),
            ("14:00", ["in the afternoon", "2pm", "下午两点", "下午2点", "下午"]),
            ("00:00", ["midnight", "12am"]),
        ]
        for (expected, phrasings) in corpus {
            for phrase in phrasings {
                let p = Fixture.parse(phrase)
                XCTAssertEqual(p.slots.time?.description, expected, "\(phrase) → \(Fixture.describe(p))")
            }
        }
    }

    /// Repeats, both languages, by `Recurrence.description`.
    func testRecurrences() {
        let corpus: [(String, [String])] = [
            ("daily", ["daily", "every day", "each day", "every morning", "每天", "每日", "天天"]),
            ("weekly", ["weekly", "every week", "every Monday", "each friday", "on Mondays", "once a week", "每周",
                        "每周一", "每星期五", "每个星期", "每礼拜三"]),
            ("monthly", ["monthly", "every month", "every month on the 1st", "once a month", "每月", "每个月", "每月1号"]),
            ("every 2 weeks", ["every 2 weeks", "every two weeks", "biweekly", "every other week", "fortnightly",
                               "每两周", "隔周", "每2周"]),
            ("every 3 days", ["every 3 days", "every three days", "每3天", "每三天"]),
            ("every 3 months", ["quarterly", "every 3 months", "每季度", "每3个月", "每三个月"]),
            ("every 12 months", ["yearly", "every year", "annually", "每年"]),
        ]
        for (expected, phrasings) in corpus {
            for phrase in phrasings {
                let p = Fixture.parse("remind me " + phrase + " to call Acme")
                let q = Fixture.parse(phrase)
                XCTAssertEqual(q.slots.recurrence?.description, expected, "\(phrase) → \(Fixture.describe(q))")
                if p.language == .en {
                    XCTAssertEqual(p.slots.recurrence?.description, expected, "\(phrase) → \(Fixture.describe(p))")
                }
            }
        }
    }

    /// Ranges set `until` as well as `date`.
    func testRanges() {
        let corpus: [(String, String, [String])] = [
            ("2026-11-18", "2026-11-22", ["agenda this week", "this week", "本周安排", "这周有什么安排"]),
            ("2026-11-23", "2026-11-29", ["agenda next week", "next week", "下周有什么安排", "下周"]),
            ("2026-12-01", "2026-12-31", ["next month", "下个月"]),
        ]
        for (from, until, phrasings) in corpus {
            for phrase in phrasings {
                let p = Fixture.parse(phrase)
                XCTAssertEqual(p.slots.date?.iso, from, "\(phrase) → \(Fixture.describe(p))")
                XCTAssertEqual(p.slots.until?.iso, until, "\(phrase) → \(Fixture.describe(p))")
            }
        }
    }

    /// Weekdays said on the same weekday go a week ahead; dates around the year end roll over.
    func testRelativeToOtherDays() throws {
        let friday = try XCTUnwrap(Day(year: 2026, month: 11, day: 20))
        let parser = LineParser()
        XCTAssertEqual(parser.parse("Friday", today: friday).slots.date?.iso, "2026-11-27")
        XCTAssertEqual(parser.parse("周五", today: friday).slots.date?.iso, "2026-11-27")
        XCTAssertEqual(parser.parse("the 20th", today: friday).slots.date?.iso, "2026-11-20")
        let lateDec = try XCTUnwrap(Day(year: 2026, month: 12, day: 28))
        XCTAssertEqual(parser.parse("Jan 5", today: lateDec).slots.date?.iso, "2027-01-05")
        XCTAssertEqual(parser.parse("the 3rd", today: lateDec).slots.date?.iso, "2027-01-03")
        XCTAssertEqual(parser.parse("next month", today: lateDec).slots.date?.iso, "2027-01-01")
        let jan31 = try XCTUnwrap(Day(year: 2027, month: 1, day: 31))
        XCTAssertEqual(parser.parse("in a month", today: jan31).slots.date?.iso, "2027-02-28")
        XCTAssertEqual(parser.parse("the 31st", today: Fixture.today).slots.date?.iso, "2026-12-31")
    }

    /// `12/10` is month first unless the book says day first.
    func testDateOrderSetting() {
        let dayFirst = LineParser(names: [], dayFirst: true)
        for (line, monthFirst, dayFirstDay) in [("12/10", "2026-12-10", "2026-10-12"), ("1/5", "2027-01-05", "2027-05-01"),
                                                ("25/12", nil, "2026-12-25"), ("12/10/2027", "2027-12-10", "2027-10-12")] {
            XCTAssertEqual(Fixture.parse("remind me \(line)").slots.date?.iso, monthFirst, line)
            XCTAssertEqual(dayFirst.parse("remind me \(line)", today: Fixture.today).slots.date?.iso, dayFirstDay, line)
        }
        // Month names are never ambiguous.
        XCTAssertEqual(dayFirst.parse("remind me Dec 10", today: Fixture.today).slots.date?.iso, "2026-12-10")
    }
}
