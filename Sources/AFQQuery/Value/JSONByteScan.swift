/// Finding the bytes of JSON string text that need a look eight bytes at a time, for the JSON
/// reader (which also looks at every byte of 0x80 and above, to check UTF-8) and `JSONText`.
public enum JSONByteScan {
    /// Inlinable, so the reader's scanning loops in another module inline it.
    @usableFromInline static let ones: UInt64 = 0x0101_0101_0101_0101
    @usableFromInline static let highs: UInt64 = 0x8080_8080_8080_8080

    /// The high bit of each byte of `word` (little-endian: the first byte lowest) that is `"`,
    /// `\` or a control character (below 0x20), by the bit tricks haszero and hasless of "Bit
    /// Twiddling Hacks", which never miss such a byte. Only the lowest flag is exact (a borrow
    /// from a flagged byte can flag the bytes after it), so `trailingZeroBitCount / 8` is the
    /// first such byte's index.
    @inlinable @inline(__always)
    public static func escapeFlags(_ word: UInt64) -> UInt64 {
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        let zeroInQuote = (quote &- ones) & ~quote
        let zeroInBackslash = (backslash &- ones) & ~backslash
        let control = (word &- ones &* 0x20) & ~word
        return (zeroInQuote | zeroInBackslash | control) & highs
    }

    /// `escapeFlags` plus every byte of 0x80 and above.
    @inlinable @inline(__always)
    public static func attentionFlags(_ word: UInt64) -> UInt64 {
        escapeFlags(word) | (word & highs)
    }

    /// The index of the first byte from `start` that is `"`, `\` or a control character, or
    /// `bytes.count`.
    @inline(__always)
    static func firstEscape(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        if let base = bytes.baseAddress {
            let raw = UnsafeRawPointer(base)
            while index &+ 8 <= bytes.count {
                let flags = escapeFlags(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: index, as: UInt64.self)))
                if flags != 0 { return index &+ flags.trailingZeroBitCount &>> 3 }
                index &+= 8
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") || byte < 0x20 { return index }
            index &+= 1
        }
        return bytes.count
    }
}
