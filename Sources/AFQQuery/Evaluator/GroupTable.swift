/// The groups of `group by` while rows are folded: keys in order of first appearance, each with
/// its aggregates' accumulators. A batch of rows can be folded into a table of its own on a
/// worker thread and the tables merged in input order (`merge`), when every aggregate merges
/// exactly (`AggregateDefinition.mergesExactly`).
struct GroupTable: Sendable {
    private var index: [[Value]: Int] = [:]
    /// Groups of one key column by their key alone: most `group by`s have one key, and looking
    /// them up needs no array per row.
    private var singleKeyIndex: [Value: Int] = [:]
    private(set) var groups: [(key: [Value], accumulators: [any Accumulator])] = []

    /// The accumulators of the group with this key, made by `definitions` when it is new.
    mutating func add(
        key: [Value], definitions: [AggregateDefinition], _ fold: (inout [any Accumulator]) throws(RuntimeError) -> Void
    ) throws(RuntimeError) {
        let position = index[key] ?? append(key, definitions.map { $0.makeAccumulator() })
        try fold(&groups[position].accumulators)
    }

    /// `add(key: [key], …)` for a table whose keys all have one column.
    mutating func add(
        singleKey key: Value, definitions: [AggregateDefinition],
        _ fold: (inout [any Accumulator]) throws(RuntimeError) -> Void
    ) throws(RuntimeError) {
        let position = singleKeyIndex[key] ?? append([key], definitions.map { $0.makeAccumulator() })
        try fold(&groups[position].accumulators)
    }

    /// A new group, found by both indexes from now on.
    private mutating func append(_ key: [Value], _ accumulators: [any Accumulator]) -> Int {
        let position = groups.count
        index[key] = position
        if key.count == 1 { singleKeyIndex[key[0]] = position }
        groups.append((key, accumulators))
        return position
    }

    /// Folds in a table made from the rows after this one's.
    mutating func merge(_ later: GroupTable) {
        for (key, accumulators) in later.groups {
            if let existing = index[key] {
                for i in accumulators.indices { groups[existing].accumulators[i].merge(accumulators[i]) }
            } else {
                _ = append(key, accumulators)
            }
        }
    }
}
