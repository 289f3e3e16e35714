/// Interns string values by a hash of their length and ends. Recordings repeat most strings
/// (enumeration values, connector names and descriptions, in every row), and a repeated string
/// then shares one buffer instead of a heap allocation of its own.
struct StringCache {
    private var recent = ContentCache<String>(slotCountLog2: 12)

    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a String holds its text inline; past a few hundred repeats are rare.
        guard bytes.count > 15, bytes.count <= 512, let base = bytes.baseAddress else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let raw = UnsafeRawPointer(base)
        let head = raw.loadUnaligned(as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        let hash = ((head ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15) ^ tail
        if let cached = recent.entry(hash: hash, matches: { $0.utf8Equals(bytes) }) { return cached }
        let text = String(decoding: bytes, as: UTF8.self)
        recent.remember(text, hash: hash)
        return text
    }
}
