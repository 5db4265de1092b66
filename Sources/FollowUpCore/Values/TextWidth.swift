/// Terminal display width, counted per grapheme cluster (the unit a terminal draws as one glyph).
///
/// East Asian wide and fullwidth characters and emoji take two columns, combining marks and other
/// zero-width characters none, everything else one (ambiguous-width characters count as one).
public enum TextWidth {
    /// The number of terminal columns `s` occupies.
    public static func of(_ s: String) -> Int {
        // Plain ASCII (most names and numbers): one column per printable byte, no grapheme walk.
        var ascii = 0
        var allASCII = true
        for byte in s.utf8 {
            if byte >= 0x80 { allASCII = false; break }
            if byte >= 0x20 && byte != 0x7F { ascii += 1 }
        }
        if allASCII { return ascii }
        if let simple = simpleWidth(s) { return simple }
        var width = 0
        for character in s { width += columns(of: character) }
        return width
    }

    /// Width without grapheme analysis when every scalar is plain Latin (below the combining
    /// marks), CJK ideographs, CJK punctuation or full-width forms: most of what a book holds.
    private static func simpleWidth(_ s: String) -> Int? {
        var width = 0
        for u in s.unicodeScalars {
            let v = u.value
            if v < 0x20 || v == 0x7F || (v >= 0x80 && v < 0xA0) { continue }
            if v < 0x300 { width += 1; continue }
            if (v >= 0x3000 && v <= 0x303E) || (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0xFF01 && v <= 0xFF60) {
                width += 2
                continue
            }
            return nil
        }
        return width
    }

    /// The number of columns one grapheme cluster occupies (0, 1 or 2).
    public static func of(_ character: Character) -> Int { columns(of: character) }

    /// `s` padded with spaces on the right to `width` columns (never truncated).
    public static func padRight(_ s: String, _ width: Int) -> String {
        let missing = width - of(s)
        return missing > 0 ? s + String(repeating: " ", count: missing) : s
    }

    /// `s` padded with spaces on the left to `width` columns (for numbers).
    public static func padLeft(_ s: String, _ width: Int) -> String {
        let missing = width - of(s)
        return missing > 0 ? String(repeating: " ", count: missing) + s : s
    }

    /// `s` cut to at most `width` columns, ending in `…` when something was cut.
    /// Never splits a grapheme cluster.
    public static func truncate(_ s: String, _ width: Int) -> String {
        guard width > 0 else { return "" }
        guard of(s) > width else { return s }
        var result = ""
        var used = 0
        for character in s {
            let w = columns(of: character)
            if used + w > width - 1 { break }
            result.append(character)
            used += w
        }
        return result + "…"
    }
}

/// How many terminal columns one grapheme cluster takes (0, 1 or 2).
func columns(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    // Emoji: a scalar that defaults to emoji presentation, an explicit emoji variation
    // selector (U+FE0F), or a flag made of two regional indicators.
    if first.properties.isEmojiPresentation { return 2 }
    if first.properties.isEmoji, scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }
    if isRegionalIndicator(first), scalars.count > 1 { return 2 }
    // The base scalar decides; combining marks joined to it add nothing.
    return scalarWidth(first)
}

/// Width of one scalar outside of emoji rules.
private func scalarWidth(_ scalar: Unicode.Scalar) -> Int {
    let value = scalar.value
    if value == 0 { return 0 }
    switch scalar.properties.generalCategory {
    case .nonspacingMark, .enclosingMark, .control, .format:
        return 0
    default:
        break
    }
    // Hangul medial vowels and final consonants join the preceding syllable.
    if (0x1160...0x11FF).contains(value) || (0xD7B0...0xD7FF).contains(value) { return 0 }
    return isWide(value) ? 2 : 1
}

private func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
    (0x1F1E6...0x1F1FF).contains(scalar.value)
}

/// East Asian Wide (W) and Fullwidth (F) blocks, sorted; from Unicode's EastAsianWidth.txt.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F,    // Hangul Jamo initial consonants
    0x2E80...0x303E,    // CJK radicals, Kangxi, ideographic description, CJK symbols and punctuation
    0x3041...0x33FF,    // Hiragana, Katakana, Bopomofo, Hangul compatibility Jamo, Kanbun, CJK strokes, enclosed CJK
    0x3400...0x4DBF,    // CJK Extension A
    0x4E00...0x9FFF,    // CJK Unified Ideographs
    0xA000...0xA4CF,    // Yi
    0xA960...0xA97F,    // Hangul Jamo Extended-A
    0xAC00...0xD7A3,    // Hangul syllables
    0xF900...0xFAFF,    // CJK compatibility ideographs
    0xFE10...0xFE19,    // Vertical forms
    0xFE30...0xFE6F,    // CJK compatibility forms, small form variants
    0xFF00...0xFF60,    // Fullwidth ASCII and punctuation
    0xFFE0...0xFFE6,    // Fullwidth signs
    0x16FE0...0x16FE4,  // Ideographic symbols
    0x17000...0x18CFF,  // Tangut, Khitan
    0x1AFF0...0x1B2FF,  // Kana supplements, Nushu
    0x1F200...0x1F2FF,  // Enclosed ideographic supplement
    0x20000...0x2FFFD,  // CJK Extensions B to F
    0x30000...0x3FFFD,  // CJK Extensions G and H
]

private func isWide(_ value: UInt32) -> Bool {
    // Fast path: everything below U+1100 is narrow.
    if value < 0x1100 { return false }
    var low = 0
    var high = wideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideRanges[mid]
        if value < range.lowerBound {
            high = mid - 1
        } else if value > range.upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

