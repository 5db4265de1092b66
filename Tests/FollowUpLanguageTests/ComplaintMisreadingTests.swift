import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The kinds of misreading a hurried user found in complaint lines, each held by a general rule:
/// cue words left in what the customer said, ordinals taken for complaint numbers, the severity
/// field taken for a level, steps named to go back to, missing cues, overcharges, generic goods.
final class ComplaintMisreadingTests: XCTestCase {
    /// A parser that knows the book's names, as at the prompt.
    static let parser = LineParser(names: ["Acme Trading", "3M China", "7-Eleven", "Sunday Bakery", "Pinecrest Hotel", "Kite",
                                           "Harbor Foods", "明天科技", "八方来财酒楼", "东方酒店", "华强电子", "恒通贸易", "华新超市", "好又多超市",
                                           "Mr. Lim", "Mrs. Tan"])

    func check(_ cases: [(String, [String: String])], file: StaticString = #filePath, line: UInt = #line) {
        ComplaintCorpusTests.expect(cases, parse: { Self.parser.parse($0, today: Fixture.today) }, oneReading: false,
                                    file: file, line: line)
    }

    /// A customer ringing in angry, or about an overcharge, is a complaint (with the overcharge in
    /// dispute), not a call logged with an excuse; ringing in about paying stays a contact.
    func testIncomingAngerAndOverchargesAreComplaints() {
        check([
            ("明天科技王经理来电，说发票多开了800，很生气", ["intent": "complaint.log", "disputed": "800", "angry": "true"]),
            ("华强电子来电，发火了，说送货晚了", ["intent": "complaint.log", "angry": "true"]),
            ("东方酒店打来电话，说多收了500", ["intent": "complaint.log", "disputed": "500"]),
            ("harbor foods called, furious about the late truck", ["intent": "complaint.log", "angry": "true"]),
            ("kite rang, says they were overcharged by 300", ["intent": "complaint.log", "disputed": "300"]),
            ("明天科技来电，说月底付款", ["intent": "contact.log"]),
        ])
    }

    /// An unhappy new-complaint line carries `satisfied: false`, so the handler can ask whether it
    /// answers a fixed complaint's check-back; a line that says outright it is new does not.
    func testUnhappyLogLinesCarryTheirDissatisfaction() {
        check([
            ("acme trading not happy, it leaks again", ["intent": "complaint.log", "satisfied": "false"]),
            ("华强电子不满意，说空调还是漏水", ["intent": "complaint.log", "satisfied": "false"]),
            ("new complaint from acme trading: not happy, the fan is noisy", ["intent": "complaint.log", "satisfied": "-"]),
            ("记录投诉：华强电子不满意，送货太慢", ["intent": "complaint.log", "satisfied": "-"]),
            ("log complaint from acme trading: the AC unit leaks", ["intent": "complaint.log", "satisfied": "-"]),
        ])
    }

    /// What the customer said, without the names, the cue and the fillers around it.
    func testWordsWithoutCueResidue() {
        check([
            ("acme called to complain abt late delivery", ["intent": "complaint.log", "text": "late delivery"]),
            ("Kite rang to complain re the broken fridge", ["intent": "complaint.log", "text": "the broken fridge"]),
            ("mr lim yelled at me about the noise from the chiller",
             ["intent": "complaint.log", "text": "the noise from the chiller", "angry": "true"]),
            ("mrs tan yelled at me about the dirty van", ["intent": "complaint.log", "text": "the dirty van"]),
            ("new complaint: 7-eleven says driver was rude", ["intent": "complaint.log", "text": "driver was rude"]),
            ("new complaint: Harbor Foods said the crates were wet", ["intent": "complaint.log", "text": "the crates were wet"]),
            ("solution for #1: replace the seal", ["intent": "complaint.update", "move": "solution", "id": "1", "text": "replace the seal"]),
            ("cause for #4: wrong labels printed", ["intent": "complaint.update", "id": "4", "text": "wrong labels printed"]),
            ("记录投诉：东方酒店王经理说空调漏水", ["intent": "complaint.log", "contact": "王经理", "text": "空调漏水"]),
            ("记录投诉：华新超市李经理说冰柜不制冷", ["intent": "complaint.log", "contact": "李经理", "text": "冰柜不制冷"]),
        ])
    }

