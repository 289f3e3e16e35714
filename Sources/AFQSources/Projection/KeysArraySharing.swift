import AFQQuery

/// Gives every loaded record with the same keys in the same order one keys array, made of one
/// string per key.
///
/// The reader shares keys arrays only among the records of one piece of a file (one parser's
/// caches): 100k loaded rows held 46k keys arrays of 2.5k orders. Shared, a query finds a field
/// of a row by the identity of its keys array (`FieldPositions`) instead of searching its keys.
/// Rows are rewritten as they are loaded, a piece at a time, while the piece's array is held
/// once (changed in place, not copied).
public struct KeysArraySharing {
    private var sharedKeys: [CodePointText: String] = [:]
    private var sharedByText: [[CodePointText]: [String]] = [:]

    public init() {}

    /// Gives the top-level records of `rows` the keys arrays of the rows shared so far.
    ///
    /// The arrays replaced are freed here, a piece's worth at a time while rows load: freed all
    /// at once after loading, glibc sorted them into its bins at the first query's allocations
    /// (the first answer of a session was slower; measured: docs/performance.md, "Results").
    public mutating func shareKeys(of rows: inout [Row]) {
        // The arrays met in these rows, by their storage, with the shared array for each. The
        // arrays met are held until the rows are rewritten, so that no storage is reused for
        // other keys meanwhile.
        var sharedByStorage: [UInt: (met: [String], shared: [String])] = [:]
        for i in rows.indices {
            guard case .record(let record) = rows[i].value else { continue }
            let keys: [String]
            if let known = sharedByStorage[record.keys.storageIdentity] {
                keys = known.shared
            } else {
                keys = shared(record.keys)
                sharedByStorage[record.keys.storageIdentity] = (record.keys, keys)
            }
            if keys.storageIdentity != record.keys.storageIdentity {
                rows[i].value = .record(Record(uncheckedKeys: keys, values: record.values))
            }
        }
    }

    private mutating func shared(_ keys: [String]) -> [String] {
        let text = keys.map(CodePointText.init)
        if let known = sharedByText[text] { return known }
        var shared: [String] = []
        shared.reserveCapacity(keys.count)
        for key in text {
            if let known = sharedKeys[key] {
                shared.append(known)
            } else {
                sharedKeys[key] = key.text
                shared.append(key.text)
            }
        }
        sharedByText[text] = shared
        return shared
    }
}
