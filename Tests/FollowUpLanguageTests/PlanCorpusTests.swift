import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Follow-up plans, English and Chinese: starting one (the plan's name words, the person, the
/// start day), stopping it, the list, one customer's plan, and the customer's push-back; and the
/// lines that must keep their meaning (the collection plan, promises, the agenda, reminders).
/// Each case runs with an empty book (names as typed) and with a book that knows the names.
final class PlanCorpusTests: XCTestCase {
    static let bookNames = ["Acme", "Li Wei", "3M China", "7-Eleven", "Sunday Bakery", "Monday Motors", "Golden Harvest",
                            "东方酒店", "明天科技", "八方来财酒楼", "华强电子", "王经理", "张总"]
    let parsers = [("no book", LineParser()), ("book", LineParser(names: PlanCorpusTests.bookNames))]

    /// `-` expects the slot empty; a key left out is not checked.
    private func check(_ cases: [(String, Intent, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        for (name, parser) in parsers {
            for (text, intent, expected) in cases {
                let p = parser.parse(text, today: Fixture.today)
                XCTAssertEqual(p.intent, intent, "\(text) (\(name)) → \(Fixture.describe(p))", file: file, line: line)
                var got: [String: String] = [:]
                let s = p.slots
                if let v = s.customer { got["customer"] = v }
                if let v = s.contact { got["contact"] = v }
                if let v = s.text { got["text"] = v }
                if let v = s.date { got["date"] = v.iso }
                if let v = s.channel { got["channel"] = v.rawValue }
                if let v = s.topic { got["topic"] = v }
                if let v = s.value { got["value"] = v }
                if s.amount != nil { got["amount"] = "yes" }
                for (k, v) in expected {
                    // Letter case of a name follows the book when the book knows it.
                    let want = v == "-" ? nil : v
                    XCTAssertEqual(got[k]?.lowercased(), want?.lowercased(), "\(text) (\(name)) [\(k)] → \(got)", file: file, line: line)
                }
                if intent == p.intent, PlanRules.intents.contains(intent) {
                    XCTAssertNil(p.problem, "\(text) (\(name))", file: file, line: line)
                    XCTAssertNil(s.amount, "a plan line records no money: \(text) (\(name))", file: file, line: line)
                    XCTAssertNotNil(p.words(for: "intent"), "\(text) (\(name))", file: file, line: line)
                }
            }
        }
    }

    // MARK: Start

    func testStartEnglish() {
        check([
            ("start the after-sale plan for Acme", .planStart, ["customer": "Acme", "text": "after-sale", "date": "-", "contact": "-"]),
            ("start after sales followup for sunday bakery", .planStart, ["customer": "sunday bakery", "text": "after sales", "date": "-"]),
            ("put 7-eleven on the first contact plan", .planStart, ["customer": "7-eleven", "text": "first contact", "date": "-"]),
            ("begin quote follow up for 3M China from monday", .planStart, ["customer": "3M China", "text": "quote", "date": "2026-11-23"]),
            ("acme: start plan after sale", .planStart, ["customer": "acme", "text": "after sale"]),
            ("start a plan for acme", .planStart, ["customer": "acme", "text": "-"]),
            ("start the plan for Acme", .planStart, ["customer": "Acme", "text": "-"]),
            ("follow up plan for li wei at acme, first contact", .planStart, ["customer": "acme", "contact": "li wei", "text": "first contact"]),
            ("start the after-sale plan for Li Wei at Acme from next week", .planStart,
             ["customer": "Acme", "contact": "Li Wei", "text": "after-sale", "date": "2026-11-23"]),
            ("start the after-sale plan for Acme's Li Wei", .planStart, ["customer": "Acme", "contact": "Li Wei", "text": "after-sale"]),
            ("start after-sale plan for Acme next monday", .planStart, ["customer": "Acme", "date": "2026-11-23"]),
            ("start the quote plan for Monday Motors", .planStart, ["customer": "Monday Motors", "text": "quote", "date": "-"]),
            ("pls start the first contact plan for Sunday Bakery tomorrow", .planStart,
             ["customer": "Sunday Bakery", "text": "first contact", "date": "2026-11-19"]),
            ("kick off the during the job plan for 3M China", .planStart, ["customer": "3M China", "text": "during the job"]),
            ("add acme to the after sales plan", .planStart, ["customer": "acme", "text": "after sales"]),
            ("enroll acme in the quote follow-up", .planStart, ["customer": "acme", "text": "quote"]),
            ("start first contact followup w/ acme", .planStart, ["customer": "acme", "text": "first contact"]),
            ("sart the after sale plan for acme", .planStart, ["customer": "acme", "text": "after sale"]),
            ("strat quote plan for acme", .planStart, ["customer": "acme", "text": "quote"]),
            ("after-sale plan for acme", .planStart, ["customer": "acme", "text": "after-sale"]),
            ("set up a quote follow-up for 3M China", .planStart, ["customer": "3M China", "text": "quote"]),
            ("start acme on the quote plan", .planStart, ["customer": "acme", "text": "quote"]),
            ("new lead plan for golden harvest starting dec 1", .planStart,
             ["customer": "golden harvest", "text": "new lead", "date": "2026-12-01"]),
            ("START THE TRADE SHOW PLAN FOR 7-ELEVEN", .planStart, ["customer": "7-ELEVEN", "text": "trade show"]),
            // Hurried: `4` for `for`, a day in shorthand, the name before a colon, the plan's name last.
            ("start aftersale plan 4 acme", .planStart, ["customer": "acme", "text": "aftersale"]),
            ("put sunday bakery on the quote followup from tmrw", .planStart,
             ["customer": "sunday bakery", "text": "quote", "date": "2026-11-19"]),
            ("golden harvest: start quote plan monday", .planStart, ["customer": "golden harvest", "text": "quote", "date": "2026-11-23"]),
            ("start a new plan for acme", .planStart, ["customer": "acme", "text": "-"]),
            ("acme start after-sale plan", .planStart, ["customer": "acme", "text": "after-sale"]),
            ("launch the prospect plan for Monday Motors on monday", .planStart,
             ["customer": "Monday Motors", "text": "prospect", "date": "2026-11-23"]),
        ])
    }

    /// Where only the book can tell where the name ends and the plan's name begins.
    func testStartWithTheBook() {
        let parser = LineParser(names: PlanCorpusTests.bookNames)
        for (text, customer, words) in [("start plan golden harvest first contact", "golden harvest", "first contact"),
                                        ("acme after sale plan", "acme", "after sale")] {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, .planStart, text)
            XCTAssertEqual(p.slots.customer, customer, text)
            XCTAssertEqual(p.slots.text, words, text)
        }
    }

    func testStartChinese() {
        check([
            ("给东方酒店安排售后跟进", .planStart, ["customer": "东方酒店", "text": "售后", "date": "-"]),
            ("明天科技启动施工期间跟进计划", .planStart, ["customer": "明天科技", "text": "施工期间", "date": "-"]),
            ("给八方来财酒楼王经理做个报价跟进", .planStart, ["customer": "八方来财酒楼", "contact": "王经理", "text": "报价"]),
            ("从下周一开始给华强电子安排售后回访计划", .planStart, ["customer": "华强电子", "text": "售后回访", "date": "2026-11-23"]),
            ("东方酒店开始售后跟进", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("给东方酒店启动初次联系计划", .planStart, ["customer": "东方酒店", "text": "初次联系"]),
            ("把东方酒店加入售后跟进计划", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("为东方酒店安排售后跟进计划", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("东方酒店启动跟进计划", .planStart, ["customer": "东方酒店", "text": "-"]),
            ("东方酒店启动跟进计划：售后", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("启动东方酒店的售后跟进计划", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("帮我启动金辉集团的售后计划", .planStart, ["customer": "金辉集团", "text": "售后"]),
            ("请给东方酒店启动售后计划", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("明天给东方酒店安排售后跟进", .planStart, ["customer": "东方酒店", "date": "2026-11-19"]),
            ("下周一开始给3M中国安排报价跟进", .planStart, ["customer": "3M中国", "text": "报价", "date": "2026-11-23"]),
            ("给明天科技安排施工期间跟进", .planStart, ["customer": "明天科技", "text": "施工期间", "date": "-"]),
            ("给东方酒店安排售后", .planStart, ["customer": "东方酒店", "text": "售后"]),
            ("给东方酒店王经理安排初次联系跟进", .planStart, ["customer": "东方酒店", "contact": "王经理", "text": "初次联系"]),
            ("给Sunday Bakery安排报价跟进", .planStart, ["customer": "Sunday Bakery", "text": "报价", "date": "-"]),
            ("给Acme安排售后跟进", .planStart, ["customer": "Acme", "text": "售后"]),
            ("给王经理安排售后跟进", .planStart, ["customer": "王经理", "contact": "王经理", "text": "售后"]),
        ])
    }

    /// Hurried starts: the plan named first and the start said after it, a day or an adverb
    /// between the name and the verb (no part of the name).
    func testStartSaidAfterThePlan() {
        check([
            ("7天酒店报价跟进 下周一开始", .planStart, ["customer": "7天酒店", "text": "报价", "date": "2026-11-23"]),
            ("东方酒店售后跟进下周开始", .planStart, ["customer": "东方酒店", "text": "售后", "date": "2026-11-23"]),
            ("八方来财酒楼王经理初次联系跟进 明天开始", .planStart,
             ["customer": "八方来财酒楼", "contact": "王经理", "text": "初次联系", "date": "2026-11-19"]),
            ("明天科技施工期间跟进计划启动", .planStart, ["customer": "明天科技", "text": "施工期间", "date": "-"]),
            ("7天酒店 下周一开始报价跟进", .planStart, ["customer": "7天酒店", "text": "报价", "date": "2026-11-23"]),
            ("7天酒店重新开始报价跟进", .planStart, ["customer": "7天酒店", "text": "报价", "date": "-"]),
            ("华新超市再启动售后跟进", .planStart, ["customer": "华新超市", "text": "售后"]),
        ])
        // Asking when, or a stop: no start.
        for text in ["东方酒店售后跟进什么时候开始", "东方酒店的跟进计划停了", "提醒我东方酒店售后跟进下周开始"] {
            for (name, parser) in parsers {
                XCTAssertNotEqual(parser.parse(text, today: Fixture.today).intent, .planStart, "\(text) (\(name))")
            }
        }
    }

    /// What a plan has no place for stops the line instead of being dropped: money, a clock time,
    /// a repeat, and a day on a stop (which would stop the plan today).
    func testWordsAPlanHasNoPlaceFor() {
        for (name, parser) in parsers {
            for (text, words) in [("start the after sale plan for acme $500", "$500"),
                                  ("start the after-sale plan for acme every week", "every week"),
                                  ("start the plan for acme tomorrow at 3pm", "at 3pm"),
                                  ("stop the plan for acme from friday", "from friday")] {
                let p = parser.parse(text, today: Fixture.today)
                XCTAssertTrue([.planStart, .planStop].contains(p.intent), "\(text) (\(name))")
                XCTAssertEqual(p.problem, .unexplained(.unknownWords, words: words), "\(text) (\(name))")
            }
        }
    }

    // MARK: Stop

    func testStop() {
        check([
            ("stop the plan for Acme", .planStop, ["customer": "Acme", "text": "-"]),
            ("cancel acme's follow-up plan", .planStop, ["customer": "acme"]),
            ("end plan 7-eleven", .planStop, ["customer": "7-eleven"]),
            ("stop plan acme", .planStop, ["customer": "acme"]),
            ("acme stop plan", .planStop, ["customer": "acme"]),
            ("stop acme's plan", .planStop, ["customer": "acme"]),
            ("pause the plan for acme", .planStop, ["customer": "acme"]),
            ("end sunday bakery's follow-up plan", .planStop, ["customer": "sunday bakery", "date": "-"]),
            ("stop following up with 7-eleven", .planStop, ["customer": "7-eleven"]),
            ("take acme off the plan", .planStop, ["customer": "acme"]),
            ("cancel the quote plan for 3M China", .planStop, ["customer": "3M China"]),
            ("停止东方酒店的跟进计划", .planStop, ["customer": "东方酒店"]),
            ("取消明天科技的跟进", .planStop, ["customer": "明天科技", "date": "-"]),
            ("东方酒店的跟进计划停了", .planStop, ["customer": "东方酒店"]),
            ("停掉东方酒店的跟进", .planStop, ["customer": "东方酒店"]),
            ("暂停华强电子的跟进计划", .planStop, ["customer": "华强电子"]),
            ("东方酒店不用跟进了", .planStop, ["customer": "东方酒店"]),
            // Nobody named: the handler asks whose.
            ("stop the plan", .planStop, ["customer": "-"]),
            ("停止跟进计划", .planStop, ["customer": "-"]),
        ])
    }

    // MARK: List and show

    func testList() {
        check([
            ("跟进列表", .planList, [:]),
            ("在跟进的客户", .planList, [:]),
            ("7天酒店在哪个计划", .planShow, ["customer": "7天酒店"]),
            ("明天科技在什么计划里", .planShow, ["customer": "明天科技"]),
            ("今天干啥", .agenda, ["date": "2026-11-18"]),
            ("明天有啥安排", .agenda, ["date": "2026-11-19"]),
            ("今天有什么计划", .agenda, [:]),
            ("plans", .planList, ["value": "-", "customer": "-"]),
            ("follow-up plans", .planList, ["value": "-"]),
            ("running plans", .planList, ["value": "-"]),
            ("all plans", .planList, ["value": "all"]),
            ("which plans are running", .planList, ["value": "-"]),
            ("show plans", .planList, ["value": "-"]),
            ("list all plans", .planList, ["value": "all"]),
            ("active plans", .planList, [:]),
            ("plan list", .planList, [:]),
            ("跟进计划", .planList, ["value": "-"]),
            ("所有跟进计划", .planList, ["value": "all"]),
            ("正在执行的跟进计划", .planList, ["value": "-", "customer": "-"]),
            ("跟进计划列表", .planList, [:]),
            ("有哪些跟进计划", .planList, [:]),
            ("全部跟进计划", .planList, ["value": "all"]),
        ])
    }

    func testShow() {
        check([
            ("plan acme", .planShow, ["customer": "acme"]),
            ("acme's plan", .planShow, ["customer": "acme"]),
            ("show the plan for 3M China", .planShow, ["customer": "3M China"]),
            ("what's the plan for sunday bakery", .planShow, ["customer": "sunday bakery", "date": "-"]),
            ("show acme's plan", .planShow, ["customer": "acme"]),
            ("what plan is acme on", .planShow, ["customer": "acme"]),
            ("how's the plan for acme going", .planShow, ["customer": "acme"]),
            ("what's the plan for 7-eleven", .planShow, ["customer": "7-eleven"]),
            ("show plan for monday motors", .planShow, ["customer": "monday motors", "date": "-"]),
            ("acme's follow-up plan?", .planShow, ["customer": "acme"]),
            ("东方酒店的跟进计划", .planShow, ["customer": "东方酒店"]),
            ("看看明天科技的跟进计划", .planShow, ["customer": "明天科技", "date": "-"]),
            ("查看东方酒店的跟进计划", .planShow, ["customer": "东方酒店"]),
            ("东方酒店在哪个跟进计划", .planShow, ["customer": "东方酒店"]),
            ("东方酒店跟进计划", .planShow, ["customer": "东方酒店"]),
        ])
    }

    // MARK: Push-back

    func testPushBackEnglish() {
        check([
            ("Acme said stop calling", .planPushBack, ["customer": "Acme", "channel": "call", "topic": "-", "text": "stop calling"]),
            ("li wei asked us to stop calling", .planPushBack, ["customer": "li wei", "channel": "call", "text": "stop calling"]),
            ("7-eleven says we call too often", .planPushBack,
             ["customer": "7-eleven", "channel": "call", "topic": "often", "text": "we call too often"]),
            ("sunday bakery doesn't want so many texts", .planPushBack,
             ["customer": "sunday bakery", "channel": "sms", "topic": "often", "text": "doesn't want so many texts", "date": "-"]),
            ("acme: too many calls, back off", .planPushBack,
             ["customer": "acme", "channel": "call", "topic": "often", "text": "too many calls, back off"]),
            ("acme: they're annoyed by all the follow-ups", .planPushBack, ["customer": "acme", "channel": "-", "topic": "often"]),
            ("acme said no more calls", .planPushBack, ["customer": "acme", "channel": "call"]),
            ("acme asked us to call less", .planPushBack, ["customer": "acme", "channel": "call", "topic": "often", "text": "call less"]),
            ("Mr Li said stop calling him", .planPushBack, ["contact": "Mr Li", "channel": "call"]),
            ("acme is fed up with all the calls", .planPushBack, ["customer": "acme", "channel": "call", "topic": "often"]),
            ("3M China complained about too many follow-ups", .planPushBack, ["customer": "3M China", "topic": "often"]),
            ("acme wants fewer visits", .planPushBack, ["customer": "acme", "channel": "visit", "topic": "often"]),
            ("acme: please stop calling every day", .planPushBack, ["customer": "acme", "channel": "call", "topic": "often"]),
            ("stop calling acme", .planPushBack, ["customer": "acme", "channel": "call", "text": "stop calling"]),
            ("they said stop texting", .planPushBack, ["customer": "-", "channel": "sms", "text": "stop texting"]),
            ("acme's li wei said stop calling", .planPushBack, ["customer": "acme", "contact": "li wei", "text": "stop calling"]),
            ("acme says no more visits pls", .planPushBack, ["customer": "acme", "channel": "visit"]),
            ("acme asked us not to call so much", .planPushBack,
             ["customer": "acme", "channel": "call", "topic": "often", "text": "not to call so much"]),
            ("acme says they get too many texts", .planPushBack, ["customer": "acme", "channel": "sms", "topic": "often"]),
        ])
    }

    func testPushBackChinese() {
        check([
            ("张总说别老打电话", .planPushBack, ["contact": "张总", "channel": "call", "topic": "often", "text": "别老打电话"]),
            ("东方酒店说电话太频繁了", .planPushBack, ["customer": "东方酒店", "channel": "call", "topic": "often", "text": "电话太频繁了"]),
            ("王经理不想天天收到短信", .planPushBack, ["contact": "王经理", "channel": "sms", "topic": "often", "text": "不想天天收到短信"]),
            ("明天科技嫌我们联系太多", .planPushBack,
             ["customer": "明天科技", "channel": "-", "topic": "often", "text": "嫌我们联系太多", "date": "-"]),
            ("东方酒店说别再发短信了", .planPushBack, ["customer": "东方酒店", "channel": "sms", "topic": "-"]),
            ("张总嫌我们电话打得太勤", .planPushBack, ["contact": "张总", "channel": "call", "topic": "often"]),
            ("东方酒店王经理说不要老上门", .planPushBack, ["customer": "东方酒店", "contact": "王经理", "channel": "visit", "topic": "often"]),
            ("他说别打电话了", .planPushBack, ["customer": "-", "channel": "call", "text": "别打电话了"]),
            // WeChat is no channel of a touch: a push-back, the way left unnamed.
            ("东方酒店说别老发微信", .planPushBack, ["customer": "东方酒店", "channel": "-", "topic": "often"]),
            ("华强电子不想天天收到短信", .planPushBack, ["customer": "华强电子", "channel": "sms", "topic": "often"]),
            ("东方酒店王经理嫌电话太多", .planPushBack,
             ["customer": "东方酒店", "contact": "王经理", "channel": "call", "topic": "often", "text": "嫌电话太多"]),
            ("明天科技说别老上门了", .planPushBack, ["customer": "明天科技", "channel": "visit", "date": "-"]),
            ("八方来财酒楼说电话太多了", .planPushBack, ["customer": "八方来财酒楼", "channel": "call", "topic": "often"]),
        ])
    }

    /// Money said with a push-back is its own clause, never dropped; a call it was said on is logged too.
    func testPushBackWithMoneyOrACall() {
        for (name, parser) in parsers {
            for (text, second) in [("acme said stop calling, they'll pay friday", Intent.promiseRecord),
                                   ("acme said stop calling and paid 2000", .paymentRecord),
                                   // A day to come before paying: a promise (it read as a payment dated ahead).
                                   ("东方酒店说别老打电话，下周五付5000", .promiseRecord),
                                   // A space for a comma, as hurried lines have it.
                                   ("华新超市说电话太频繁 下周付", .promiseRecord),
                                   ("东方酒店说别天天发短信 月底付", .promiseRecord)] {
                let p = parser.parse(text, today: Fixture.today)
                XCTAssertEqual(p.clauses.map(\.intent), [.planPushBack, second], "\(text) (\(name))")
                XCTAssertEqual(p.clauses.last?.slots.customer?.lowercased(), p.clauses.first?.slots.customer?.lowercased(), text)
                XCTAssertNotNil(p.clauses.last.map { $0.slots.amount != nil || $0.slots.date != nil }, text)
            }
            let call = parser.parse("called acme, they said stop calling", today: Fixture.today)
            XCTAssertEqual(call.clauses.map(\.intent), [.contactLog, .planPushBack], name)
        }
    }

    // MARK: Lines that keep their meaning

    func testOtherLinesKeepTheirMeaning() {
        check([
            ("collection plan", .reportPlan, [:]),
            ("collection plan next week", .reportPlan, ["date": "2026-11-23"]),
            ("本周收款计划", .reportPlan, [:]),
            ("acme plans to pay friday", .promiseRecord, ["customer": "acme", "date": "2026-11-20"]),
            ("acme will pay the rest by the 15th", .promiseRecord, ["customer": "acme"]),
            ("called acme, no answer", .contactLog, ["customer": "acme"]),
            ("remind me to call acme friday", .reminderAdd, ["customer": "acme"]),
            ("remind me to start the after-sale plan for acme", .reminderAdd, [:]),
            ("stop the reminder 4", .reminderDelete, [:]),
            ("delete 4", .reminderDelete, [:]),
            ("acme is angry that we overcharged", .complaintLog, ["customer": "acme"]),
            ("acme is annoyed by the invoice", .complaintLog, [:]),
            ("acme annoyed about the late delivery", .complaintLog, [:]),
            ("what's the plan for today", .agenda, ["date": "2026-11-18"]),
            ("what's my plan for tomorrow", .agenda, ["date": "2026-11-19"]),
            ("plan my day", .agenda, [:]),
            ("all reminders", .reminderList, [:]),
            ("acme doesn't want emails", .emailConsent, [:]),
            ("acme said stop emailing", .emailConsent, [:]),
            ("how do i handle acme saying stop calling", .script, [:]),
            ("提醒我明天给东方酒店打电话", .reminderAdd, [:]),
            ("别忘了给东方酒店打电话", .reminderAdd, [:]),
            ("麻烦提醒我给东方酒店打电话", .reminderAdd, [:]),
            ("张总说周五付款", .promiseRecord, [:]),
            ("东方酒店投诉送货太慢", .complaintLog, [:]),
            ("东方酒店电话13800138000", .customerUpdate, [:]),
            ("东方酒店说别发邮件", .emailConsent, [:]),
            ("给东方酒店安排回访", .reminderAdd, [:]),
            ("明天安排回访东方酒店", .reminderAdd, ["date": "2026-11-19"]),
        ])
        // Frequency and call words that are about paying, ordering or the customer ringing us.
        for text in ["nice plan", "plan the week", "i plan to call acme tomorrow", "计划", "张总打电话来说下周付款", "东方酒店频繁下单",
                     "每天打电话给东方酒店", "acme pays late too often", "acme keeps calling about the invoice",
                     "call acme every single day", "东方酒店计划下周付款", "the plan for acme is good"] {
            for (name, parser) in parsers {
                let p = parser.parse(text, today: Fixture.today)
                XCTAssertFalse([.planStart, .planPushBack, .planStop, .planList].contains(p.intent), "\(text) (\(name)) → \(Fixture.describe(p))")
            }
        }
    }

    /// `why` shows the words behind each slot.
    func testEvidence() {
        let p = LineParser().parse("begin quote follow up for 3M China from monday", today: Fixture.today)
        XCTAssertEqual(p.words(for: "intent"), "begin")
        XCTAssertEqual(p.words(for: "customer"), "3M China")
        XCTAssertEqual(p.words(for: "text"), "quote")
        XCTAssertEqual(p.words(for: "date"), "from monday")
        XCTAssertNil(p.words(for: "amount"))
        let q = LineParser().parse("张总说别老打电话", today: Fixture.today)
        XCTAssertEqual(q.words(for: "channel"), "打电话")
        XCTAssertEqual(q.words(for: "topic"), "老")
        XCTAssertEqual(q.language, .zh)
    }
}
