import AFQQuery

/// The keys arrays of recent records by a hash of their key sequence; a slot holds the latest.
/// Keys match by code points, as field names do everywhere (docs/language.md).
struct KeyListCache {
    private var slots: [[String]?] = Array(repeating: nil, count: 256)

    mutating func keys(_ keys: ArraySlice<String>, hash: UInt64) -> [String] {
        let slot = Int(truncatingIfNeeded: (hash ^ (hash >> 32)) & 255)
        if let cached = slots[slot], cached.elementsEqual(keys, by: { $0.hasSameCodePoints(as: $1) }) { return cached }
        let list = Array(keys)
        slots[slot] = list
        return list
    }
}
