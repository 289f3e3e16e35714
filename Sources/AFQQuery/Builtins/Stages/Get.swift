/// `get EXPR`: each row is replaced by the value of EXPR, seen later as `$it` (afq-language §5).
final class Get: RowSink {
    let expression: Expression
    let evaluator: ExpressionEvaluator
    let next: RowSink

    init(_ expression: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.expression = expression
        self.evaluator = evaluator
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try next.push(try evaluator.evaluate(expression, row), sourceOf: row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
