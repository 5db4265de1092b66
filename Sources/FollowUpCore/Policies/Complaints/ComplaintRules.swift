/// The complaint settings, in days: how long a step may sit with no progress before the
/// complaint comes up on the agenda (`complaint.stall`, 2), and how long after the fix the
/// satisfaction check-back call falls (`complaint.checkback`, 3; seeds 000 on measuring
/// satisfaction after service).
public struct ComplaintRules: Sendable, Equatable {
    public var stallDays: Int
    public var checkBackDays: Int

    public static let standard = ComplaintRules(stallDays: 2, checkBackDays: 3)
    /// What each setting accepts: a day to a month without progress; a day to three months
    /// for the check-back call.
    public static let stallRange = 1...30
    public static let checkBackRange = 1...90

    public init(stallDays: Int, checkBackDays: Int) {
        self.stallDays = stallDays
        self.checkBackDays = checkBackDays
    }

    /// The rules a book's settings give; a missing or unreadable setting keeps its default.
    public init(settings: [String: String]) {
        var r = ComplaintRules.standard
        if let n = settings[BookSetting.complaintStall.rawValue].flatMap(Int.init), Self.stallRange.contains(n) { r.stallDays = n }
        if let n = settings[BookSetting.complaintCheckBack.rawValue].flatMap(Int.init), Self.checkBackRange.contains(n) {
            r.checkBackDays = n
        }
        self = r
    }

    /// The days a complaint setting accepts; nil for other settings.
    public static func range(of setting: BookSetting) -> ClosedRange<Int>? {
        switch setting {
        case .complaintStall: return stallRange
        case .complaintCheckBack: return checkBackRange
        default: return nil
        }
    }
}
