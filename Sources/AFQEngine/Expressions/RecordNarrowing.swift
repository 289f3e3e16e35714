import AFQQuery

/// Cuts records down to the top-level keys a pipeline reads (its `FieldDemand`), keeping their
/// order, as the streaming reader and the shell's copies do, so the rest of the pipeline sees
/// the same rows it would see from them.
///
/// `expand` as a first stage uses it over full loaded rows: it copies the record it lends on, and
/// copying every value of a row (a retain each, most of them cache misses) was most of
/// `expand | group by` asked first in the shell (measured: docs/performance.md, "Results").
/// Records cut to the same keys in the same order share one keys array (`CutKeys`). Not
/// thread-safe: each batch's stages have their own.
final class RecordNarrowing {
    /// The kept keys, sorted, and the keys arrays of the orders met.
    private var cutKeys: CutKeys
    private let fields: FieldLookup
    /// Where each kept key is in the record being cut, in the record's order (kept from row to
    /// row for its storage).
    private var found: [(position: Int, key: Int)] = []

    /// Nil when `demand` reads whole rows or more keys than an order's code holds.
    init?(_ demand: FieldDemand, fields: FieldLookup) {
        guard let keys = demand.keys, keys.count <= CutKeys.maximumNames else { return nil }
        cutKeys = CutKeys(names: keys.sorted().map(fields.canonicalName))
        self.fields = fields
        found.reserveCapacity(keys.count)
    }

    /// `record` cut to the kept keys, its values put in the storage of `reusing`, whose elements
    /// are dropped.
    func narrow(_ record: Record, reusing storage: consuming [Value]) -> Record {
        var values = storage
        values.removeAll(keepingCapacity: true)
        found.removeAll(keepingCapacity: true)
        for key in cutKeys.names.indices {
            guard let position = fields.index(of: cutKeys.names[key], in: record) else { continue }
            var insertAt = found.count
            while insertAt > 0, found[insertAt - 1].position > position { insertAt -= 1 }
            found.insert((position, key), at: insertAt)
        }
        var order: UInt64 = 0
        for (position, key) in found {
            values.append(record.values[position])
            order = CutKeys.appending(key, to: order)
        }
        return Record(uncheckedKeys: cutKeys.keys(forOrder: order), values: consume values)
    }
}
