/// `group by KEY, ... [compute AGG, ...]`: one row per distinct key in order of first appearance,
/// with the key columns then the aggregates; `count` alone when there is no `compute`.
final class GroupBy: RowSink {
    let keys: [NamedExpression]
    let aggregates: [NamedExpression]
    let definitions: [AggregateDefinition]
    private let compiled: CompiledGrouping
    let next: RowSink
    private var table = GroupTable()

    init(keys: [NamedExpression], aggregates: [NamedExpression], _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.keys = keys
        self.aggregates = aggregates
        self.definitions = aggregates.compactMap { aggregate in
            guard case .call(let name, _, _, _) = aggregate.expression else { return nil }
            return AggregateLibrary.aggregate(named: name)
        }
        self.compiled = CompiledGrouping(keys: keys, aggregates: aggregates, definitions: definitions, evaluator)
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
        try compiled.fold(row, into: &table)
        return true
    }

    /// Groups folded from a batch of later rows (see `PartialGroupBy`).
    func merge(_ later: GroupTable) {
        table.merge(later)
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
