/// `get EXPR`: each row is replaced by the value of EXPR, seen later as `$it` (afq-language §5).
final class Get: RowSink {
    let expression: CompiledExpression
    let next: RowSink

    init(_ expression: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.expression = evaluator.compile(expression)
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        try next.push(try expression(row), sourceOf: row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
