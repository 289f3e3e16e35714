/// Interns object keys: the same key bytes give back the same `String` storage, which saves an
/// allocation per long key and makes later key comparisons hit `String`'s identical-storage path.
struct KeyCache {
    private var recent = ContentCache<String>(slotCountLog2: 10)

    mutating func string(_ bytes: UnsafeBufferPointer<UInt8>, hash: UInt64) -> String {
        if let cached = recent.entry(hash: hash, matches: { $0.utf8Equals(bytes) }) { return cached }
        let key = String(decoding: bytes, as: UTF8.self)
        // Short keys are stored inline in the String itself: caching them buys nothing.
        if bytes.count > 15 { recent.remember(key, hash: hash) }
        return key
    }
}
