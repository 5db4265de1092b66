import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

enum Fixtures {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures").appendingPathComponent("plays").path

    /// The test plays, loaded as the user's files (no bundled plays).
    static func playbook(file: StaticString = #filePath, line: UInt = #line) -> Playbook {
        var book = Playbook()
        book.addUserFiles(in: folder, files: DiskPlayFiles())
        XCTAssertEqual(book.issues, [], file: file, line: line)
        return book
    }

    static func parse(_ yaml: String, name: String = "test.yaml") -> PlayFile {
        PlayFileParser.parse(Array(yaml.utf8), name: name, origin: .user(path: name))
    }
}

func cny(_ major: Int64) -> Money { Money(minor: major * 100, currency: .cny) }

/// A situation with every placeholder filled with a recognisable value, in both languages.
func fullValues() -> [PlayLanguage: [Placeholder: String]] {
    var en: [Placeholder: String] = [:], zh: [Placeholder: String] = [:]
    for p in Placeholder.allCases {
        en[p] = "<\(p.rawValue)>"
        zh[p] = "〈\(p.rawValue)〉"
    }
    return [.en: en, .zh: zh]
}
