extension String {
    /// The string without leading and trailing white space (ASCII, ideographic, line breaks).
    public var trimmingWhitespace: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace }) else {
            return ""
        }
        return String(self[first...last])
    }
}

/// Levenshtein distance between two strings, by characters.
public enum EditDistance {
    /// The distance, or `limit + 1` as soon as it is certain to exceed `limit`.
    public static func between(_ a: String, _ b: String, limit: Int) -> Int {
        let x = Array(a), y = Array(b)
        if abs(x.count - y.count) > limit { return limit + 1 }
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var prev = Array(0...y.count)
        var cur = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...y.count {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[y.count]
    }
}

/// How people write a person's name.
public enum PersonName {
    static let honorifics: Set<String> = ["dr", "mr", "mrs", "ms", "miss", "prof", "sir", "madam", "mx"]

    /// The name without a leading honorific (`Amy Ng` for `Dr. Amy Ng`), or nil when it has none:
    /// people type the name alone.
    public static func withoutHonorific(_ name: String) -> String? {
        let parts = name.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2, let first = parts.first else { return nil }
        let word = (first.hasSuffix(".") ? first.dropLast() : first).lowercased()
        return honorifics.contains(word) ? parts.dropFirst().joined(separator: " ") : nil
    }
}
