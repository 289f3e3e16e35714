/// An expression ready to evaluate against rows (`ExpressionEvaluator.compile`).
typealias CompiledExpression = (Row) throws(RuntimeError) -> Value
