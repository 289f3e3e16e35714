/// `where EXPR`: keeps the rows for which EXPR is truthy (afq-language §5).
final class Where: RowSink {
    let condition: Expression
    let evaluator: ExpressionEvaluator
    let next: RowSink

    init(_ condition: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.condition = condition
        self.evaluator = evaluator
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        guard try evaluator.evaluate(condition, row).isTruthy else { return true }
        return try next.push(row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
