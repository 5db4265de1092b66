import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

final class LoadingTests: XCTestCase {
    static let good = """
        plays:
          - id: mine.one
            topic: ladder
            source: "002 mine"
            en:
              title: One
              say: {opening: "Hello {customer}"}
            zh:
              title: 一
              say: {opening: "{customer}您好"}
        """

    func testAGoodFile() throws {
        let f = Fixtures.parse(Self.good)
        XCTAssertEqual(f.issues, [])
        let play = try XCTUnwrap(f.plays.first)
        XCTAssertEqual(play.id, "mine.one")
        XCTAssertEqual(play.line, 2)
        XCTAssertEqual(play.text(.zh).say("opening")?.alternatives.first?.placeholders, [.customer])
    }

    func testYAMLSyntaxErrorsSkipTheFileWithTheirLine() {
        let bad = """
            plays:
              - id: a.b
                topic: ladder
               source: oops
            """
        let f = Fixtures.parse(bad, name: "bad.yaml")
        XCTAssertEqual(f.plays, [])
        XCTAssertEqual(f.issues.count, 1)
        XCTAssertEqual(f.issues.first?.file, "bad.yaml")
        XCTAssertEqual(f.issues.first?.line, 4)
        XCTAssertEqual(f.issues.first?.skipsFile, true)
        guard case .yaml? = f.issues.first?.reason else { return XCTFail("\(f.issues)") }
    }

    func testTabsAndUnclosedQuotes() {
        for (yaml, line) in [("plays:\n\t- id: x\n", 2), ("plays:\n  - id: \"x\n    topic: ladder\n", 4)] {
            let f = Fixtures.parse(yaml)
            XCTAssertEqual(f.issues.first?.line, line, yaml)
            XCTAssertEqual(f.plays.count, 0)
        }
    }

    func testDuplicateKeysAreAYAMLProblem() {
        let f = Fixtures.parse("plays:\n  - id: a\n    id: b\n")
        XCTAssertEqual(f.issues.first?.line, 2)
        XCTAssertEqual(f.issues.first?.skipsFile, true)
    }

    func testNotAPlayFile() {
        for yaml in ["", "just text", "- a\n- b\n", "plays: 3\n", "other: []\n"] {
            let f = Fixtures.parse(yaml)
            XCTAssertEqual(f.plays.count, 0, yaml)
            XCTAssertEqual(f.issues.first?.skipsFile, true, yaml)
        }
        XCTAssertEqual(Fixtures.parse("plays:\n").issues, [])
        XCTAssertEqual(Fixtures.parse("plays: []\n").issues, [])
    }

    func testControlCharactersHaveTheirLine() {
        let f = Fixtures.parse("plays:\n  - id: \"a\u{0}b\"\n")
        XCTAssertEqual(f.issues.first?.line, 2)
        XCTAssertEqual(f.issues.first?.skipsFile, true)
    }

