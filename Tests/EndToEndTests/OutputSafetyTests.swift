import XCTest
import FollowUpAssistant
@testable import followup

/// Control characters from a book or a script are shown, never obeyed by the terminal.
final class OutputSafetyTests: XCTestCase {
    func testControlCharactersAreShownInCaretNotation() {
        XCTAssertEqual(Output.visible("Evil\u{1B}]0;pwned\u{07} Co"), "Evil^[]0;pwned^G Co")
        XCTAssertEqual(Output.visible("a\rb\u{7F}c\u{9B}2J"), "a^Mb^?c\u{FFFD}2J")
        XCTAssertEqual(Output.visible("tab\tand 中文 stay"), "tab\tand 中文 stay")
    }

    func testEveryWriteGoesThroughIt() {
        let captured = Captured()
        let output = Output(usesColor: true, sink: { captured.append($0) })
        output.write(Reply(lines: [Reply.Line("name \u{1B}[2J", tone: .success)]))
        output.write(prompt: "followup> ", echo: "say \u{1B}]0;x\u{07}")
        output.write(raw: "parse \u{1B}c\n")
        // Only the colour codes Output adds itself remain: ESC followed by '[' and a digit and 'm'.
        let escapes = captured.text.components(separatedBy: "\u{1B}").dropFirst()
        XCTAssertTrue(escapes.allSatisfy { $0.hasPrefix("[") && $0.dropFirst().prefix(while: \.isNumber).count > 0 && $0.contains("m") },
                      captured.text.debugDescription)
        XCTAssertTrue(captured.text.contains("name ^[[2J") && captured.text.contains("^[]0;x^G") && captured.text.contains("parse ^[c"),
                      captured.text.debugDescription)
    }
}
