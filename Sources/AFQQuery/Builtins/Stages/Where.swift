/// `where EXPR`: keeps the rows for which EXPR is truthy (afq-language §5).
final class Where: RowSink {
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