    /// A Chinese name typed without the kind of place it is still names the customer.
    func testShopNamesWithoutTheirKind() {
        XCTAssertEqual(NameIndex.chineseShortForms(of: "八方来财酒楼"), ["八方来财"])
        XCTAssertEqual(NameIndex.chineseShortForms(of: "好又多超市"), ["好又多"])
        // Two characters are too few to stand alone.
        XCTAssertEqual(NameIndex.chineseShortForms(of: "东方酒店"), [])
    }

    /// Ordinals and numbers inside the words are not complaint numbers; N号投诉 always is one.
    func testOrdinalsAndComplaintNumbers() {
        check([
            ("3m china complaint: labels peeling off, 2nd time this month",
             ["intent": "complaint.log", "id": "-", "date": "-", "text": "labels peeling off, 2nd time this month"]),
            ("complaint from Kite: fridge broke down, 3rd time this year", ["intent": "complaint.log", "id": "-", "date": "-"]),
            ("99号投诉", ["intent": "complaint.show", "id": "99", "date": "-"]),
            ("45号投诉已解决", ["intent": "complaint.update", "id": "45", "move": "resolved", "date": "-"]),
            ("3号投诉退回第一步", ["intent": "complaint.update", "id": "3"]),
            ("投诉话术 3", ["intent": "script", "id": "3", "amount": "-"]),
        ])
    }

    /// A severity set in words reads the level after the field's name, never the name itself.
    func testSeverityAfterItsFieldWord() {
        check([
            ("7号投诉严重程度改为低", ["move": "severity", "severity": "low", "id": "7"]),
            ("5号投诉紧急程度改成一般", ["move": "severity", "severity": "normal", "id": "5"]),
            ("3号投诉降为一般", ["move": "severity", "severity": "normal"]),
            ("8号投诉改成紧急", ["move": "severity", "severity": "urgent"]),
            ("set #3 severity to low", ["move": "severity", "severity": "low", "id": "3"]),
            ("complaint 6 priority to high", ["move": "severity", "severity": "high", "id": "6"]),
            ("complaint 4 is low priority", ["move": "severity", "severity": "low"]),
        ])
        // The field's name in a new complaint says no level either.
        check([("华新超市投诉严重程度不好说，冰柜有点响", ["intent": "complaint.log", "severity": "normal"])])
    }

    /// Naming an earlier step asks to go back, which is refused; other `back to` lines are not.
    func testStepBack() {
        for line in ["complaint 3 back to listen", "complaint 2 back to step 1", "complaint 5 go back to the first step",
                     "3号投诉退回第一步", "2号投诉回到上一步", "4号投诉退回到倾听记录"] {
            let p = Self.parser.parse(line, today: Fixture.today)
            XCTAssertEqual(p.intent, .complaintUpdate, line)
            XCTAssertEqual(p.slots.complaint?.stepBack, true, line)
        }
        for line in ["complaint 3: we'll get back to them by friday", "3号投诉退回货物，换新的"] {
            XCTAssertEqual(Self.parser.parse(line, today: Fixture.today).slots.complaint?.stepBack, false, line)
        }
    }

    /// Cues that were missing: legal threats, replies promised, told with we're, a remedy done,
    /// handoffs by customer.
    func testMissingCues() {
        check([
            ("pinecrest threatens to call a lawyer over the chiller", ["intent": "complaint.log", "severity": "urgent"]),
            ("Harbor Foods says they will sue us over the spoiled fish", ["intent": "complaint.log", "severity": "urgent"]),
            ("东方酒店王经理说要找律师，发票问题还没解决", ["intent": "complaint.log", "severity": "urgent", "contact": "王经理"]),
            ("华新超市说要起诉我们，冰柜漏电", ["intent": "complaint.log", "severity": "urgent", "text": "要起诉我们,冰柜漏电"]),
            ("好又多投诉收银机坏了", ["intent": "complaint.log", "text": "收银机坏了", "product": "收银机"]),
            ("Kite is annoyed re the late pickup", ["intent": "complaint.log", "text": "the late pickup"]),
            ("Kite complaint: pallets damaged, 3rd time this quarter", ["intent": "complaint.log", "severity": "high", "id": "-"]),
            ("答复李总周五前给结果", ["intent": "complaint.update", "move": "reply_by", "customer": "李总"]),
            ("told sunday bakery we're replacing the oven", ["intent": "complaint.update", "move": "told", "remedy": "replace"]),
            ("told Kite we'll repair the fridge", ["intent": "complaint.update", "move": "told", "remedy": "repair"]),
            ("sunday bakery oven replaced", ["intent": "complaint.update", "move": "resolved", "text": "oven replaced"]),
            ("Kite fridge repaired", ["intent": "complaint.update", "move": "resolved"]),
            ("恒通贸易上门维修完成了", ["intent": "complaint.update", "move": "resolved", "remedy": "visit"]),
            ("华新超市换货完成了", ["intent": "complaint.update", "move": "resolved", "remedy": "replace"]),
            ("3m china labels issue handed to QA, answer by monday",
             ["intent": "complaint.update", "move": "handoff", "department": "QA", "date": "2026-11-23"]),
            ("Kite fridge problem passed to service", ["intent": "complaint.update", "move": "handoff", "department": "service"]),
            ("明天科技的投诉转给财务部，下周一前回复",
             ["intent": "complaint.update", "move": "handoff", "department": "财务部", "date": "2026-11-23"]),
            ("华新超市的投诉交给售后部", ["intent": "complaint.update", "move": "handoff", "department": "售后部"]),
        ])
    }

