import AFQQuery

/// Where a field name is among the keys of a keys array, by the array's identity and the name's
/// storage, kept from batch to batch and from query to query.
///
/// Loaded rows share a keys array per key order (`KeysArraySharing`), a few thousand for 100k
/// rows of custom connectors, and a query's field names are made one string per text
/// (`canonicalName`), so after the first rows of each order a field is found without reading
/// the row's keys: searching them, mostly cache misses on the keys and their text, was a large
/// part of a first answer in the shell (measured: docs/performance.md, "Results").
///
/// A hit is exact (`IdentityCache`'s lifetime rule). Tables are lent to one batch at a time
/// (`borrow`, `giveBack`): not thread-safe, but kept while the shell runs, so later batches and
/// queries find them filled.
package final class FieldPositions {
    /// Where each name is among each keys array's keys, -1 where it is not there.
    private let positions = IdentityCache<([String], String), Int>(slotCountLog2: 13, unused: -1)

    private init() {}

    /// `record.index(of: name)`.
    @inline(__always)
    func index(of name: String, in record: Record) -> Int? {
        let key = IdentityKey(record.keys, name)
        if let index = positions.answer(for: key) { return index >= 0 ? index : nil }
        let index = record.count > FieldPositions.linearKeys ? wideIndex(of: name, in: record) : record.index(of: name)
        positions.remember(index ?? -1, for: key, holding: (record.keys, name))
        return index
    }

    /// Past this many keys, a miss looks the name up in a table of the keys array's positions
    /// (`wideTable`) instead of searching the keys in a line: selecting thousands of columns of a
    /// record of thousands of keys was quadratic.
    static let linearKeys = 64
    /// The keys array of the last wide record met, and where each of its keys is.
    private var wideKeys: [String] = []
    private var wideTable: [CodePointText: Int] = [:]

    private func wideIndex(of name: String, in record: Record) -> Int? {
        if record.keys.storageIdentity != wideKeys.storageIdentity {
            var table: [CodePointText: Int] = [:]
            table.reserveCapacity(record.count)
            for (i, key) in record.keys.enumerated() where table[CodePointText(key)] == nil {
                table[CodePointText(key)] = i
            }
            wideKeys = record.keys
            wideTable = table
        }
        return wideTable[CodePointText(name)]
    }

    // MARK: - Lending

    private static let lock = Mutex()
    nonisolated(unsafe) private static var idle: [FieldPositions] = []
    /// The names met, one string per text: each table has its own, so that no two cores retain
    /// one name's storage at the same time.
    private var names: [CodePointText: String] = [:]

    /// A table no other batch uses.
    static func borrow() -> FieldPositions {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? FieldPositions()
    }

    static func giveBack(_ table: FieldPositions) {
        lock.lock()
        idle.append(table)
        lock.unlock()
    }

    /// One string for each field name's text, so that a name has the same storage in every
    /// batch and query that uses this table.
    func canonicalName(_ name: String) -> String {
        if let known = names[CodePointText(name)] { return known }
        let copy = name.unsharedCopy
        names[CodePointText(copy)] = copy
        return copy
    }
}
