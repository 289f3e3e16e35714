/// Recent string values by a hash of their length and ends; a slot holds the latest. Recordings
/// repeat most strings (enumeration values, connector names and descriptions, in every row), and
/// a repeated string then shares one buffer instead of a heap allocation of its own.
struct StringCache {
    private var slots: [String?] = Array(repeating: nil, count: 4096)

    @inline(__always)
    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        // Up to 15 bytes a String holds its text inline; past a few hundred repeats are rare.
        guard bytes.count > 15, bytes.count <= 512, let base = bytes.baseAddress else {
            return String(decoding: bytes, as: UTF8.self)
        }
        let raw = UnsafeRawPointer(base)
        let head = raw.loadUnaligned(as: UInt64.self)
        let tail = raw.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        var hash = (head ^ UInt64(bytes.count)) &* 0x9E37_79B9_7F4A_7C15
        hash = (hash ^ tail) &* 0x9E37_79B9_7F4A_7C15
        let slot = Int(truncatingIfNeeded: hash >> 52)
        if let cached = slots[slot], cached.utf8Equals(bytes) { return cached }
        let text = String(decoding: bytes, as: UTF8.self)
        slots[slot] = text
        return text
    }
}
