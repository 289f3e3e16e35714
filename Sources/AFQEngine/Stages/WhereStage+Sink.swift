import AFQQuery

/// How `WhereStage` runs in the engine: its sink, and what of it the workers may do.
extension WhereStage: SinkStage {
    func makeSink(_ context: SinkContext, next: RowSink) -> RowSink {
        Sink(condition, context.expressions, next: next)
    }

    package var unsharedCopy: WhereStage { WhereStage(condition: condition.unsharedCopy) }

    final class Sink: RowSink {
        let condition: CompiledExpression
        /// The condition tested where the row's values are, when it has a shape that allows it;
        /// `condition` decides the rest.
        let inPlace: InPlaceCondition?
        let next: RowSink

        init(_ condition: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
            self.condition = evaluator.compile(condition)
            self.inPlace = evaluator.inPlaceCondition(condition)
            self.next = next
        }

        override var strategy: String? { inPlace == nil ? "compiled" : "in place" }

        override func push(_ row: Row) throws(RuntimeError) -> Bool {
            if let passes = inPlace?.passes(row) {
                guard passes else { return true }
            } else {
                guard try condition(row).isTruthy else { return true }
            }
            return try next.push(row)
        }

        override func finish() throws(RuntimeError) { try next.finish() }
    }
}
