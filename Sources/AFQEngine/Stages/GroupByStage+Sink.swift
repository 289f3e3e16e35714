import AFQQuery

/// How `GroupByStage` runs in the engine: its sink, and what of it the workers may do.
extension GroupByStage: SinkStage {
    /// Each batch is grouped where it was read, when every aggregate merges exactly
    /// (`Accumulator.mergesExactly`), and the batches' groups merged in input order.
    func partOnWorkers() -> BatchEnding? {
        let grouping = self.grouping
        guard grouping.definitions.count == grouping.aggregates.count, grouping.definitions.allSatisfy(\.mergesExactly)
        else { return nil }
        return .groups(grouping)
    }

    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(grouping, context.expressions, next: next)
    }

    package var unsharedCopy: GroupByStage {
        GroupByStage(
            keys: keys.map(\.unsharedCopy), computed: computed?.map(\.unsharedCopy), keywordRange: keywordRange)
    }

    final class Sink: RowSink {
        let grouping: Grouping
        private let compiled: CompiledGrouping
        let next: RowSink
        private var table = GroupTable()

        init(_ grouping: Grouping, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.grouping = grouping
            self.compiled = CompiledGrouping(grouping, evaluator)
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            try compiled.fold(row, into: &table)
            return true
        }

        /// Groups folded on a worker thread from a batch of later rows (`PartialGroupBy`).
        override func merge(_ part: BatchPart) {
            guard case .groups(let later) = part else { return super.merge(part) }
            table.merge(later)
        }

        override func finish() throws(RuntimeError) {
            for group in table.groups {
                guard try next.push(Row(GroupByStage.record(of: group, grouping))) else { break }
            }
            table = GroupTable()
            try next.finish()
        }
    }
}

extension GroupByStage.Grouping {
    package var unsharedCopy: GroupByStage.Grouping {
        GroupByStage.Grouping(
            keys: keys.map(\.unsharedCopy), aggregates: aggregates.map(\.unsharedCopy), definitions: definitions)
    }
}
