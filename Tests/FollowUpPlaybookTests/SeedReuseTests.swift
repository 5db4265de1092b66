import Foundation
import XCTest

/// The bundled plays take facts from the seed texts, never their wording: no play file may share a
/// run of 12 or more characters with a seed. Whitespace is removed on both sides, and traditional
/// characters (seed 003 is in traditional script) are also compared in their simplified form.
final class SeedReuseTests: XCTestCase {
    static let runLength = 12

    private static let testsDirectory = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    private static let seedsDirectory = testsDirectory.appendingPathComponent("Fixtures/seeds")
    private static let playsDirectory = testsDirectory
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/FollowUpPlaybook/Plays")

    func testNoPlayFileReusesTheSeedsWording() throws {
        let index = try Self.seedIndex()
        let playFiles = try Self.files(in: Self.playsDirectory, withExtension: "yaml")
        XCTAssertFalse(playFiles.isEmpty, "no play files in \(Self.playsDirectory.lastPathComponent)")
        for file in playFiles {
            let text = try String(contentsOf: file, encoding: .utf8)
            for reuse in index.reuses(in: text) {
                XCTFail("""
                    \(file.lastPathComponent) reuses "\(reuse.run)" from seed \(reuse.seed) \
                    (the shared run: "\(reuse.whole)")
                    """)
            }
        }
    }

    /// The check itself can fail: a sentence lifted from a seed (here the traditional seed, pasted in
    /// simplified characters and with spaces added) is found.
    func testASentenceLiftedFromASeedIsFound() throws {
        let index = try Self.seedIndex()
        let seed = try Self.files(in: Self.seedsDirectory, withExtension: "txt")
            .first { $0.lastPathComponent.hasPrefix("003") }
        let seedFile = try XCTUnwrap(seed)
        let seedText = try String(contentsOf: seedFile, encoding: .utf8)
        // The longest line, so the lifted run is real prose, not a heading.
        let line = try XCTUnwrap(seedText.split(separator: "\n").max { $0.count < $1.count })
        let lifted = String(SeedIndex.simplified(String(line)).prefix(20))
        let spaced = lifted.map(String.init).joined(separator: " ")
        let play = "plays:\n  - id: x\n    en:\n      title: \"\(spaced)\"\n"

        let reuses = index.reuses(in: play)
        XCTAssertEqual(reuses.first?.seed, seedFile.lastPathComponent)
        XCTAssertEqual(reuses.first?.whole.count, 20)
        XCTAssertTrue(index.reuses(in: "plays: []\n").isEmpty)
    }

    private static func seedIndex() throws -> SeedIndex {
        let seedFiles = try files(in: seedsDirectory, withExtension: "txt")
        XCTAssertEqual(seedFiles.count, 5, "the five seed texts")
        return SeedIndex(
            seeds: try seedFiles.map { ($0.lastPathComponent, try String(contentsOf: $0, encoding: .utf8)) },
            runLength: runLength)
    }

    private static func files(in directory: URL, withExtension ext: String) throws -> [URL] {
        try FileManager.default.contentsOfDirectory(at: directory, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == ext }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
    }
}

/// Every run of `runLength` characters of the seeds, whitespace removed, as written and simplified.
private struct SeedIndex {
    struct Reuse: Equatable {
        /// The first shared run of `runLength` characters.
        var run: String
        /// The seed file it is from.
        var seed: String
        /// The whole shared stretch the run starts.
        var whole: String
    }

    let runLength: Int
    private var runs: [String: String] = [:]

    init(seeds: [(name: String, text: String)], runLength: Int) {
        self.runLength = runLength
        for (name, text) in seeds {
            for variant in Self.variants(of: text) where variant.count >= runLength {
                for start in 0...(variant.count - runLength) {
                    let run = String(variant[start..<(start + runLength)])
                    if runs[run] == nil { runs[run] = name }
                }
            }
        }
    }

    /// The shared stretches of `text`, each reported once by its first run.
    func reuses(in text: String) -> [Reuse] {
        var found: [Reuse] = []
        for chars in Self.variants(of: text) {
            var start = 0
            while start + runLength <= chars.count {
                let run = String(chars[start..<(start + runLength)])
                guard let seed = runs[run] else {
                    start += 1
                    continue
                }
                var end = start + runLength
                while end < chars.count, runs[String(chars[(end - runLength + 1)...end])] != nil {
                    end += 1
                }
                let reuse = Reuse(run: run, seed: seed, whole: String(chars[start..<end]))
                // A traditional run and its simplified form are the same reuse.
                if !found.contains(where: { Self.simplified($0.run) == Self.simplified(reuse.run) }) {
                    found.append(reuse)
                }
                start = end
            }
        }
        return found
    }

    /// The text without whitespace, as written and, if it differs, with traditional characters simplified.
    private static func variants(of text: String) -> [[Character]] {
        let written = Array(text.filter { !$0.isWhitespace })
        let simple = Array(simplified(String(written)))
        return simple == written ? [written] : [written, simple]
    }

    static func simplified(_ text: String) -> String {
        String(text.map { traditionalToSimplified[$0] ?? $0 })
    }

    /// The traditional characters of seed 003 that differ from their simplified forms, written as
    /// "traditional simplified" pairs.
    private static let traditionalToSimplified: [Character: Character] = {
        let pairs = Array("""
            並并來来係系倆俩個个們们備备傳传傷伤價价優优內内兩两別别刪删則则劃划動动務务勸劝區区卻却員员問问單单執执堅坚學学實实將将\
            對对導导屬属帶带幫帮幾几廣广強强後后從从徹彻愛爱態态慣惯應应戶户換换損损撥拨擇择斷断於于時时暫暂曉晓會会東东條条棄弃業业\
            極极標标樣样機机氣气決决沒没況况準准溝沟潛潜濟济災灾為为無无營营獲获現现產产當当發发盡尽眾众確确種种稱称積积節节簡简約约\
            細细紹绍絡络給给統统經经維维網网緊紧線线緣缘緩缓練练繼继續续習习聞闻聯联聽听腦脑膽胆與与興兴萬万處处補补裝装製制見见規规\
            視视覺觉觸触訂订計计訊讯訓训記记訪访設设許许訴诉診诊詢询話话該该認认誤误說说調调談谈請请論论講讲謝谢謹谨證证議议護护讀读\
            變变讓让負负貨货責责貴贵買买費费資资賒赊質质賬账賴赖購购踐践蹤踪軋轧軟软較较輕轻轉转辦办辯辩這这連连進进過过選选還还郵邮\
            針针銷销錯错長长門门開开間间閱阅關关隨随險险隻只雖虽難难電电靈灵響响項项順顺須须題题額额類类顧顾顯显風风養养餓饿騷骚體体\
            鬆松麵面麼么點点
            """)
        var table: [Character: Character] = [:]
        var i = 0
        while i + 1 < pairs.count {
            table[pairs[i]] = pairs[i + 1]
            i += 2
        }
        return table
    }()
}
