import AFQQuery

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Lists and objects the reader built in full lately, by a hash of their bytes in the piece being
/// read. Recordings repeat most of them from row to row -- each connector type's operators,
/// modes, metadata and authentication settings -- and a repeat then costs a comparison of its
/// bytes instead of building every string and array again, and shares the first one's storage
/// (less memory for a loaded recording). Exact: the same bytes always build the same value.
struct ContainerMemo {
    private struct Entry {
        var start: Int
        var count: Int
        var hash: UInt64
        var value: Value
    }

    private var recent = ContentCache<Entry>(slotCountLog2: 9)

    /// Shorter ones (`[]`, `["RECORD"]`) are built faster than they are looked up.
    static let smallest = 16

    /// The value built earlier from the same bytes as `bytes[start..<start + count]`, if it is
    /// still remembered.
    @inline(__always)
    func value(in bytes: UnsafeRawBufferPointer, start: Int, count: Int, hash: UInt64) -> Value? {
        recent.entry(hash: hash) { entry in
            guard entry.hash == hash, entry.count == count, let base = bytes.baseAddress else { return false }
            return memcmp(base + entry.start, base + start, count) == 0
        }?.value
    }

    @inline(__always)
    mutating func remember(_ value: Value, start: Int, count: Int, hash: UInt64) {
        recent.remember(Entry(start: start, count: count, hash: hash, value: value), hash: hash)
    }
}
