import AFQQuery
import AFQEngine

/// Builds compact copies of loaded values cut down to what a query reads (a `FieldDemand`), for
/// `ProjectedRowCache`. It cuts values as the JSON reader's projection does when it streams a file
/// (records keep the demanded keys in their order, a partly demanded key keeps its demanded part,
/// in records and in lists of records), so a query sees the same values either way.
///
/// The copy is the point: loaded rows are trees spread over hundreds of megabytes, and a query
/// that touches a few fields of every row pays a cache miss per field. Copied in row order, the
/// demanded values sit next to each other, and later queries read them almost sequentially.
/// Values kept whole are copied with `Value.unsharedCopy`, text included: the reader shares one
/// buffer among repeated strings, and a query over rows sharing one retains it from both cores.
/// Lists of strings that repeat (operators, write operations, modes: one per connector type) are
/// copied once per projector, that is per batch of rows, which one core reads at a time: the
/// copy is smaller, and a query reads one list kept in the core's cache instead of one per row.
///
/// Not thread-safe: each batch of rows uses its own (it keeps the keys arrays it made).
final class ValueProjector {
    /// The demanded keys, each with the projector of its demanded part (nil: kept whole).
    private let demanded: [(key: String, part: ValueProjector?)]
    /// One keys array per order of demanded keys met (most loaded rows have keys arrays of their
    /// own: custom connectors leave out different optional keys); nil for demands wider than an
    /// order's code holds, which make a keys array per record.
    private var cutKeys: CutKeys?
    /// An estimate of the memory the copies made so far take (see `Value.unsharedCopy(counting:)`).
    private(set) var copiedBytes = 0
    /// The copy of each list of strings kept whole so far.
    private var copiedTextLists: [TextList: Value] = [:]
    /// The last row source met and its copy: rows of one file share one source, whose file name
    /// both cores would otherwise retain for every row they read.
    private var lastSource: (original: RowSource, copy: RowSource)? = nil

    /// `demand` names its keys (`.all` needs no projector).
    init(_ demand: FieldDemand) {
        demanded = (demand.keys ?? []).sorted().map { key in (key, demand.subkeys[key].map(ValueProjector.init)) }
        cutKeys = demanded.count <= CutKeys.maximumNames ? CutKeys(names: demanded.map(\.key)) : nil
    }

    func project(_ value: Value) -> Value {
        switch value {
        case .record(let record): return .record(project(record))
        case .list(let items):
            copiedBytes += 32 + items.count * MemoryLayout<Value>.stride
            return .list(items.map(project))
        default: return value
        }
    }

    /// `source` with text of its own, shared by the rows of this projector's batch.
    func copy(_ source: RowSource) -> RowSource {
        if let lastSource, lastSource.original.isStoredIdentically(to: source) { return lastSource.copy }
        let copy = RowSource(
            region: source.region?.unsharedCopy, account: source.account?.unsharedCopy,
            accountName: source.accountName?.unsharedCopy, file: source.file?.unsharedCopy)
        lastSource = (source, copy)
        return copy
    }

    private func copyWhole(_ value: Value) -> Value {
        guard case .list(let items) = value, !items.isEmpty, let list = TextList(items) else {
            return value.unsharedCopy(counting: &copiedBytes)
        }
        if let copy = copiedTextLists[list] { return copy }
        let copy = value.unsharedCopy(counting: &copiedBytes)
        copiedTextLists[list] = copy
        return copy
    }

    private func project(_ record: Record) -> Record {
        copiedBytes += 32 + demanded.count * MemoryLayout<Value>.stride
        var order: UInt64 = 0
        var found: [Int] = []
        let values = [Value](unsafeUninitializedCapacity: demanded.count) { buffer, count in
            for (sourceIndex, key) in record.keys.enumerated() {
                // Keys match by code points, as a query's member lookup does (`Record.index(of:)`).
                guard let index = demanded.firstIndex(where: { $0.key.hasSameCodePoints(as: key) }) else { continue }
                let value = record.values[sourceIndex]
                buffer.initializeElement(at: count, to: demanded[index].part?.project(value) ?? copyWhole(value))
                count += 1
                if cutKeys != nil {
                    order = CutKeys.appending(index, to: order)
                } else {
                    found.append(index)
                }
            }
        }
        if let keys = cutKeys?.keys(forOrder: order) { return Record(uncheckedKeys: keys, values: values) }
        return Record(uncheckedKeys: found.map { demanded[$0].key }, values: values)
    }
}
