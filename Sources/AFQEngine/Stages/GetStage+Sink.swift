import AFQQuery

/// How `GetStage` runs in the engine: its sink, and what of it the workers may do.
extension GetStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(expression, context.expressions, next: next)
    }

    package var unsharedCopy: GetStage { GetStage(expression: expression.unsharedCopy) }

    final class Sink: RowSink {
        let expression: CompiledExpression
        /// The expression when it is a field path, read in place.
        let path: LentFieldPath?
        let next: RowSink

        init(_ expression: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.expression = evaluator.compile(expression)
            self.path = evaluator.lentFieldPath(expression)
            self.next = next
        }

        override var strategy: String? { path == nil ? "compiled" : "lent" }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            let next = self.next
            if let path,
                let more = try path.withValue(
                    in: row,
                    { value, row throws(RuntimeError) in
                        try next.push(lent: &value, sourceOf: row)
                    })
            {
                return more
            }
            return try next.push(try expression(row), sourceOf: row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
