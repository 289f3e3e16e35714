/// The rows of one batch grouped on a worker thread, as `GroupBy` would group them, for
/// `GroupBy.merge` to fold in on the calling thread in input order.
final class PartialGroupBy: RowSink {
    private let compiled: CompiledGrouping
    private(set) var table = GroupTable()

    /// `evaluator` is the batch's own (it holds caches).
    init(_ grouping: GroupBy.Grouping, _ evaluator: ExpressionEvaluator) {
        compiled = CompiledGrouping(
            keys: grouping.keys, aggregates: grouping.aggregates, definitions: grouping.definitions, evaluator)
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try compiled.fold(row, into: &table)
        return true
    }
}
