import XCTest
import FollowUpCore
@testable import FollowUpLanguage

/// The reply language follows the words around the names, not the names themselves.
final class ReplyLanguageTests: XCTestCase {
    static let english = [
        "add customer Acme Trading, terms 30 days, contact 张总",
        "remind me to call 东方酒店 tomorrow",
        "open 美华商贸",
        "statement 东方酒店",
        "Acme paid 5k",
        "agenda",
    ]
    static let chinese = [
        "Acme 答应15号付5000",
        "Sunrise Hotel 答应付3000",
        "提醒我明天给张总打电话",
        "美华商贸付款8000元",
        "查看 Acme Trading",
        "日程",
    ]

    func testEnglishLinesWithChineseNamesGetEnglish() {
        for line in Self.english { XCTAssertEqual(Fixture.parse(line).language, .en, line) }
    }

    func testChineseLinesWithEnglishNamesGetChinese() {
        for line in Self.chinese { XCTAssertEqual(Fixture.parse(line).language, .zh, line) }
    }

    func testAContactAfterContactInAMixedLine() {
        XCTAssertEqual(Fixture.parse("add customer Acme Trading, terms 30 days, contact 张总").slots.contact, "张总")
    }
}
