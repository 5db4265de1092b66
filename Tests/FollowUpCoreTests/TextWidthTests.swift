import XCTest
import FollowUpCore

final class TextWidthTests: XCTestCase {
    func testASCII() {
        XCTAssertEqual(TextWidth.of(""), 0)
        XCTAssertEqual(TextWidth.of("Acme Trading"), 12)
    }

    func testCJKTakesTwoColumns() {
        XCTAssertEqual(TextWidth.of("美华商贸"), 8)
        XCTAssertEqual(TextWidth.of("张总 Li"), 7)
        XCTAssertEqual(TextWidth.of("¥12,500 欠款"), 12)
        XCTAssertEqual(TextWidth.of("カタカナ"), 8)
        XCTAssertEqual(TextWidth.of("한국어"), 6)
        XCTAssertEqual(TextWidth.of("，。"), 4)       // full-width punctuation
        XCTAssertEqual(TextWidth.of("ＡＢ"), 4)       // full-width Latin
        XCTAssertEqual(TextWidth.of("ｱｲ"), 2)         // half-width katakana
        XCTAssertEqual(TextWidth.of("𠀀"), 2)          // CJK Extension B
        XCTAssertEqual(TextWidth.of(Character("中")), 2)
    }

    func testCombiningMarksAndZeroWidth() {
        XCTAssertEqual(TextWidth.of("e\u{301}"), 1)
        XCTAssertEqual(TextWidth.of("Cafe\u{301}"), 4)
        XCTAssertEqual(TextWidth.of("\u{301}"), 0)
        XCTAssertEqual(TextWidth.of("a\u{200B}b"), 2)  // zero-width space
        XCTAssertEqual(TextWidth.of("\u{7}"), 0)       // a control character
        XCTAssertEqual(TextWidth.of("\u{1100}\u{1161}\u{11A8}"), 2) // conjoining Hangul jamo: one syllable
    }

    func testEmojiTakeTwoColumns() {
        XCTAssertEqual(TextWidth.of("👍"), 2)
        XCTAssertEqual(TextWidth.of("👍🏽"), 2)          // with a skin-tone modifier
        XCTAssertEqual(TextWidth.of("👨‍👩‍👧"), 2)        // a ZWJ family is one glyph
        XCTAssertEqual(TextWidth.of("🇨🇳"), 2)         // a flag
        XCTAssertEqual(TextWidth.of("❤️"), 2)          // text-default emoji with VS16
        XCTAssertEqual(TextWidth.of("ok 👍"), 5)
        // Text-presentation symbols and digits stay narrow.
        XCTAssertEqual(TextWidth.of("©"), 1)
        XCTAssertEqual(TextWidth.of("1"), 1)
    }

    func testPadRight() {
        XCTAssertEqual(TextWidth.padRight("ab", 5), "ab   ")
        XCTAssertEqual(TextWidth.padRight("美华", 6), "美华  ")
        XCTAssertEqual(TextWidth.of(TextWidth.padRight("美华", 6)), 6)
        XCTAssertEqual(TextWidth.padRight("abcdef", 3), "abcdef") // never truncated
    }

    func testPadLeft() {
        XCTAssertEqual(TextWidth.padLeft("42", 5), "   42")
        XCTAssertEqual(TextWidth.padLeft("¥1,000", 8), "  ¥1,000")
        XCTAssertEqual(TextWidth.padLeft("欠款", 5), " 欠款")
        XCTAssertEqual(TextWidth.padLeft("toolong", 2), "toolong")
    }

    func testTruncate() {
        XCTAssertEqual(TextWidth.truncate("abc", 3), "abc")
        XCTAssertEqual(TextWidth.truncate("abcd", 3), "ab…")
        XCTAssertEqual(TextWidth.truncate("abcd", 1), "…")
        XCTAssertEqual(TextWidth.truncate("abcd", 0), "")
        XCTAssertEqual(TextWidth.truncate("abcd", -3), "")
        // A wide character that would straddle the limit is left out whole.
        XCTAssertEqual(TextWidth.truncate("美华商贸", 4), "美…")
        XCTAssertEqual(TextWidth.truncate("美华商贸", 5), "美华…")
        XCTAssertEqual(TextWidth.truncate("美华商贸", 8), "美华商贸")
        // Grapheme clusters are never split.
        XCTAssertEqual(TextWidth.truncate("e\u{301}e\u{301}e\u{301}", 2), "e\u{301}…")
        XCTAssertEqual(TextWidth.truncate("👨‍👩‍👧👨‍👩‍👧", 3), "👨‍👩‍👧…")
        for s in ["Acme Trading", "美华商贸有限公司", "👍👍👍👍", "mixed 混合 text"] {
            for w in 1...12 {
                XCTAssertLessThanOrEqual(TextWidth.of(TextWidth.truncate(s, w)), w, "\(s) at \(w)")
            }
        }
    }
}
