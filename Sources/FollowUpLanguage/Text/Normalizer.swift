/// Turns a raw line into `NormalText`: widths, punctuation, case, traditional forms, spaces.
enum Normalizer {
    /// Lines longer than this are analysed only up to here; commands are never that long.
    static let maxScalars = 2_000

    /// Chinese and typographic punctuation mapped to its ASCII equivalent.
    static let punctuation: [Unicode.Scalar: Unicode.Scalar] = [
        "，": ",", "。": ".", "：": ":", "；": ";", "！": "!", "？": "?", "、": ",",
        "（": "(", "）": ")", "【": "[", "】": "]", "《": "\"", "》": "\"", "「": "\"", "」": "\"",
        "“": "\"", "”": "\"", "‘": "'", "’": "'", "～": "~", "—": "-", "–": "-", "－": "-",
        "·": " ", "…": ".", "￥": "¥", "＄": "$", "\u{3000}": " ", "\u{00A0}": " ",
    ]

    /// Normalises `line`; never fails, whatever the input.
    static func normalize(_ line: String) -> NormalText {
        var lower: [Unicode.Scalar] = []
        var original: [Unicode.Scalar] = []
        var typed: [Unicode.Scalar] = []
        lower.reserveCapacity(min(line.unicodeScalars.count, maxScalars))
        original.reserveCapacity(lower.capacity)
        typed.reserveCapacity(lower.capacity)
        var hasCJK = false
        var lastWasSpace = true
        for raw in line.unicodeScalars {
            if lower.count >= maxScalars { break }
            var s = raw
            if let p = punctuation[s] {
                s = p
            } else if s.value >= 0xFF01 && s.value <= 0xFF5E, let h = Unicode.Scalar(s.value - 0xFEE0) {
                s = h
            }
            if isDropped(s) { continue }
            if isSpace(s) {
                if lastWasSpace { continue }
                lastWasSpace = true
                lower.append(" "); original.append(" "); typed.append(" ")
                continue
            }
            lastWasSpace = false
            if isCJK(s) {
                hasCJK = true
                original.append(s)
                typed.append(raw)
                lower.append(TraditionalChinese.simplified[s] ?? s)
                continue
            }
            original.append(s)
            typed.append(raw)
            lower.append(lowercase(s))
        }
        if lower.last == " " { lower.removeLast(); original.removeLast(); typed.removeLast() }
        return NormalText(lower: lower, original: original, typed: typed, language: hasCJK ? .zh : .en)
    }

    /// One scalar lowercased when its lowercase form is a single scalar.
    static func lowercase(_ s: Unicode.Scalar) -> Unicode.Scalar {
        if s.value < 0x80 {
            if s.value >= 65 && s.value <= 90, let l = Unicode.Scalar(s.value + 32) { return l }
            return s
        }
        let mapped = s.properties.lowercaseMapping.unicodeScalars
        if mapped.count == 1, let first = mapped.first { return first }
        return s
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        // ASCII first: the Unicode property lookup is slow and names are mostly ASCII or CJK.
        if s.value < 0x80 { return s.value <= 0x20 || s.value == 0x7F }
        if isCJK(s) { return false }
        return s.value < 0xA0 || s.properties.isWhitespace
    }

    /// Invisible characters that carry nothing for parsing (zero-width, BOM, variation selectors).
    static func isDropped(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x200B...0x200F, 0xFEFF, 0xFE00...0xFE0F, 0x2060...0x2064, 0xFFFD: return true
        default: return false
        }
    }

    /// CJK ideographs (the basic block and extension A, plus compatibility ideographs).
    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || v == 0x3007
    }
}
