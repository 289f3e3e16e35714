/// `get EXPR`: each row is replaced by the value of EXPR, seen later as `$it` (afq-language §5).
final class Get: RowSink {
    let expression: CompiledExpression
    /// The expression when it is a field path, read in place.
    let path: LentFieldPath?
    let next: RowSink

    init(_ expression: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.expression = evaluator.compile(expression)
        self.path = evaluator.lentFieldPath(expression)
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        let next = self.next
        if let path, let more = try path.withValue(in: row, { value, row throws(RuntimeError) in
            try next.push(lent: &value, sourceOf: row)
        }) {
            return more
        }
        return try next.push(try expression(row), sourceOf: row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
