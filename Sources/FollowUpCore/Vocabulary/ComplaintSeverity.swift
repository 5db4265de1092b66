/// How serious a complaint is: guessed from the words when it is logged, changeable.
public enum ComplaintSeverity: String, Sendable, CaseIterable, Equatable, Comparable {
    case low, normal, high, urgent

    public static func < (a: Self, b: Self) -> Bool {
        (allCases.firstIndex(of: a) ?? 0) < (allCases.firstIndex(of: b) ?? 0)
    }
}
