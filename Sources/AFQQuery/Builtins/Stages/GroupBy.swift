/// `group by KEY, ... [compute AGG, ...]`: one row per distinct key in order of first appearance,
/// with the key columns then the aggregates; `count` alone when there is no `compute`.
final class GroupBy: RowSink {
    let keys: [NamedExpression]
    let aggregates: [NamedExpression]
    let definitions: [AggregateDefinition]
    let evaluator: ExpressionEvaluator
    let next: RowSink
    private var groupIndex: [[Value]: Int] = [:]
    private var groups: [(key: [Value], accumulators: [any Accumulator])] = []

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

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        var key: [Value] = []
        key.reserveCapacity(keys.count)
        for k in keys { key.append(try evaluator.evaluate(k.expression, row)) }
        let index: Int
        if let existing = groupIndex[key] {
            index = existing
        } else {
            index = groups.count
            groupIndex[key] = index
            groups.append((key, definitions.map { $0.makeAccumulator() }))
        }
        for (i, aggregate) in aggregates.enumerated() {
            guard case .call(_, _, let arguments, let range) = aggregate.expression else { continue }
            let argument = try arguments.first.map { e throws(RuntimeError) in try evaluator.evaluate(e, row) }
            try groups[index].accumulators[i].add(argument, at: range)
        }
        return true
    }

    override func finish() throws(RuntimeError) {
        for group in groups {
            var record = Record()
            for (k, value) in zip(keys, group.key) { record.appendUnchecked(k.columnName, value) }
            for (aggregate, accumulator) in zip(aggregates, group.accumulators) {
                record.appendUnchecked(aggregate.columnName, accumulator.result)
            }
            guard try next.push(Row(.record(record))) else { break }
        }
        groups = []
        groupIndex = [:]
        try next.finish()
    }
}
