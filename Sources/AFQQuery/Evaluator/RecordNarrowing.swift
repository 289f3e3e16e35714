/// Cuts records down to the top-level keys a pipeline reads (its `FieldDemand`), keeping their
/// order, as the streaming reader and the shell's copies do, so the rest of the pipeline sees
/// the same rows it would see from them.
///
/// `expand` as a first stage uses it over full loaded rows: it copies the record it lends on,
/// and copying every value of a row (a retain each, most of them cache misses) was two thirds
/// of `expand | group by` asked first in the shell (issue 5). Records cut to the same keys in
/// the same order share one keys array. Not thread-safe: each batch's stages have their own.
final class RecordNarrowing {
    /// The kept keys, at most `maximumKeys`, sorted: a key's code is its place here plus one.
    private let keys: [String]
    /// Each order of kept keys met, coded four bits a key (its place in `keys` plus one), with
    /// the keys array the records cut to it share.
    private var keysByOrder: [(code: UInt64, keys: [String])] = []
    private let fields: FieldLookupCache
    /// Where each kept key is in the record being cut, in the record's order (kept from row to
    /// row for its storage).
    private var found: [(position: Int, key: Int)] = []

    /// Four bits a key in a `UInt64`.
    static let maximumKeys = 15

    /// Nil when `demand` reads whole rows or more keys than can be coded.
    init?(_ demand: FieldDemand, fields: FieldLookupCache) {
        guard let keys = demand.keys, keys.count <= RecordNarrowing.maximumKeys else { return nil }
        self.keys = keys.sorted()
        self.fields = fields
        found.reserveCapacity(keys.count)
    }

    /// `record` cut to the kept keys, its values put in the storage of `reusing`, whose elements
    /// are dropped.
    func narrow(_ record: Record, reusing storage: consuming [Value]) -> Record {
        var values = storage
        values.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
        for key in keys.indices {
            guard let position = fields.index(of: keys[key], in: record) else { continue }
            var insertAt = found.count
            while insertAt > 0, found[insertAt - 1].position > position { insertAt -= 1 }
            found.insert((position, key), at: insertAt)
        }
        var code: UInt64 = 0
        for (position, key) in found {
            values.append(record.values[position])
            code = code << 4 | UInt64(key + 1)
        }
        return Record(uncheckedKeys: keysArray(code), values: consume values)
    }

    private func keysArray(_ code: UInt64) -> [String] {
        for entry in keysByOrder where entry.code == code { return entry.keys }
        let made = found.map { keys[$0.key] }
        keysByOrder.append((code, made))
        return made
    }
}
