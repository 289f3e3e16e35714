/// The N of `limit N` and `skip N` (docs/language.md, "Stages"): a whole number written in the
/// query, or a parameter that holds one when the query runs.
package enum RowCountArgument {
    static func check(_ n: Expression, stage: String, _ checker: Checker, _ state: inout Checker.State)
        throws(CheckError)
    {
        switch n {
        case .literal(.number(let value), let r):
            guard value >= 0, value == value.rounded() else { throw .notACount(stage: stage, r) }
        case .variable:
            _ = try checker.type(of: n, in: &state)
        default:
            throw .notACount(stage: stage, n.range)
        }
    }

    /// The count `n` evaluates to: a parameter may hold it as a number or as text.
    package static func value(of n: Expression, stage: String, _ expressions: ReferenceExpressions) throws(RuntimeError)
        -> Int
    {
        let value = try expressions.evaluate(n, Row(.null))
        var number: Double? = value.numberValue
        if number == nil, let text = value.stringValue { number = Double(text) }
        guard let number, number >= 0, number == number.rounded(), number < 1e15 else {
            throw .invalidCount(stage: stage, got: value.plainText ?? value.typeName, n.range)
        }
        return Int(number)
    }
}
