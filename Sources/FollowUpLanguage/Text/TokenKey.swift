/// A token's text packed into two machine words, so lexicon lookups hash and compare integers
/// instead of Unicode strings (which normalise on every hash and comparison).
///
/// Up to 15 UTF-8 bytes are stored exactly with their length; longer text is stored as a
/// 64-bit FNV-1a hash with a marker, which is deterministic and, for lexicon words, never
/// ambiguous in practice.
struct TokenKey: Hashable, Sendable {
    let a: UInt64
    let b: UInt64

    init(_ text: String) {
        var a: UInt64 = 0, b: UInt64 = 0
        var n = 0
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            if n < 8 {
                a |= UInt64(byte) << UInt64(8 * n)
            } else if n < 15 {
                b |= UInt64(byte) << UInt64(8 * (n - 8))
            }
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            n += 1
        }
        if n > 15 {
            self.a = hash
            self.b = 0xFF00_0000_0000_0000 | UInt64(min(n, 0xFFFF))
        } else {
            self.a = a
            self.b = b | (UInt64(n) << 56)
        }
    }
}
