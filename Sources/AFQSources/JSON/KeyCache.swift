/// Interns object keys: the same key bytes give back the same `String` storage, which saves an
/// allocation per long key and makes later key comparisons hit `String`'s identical-storage path.
struct KeyCache {
    private var slots: [String?] = Array(repeating: nil, count: 1024)

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 29)) & 1023)
        if let cached = slots[slot], cached.utf8Equals(bytes) { return cached }
        let key = String(decoding: bytes, as: UTF8.self)
        // Short keys are stored inline in the String itself: caching them buys nothing.
        if bytes.count > 15 { slots[slot] = key }
        return key
    }
}
