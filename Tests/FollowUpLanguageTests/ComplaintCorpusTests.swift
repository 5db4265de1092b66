import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Complaint lines as hurried salespeople type them, English and Chinese: opening one, moving one
/// along its six steps, listing, showing, reporting and asking what to say; and the lines that
/// must stay what they are today.
final class ComplaintCorpusTests: XCTestCase {
    /// The complaint reading and the shared slots as one flat dictionary, for compact expectations.
    static func flat(_ p: ParsedLine) -> [String: String] {
        var d: [String: String] = ["intent": p.intent.rawValue]
        let s = p.slots
        if let v = s.customer { d["customer"] = v }
        if let v = s.contact { d["contact"] = v }
        if let v = s.amount { d["amount"] = v.plain }
        if let v = s.date { d["date"] = v.iso }
        if let v = s.invoice { d["invoice"] = v }
        if let v = s.id { d["id"] = String(v) }
        if let v = s.text { d["text"] = v }
        if let v = s.topic { d["topic"] = v }
        if let v = s.cause { d["cause"] = v }
        if let c = s.complaint {
            if let v = c.move { d["move"] = v.rawValue }
            if let v = c.cause { d["cause_detail"] = v.rawValue }
            if let v = c.remedy { d["remedy"] = v.rawValue }
            if let v = c.cooling { d["cooling"] = v.rawValue }
            if let v = c.severity { d["severity"] = v.rawValue }
            if let v = c.angry { d["angry"] = String(v) }
            if let v = c.product { d["product"] = v }
            if let v = c.department { d["department"] = v }
            if let v = c.satisfied { d["satisfied"] = String(v) }
            if let v = c.disputed { d["disputed"] = v.plain }
        }
        return d
    }

