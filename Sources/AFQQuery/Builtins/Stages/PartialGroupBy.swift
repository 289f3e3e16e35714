/// The rows of one batch grouped on a worker thread, as `GroupBy` would group them, for
/// `GroupBy.merge` to fold in on the calling thread in input order.
final class PartialGroupBy: RowSink {
    let keys: [NamedExpression]
    let aggregates: [NamedExpression]
    let definitions: [AggregateDefinition]
    let evaluator: ExpressionEvaluator
    private(set) var table = GroupTable()

    /// `grouping` gives the keys and aggregates, copied so that workers share no reference-counted
    /// object per row; `evaluator` is the batch's own.
    init(_ grouping: GroupBy.Grouping, _ evaluator: ExpressionEvaluator) {
        keys = grouping.keys.map { $0 }
        aggregates = grouping.aggregates.map { $0 }
        definitions = grouping.definitions.map { $0 }
        self.evaluator = evaluator
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try GroupBy.fold(row, into: &table, keys: keys, aggregates: aggregates, definitions: definitions, evaluator)
        return true
    }
}
