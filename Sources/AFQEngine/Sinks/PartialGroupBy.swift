import AFQQuery

/// The rows of one batch grouped on a worker thread, as `group by` would group them, for its
/// sink to merge on the calling thread in input order (`BatchPart.groups`).
final class PartialGroupBy: RowSink {
    private let compiled: CompiledGrouping
    private(set) var table = GroupTable()

    /// `evaluator` is the batch's own (it holds caches).
    init(_ grouping: GroupByStage.Grouping, _ evaluator: ExpressionEvaluator) {
        compiled = CompiledGrouping(grouping, evaluator)
    }

    override func takePart() -> BatchPart { .groups(table) }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try compiled.fold(row, into: &table)
        return true
    }
}