    /// Checks each line's expected values; a key mapped to "-" must be empty.
    func check(_ cases: [(String, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        Self.expect(cases, parse: Fixture.parse, oneReading: true, file: file, line: line)
    }

    /// Parses each line and compares the flat reading with what is expected; with `oneReading`,
    /// a line must not ask which of two things was meant.
    static func expect(_ cases: [(String, [String: String])], parse: (String) -> ParsedLine, oneReading: Bool,
                       file: StaticString, line: UInt) {
        for (text, expected) in cases {
            let p = parse(text)
            let got = flat(p)
            for (k, v) in expected {
                if v == "-" {
                    XCTAssertNil(got[k], "\(text) [\(k)] → \(got)", file: file, line: line)
                } else {
                    XCTAssertEqual(got[k], v, "\(text) [\(k)] → \(got)", file: file, line: line)
                }
            }
            XCTAssertNil(p.problem, "\(text) → \(got)", file: file, line: line)
            if oneReading {
                XCTAssertTrue(p.alternatives.isEmpty && p.clauses.isEmpty, "\(text) → \(got) has other readings", file: file, line: line)
            }
        }
    }

    // MARK: Opening a complaint

    func testTheIssueExamples() {
        check([
            ("log complaint from Acme: the AC unit leaks",
             ["intent": "complaint.log", "customer": "Acme", "text": "the AC unit leaks", "product": "AC unit", "severity": "normal",
              "angry": "false"]),
            ("Zhang is angry that the invoice is wrong",
             ["intent": "complaint.log", "customer": "Zhang", "contact": "Zhang", "text": "the invoice is wrong", "angry": "true",
              "severity": "high", "product": "-"]),
            ("Acme called to complain about late delivery",
             ["intent": "complaint.log", "customer": "Acme", "text": "late delivery", "product": "-"]),
            ("华强电子投诉送货晚了两天", ["intent": "complaint.log", "customer": "华强电子", "text": "送货晚了两天", "product": "-"]),
            ("东方酒店王经理来电，说发票有问题",
             ["intent": "complaint.log", "customer": "东方酒店", "contact": "王经理", "text": "发票有问题", "product": "-"]),
            ("记录投诉：张总说空调漏水", ["intent": "complaint.log", "contact": "张总", "text": "空调漏水", "product": "空调"]),
            ("sunday bakery complained the oven was delivered broken",
             ["intent": "complaint.log", "customer": "sunday bakery", "date": "-", "product": "oven",
              "text": "the oven was delivered broken"]),
            ("7-eleven unhappy with the last shipment, INV-2031 wrong qty",
             ["intent": "complaint.log", "customer": "7-eleven", "invoice": "INV-2031", "product": "-"]),
            ("明天科技投诉发票金额开错了", ["intent": "complaint.log", "customer": "明天科技", "date": "-", "text": "发票金额开错了"]),
        ])
    }

    func testOpeningEnglish() {
        check([
            ("acme complained the chairs came broken", ["intent": "complaint.log", "customer": "acme", "product": "chairs"]),
            ("Acme complaint: printer keeps jamming", ["intent": "complaint.log", "customer": "Acme", "text": "printer keeps jamming"]),
            ("new complaint from Kite Logistics - wrong colour delivered",
             ["intent": "complaint.log", "customer": "Kite Logistics", "text": "wrong colour delivered"]),
            ("kite logistics is furious, the delivery was 3 days late again",
             ["intent": "complaint.log", "customer": "kite logistics", "angry": "true", "severity": "high"]),
            ("pine dental unhappy w the install, technician was rude",
             ["intent": "complaint.log", "customer": "pine dental", "text": "the install, technician was rude"]),
            ("Mr. Li from Acme called to complain about the noise",
             ["intent": "complaint.log", "customer": "Acme", "contact": "Mr. Li", "text": "the noise", "product": "-"]),
            ("acme's manager yelled at me about INV-0042",
             ["intent": "complaint.log", "customer": "acme", "contact": "manager", "invoice": "INV-0042", "angry": "true"]),
            ("Acme disputes 1200 of INV-2031",
             ["intent": "complaint.log", "customer": "Acme", "invoice": "INV-2031", "disputed": "1200", "amount": "1200"]),
            ("acme says the fridge caught fire!! they want to call a lawyer",
             ["intent": "complaint.log", "customer": "acme", "severity": "urgent", "product": "fridge"]),
            ("Acme wants a refund for the broken oven",
             ["intent": "complaint.log", "customer": "Acme", "severity": "high", "product": "oven"]),
            ("acme upset about the price increase", ["intent": "complaint.log", "customer": "acme", "product": "-"]),
            ("minor complaint from Acme: the box was dented",
             ["intent": "complaint.log", "customer": "Acme", "severity": "low", "text": "the box was dented"]),
            ("Brightway complained again about late delivery", ["intent": "complaint.log", "customer": "Brightway", "severity": "high"]),
            ("acme called, the compressor stopped working", ["intent": "complaint.log", "customer": "acme", "product": "compressor"]),
            ("golden harvest not happy with the last shipment",
             ["intent": "complaint.log", "customer": "golden harvest", "product": "-"]),
            ("Acme complaining that the invoice amount is wrong, disputing 500",
             ["intent": "complaint.log", "customer": "Acme", "disputed": "500"]),
            ("log complaint acme - screen cracked", ["intent": "complaint.log", "customer": "acme", "text": "screen cracked"]),
            ("complaint from acme re INV-77 charged twice",
             ["intent": "complaint.log", "customer": "acme", "invoice": "INV-77", "text": "INV-77 charged twice"]),
            ("Zhang from Acme is angry about the delay",
             ["intent": "complaint.log", "customer": "Acme", "contact": "Zhang", "text": "the delay"]),
            ("sunrise hotel complained, 2 chairs broken", ["intent": "complaint.log", "customer": "sunrise hotel"]),
            ("Acme complained about the new printer", ["intent": "complaint.log", "customer": "Acme", "product": "printer"]),
            ("complaint from acme, product: X200 printer, paper jams",
             ["intent": "complaint.log", "customer": "acme", "product": "X200 printer"]),
            ("acme complained about INV-2031, they say 300 of it is wrong",
             ["intent": "complaint.log", "invoice": "INV-2031", "disputed": "300"]),
            ("acme is not happy, the delivery came in damaged boxes", ["intent": "complaint.log", "customer": "acme"]),
            ("Acme says the heater gave someone an electric shock", ["intent": "complaint.log", "severity": "urgent"]),
            ("acme complained, small issue with the labels", ["intent": "complaint.log", "severity": "low"]),
            ("Acme complained, only got 4 of the 5 chairs",
             ["intent": "complaint.log", "customer": "Acme", "amount": "-", "disputed": "-"]),
        ])
    }

    func testOpeningChinese() {
        check([
            ("东方酒店投诉空调不制冷", ["intent": "complaint.log", "customer": "东方酒店", "product": "空调", "text": "空调不制冷"]),
            ("恒通贸易来电说货少了两箱", ["intent": "complaint.log", "customer": "恒通贸易", "text": "货少了两箱"]),
            ("金辉集团李经理很生气，说安装师傅态度很差",
             ["intent": "complaint.log", "customer": "金辉集团", "contact": "李经理", "angry": "true", "severity": "high"]),
            ("美华商贸投诉发票开错了，有3000有争议",
             ["intent": "complaint.log", "customer": "美华商贸", "disputed": "3000", "amount": "3000"]),
            ("华强电子又投诉送货晚了", ["intent": "complaint.log", "customer": "华强电子", "severity": "high"]),
            ("东方酒店说热水器漏电，要找媒体曝光",
             ["intent": "complaint.log", "customer": "东方酒店", "severity": "urgent", "product": "热水器"]),
            ("客户投诉：冰箱坏了，要求退货", ["intent": "complaint.log", "severity": "high", "product": "冰箱", "customer": "-"]),
            ("记录投诉 东方酒店 电视机屏幕裂了", ["intent": "complaint.log", "customer": "东方酒店", "product": "电视机屏幕"]),
            ("金辉集团对上次送的货很不满意", ["intent": "complaint.log", "customer": "金辉集团", "product": "-"]),
            ("恒通贸易王总发火了，说发票金额不对",
             ["intent": "complaint.log", "customer": "恒通贸易", "contact": "王总", "angry": "true", "text": "发票金额不对"]),
            ("东方酒店反映产品有小问题", ["intent": "complaint.log", "customer": "东方酒店", "severity": "low"]),
            ("美华商贸要求赔偿，说设备着火了", ["intent": "complaint.log", "customer": "美华商贸", "severity": "urgent"]),
            ("明天科技投诉安装太慢", ["intent": "complaint.log", "customer": "明天科技", "date": "-"]),
            ("八方来财酒楼投诉菜刀生锈了", ["intent": "complaint.log", "customer": "八方来财酒楼", "product": "菜刀"]),
            ("东方酒店的空调又坏了", ["intent": "complaint.log", "customer": "东方酒店", "product": "空调", "severity": "high"]),
            ("金辉集团投诉热水器漏水", ["intent": "complaint.log", "customer": "金辉集团", "product": "热水器"]),
            ("恒通贸易打来电话，说送的货破了", ["intent": "complaint.log", "customer": "恒通贸易"]),
            ("东方酒店张经理大发雷霆，说三天了还没人上门", ["intent": "complaint.log", "contact": "张经理", "angry": "true"]),
            ("美华商贸投诉业务员态度不好", ["intent": "complaint.log", "customer": "美华商贸", "cause_detail": "-"]),
            ("华强电子说要打12315投诉", ["intent": "complaint.log", "severity": "urgent"]),
            ("东方酒店投诉，说有点小问题，不急", ["intent": "complaint.log", "severity": "low"]),
            ("东方酒店对INV-2031有争议，说其中1500不对",
             ["intent": "complaint.log", "customer": "东方酒店", "invoice": "INV-2031", "disputed": "1500"]),
            ("东方酒店投诉，产品：空调，一直漏水", ["intent": "complaint.log", "product": "空调"]),
        ])
    }

    // MARK: Moves on a complaint

    func testMovesEnglish() {
        check([
            ("complaint 3: it was a product defect",
             ["intent": "complaint.update", "id": "3", "move": "cause", "cause_detail": "product_defect", "cause": "product",
              "product": "-"]),
            ("#3 cause: our salesman never explained the warranty",
             ["intent": "complaint.update", "id": "3", "move": "cause", "cause_detail": "explanation", "cause": "salesperson",
              "text": "our salesman never explained the warranty"]),
            ("#2 cause: misunderstanding, they thought shipping was free",
             ["move": "cause", "cause_detail": "misunderstanding", "cause": "customer"]),
            ("complaint 4 cause: installer didnt do the pressure test", ["move": "cause", "cause_detail": "equipment"]),
            ("#5 root cause was a bad batch", ["move": "cause", "cause_detail": "product_defect"]),
            ("handed #3 to service, they will visit Friday",
             ["intent": "complaint.update", "id": "3", "move": "handoff", "department": "service", "date": "2026-11-20"]),
            ("handed #4 to the service team, they'll go on tuesday", ["move": "handoff", "department": "service team"]),
            ("passed complaint 6 to QA", ["id": "6", "move": "handoff", "department": "QA"]),
            ("escalated #7 to the factory, reply by next friday", ["move": "handoff", "department": "factory"]),
            ("#3 solution: replace the seal",
             ["intent": "complaint.update", "id": "3", "move": "solution", "remedy": "replace", "text": "replace the seal"]),
            ("#2 solution: send a new unit", ["move": "solution", "remedy": "replace"]),
            ("told Acme we'll replace the seal",
             ["intent": "complaint.update", "customer": "Acme", "move": "told", "remedy": "replace", "text": "we'll replace the seal"]),
            ("told acme we will send a technician tomorrow", ["move": "told", "customer": "acme", "date": "2026-11-19"]),
            ("let Kite Logistics know we'll refund the difference", ["move": "told", "customer": "Kite Logistics", "remedy": "refund"]),
            ("#3 fixed", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("resolved complaint 3", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("complaint 6 done, replaced the unit", ["move": "resolved", "remedy": "replace"]),
            ("review #3: installer skipped the pressure test",
             ["intent": "complaint.update", "id": "3", "move": "review", "text": "installer skipped the pressure test"]),
            ("complaint 2 closed", ["move": "close", "id": "2"]),
            ("reopen #3", ["move": "reopen", "id": "3"]),
            ("reopen complaint 5, still leaking", ["move": "reopen", "id": "5"]),
            ("brought in my manager for #3",
             ["intent": "complaint.update", "id": "3", "move": "cooling", "cooling": "person", "text": "brought in my manager"]),
            ("moved the talk to the meeting room for #3", ["move": "cooling", "cooling": "place", "customer": "-"]),
            ("told them we'd get back to them by friday",
             ["intent": "complaint.update", "move": "reply_by", "cooling": "time", "date": "2026-11-20"]),
            ("called Acme, they are happy with the fix",
             ["intent": "complaint.update", "customer": "Acme", "move": "check_back", "satisfied": "true",
              "text": "they are happy with the fix"]),
            ("called acme, they're satisfied with the replacement", ["move": "check_back", "satisfied": "true", "customer": "acme"]),
            ("followed up with acme, still not happy with the repair", ["move": "check_back", "satisfied": "false", "customer": "acme"]),
            ("checked back with kite logistics, they are happy", ["move": "check_back", "satisfied": "true"]),
            ("acme not happy with the fix, still leaking", ["move": "check_back", "satisfied": "false", "customer": "acme"]),
            ("#3 is urgent", ["intent": "complaint.update", "id": "3", "move": "severity", "severity": "urgent"]),
            ("mark #2 urgent", ["intent": "complaint.update", "move": "severity", "severity": "urgent"]),
            ("complaint 4 is low priority", ["move": "severity", "severity": "low"]),
            ("credit note 500 for #3",
             ["intent": "complaint.update", "id": "3", "move": "remedy", "remedy": "credit_note", "amount": "500"]),
            ("credit note 300 for complaint 2", ["move": "remedy", "remedy": "credit_note", "amount": "300"]),
            ("refund 300 to Acme for the broken oven",
             ["intent": "complaint.update", "customer": "Acme", "move": "remedy", "remedy": "refund", "amount": "300",
              "product": "oven"]),
            ("#6 refund 150", ["move": "remedy", "remedy": "refund", "amount": "150"]),
            ("we'll repair it", ["intent": "complaint.update", "move": "remedy", "remedy": "repair", "amount": "-"]),
            ("we'll replace it", ["move": "remedy", "remedy": "replace"]),
            ("apologised to acme, they calmed down", ["move": "remedy", "remedy": "apology", "customer": "acme"]),
        ])
    }

    func testMovesChinese() {
        check([
            ("3号投诉原因是客户自己操作不当",
             ["intent": "complaint.update", "id": "3", "move": "cause", "cause_detail": "customer_oversight", "cause": "customer",
              "text": "客户自己操作不当"]),
            ("原因查明是产品质量问题",
             ["intent": "complaint.update", "move": "cause", "cause_detail": "product_defect", "product": "-", "customer": "-"]),
            ("2号投诉原因是业务员没解释清楚", ["move": "cause", "cause_detail": "explanation", "cause": "salesperson"]),
            ("投诉5原因：产品质量问题", ["id": "5", "move": "cause", "cause_detail": "product_defect"]),
            ("3号投诉原因查明是安装问题", ["move": "cause", "cause_detail": "equipment", "text": "安装问题"]),
            ("3号转给售后部，周五上门",
             ["intent": "complaint.update", "id": "3", "move": "handoff", "department": "售后部", "date": "2026-11-20"]),
            ("4号转给售后部处理，周三上门", ["move": "handoff", "department": "售后部"]),
            ("投诉2交给技术部", ["id": "2", "move": "handoff", "department": "技术部"]),
            ("3号方案：换密封圈", ["intent": "complaint.update", "id": "3", "move": "solution", "remedy": "replace", "text": "换密封圈"]),
            ("投诉3的解决方案是退款", ["move": "solution", "remedy": "refund"]),
            ("已经跟张总说了换货方案", ["intent": "complaint.update", "customer": "张总", "move": "told", "remedy": "replace"]),
            ("已经告诉东方酒店换新的", ["move": "told", "customer": "东方酒店"]),
            ("跟王总说了维修方案", ["move": "told", "remedy": "repair"]),
            ("3号投诉已解决", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("2号投诉已经处理好了", ["move": "resolved", "satisfied": "-"]),
            ("投诉4搞定了", ["move": "resolved"]),
            ("关闭投诉3", ["move": "close", "id": "3"]),
            ("重新打开3号投诉，客户说还是漏水", ["move": "reopen", "id": "3"]),
            ("3号投诉复盘：安装前没检查", ["move": "review", "text": "安装前没检查"]),
            ("换了个经理去谈", ["intent": "complaint.update", "move": "cooling", "cooling": "person", "customer": "-"]),
            ("请经理出面跟东方酒店谈", ["move": "cooling", "cooling": "person", "customer": "东方酒店"]),
            ("换个地方跟张总谈", ["move": "cooling", "cooling": "place"]),
            ("约了明天再谈", ["intent": "complaint.update", "move": "reply_by", "cooling": "time", "date": "2026-11-19"]),
            ("跟李总约了周五再谈", ["move": "reply_by", "customer": "李总", "date": "2026-11-20"]),
            ("张总对处理结果不满意，说还是漏水",
             ["intent": "complaint.update", "customer": "张总", "move": "check_back", "satisfied": "false"]),
            ("回访了东方酒店，很满意", ["move": "check_back", "satisfied": "true", "customer": "东方酒店"]),
            ("东方酒店对维修结果很满意", ["move": "check_back", "satisfied": "true"]),
            ("张总说换货后还是不行", ["move": "check_back", "satisfied": "false"]),
            ("3号投诉改为紧急", ["move": "severity", "severity": "urgent"]),
            ("投诉2很急", ["move": "severity", "severity": "urgent"]),
            ("3号投诉退款500", ["intent": "complaint.update", "id": "3", "move": "remedy", "remedy": "refund", "amount": "500"]),
            ("给东方酒店退款800", ["move": "remedy", "remedy": "refund", "amount": "800", "customer": "东方酒店"]),
            ("2号投诉补偿500", ["move": "remedy", "remedy": "credit_note", "amount": "500"]),
            ("3号投诉道歉了", ["move": "remedy", "remedy": "apology"]),
            ("换货", ["intent": "complaint.update", "move": "remedy", "remedy": "replace"]),
            ("上门维修", ["intent": "complaint.update", "move": "remedy", "remedy": "visit"]),
        ])
    }

    /// The word complaint misspelt, shouted or glued to its number still names one.
    func testHurriedSpellings() {
        check([
            ("complant from acme: door handle fell off", ["intent": "complaint.log", "customer": "acme", "text": "door handle fell off"]),
            ("acme complaned abt the delivery", ["intent": "complaint.log", "customer": "acme"]),
            ("compliant 3 resolved", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("complaint3 resolved", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("complaint no. 3 closed", ["intent": "complaint.update", "id": "3", "move": "close"]),
            ("#3 fixd", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("cmplaint 3 cause customer error", ["id": "3", "move": "cause", "cause_detail": "customer_oversight"]),
            ("投诉3 已解决", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("3号投诉 已经解决了", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("3號投訴已解決", ["intent": "complaint.update", "id": "3", "move": "resolved"]),
            ("Acme's AC unit leaks", ["intent": "complaint.log", "customer": "Acme", "product": "AC unit"]),
            ("ACME IS FURIOUS ABOUT THE INVOICE", ["intent": "complaint.log", "angry": "true", "product": "-"]),
            ("acme angry!!! wrong items sent", ["intent": "complaint.log", "angry": "true", "text": "wrong items sent"]),
            ("acme mad bc the install was late", ["intent": "complaint.log", "customer": "acme", "angry": "true"]),
            ("东方酒店很生气", ["intent": "complaint.log", "customer": "东方酒店", "angry": "true"]),
            ("东方酒店不高兴，空调还没装好", ["intent": "complaint.log", "customer": "东方酒店", "text": "空调还没装好"]),
            ("refund acme 200", ["intent": "complaint.update", "customer": "acme", "remedy": "refund", "amount": "200"]),
            ("gave acme a refund of 200 for the scratches", ["intent": "complaint.update", "customer": "acme", "amount": "200"]),
            ("issued acme a credit note of 150 for complaint 2", ["id": "2", "remedy": "credit_note", "amount": "150"]),
        ])
    }

    // MARK: Lists, one complaint, the report, scripts

    func testListsShowAndReport() {
        check([
            ("complaints", ["intent": "complaint.list"]),
            ("open complaints", ["intent": "complaint.list"]),
            ("pending complaints", ["intent": "complaint.list"]),
            ("complaints for acme", ["intent": "complaint.list", "customer": "acme"]),
            ("未处理的投诉", ["intent": "complaint.list", "customer": "-"]),
            ("所有投诉", ["intent": "complaint.list"]),
            ("东方酒店的投诉", ["intent": "complaint.list", "customer": "东方酒店"]),
            ("complaints report", ["intent": "complaint.report"]),
            ("complaint stats", ["intent": "complaint.report"]),
            ("投诉统计", ["intent": "complaint.report"]),
            ("投诉报表", ["intent": "complaint.report"]),
            ("complaint 3", ["intent": "complaint.show", "id": "3", "text": "-"]),
            ("show complaint 3", ["intent": "complaint.show", "id": "3"]),
            ("complaint #4", ["intent": "complaint.show", "id": "4"]),
            ("3号投诉", ["intent": "complaint.show", "id": "3", "text": "-"]),
            ("投诉3", ["intent": "complaint.show", "id": "3"]),
            ("查看3号投诉", ["intent": "complaint.show", "id": "3"]),
        ])
        XCTAssertEqual(Fixture.parse("complaints report --csv").csv, CSVRequest())
        XCTAssertEqual(Fixture.parse("complaints report --csv").intent, .complaintReport)
    }

    func testScripts() {
        check([
            ("script complaint 3", ["intent": "script", "topic": "complaint", "id": "3"]),
            ("what should I say to an angry customer", ["intent": "script", "topic": "complaint"]),
            ("客户投诉怎么回复", ["intent": "script", "topic": "complaint"]),
            ("张总很生气怎么办", ["intent": "script", "topic": "complaint", "contact": "张总"]),
            ("how do i handle acme's complaint", ["intent": "script", "topic": "complaint", "customer": "acme"]),
            ("how should i apologize to acme", ["intent": "script", "topic": "complaint", "customer": "acme"]),
            ("3号投诉话术", ["intent": "script", "topic": "complaint", "id": "3"]),
            ("怎么处理东方酒店的投诉", ["intent": "script", "topic": "complaint", "customer": "东方酒店"]),
            ("客户很生气怎么安抚", ["intent": "script", "topic": "complaint"]),
        ])
    }

    // MARK: What must not be a complaint, or must not fill a slot

    func testNotComplaints() {
        let cases: [(String, Intent)] = [
            ("Acme will pay on the 3rd", .promiseRecord),
            ("called Acme, they were angry", .contactLog),
            ("called acme, they are happy", .contactLog),
            ("called acme about the repair schedule", .contactLog),
            ("Acme says there is a quality problem", .contactLog),
            ("remind me to call Acme about the broken oven", .reminderAdd),
            ("remind me to check complaint 3 on friday", .reminderAdd),
            ("Acme paid 500 for the repair", .paymentRecord),
            ("visit Acme on Friday to fix the AC", .reminderAdd),
            ("send Acme a replacement quote", .reminderAdd),
            ("invoice Acme 1200 for the repair", .invoiceAdd),
            ("credit note 500 for Acme", .creditAdd),
            ("done 3", .reminderDone),
            ("close 3", .reminderDone),
            ("snooze 3 to friday", .reminderSnooze),
            ("delete 3", .reminderDelete),
            ("7-Eleven owes 5000", .invoiceAdd),
            ("how do i chase acme", .script),
            ("the printer is broken", .unknown),
            ("told Acme the price goes up in January", .unknown),
            ("told acme we'll send the invoice tomorrow", .unknown),
            // A named customer happy with what was done answers a satisfaction call.
            ("acme is happy with the service", .satisfactionRecord),
            ("给恒通贸易打了电话，他们很生气", .contactLog),
            ("给恒通贸易打了电话，他们说质量有问题", .contactLog),
            ("恒通贸易说没钱", .contactLog),
            ("东方酒店答应下周一付3000", .promiseRecord),
            ("东方酒店来电，说下周付款", .contactLog),
            ("3号提醒完成了", .reminderDone),
            ("15号给东方酒店打电话", .reminderAdd),
            ("提醒我明天去东方酒店维修空调", .reminderAdd),
            ("东方酒店退货3000", .creditAdd),
            ("八方来财酒楼欠款3000", .invoiceAdd),
            ("客户很满意", .unknown),
            ("3号到期", .unknown),
        ]
        for (text, intent) in cases {
            let p = Fixture.parse(text)
            XCTAssertEqual(p.intent, intent, "\(text) → \(Fixture.describe(p))")
            XCTAssertNil(p.slots.complaint, "\(text) → \(Fixture.describe(p))")
        }
        // Still refused as a payment denied, never read as a complaint with a confident record.
        let denied = Fixture.parse("Acme says there is a quality problem so they won't pay")
        XCTAssertNotEqual(denied.intent, .complaintLog)
        XCTAssertNotNil(denied.problem)
        // A day number later in the line names no complaint (`pay on the 3rd`), only one that opens it.
        XCTAssertNil(Fixture.parse("Acme will pay on the 3rd").slots.id)
    }

    /// A complaint that also records money is not recorded as read: the money part is named, to be
    /// typed on its own, rather than silently dropped.
    func testMoneyBesideAComplaintIsNotDropped() {
        let cases: [(String, String)] = [
            ("Acme is angry, they will pay Friday", "they will pay Friday"),
            ("acme complained and paid 2000", "paid 2000"),
            ("东方酒店很生气，答应周五付3000", "答应周五付3000"),
            ("#3 resolved, acme paid 500", "acme paid 500"),
            ("Acme unhappy with the oven, paid 500 anyway", "paid 500 anyway"),
        ]
        for (line, words) in cases {
            let p = Fixture.parse(line)
            XCTAssertEqual(p.problem, .unexplained(.unknownWords, words: words), "\(line) → \(Fixture.describe(p))")
        }
        // Money words that only tell the story stay in the complaint's text.
        XCTAssertNil(Fixture.parse("东方酒店投诉空调坏了，说不付款").problem)
        XCTAssertNil(Fixture.parse("Acme complained, only got 4 of the 5 chairs").problem)
    }

    /// Slots a complaint line must not fill from words that only look like them.
    func testNoGuessedSlots() {
        check([
            // No product from the invoice, the delivery or the price.
            ("Acme complained about the invoice", ["intent": "complaint.log", "product": "-"]),
            ("acme unhappy about late delivery", ["intent": "complaint.log", "product": "-"]),
            ("东方酒店投诉发票有问题", ["intent": "complaint.log", "product": "-"]),
            ("东方酒店投诉送货太慢", ["intent": "complaint.log", "product": "-"]),
            // Calm words are no anger; "not angry" is none either.
            ("Acme complained, they were not angry just disappointed", ["intent": "complaint.log", "angry": "false"]),
            // A money amount that is not said to be in dispute is no disputed amount.
            ("美华商贸投诉上次3000的货有划痕", ["intent": "complaint.log", "disputed": "-", "amount": "-"]),
            ("Acme complained the 300 chairs arrived wrong", ["intent": "complaint.log", "disputed": "-"]),
            // A move on a complaint names no customer from a department or a place.
            ("handed #3 to service", ["customer": "-", "department": "service"]),
            // Money only goes with a refund or credit note.
            ("#3 solution: repair, about 500 of parts", ["move": "solution", "amount": "-"]),
        ])
    }

    /// `why` shows the words behind the complaint reading.
    func testEvidence() {
        let p = Fixture.parse("Zhang is angry that the invoice is wrong")
        XCTAssertEqual(p.words(for: "intent"), "is angry")
        XCTAssertEqual(p.words(for: "angry"), "angry")
        XCTAssertEqual(p.words(for: "contact"), "Zhang")
        let move = Fixture.parse("handed #3 to service, they will visit Friday")
        XCTAssertEqual(move.words(for: "move"), "handed")
        XCTAssertEqual(move.words(for: "department"), "service")
        XCTAssertEqual(move.words(for: "date"), "Friday")
        let zh = Fixture.parse("记录投诉：张总说空调漏水")
        XCTAssertEqual(zh.words(for: "product"), "空调")
        let cause = Fixture.parse("3号投诉原因是客户自己操作不当")
        XCTAssertEqual(cause.words(for: "cause_detail"), "客户自己")
        XCTAssertEqual(cause.words(for: "id"), "3号")
        let refund = Fixture.parse("refund 300 to Acme for the broken oven")
        XCTAssertEqual(refund.words(for: "remedy"), "refund")
        XCTAssertEqual(refund.words(for: "amount"), "300")
        // Every slot with evidence is filled, and the reverse, for complaint lines too.
        for line in ["log complaint from Acme: the AC unit leaks", "东方酒店王经理来电，说发票有问题", "#3 is urgent",
                     "called Acme, they are happy with the fix", "美华商贸投诉发票开错了，有3000有争议"] {
            let q = Fixture.parse(line)
            for e in q.evidence where e.slot != "intent" {
                XCTAssertTrue(EvidenceLog.isFilled(e.slot, q.slots), "\(line): evidence for empty \(e.slot)")
            }
        }
    }

    /// With the book's names, names holding day words or digits stay names.
    func testBookNamesWithDayWords() {
        let parser = LineParser(names: ["Sunday Bakery", "3M China", "7-Eleven", "明天科技", "八方来财酒楼"])
        let cases: [(String, String)] = [
            ("Sunday Bakery complained the oven was delivered broken", "Sunday Bakery"),
            ("3M China is angry about the late delivery", "3M China"),
            ("7-Eleven unhappy with the last shipment", "7-Eleven"),
            ("明天科技投诉发票金额开错了", "明天科技"),
            ("八方来财酒楼投诉菜刀生锈了", "八方来财酒楼"),
        ]
        for (line, name) in cases {
            let p = parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.intent, .complaintLog, line)
            XCTAssertEqual(p.slots.customer, name, line)
            XCTAssertNil(p.slots.date, line)
            XCTAssertNil(p.slots.amount, line)
        }
    }
}
