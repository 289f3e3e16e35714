/// Builds compact copies of loaded values cut down to what a query reads (a `FieldDemand`), for
/// `ProjectedRowCache`. It cuts values as the JSON reader's projection does when it streams a file
/// (records keep the demanded keys in their order, a partly demanded key keeps its demanded part,
/// in records and in lists of records), so a query sees the same values either way.
///
/// The copy is the point: loaded rows are trees spread over hundreds of megabytes, and a query
/// that touches a few fields of every row pays a cache miss per field. Copied in row order, the
/// demanded values sit next to each other, and later queries read them almost sequentially.
///
/// Not thread-safe: each worker uses its own (it remembers one plan per record shape).
final class ValueProjector {
    /// The demanded keys, each with the projector of its demanded part (nil: kept whole).
    private let keys: [(key: String, part: ValueProjector?)]
    /// Plans by the address of a record's keys array: the reader shares one keys array among the
    /// records of one shape, so rows of one shape are planned once.
    private var plans: [UnsafeRawPointer: Plan] = [:]

    /// What to keep of records with one keys array.
    private struct Plan {
        /// Held so the address the plan is filed under stays this array's.
        let sourceKeys: [String]
        let keys: [String]
        let sourceIndices: [Int]
        let parts: [ValueProjector?]
    }

    /// Most shapes are shared; records with keys of their own are planned each time rather than
    /// filling the table.
    private static let planLimit = 256

    /// `demand` names its keys (`.all` needs no projector).
    init(_ demand: FieldDemand) {
        keys = (demand.keys ?? []).map { key in (key, demand.subkeys[key].map(ValueProjector.init)) }
    }

    func project(_ value: Value) -> Value {
        switch value {
        case .record(let record): return .record(project(record))
        case .list(let items): return .list(items.map(project))
        default: return value
        }
    }

    private func project(_ record: Record) -> Record {
        let plan = self.plan(for: record.keys)
        let values = [Value](unsafeUninitializedCapacity: plan.sourceIndices.count) { buffer, count in
            for (index, sourceIndex) in plan.sourceIndices.enumerated() {
                let value = record.values[sourceIndex]
                buffer.initializeElement(at: index, to: plan.parts[index]?.project(value) ?? ValueProjector.copy(value))
            }
            count = plan.sourceIndices.count
        }
        return Record(uncheckedKeys: plan.keys, values: values)
    }

    private func plan(for sourceKeys: [String]) -> Plan {
        let address = sourceKeys.withUnsafeBufferPointer { UnsafeRawPointer($0.baseAddress) }
        if let address, let plan = plans[address] { return plan }
        var keys: [String] = []
        var sourceIndices: [Int] = []
        var parts: [ValueProjector?] = []
        // Keys match by code points, as a query's member lookup does (`Record.index(of:)`).
        for (index, key) in sourceKeys.enumerated() {
            guard let demanded = self.keys.first(where: { $0.key.hasSameCodePoints(as: key) }) else { continue }
            keys.append(key)
            sourceIndices.append(index)
            parts.append(demanded.part)
        }
        let plan = Plan(sourceKeys: sourceKeys, keys: keys, sourceIndices: sourceIndices, parts: parts)
        if let address, plans.count < ValueProjector.planLimit { plans[address] = plan }
        return plan
    }

    /// A copy with fresh list and record storage (strings are shared: small ones are held inline,
    /// and the reader shares one buffer among repeated ones).
    private static func copy(_ value: Value) -> Value {
        switch value {
        case .list(let items):
            return .list(items.map(copy))
        case .record(let record):
            return .record(Record(uncheckedKeys: record.keys, values: record.values.map(copy)))
        default:
            return value
        }
    }
}
