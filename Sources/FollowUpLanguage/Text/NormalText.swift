/// A line after normalisation: matching form and display form side by side, scalar for scalar.
///
/// `lower` is what rules match against (half-width, ASCII punctuation, lowercase, simplified
/// Chinese); `original` keeps the user's case and characters for names and free text.
/// `typed` is the line exactly as typed, full-width forms and Chinese punctuation included, for
/// showing the user their own words. All three arrays always have the same length, so a range
/// found in one applies to the others.
struct NormalText: Sendable {
    var lower: [Unicode.Scalar]
    var original: [Unicode.Scalar]
    var typed: [Unicode.Scalar]
    var language: Lang

    /// The display text of a scalar range, trimmed of spaces.
    func originalText(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        let lo = max(0, range.lowerBound), hi = min(original.count, range.upperBound)
        guard lo < hi else { return "" }
        for i in lo..<hi { s.append(original[i]) }
        return String(s).trimmingWhitespace
    }

    /// The words of a scalar range exactly as typed, trimmed of spaces.
    func typedText(_ range: Range<Int>) -> String {
        var s = String.UnicodeScalarView()
        let lo = max(0, range.lowerBound), hi = min(typed.count, range.upperBound)
        guard lo < hi else { return "" }
        for i in lo..<hi { s.append(typed[i]) }
        return String(s).trimmingWhitespace
    }
}

