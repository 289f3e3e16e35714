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
    /// The arrays met, by their storage, with the shared array for each. Holding the array met
    /// keeps its storage from being reused for other keys while the rows are rewritten.
    private var sharedByStorage: [UInt: (met: [String], shared: [String])] = [:]

    public init() {}

    /// Gives the top-level records of `rows` the keys arrays of the rows shared so far.
    public mutating func shareKeys(of rows: inout [Row]) {
        for i in rows.indices {
            guard case .record(let record) = rows[i].value else { continue }
            let keys = shared(record.keys)
            if keys.storageIdentity != record.keys.storageIdentity {
                rows[i].value = .record(Record(uncheckedKeys: keys, values: record.values))
            }
        }
    }

    private mutating func shared(_ keys: [String]) -> [String] {
        if let known = sharedByStorage[keys.storageIdentity] { return known.shared }
        let text = keys.map(CodePointText.init)
        var shared: [String] = []
        if let known = sharedByText[text] {
            shared = known
        } else {
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
        }
        sharedByStorage[keys.storageIdentity] = (keys, shared)
        return shared
    }
}
