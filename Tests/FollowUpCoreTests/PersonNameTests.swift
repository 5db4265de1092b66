import XCTest
import FollowUpCore

final class PersonNameTests: XCTestCase {
    func testHonorificIsLeftOut() {
        XCTAssertEqual(PersonName.withoutHonorific("Dr. Amy Ng"), "Amy Ng")
        XCTAssertEqual(PersonName.withoutHonorific("mr Lee"), "Lee")
        XCTAssertNil(PersonName.withoutHonorific("Amy Ng"))
        XCTAssertNil(PersonName.withoutHonorific("Dr."))
        XCTAssertNil(PersonName.withoutHonorific("Drew Barry"))
    }
}
