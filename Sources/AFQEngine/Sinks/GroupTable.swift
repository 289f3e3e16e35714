import AFQQuery

/// The groups of `group by` while rows are folded: keys in order of first appearance, each with
/// its aggregates' accumulators. A batch of rows can be folded into a table of its own on a
/// worker thread and the tables merged in input order (`merge`), when every aggregate merges
/// exactly (`AggregateDefinition.mergesExactly`).
///
/// Sendable though it holds an `IdentityCache`: a table is handed from a worker to the caller
/// whole, and a copy replaces the cache before changing (`isKnownUniquelyReferenced`), so no two
/// threads or tables ever touch one cache.
package struct GroupTable: @unchecked Sendable {
    /// Keys as `GroupingKey`s, so NaN keys make one group: every key as a list, ...
    private var index: [GroupingKey: Int] = [:]
    /// ... and groups of one key column by their key alone: most `group by`s have one key, and
    /// looking them up needs no array per row.
    private var singleKeyIndex: [GroupingKey: Int] = [:]
    private(set) var groups: [(key: [Value], accumulators: [any Accumulator])] = []

    /// The position in `groups` of the group with this key, made with the accumulators of
    /// `definitions` when it is new.
    mutating func group(key: [Value], definitions: [AggregateDefinition]) -> Int {
        index[GroupingKey(.list(key))] ?? append(key, definitions.map { $0.makeAccumulator() })
    }

    /// `group(key: [key], …)` for a table whose keys all have one column.
    mutating func group(singleKey key: Value, definitions: [AggregateDefinition]) -> Int {
        guard case .string(let text) = key else {
            return singleKeyIndex[GroupingKey(key)] ?? append([key], definitions.map { $0.makeAccumulator() })
        }
        if !isKnownUniquelyReferenced(&recentTexts) {
            // A copy of a table makes its own: the groups' positions differ between copies.
            recentTexts = IdentityCache(slotCountLog2: 5, unused: -1)
        }
        let textKey = IdentityKey(text)
        if let group = recentTexts.answer(for: textKey) { return group }
        let group = singleKeyIndex[GroupingKey(key)] ?? append([key], definitions.map { $0.makeAccumulator() })
        recentTexts.remember(group, for: textKey, holding: text)
        return group
    }

    /// Text keys met lately with their groups, found by the text's storage rather than by hashing
    /// it: hashing showed in `expand … | group by …` in the shell (measured: docs/performance.md,
    /// "Results").
    private var recentTexts = IdentityCache<String, Int>(slotCountLog2: 5, unused: -1)

    /// Folds one row's argument into an aggregate of a group.
    mutating func add(_ argument: Value?, at range: SourceRange, toAccumulator i: Int, ofGroup group: Int)
        throws(RuntimeError)
    {
        try groups[group].accumulators[i].add(argument, at: range)
    }

    /// A new group, found by both indexes from now on.
    private mutating func append(_ key: [Value], _ accumulators: [any Accumulator]) -> Int {
        let position = groups.count
        index[GroupingKey(.list(key))] = position
        if key.count == 1 { singleKeyIndex[GroupingKey(key[0])] = position }
        groups.append((key, accumulators))
        return position
    }

    /// Folds in a table made from the rows after this one's.
    mutating func merge(_ later: GroupTable) {
        for (key, accumulators) in later.groups {
            if let existing = index[GroupingKey(.list(key))] {
                for i in accumulators.indices { groups[existing].accumulators[i].merge(accumulators[i]) }
            } else {
                _ = append(key, accumulators)
            }
        }
    }
}
