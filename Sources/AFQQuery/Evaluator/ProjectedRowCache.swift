/// Compact copies of loaded rows cut down to what recent queries read, so the shell answers
/// from a large recording at the speed of the fields a query needs rather than of the whole rows
/// (issue 5: queries over 100k loaded rows). See `ValueProjector` for how rows are cut.
///
/// The first query that reads a new set of fields copies them from every row, on every core, at
/// about the cost of running that query over the full rows; later queries reading those fields or
/// fewer (a changed condition, one column less) use the copy. Only narrow demands are kept, and
/// only the most recent few, so the copies stay small beside the rows themselves.
public final class ProjectedRowCache: @unchecked Sendable {
    /// Demands naming more top-level keys than this use the full rows: a copy of most of a row
    /// would cost memory without saving much.
    static let widestDemand = 8
    /// The copies kept, the most recently used last.
    static let capacity = 4

    private let mutex = Mutex()
    private var entries: [(demand: FieldDemand, rows: [Row])] = []

    public init() {}

    /// `rows` cut down to `demand`, from a copy already kept when one covers it.
    public func rows(_ rows: [Row], for demand: FieldDemand) throws -> [Row] {
        guard let keys = demand.keys, keys.count <= ProjectedRowCache.widestDemand else { return rows }
        mutex.lock()
        if let index = entries.lastIndex(where: { $0.demand.covers(demand) }) {
            let entry = entries.remove(at: index)
            entries.append(entry)
            mutex.unlock()
            return entry.rows
        }
        mutex.unlock()
        var projected: [Row] = []
        projected.reserveCapacity(rows.count)
        try RowBatches.forEachBatch(
            of: rows,
            transform: { batch in
                let projector = ValueProjector(demand)
                return batch.map { Row(projector.project($0.value), source: $0.source) }
            },
            { batch in
                projected.append(contentsOf: batch)
                return true
            })
        mutex.lock()
        entries.append((demand, projected))
        if entries.count > ProjectedRowCache.capacity { entries.removeFirst() }
        mutex.unlock()
        return projected
    }
}
