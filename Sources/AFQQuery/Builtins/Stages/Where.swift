/// `where EXPR`: keeps the rows for which EXPR is truthy (afq-language §5).
final class Where: RowSink {
    let condition: CompiledExpression
    let next: RowSink

    init(_ condition: Expression, _ evaluator: ExpressionEvaluator, next: RowSink) {
        self.condition = evaluator.compile(condition)
        self.next = next
    }

    override func push(_ row: Row) throws(RuntimeError) -> Bool {
        guard try condition(row).isTruthy else { return true }
        return try next.push(row)
    }

    override func finish() throws(RuntimeError) { try next.finish() }
}
