/// Evaluates expressions against one row (afq-language §6). Missing keys, indexes out of range
/// and fields of non-records read as null; type errors in comparisons and arithmetic are
/// run-time errors with the position of the offending expression.
final class ExpressionEvaluator {
    let parameters: [String: Value]
    private var regexCache: [String: Regex<AnyRegexOutput>] = [:]
    private let fields = FieldLookupCache()

    init(parameters: [String: Value]) {
        self.parameters = parameters
    }

    func evaluate(_ expression: Expression, _ row: Row) throws(RuntimeError) -> Value {
        switch expression {
        case .literal(let value, _):
            return value
        case .list(let elements, _):
            var values: [Value] = []
            values.reserveCapacity(elements.count)
            for e in elements { values.append(try evaluate(e, row)) }
            return .list(values)
        case .field(let name, _):
            return fields.member(name, of: row.value)
        case .variable(let name, _):
            switch name {
            case "it": return row.value
            case "source": return row.source.value
            default: return parameters[name] ?? .null
            }
        case .member(let base, let name, _):
            return fields.member(name, of: try evaluate(base, row))
        case .index(let base, let index, _):
            return ExpressionEvaluator.element(try evaluate(index, row), of: try evaluate(base, row))
        case .unary(.not, let operand, _):
            return .bool(!(try evaluate(operand, row).isTruthy))
        case .unary(.negate, let operand, let range):
            switch try evaluate(operand, row) {
            case .number(let n): return .number(-n)
            case .null: return .null
            case let other: throw .invalidOperands("-", left: "number", right: other.typeName, range)
            }
        case .binary(.and, let left, let right, _):
            guard try evaluate(left, row).isTruthy else { return .bool(false) }
            return .bool(try evaluate(right, row).isTruthy)
        case .binary(.or, let left, let right, _):
            if try evaluate(left, row).isTruthy { return .bool(true) }
            return .bool(try evaluate(right, row).isTruthy)
        case .binary(let op, let left, let right, let range):
            let l = try evaluate(left, row)
            let r = try evaluate(right, row)
            return try apply(op, l, r, range: range, rightRange: right.range)
        case .isNull(let operand, let negated, _):
            return .bool(try evaluate(operand, row).isNull != negated)
        case .call(let name, _, let arguments, let range):
            var values: [Value] = []
            values.reserveCapacity(arguments.count)
            for argument in arguments { values.append(try evaluate(argument, row)) }
            // The checker has verified the name and the arity.
            guard let function = FunctionLibrary.function(named: name) else { return .null }
            return try function.body(values, CallSite(name: name, argumentRanges: arguments.map(\.range), range: range))
        }
    }

    /// `value.name`: a record's field; on a list, the field of each element, flattened one level
    /// and without nulls (afq-language §6: `supportedDataTransferApis.Name` lists the names).
    static func member(_ name: String, of value: Value) -> Value {
        switch value {
        case .record(let r):
            return r[name] ?? .null
        case .list(let elements):
            var result: [Value] = []
            for element in elements {
                switch member(name, of: element) {
                case .null: continue
                case .list(let inner): result.append(contentsOf: inner)
                case let other: result.append(other)
                }
            }
            return .list(result)
        default:
            return .null
        }
    }

    /// `value[index]`: a list element (negative counts from the end) or a record field by name.
    static func element(_ index: Value, of value: Value) -> Value {
        switch (value, index) {
        case (.list(let elements), .number(let n)):
            guard n == n.rounded(), abs(n) < 1e15 else { return .null }
            let i = Int(n) < 0 ? elements.count + Int(n) : Int(n)
            return elements.indices.contains(i) ? elements[i] : .null
        case (.record(let r), .string(let key)):
            return r[key] ?? .null
        default:
            return .null
        }
    }

    private func apply(_ op: BinaryOperator, _ l: Value, _ r: Value, range: SourceRange, rightRange: SourceRange)
        throws(RuntimeError) -> Value
    {
        switch op {
        case .equal: return .bool(try Comparison.equal(l, r, range: range))
        case .notEqual: return .bool(!(try Comparison.equal(l, r, range: range)))
        case .less, .lessEqual, .greater, .greaterEqual:
            guard let order = try Comparison.order(l, r, op: op.rawValue, range: range) else { return .bool(false) }
            switch op {
            case .less: return .bool(order < 0)
            case .lessEqual: return .bool(order <= 0)
            case .greater: return .bool(order > 0)
            default: return .bool(order >= 0)
            }
        case .contains: return .bool(try Comparison.contains(l, r, range: range))
        case .in:
            switch r {
            case .list, .null: return .bool(try Comparison.contains(r, l, range: range))
            default: throw .notAList(operator: "in", got: r.typeName, rightRange)
            }
        case .like:
            guard case .string(let text) = l, case .string(let pattern) = r else { return .bool(false) }
            return .bool(Glob.matches(text, pattern: pattern))
        case .match, .notMatch:
            guard case .string(let pattern) = r else {
                throw .argumentType(function: op.rawValue, expected: "a string pattern", got: r.typeName, rightRange)
            }
            guard case .string(let text) = l else { return .bool(op == .notMatch) }
            let found = text.contains(try regex(pattern, range: rightRange))
            return .bool(found == (op == .match))
        case .add, .subtract, .multiply, .divide, .remainder:
            return try Arithmetic.apply(op, l, r, range: range)
        case .and, .or:
            return .bool(op == .and ? (l.isTruthy && r.isTruthy) : (l.isTruthy || r.isTruthy))
        }
    }

    private func regex(_ pattern: String, range: SourceRange) throws(RuntimeError) -> Regex<AnyRegexOutput> {
        if let cached = regexCache[pattern] { return cached }
        do {
            let compiled = try Regex(pattern)
            regexCache[pattern] = compiled
            return compiled
        } catch {
            throw .invalidRegex(pattern, reason: "\(error)", range)
        }
    }
}
