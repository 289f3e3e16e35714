import AFQQuery

/// The keys arrays of recent records by a hash of their key sequence; a slot holds the latest.
/// Keys match by code points, as field names do everywhere (docs/language.md).
struct KeyListCache {
    private var slots: [[String]?] = Array(repeating: nil, count: 256)

    mutating func keys(_ keys: ArraySlice<String>, hash: UInt64) -> [String] {
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & 255)
        if let cached = slots[slot], cached.elementsEqual(keys, by: { $0.hasSameCodePoints(as: $1) }) { return cached }
        // A fresh buffer of the exact size: `Array(keys)` would share the parser's key stack.
        let list = [String](unsafeUninitializedCapacity: keys.count) { memory, initialized in
            initialized = memory.initialize(fromContentsOf: keys)
        }
        slots[slot] = list
        return list
    }
}
