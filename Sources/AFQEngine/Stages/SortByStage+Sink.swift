import AFQQuery

/// How `SortByStage` runs in the engine: its sink, and what of it the workers may do.
extension SortByStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(keys, context.expressions, next: next)
    }

    package var unsharedCopy: SortByStage {
        SortByStage(keys: keys.map { SortKey(expression: $0.expression.unsharedCopy, descending: $0.descending) })
    }

    final class Sink: RowSink {
        let keys: [SortKey]
        private let keyExpressions: [CompiledExpression]
        let next: RowSink
        private var held: [(keys: [Value], row: Row)] = []

        init(_ keys: [SortKey], _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.keys = keys
            self.keyExpressions = keys.map { evaluator.compile($0.expression) }
            self.next = next
        }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            var values: [Value] = []
            values.reserveCapacity(keys.count)
            for i in keyExpressions.indices { values.append(try keyExpressions[i](row)) }
            held.append((values, row))
            return true
        }

        override func finish() throws(RuntimeError) {
            let keys = self.keys
            let order = held.indices.sorted { a, b in
                SortByStage.precedes(held[a].keys, held[b].keys, keys) ?? (a < b)
            }
            for i in order where !(try next.push(held[i].row)) { break }
            held = []
            try next.finish()
        }
    }
}