    /// An overcharge names the part disputed, not the whole invoice.
    func testOverchargeNamesTheDisputedPart() {
        check([
            ("东方酒店投诉DF-3多开了2000", ["intent": "complaint.log", "disputed": "2000", "invoice": "DF-3"]),
            ("华新超市投诉HX-2多收了500", ["intent": "complaint.log", "disputed": "500"]),
            ("complaint from Kite: INV-7 overbilled by 300", ["intent": "complaint.log", "disputed": "300"]),
            ("complaint from Harbor Foods: HF-3 charged twice, 1200", ["intent": "complaint.log", "disputed": "1200"]),
        ])
    }

    /// A dispute said on a complaint already logged sets its disputed part, not a note.
    func testDisputeOnALoggedComplaint() {
        check([
            ("complaint 2 disputes 1200 of INV-2031", ["move": "dispute", "disputed": "1200", "invoice": "INV-2031", "id": "2"]),
            ("#4 overbilled by 300 on INV-7", ["move": "dispute", "disputed": "300", "invoice": "INV-7"]),
            ("complaint 5: 800 of HF-3 is disputed", ["move": "dispute", "disputed": "800"]),
            ("2号投诉争议金额1200", ["move": "dispute", "disputed": "1200", "id": "2"]),
            ("3号投诉DF-3多收了500", ["move": "dispute", "disputed": "500", "invoice": "DF-3"]),
            // Money given back stays a remedy.
            ("credit note 500 for #3", ["move": "remedy", "disputed": "-"]),
            ("3号投诉退款300", ["move": "remedy", "disputed": "-"]),
        ])
    }

    /// Generic words for goods are no product.
    func testGenericGoodsAreNoProduct() {
        check([
            ("恒通贸易投诉产品质量有问题", ["intent": "complaint.log", "product": "-"]),
            ("华新超市投诉商品质量有问题", ["intent": "complaint.log", "product": "-"]),
            ("Kite complained the product quality is bad", ["intent": "complaint.log", "product": "-"]),
            ("complaint from Harbor Foods, product: goods", ["intent": "complaint.log", "product": "-"]),
            ("恒通贸易投诉空调质量有问题", ["intent": "complaint.log", "product": "空调质量"]),
        ])
    }

    /// Lines other engineers found read as something else.
    func testOtherReports() {
        check([
            ("complaint resolved", ["intent": "complaint.update", "move": "resolved", "customer": "-"]),
            ("resolved the complaint", ["intent": "complaint.update", "move": "resolved", "customer": "-"]),
            ("Kite's complaint: it was a misunderstanding",
             ["intent": "complaint.update", "move": "cause", "customer": "Kite", "cause_detail": "misunderstanding"]),
            ("1号方案：重开发票", ["intent": "complaint.update", "move": "solution", "text": "重开发票"]),
            ("#2 solution: reopen the ticket with the supplier", ["intent": "complaint.update", "move": "solution"]),
            ("3号投诉客户满意了", ["intent": "complaint.update", "move": "check_back", "satisfied": "true"]),
            ("#1 satisfied", ["intent": "complaint.update", "move": "check_back", "satisfied": "true"]),
            ("complaint 4 not happy", ["intent": "complaint.update", "move": "check_back", "satisfied": "false"]),
            ("handed complaint 3 to service", ["intent": "complaint.update", "move": "handoff", "department": "service"]),
        ])
    }
}
