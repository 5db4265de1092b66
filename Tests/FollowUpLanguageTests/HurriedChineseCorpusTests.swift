import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// Hurried Chinese lines read as meant: an email address on a Chinese line is no English, a trip
/// said with 趟 is a visit whose note starts after it.
final class HurriedChineseCorpusTests: XCTestCase {
    func testAnEmailAddressIsNoEnglish() {
        for text in ["刘经理邮箱 liu@mtkj.com", "华新超市邮箱是sales@hx-market.com.cn", "王经理的邮箱 wang.fang+ap@df.example"] {
            XCTAssertEqual(Fixture.parse(text).language, .zh, text)
        }
        for text in ["Acme email ap@acme.com", "Li Wei's email is li@acme.com"] {
            XCTAssertEqual(Fixture.parse(text).language, .en, text)
        }
    }

    func testATripIsAVisit() {
        let parser = LineParser(names: ["明天科技", "刘经理", "东方酒店", "华强电子"])
        for (text, note) in [("去了趟明天科技 见了刘经理", "见了刘经理"), ("去了一趟东方酒店", nil), ("跑了一趟华强电子", nil)] {
            let p = parser.parse(text, today: Fixture.today)
            XCTAssertEqual(p.intent, .contactLog, text)
            XCTAssertEqual(p.slots.channel, .visit, text)
            XCTAssertEqual(p.slots.text, note, text)
        }
    }
}
