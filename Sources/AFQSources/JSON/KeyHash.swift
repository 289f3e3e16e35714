/// The hash of an object key's UTF-8 bytes that the JSON reader matches keys by (projections,
/// interning, duplicate detection): eight bytes per multiply rather than FNV-1a's one, since
/// hashing keys byte by byte showed in reading a large recording (measured: docs/performance.md,
/// "Results"). Equal hashes are always confirmed by comparing the bytes, so collisions cost time,
/// never correctness.
enum KeyHash {
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard let base = bytes.baseAddress else { return seed }
        let raw = UnsafeRawPointer(base)
        let count = bytes.count
        var hash = seed ^ UInt64(truncatingIfNeeded: count)
        var i = 0
        while i &+ 8 <= count {
            hash = (hash ^ raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* multiplier
            i &+= 8
        }
        if i < count {
            var tail: UInt64 = 0
            var shift: UInt64 = 0
            while i < count {
                tail |= UInt64(base[i]) << shift
                shift &+= 8
                i &+= 1
            }
            hash = (hash ^ tail) &* multiplier
        }
        return hash ^ (hash >> 31)
    }

    static func of<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        let array = Array(bytes)
        return array.withUnsafeBufferPointer { of($0) }
    }

    private static let seed: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
}
