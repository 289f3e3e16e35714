/// Expressions read plainly (docs/language.md, "Operators" and "Functions"): the syntax tree
/// walked for every row, with no compiled closures, caches or in-place reading. The meaning of
/// each operator is shared with the engine (`Comparison`, `Arithmetic`, `Glob`, the functions'
/// bodies); what this checks is everything the engine adds around them.
package struct ReferenceExpressions {
    let parameters: [String: Value]
    /// The statement's start time, for `now()` (docs/language.md, "Time").
    let now: Timestamp

    package init(parameters: [String: Value], now: Timestamp = StatementClock.current()) {
        self.parameters = parameters
        self.now = now
    }

    func evaluate(_ expression: Expression, _ row: Row) throws(RuntimeError) -> Value {
        try evaluate(expression, row, element: nil)
    }

    /// `element` is what `$x` reads: the element of the innermost `any` or `all` being tested.
    private func evaluate(_ expression: Expression, _ row: Row, element: Value?) throws(RuntimeError) -> Value {
        switch expression {
        case .literal(let value, _):
            return value
        case .list(let elements, _):
            var values: [Value] = []
            for item in elements { values.append(try evaluate(item, row, element: element)) }
            return .list(values)
        case .field(let name, _):
            return row.value.member(name)
        case .variable(let name, _):
            switch name {
            case "it": return row.value
            case "source": return row.source.value
            case ListQuantifier.elementVariable where element != nil: return element ?? .null
            default: return parameters[name] ?? .null
            }
        case .member(let base, let name, _):
            return try evaluate(base, row, element: element).member(name)
        case .index(let base, let index, _):
            let position = try evaluate(index, row, element: element)
            return try evaluate(base, row, element: element).element(at: position)
        case .unary(.not, let operand, _):
            return .bool(!(try evaluate(operand, row, element: element).isTruthy))
        case .unary(.negate, let operand, let range):
            switch try evaluate(operand, row, element: element) {
            case .number(let n): return .number(-n)
            case .duration(let d): return .duration(d.negated)
            case .null: return .null
            case let other: throw .invalidOperands("-", left: "number", right: other.typeName, range)
            }
        case .binary(.and, let left, let right, _):
            guard try evaluate(left, row, element: element).isTruthy else { return .bool(false) }
            return .bool(try evaluate(right, row, element: element).isTruthy)
        case .binary(.or, let left, let right, _):
            if try evaluate(left, row, element: element).isTruthy { return .bool(true) }
            return .bool(try evaluate(right, row, element: element).isTruthy)
        case .binary(let op, let left, let right, let range):
            let l = try evaluate(left, row, element: element)
            let r = try evaluate(right, row, element: element)
            return try apply(op, l, r, range: range, rightRange: right.range)
        case .isNull(let operand, let negated, _):
            return .bool(try evaluate(operand, row, element: element).isNull != negated)
        case .call(let name, _, let arguments, let range):
            if let quantifier = FunctionLibrary.function(named: name)?.quantifier {
                let elements = ListQuantifier.elements(of: try evaluate(arguments[0], row, element: element))
                return .bool(
                    try quantifier.answer(over: elements) { (each: Value) throws(RuntimeError) -> Bool in
                        try evaluate(arguments[1], row, element: each).isTruthy
                    })
            }
            var values: [Value] = []
            for argument in arguments { values.append(try evaluate(argument, row, element: element)) }
            guard let function = FunctionLibrary.function(named: name) else { return .null }
            let site = CallSite(name: name, argumentRanges: arguments.map(\.range), range: range, now: now)
            return try function.body(values, site)
        case .chain(let first, let links, _):
            // The left-deep tree reads each index before its base, and each right operand after
            // its left side: so the indexes go last to first, then the first operand, then each
            // operation in turn.
            var positions = [Value](repeating: .null, count: links.count)
            for i in links.indices.reversed() {
                if case .index(let index) = links[i].step { positions[i] = try evaluate(index, row, element: element) }
            }
            var value = try evaluate(first, row, element: element)
            for i in links.indices {
                switch links[i].step {
                case .member(let name):
                    value = value.member(name)
                case .index:
                    value = value.element(at: positions[i])
                case .binary(let op, let operand):
                    let r = try evaluate(operand, row, element: element)
                    value = try apply(op, value, r, range: links[i].range, rightRange: operand.range)
                }
            }
            return value
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
            let regex: RegularExpression
            do {
                regex = try RegularExpression(pattern)
            } catch {
                throw .invalidRegex(error, rightRange)
            }
            return .bool(regex.isFound(in: text) == (op == .match))
        case .add, .subtract, .multiply, .divide, .remainder:
            return try Arithmetic.apply(op, l, r, range: range)
        case .and, .or:
            return .bool(op == .and ? (l.isTruthy && r.isTruthy) : (l.isTruthy || r.isTruthy))
        }
    }
}