    func testPathologicalYAMLIsAnIssueNotACrash() {
        let deep = "plays:\n  - " + String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000) + "\n"
        XCTAssertEqual(Fixtures.parse(deep).issues.first?.skipsFile, true)
        var laughs = "a: &a [x, x, x, x, x, x, x, x, x]\n"
        for i in 0..<8 {
            let prev = Character(UnicodeScalar(97 + i) ?? "a"), name = Character(UnicodeScalar(98 + i) ?? "b")
            laughs += "\(name): &\(name) [" + Array(repeating: "*\(prev)", count: 9).joined(separator: ", ") + "]\n"
        }
        laughs += "plays: *i\n"
        let f = Fixtures.parse(laughs)
        XCTAssertEqual(f.plays, [])
        XCTAssertFalse(f.issues.isEmpty)
        XCTAssertEqual(Fixtures.parse("plays: []\n---\nplays: []\n").issues.first?.line, 2)
    }

    func testNotUTF8AndTooLarge() {
        let f = PlayFileParser.parse([0x70, 0xFF, 0xFE], name: "x.yaml", origin: .user(path: "x.yaml"))
        XCTAssertEqual(f.issues.map(\.reason), [.notUTF8])
        let big = [UInt8](repeating: 0x20, count: PlayFileParser.maxBytes + 1)
        XCTAssertEqual(PlayFileParser.parse(big, name: "x", origin: .user(path: "x")).issues.first?.skipsFile, true)
    }

    /// A play with a schema problem is skipped with the file, its line and the reason; the
    /// other plays of the file are kept.
    func testSchemaErrorsSkipThePlayOnly() {
        let cases: [(String, Int, PlayIssue.Reason)] = [
            ("    when: {ladders: firm}\n", 5, .unknownKey("ladders", allowed: ConditionKey.allCases.map(\.rawValue))),
            ("    when: {ladder: frim}\n", 5, .badValue(key: "ladder", value: "frim", allowed: LadderStep.allCases.map(\.rawValue))),
            ("    when: {promise: [broken, lost]}\n", 5, .badValue(key: "promise", value: "lost", allowed: PromiseState.allCases.map(\.rawValue))),
            ("    when: {days_overdue: 30..16}\n", 5, .badBand("30..16")),
            ("    when: {amount_at_least: lots}\n", 5, .badAmount("lots")),
            ("    when: {first_order: maybe}\n", 5, .badValue(key: "first_order", value: "maybe", allowed: ["true", "false"])),
            ("    colour: red\n", 5, .unknownKey("colour", allowed: PlayFileParser.playKeys)),
        ]
        for (extra, line, reason) in cases {
            let yaml = """
                plays:
                  - id: broken.one
                    topic: ladder
                    source: "002 x"
                \(extra)    en: {title: A}
                    zh: {title: 甲}
                  - id: fine.one
                    topic: tip
                    source: "000 x"
                    en: {title: B}
                    zh: {title: 乙}
                """
            let f = Fixtures.parse(yaml, name: "f.yaml")
            XCTAssertEqual(f.plays.map(\.id), ["fine.one"], extra)
            XCTAssertEqual(f.issues, [PlayIssue(file: "f.yaml", line: line, play: "broken.one", reason: reason)], extra)
        }
    }

    func testLanguageProblems() {
        func issues(_ en: String, _ zh: String?) -> [PlayIssue.Reason] {
            var yaml = "plays:\n  - id: p\n    topic: excuse\n    source: s\n    en: \(en)\n"
            if let zh { yaml += "    zh: \(zh)\n" }
            let f = Fixtures.parse(yaml)
            XCTAssertEqual(f.plays.count, 0, yaml)
            return f.issues.map(\.reason)
        }
        XCTAssertEqual(issues("{title: A}", nil), [.missingLanguage(.zh)])
        XCTAssertEqual(issues("{steps: [a]}", "{title: 甲, steps: [甲]}"), [.missingKey("title")])
        XCTAssertEqual(issues("{title: A, say: {x: \"{who}\"}}", "{title: 甲, say: {x: 甲}}"),
                       [.unknownPlaceholder("who", key: "say.x")])
        XCTAssertEqual(issues("{title: A, steps: [\"{amount\"]}", "{title: 甲, steps: [甲]}"), [.unclosedBrace(key: "steps")])
        XCTAssertEqual(issues("{title: A, say: {x: a, y: b}}", "{title: 甲, say: {x: 甲}}"), [.sayKeysDiffer(en: ["x", "y"], zh: ["x"])])
        XCTAssertEqual(issues("{title: A, steps: [a, b]}", "{title: 甲, steps: [甲]}"), [.stepCountsDiffer(en: 2, zh: 1)])
        XCTAssertEqual(issues("{title: \"A {customer}\"}", "{title: 甲}"), [.placeholderInTitle])
        XCTAssertEqual(issues("{title: A, donts: [x]}", "{title: 甲}"), [.unknownKey("donts", allowed: PlayFileParser.textKeys)])
        XCTAssertEqual(issues("{title: A, steps: {a: b}}", "{title: 甲}"), [.notAList(key: "steps")])
    }

    func testMissingAndBadTopLevelKeys() {
        let f = Fixtures.parse("plays:\n  - id: Bad ID\n    topic: lader\n")
        XCTAssertEqual(f.issues.map(\.reason), [
            .badID("Bad ID"), .badValue(key: "topic", value: "lader", allowed: PlayTopic.allCases.map(\.rawValue)),
            .missingKey("source"), .missingLanguage(.en), .missingLanguage(.zh),
        ])
        XCTAssertEqual(f.issues.map(\.line), [2, 3, 2, 2, 2])
    }

    func testDuplicateIDInOneFile() {
        let f = Fixtures.parse(Self.good + "\n" + Self.good.split(separator: "\n").dropFirst().joined(separator: "\n"))
        XCTAssertEqual(f.plays.count, 1)
        XCTAssertEqual(f.issues.map(\.reason), [.duplicateID("mine.one", firstLine: 2)])
        XCTAssertEqual(f.issues.first?.line, 11)
    }

    func testMultiLineTextIsOneLine() throws {
        let yaml = "plays:\n  - id: m\n    topic: tip\n    source: s\n    en:\n      title: T\n      tips:\n        - |\n          one\n          two\n    zh: {title: 甲}\n"
        let f = Fixtures.parse(yaml)
        XCTAssertEqual(f.issues, [])
        XCTAssertEqual(try XCTUnwrap(f.plays.first).text(.en).tips.map(\.description), ["one two"])
    }

    func testUserPlaysAddAndReplaceByID() throws {
        var base = Playbook()
        base.addUserFiles(in: Fixtures.folder, files: DiskPlayFiles())
        let count = base.plays.count
        let mine = """
            plays:
              - id: test.ladder.early
                topic: ladder
                source: "mine"
                when: {ladder: early}
                en: {title: My early, say: {opening: "Hi {customer}"}}
                zh: {title: 我的, say: {opening: "{customer}好"}}
              - id: mine.new
                topic: tip
                source: mine
                en: {title: New}
                zh: {title: 新}
            """
        let files = MemoryPlayFiles(["/cfg/plays/a.yaml": mine, "/cfg/plays/b.yaml": "plays: [", "/cfg/plays/notes.txt": "x",
                                     "/cfg/plays/sub/c.yaml": "plays: []"])
        XCTAssertEqual(files.playFiles(in: "/cfg/plays"), ["/cfg/plays/a.yaml", "/cfg/plays/b.yaml"])
        base.addUserFiles(in: "/cfg/plays", files: files)
        XCTAssertEqual(base.plays.count, count + 1)
        let replaced = try XCTUnwrap(base.play("test.ladder.early"))
        XCTAssertEqual(replaced.text(.en).title, "My early")
        XCTAssertEqual(replaced.origin, .user(path: "/cfg/plays/a.yaml"))
        XCTAssertEqual(base.issues.map(\.file), ["/cfg/plays/b.yaml"])
        XCTAssertEqual(base.issues.first?.skipsFile, true)
    }

    func testUserFolder() {
        XCTAssertEqual(PlayFiles.userFolder(environment: ["XDG_CONFIG_HOME": "/x", "HOME": "/h"]), "/x/followup/plays")
        XCTAssertEqual(PlayFiles.userFolder(environment: ["XDG_CONFIG_HOME": "relative", "HOME": "/h"]), "/h/.config/followup/plays")
        XCTAssertEqual(PlayFiles.userFolder(environment: ["HOME": "/h"]), "/h/.config/followup/plays")
        XCTAssertNil(PlayFiles.userFolder(environment: [:]))
    }

    func testMissingFilesAreIssuesNotCrashes() {
        let f = PlayFiles.read("/nope/x.yaml", files: DiskPlayFiles())
        XCTAssertEqual(f.issues.map(\.reason), [.unreadable("no such file")])
        XCTAssertEqual(DiskPlayFiles().playFiles(in: "/nope"), [])
        let folder = PlayFiles.read(Fixtures.folder, files: DiskPlayFiles())
        XCTAssertEqual(folder.issues.map(\.reason), [.unreadable("it is a folder")])
    }
}
