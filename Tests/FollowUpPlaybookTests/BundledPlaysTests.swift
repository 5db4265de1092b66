import XCTest
@testable import FollowUpPlaybook

final class BundledPlaysTests: XCTestCase {
    func testEveryPlayFileIsBundled() throws {
        XCTAssertFalse(BundledPlays.files.isEmpty)
    }
}
