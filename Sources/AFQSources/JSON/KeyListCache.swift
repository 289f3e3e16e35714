import AFQQuery

/// Interns the keys arrays of records by a hash of their key sequence, so that records of one
/// shape share one array (`FieldPositions` then finds their fields by its identity). Keys match
/// by code points, as field names do everywhere (docs/language.md).
struct KeyListCache {
    private var recent = ContentCache<[String]>(slotCountLog2: 8)

    mutating func keys(_ keys: ArraySlice<String>, hash: UInt64) -> [String] {
        // The empty array is one storage shared by every thread: nothing to intern, and making
        // one with `unsafeUninitializedCapacity` would write to that shared storage.
        guard !keys.isEmpty else { return [] }
        if let cached = recent.entry(
            hash: hash, matches: { $0.elementsEqual(keys, by: { $0.hasSameCodePoints(as: $1) }) })
        {
            return cached
        }
        // A fresh buffer of the exact size: `Array(keys)` would share the parser's key stack.
        let list = [String](unsafeUninitializedCapacity: keys.count) { memory, initialized in
            initialized = memory.initialize(fromContentsOf: keys)
        }
        recent.remember(list, hash: hash)
        return list
    }
}
