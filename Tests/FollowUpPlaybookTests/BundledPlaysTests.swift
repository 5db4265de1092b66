import Foundation
import XCTest
import FollowUpCore
@testable import FollowUpPlaybook

/// The plays compiled into the binary: every file listed, every play clean, sourced and fillable.
final class BundledPlaysTests: XCTestCase {
    static let playsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Sources/FollowUpPlaybook/Plays").path

    func testEveryPlayFileIsBundled() throws {
        let onDisk = try FileManager.default.contentsOfDirectory(atPath: Self.playsFolder).filter { !$0.hasPrefix(".") }.sorted()
        XCTAssertEqual(BundledPlays.files.map(\.name).sorted(), onDisk)
        // The embedded bytes are the files as they are now (a stale build would differ).
        for (name, bytes) in BundledPlays.files {
            let disk = try XCTUnwrap(FileManager.default.contents(atPath: Self.playsFolder + "/" + name))
            XCTAssertEqual(bytes, [UInt8](disk), name)
        }
    }

    func testEveryBundledPlayLoadsCleanly() {
        let book = Playbook.bundled()
        XCTAssertEqual(book.issues, [], book.issues.map(\.description).joined(separator: "\n"))
        XCTAssertGreaterThan(book.plays.count, 50)
        XCTAssertEqual(Set(book.plays.map(\.id)).count, book.plays.count, "ids are unique across files")
        for topic in PlayTopic.allCases {
            XCTAssertFalse(book.plays(topic).isEmpty, "no \(topic) plays")
        }
    }

    /// Both languages with a title, a source naming a seed file (000–004) and a section, and only
    /// known placeholders (the parser refuses others, so they would show up as issues above).
    func testEveryBundledPlayHasBothLanguagesAndASource() {
        for play in Playbook.bundled().plays {
            for lang in PlayLanguage.allCases {
                XCTAssertNotNil(play.texts[lang], "\(play.id) has no \(lang)")
                XCTAssertFalse(play.text(lang).title.isEmpty, "\(play.id) \(lang) title")
            }
            let files = play.source.split(whereSeparator: { $0 == "；" || $0 == ";" }).map { String($0).trimmingWhitespace }
            for part in files {
                let number = part.prefix(3)
                XCTAssertTrue(["000", "001", "002", "003", "004"].contains(number), "\(play.id): source “\(part)” names no seed file")
                XCTAssertGreaterThan(String(part.dropFirst(3)).trimmingWhitespace.count, 1, "\(play.id): source “\(part)” names no section")
            }
            for lang in PlayLanguage.allCases {
                let t = play.text(lang)
                let all = t.steps + t.say.flatMap(\.alternatives) + t.doNotes + t.dontNotes + t.record + t.tips
                for line in all {
                    XCTAssertFalse(line.description.isEmpty, play.id)
                    for p in line.placeholders { XCTAssertNotNil(Placeholder(rawValue: p.rawValue)) }
                }
            }
        }
    }

    /// Every ladder step the scripts use has a play that fills for a customer with no contact,
    /// no promise and nothing but one open invoice; every excuse has an answer.
    func testEveryStepAndExcuseHasAPlay() {
        let book = Playbook.bundled()
        for step in LadderStep.allCases where step != .clear && step != .notDue {
            var values = fullValues()
            for lang in PlayLanguage.allCases {
                values[lang]?[.contact] = nil
                values[lang]?[.promiseAmount] = nil
                values[lang]?[.promiseDay] = nil
            }
            let s = Situation(step: step, daysOverdue: 5, owed: cny(500), values: values)
            for lang in PlayLanguage.allCases {
                XCTAssertNotNil(book.best(.ladder, for: s, in: lang), "\(step) \(lang)")
            }
        }
        for excuse in Excuse.allCases {
            var s = Situation.general
            s.excuse = excuse
            let general = book.choose(.excuse, for: s, in: .en, loose: true).first
            XCTAssertFalse(general?.filled.steps.isEmpty ?? true, "\(excuse) without a customer: its steps at least")
        }
    }

    /// No raw placeholder over every bundled play and many situations: every step, promise state
    /// and excuse, each placeholder missing in turn, nothing owed, several currencies.
    func testNoRawPlaceholderInAnyBundledPlay() {
        let book = Playbook.bundled()
        var all = situations()
        for currency in [Currency.usd, .jpy, .eur] {
            var v = fullValues()
            v[.en]?[.amount] = Money(minor: 123_456, currency: currency).formatted
            all.append(Situation(step: .firm, daysOverdue: 20, owed: Money(minor: 123_456, currency: currency), values: v))
        }
        for s in all {
            for lang in PlayLanguage.allCases {
                for topic in PlayTopic.allCases {
                    for choice in book.choose(topic, for: s, in: lang) {
                        let f = choice.filled
                        for text in [f.title] + f.steps + f.say.map(\.line) + f.doNotes + f.dontNotes + f.record + f.tips {
                            XCTAssertFalse(text.contains("{") || text.contains("}"), "\(choice.play.id): \(text)")
                        }
                    }
                }
            }
        }
    }
}
