/// `group by KEY, ... [compute AGG, ...]`: one row per distinct key in order of first appearance,
/// with the key columns then the aggregates; `count` alone when there is no `compute`.
final class GroupBy: RowSink {
    let keys: [NamedExpression]
    let aggregates: [NamedExpression]
    let definitions: [AggregateDefinition]
    let evaluator: ExpressionEvaluator
    let next: RowSink
    private var table = GroupTable()

    init(keys: [NamedExpression], aggregates: [NamedExpression], _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.keys = keys
        self.aggregates = aggregates
        self.definitions = aggregates.compactMap { aggregate in
            guard case .call(let name, _, _, _) = aggregate.expression else { return nil }
            return AggregateLibrary.aggregate(named: name)
        }
        self.evaluator = evaluator
        self.next = next
    }

    /// What a worker thread needs to group a batch of rows as this stage does.
    struct Grouping: Sendable {
        let keys: [NamedExpression]
        let aggregates: [NamedExpression]
        let definitions: [AggregateDefinition]
    }

    /// The grouping, when batches of rows can be grouped on worker threads and merged here in
    /// order: every aggregate merges exactly.
    var groupingInParts: Grouping? {
        guard definitions.count == aggregates.count, definitions.allSatisfy(\.mergesExactly) else { return nil }
        return Grouping(keys: keys, aggregates: aggregates, definitions: definitions)
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try GroupBy.fold(row, into: &table, keys: keys, aggregates: aggregates, definitions: definitions, evaluator)
        return true
    }

    /// Groups folded from a batch of later rows (see `PartialGroupBy`).
    func merge(_ later: GroupTable) {
        table.merge(later)
    }

    static func fold(
        _ row: Row, into table: inout GroupTable, keys: [NamedExpression], aggregates: [NamedExpression],
        definitions: [AggregateDefinition], _ evaluator: ExpressionEvaluator
    ) throws(RuntimeError) {
        // Indexes rather than `for … in`: each element taken out of the arrays would be a copy,
        // retained and released for every row. No closure either: one capturing the row copied
        // it for every row (issue 5).
        let group: Int
        if keys.count == 1 {
            group = table.group(singleKey: try evaluator.evaluate(keys[0].expression, row), definitions: definitions)
        } else {
            var key: [Value] = []
            key.reserveCapacity(keys.count)
            for i in keys.indices { key.append(try evaluator.evaluate(keys[i].expression, row)) }
            group = table.group(key: key, definitions: definitions)
        }
        for i in aggregates.indices {
            guard case .call(_, _, let arguments, let range) = aggregates[i].expression else { continue }
            // `count()` has no argument (nil), which is not `count(null)` (`.null`).
            let argument: Value? = arguments.isEmpty ? .none : .some(try evaluator.evaluate(arguments[0], row))
            try table.add(argument, at: range, toAccumulator: i, ofGroup: group)
        }
    }

    override func finish() throws(RuntimeError) {
        for group in table.groups {
            var record = Record()
            for (k, value) in zip(keys, group.key) { record.appendUnchecked(k.columnName, value) }
            for (aggregate, accumulator) in zip(aggregates, group.accumulators) {
                record.appendUnchecked(aggregate.columnName, accumulator.result)
            }
            guard try next.push(Row(.record(record))) else { break }
        }
        table = GroupTable()
        try next.finish()
    }
}
