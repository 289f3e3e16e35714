import AFQQuery

/// One operation of a flat chain as compiled (`ExpressionEvaluator.compileChain`).
enum ChainOperation {
    /// `.name`, with the name as `FieldLookup` keeps it.
    case member(String)
    /// `[index]`
    case index(CompiledExpression)
    /// `+`, `-`, `*`, `/` or `%` and its right operand, with the ranges of its errors.
    case binary(BinaryOperator, CompiledExpression, range: SourceRange, rightRange: SourceRange)
}
