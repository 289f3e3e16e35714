/// `+ - * / %` (docs/language.md, "Operators" and "Time"). A null operand gives null, as in SQL,
/// so a missing field does not stop a whole query.
package enum Arithmetic {
    package static func apply(_ op: BinaryOperator, _ l: Value, _ r: Value, range: SourceRange) throws(RuntimeError)
        -> Value
    {
        switch (l, r) {
        case (.null, _), (_, .null):
            return .null
        case (.number(let a), .number(let b)):
            switch op {
            case .add: return .number(a + b)
            case .subtract: return .number(a - b)
            case .multiply: return .number(a * b)
            case .divide:
                guard b != 0 else { throw .divisionByZero(range) }
                return .number(a / b)
            default:
                guard b != 0 else { throw .divisionByZero(range) }
                return .number(a.truncatingRemainder(dividingBy: b))
            }
        case (.string(let a), .string(let b)) where op == .add:
            return .string(a + b)
        case (.list(let a), .list(let b)) where op == .add:
            return .list(a + b)
        case (.timestamp, .duration), (.duration, .timestamp), (.duration, .duration), (.timestamp, .timestamp),
            (.duration, .number),
            (.number, .duration):
            if let result = try TimeArithmetic.apply(op, l, r, range: range) { return result }
            throw .invalidOperands(op.rawValue, left: l.typeName, right: r.typeName, range)
        default:
            throw .invalidOperands(op.rawValue, left: l.typeName, right: r.typeName, range)
        }
    }
}
