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

    /// The position in `groups` of the group with this key, made with the accumulators of
    /// `definitions` when it is new.
    mutating func group(key: [Value], definitions: [AggregateDefinition]) -> Int {
        index[key] ?? append(key, definitions.map { $0.makeAccumulator() })
    }

    /// `group(key: [key], …)` for a table whose keys all have one column.
    mutating func group(singleKey key: Value, definitions: [AggregateDefinition]) -> Int {
        guard case .string(let text) = key else {
            return singleKeyIndex[key] ?? append([key], definitions.map { $0.makeAccumulator() })
        }
        let bits = text.storageBits
        let slot = Int(truncatingIfNeeded: ((bits.0 ^ bits.1) &* 0x9E37_79B9_7F4A_7C15) >> 59)
        if recentTexts.isEmpty {
            recentTexts = Array(repeating: ("", -1), count: GroupTable.recentTextSlots)
        } else if recentTexts[slot].group >= 0, recentTexts[slot].text.storageBits == bits {
            return recentTexts[slot].group
        }
        let group = singleKeyIndex[key] ?? append([key], definitions.map { $0.makeAccumulator() })
        recentTexts[slot] = (text, group)
        return group
    }

    /// Text keys met lately with their groups, found by the text's storage rather than by hashing
    /// it: hashing showed in `expand … | group by …` in the shell (measured: docs/performance.md,
    /// "Results"). Short text is stored inline, so the same bits are the same text; longer text is
    /// the same buffer, which the slot holds so that it cannot be freed and reused for other text.
    private var recentTexts: [(text: String, group: Int)] = []
    private static let recentTextSlots = 32

    /// Folds one row's argument into an aggregate of a group.
    mutating func add(_ argument: Value?, at range: SourceRange, toAccumulator i: Int, ofGroup group: Int)
        throws(RuntimeError)
    {
        try groups[group].accumulators[i].add(argument, at: range)
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
