import XCTest
@testable import FollowUpLanguage

/// Lexicon phrases of plain lowercase words are keyed without normalising them: the keys must
/// be exactly the ones the tokenizer gives, and anything else must take the tokenizer's path.
final class TokenizerKeysTests: XCTestCase {
    func testKeysAreTheTokenizersKeys() {
        let phrases = [
            "pay", "paid in full", "call back later", "whats", "whats up", "dont pay", "theyll pay", "hasnt paid",
            "a  b", " x", "x ", "", " ", "3m", "acme's", "Pay Now", "pay-day", "e-mail", "café", "付款", "ABC 贸易",
            "x@y.com", "12,500", "due  soon", "im", "cant", "its", "lets go",
        ]
        for p in phrases {
            XCTAssertEqual(Tokenizer.keys(p), Tokenizer.tokenize(Normalizer.normalize(p)).map(\.key), "“\(p)”")
        }
        XCTAssertEqual(Tokenizer.keys("call back later"), ["call", "back", "later"].map(TokenKey.init))
    }
}
