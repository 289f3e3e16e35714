import AFQQuery

/// An expression ready to evaluate against rows (`ExpressionEvaluator.compile`). A struct rather
/// than a bare closure type: closures kept in arrays (`select`'s columns, `group by`'s keys) are
/// stored in their most general form and called through a conversion thunk for every row.
struct CompiledExpression {
    let evaluate: (Row) throws(RuntimeError) -> Value

    init(_ evaluate: @escaping (Row) throws(RuntimeError) -> Value) {
        self.evaluate = evaluate
    }

    @inline(__always)
    func callAsFunction(_ row: Row) throws(RuntimeError) -> Value {
        try evaluate(row)
    }
}
