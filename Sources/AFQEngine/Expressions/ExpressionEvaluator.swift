import AFQQuery

/// Evaluates expressions against one row (docs/language.md, "Operators"). Missing keys, indexes
/// out of range and fields of non-records read as null; type errors in comparisons and
/// arithmetic are run-time errors with the position of the offending expression.
final class ExpressionEvaluator {
    let parameters: [String: Value]
    /// The statement's start time, for `now()` (docs/language.md, "Time").
    let now: Timestamp
    /// Patterns computed while rows flow, compiled once each: keyed by code points, as a pattern
    /// with the Kelvin sign is not one with `K`.
    private var regexCache: [CodePointText: RegularExpression] = [:]
    private let fields = FieldLookup()
    /// The elements `$x` reads inside the `any` and `all` being compiled, innermost last: each
    /// call's loop sets its slot before running its condition. An evaluator serves one thread.
    private var elementSlots: [ElementSlot] = []
    /// Whether a list holds a text, by the storage of both: rows share their repeated lists (each
    /// connector type's operators and modes), so `supportedOperators contains "BETWEEN"` searches
    /// each list once instead of once per row.
    private let listSearches = IdentityCache<([Value], String), Bool>(slotCountLog2: 5, unused: false)

    package init(parameters: [String: Value], now: Timestamp = StatementClock.current()) {
        self.parameters = parameters
        self.now = now
    }

    /// One value of `expression`; stages that evaluate an expression for every row compile it
    /// once instead (`compile`).
    func evaluate(_ expression: Expression, _ row: Row) throws(RuntimeError) -> Value {
        try compile(expression)(row)
    }

    /// `expression` made into nested closures, one per node, each holding what it needs: walking
    /// the syntax tree for every row retained and released its names and branches and switched
    /// over its cases again (docs/performance.md). Operands are evaluated in the same order, and
    /// the same errors thrown, as the tree reads.
    func compile(_ expression: Expression) -> CompiledExpression {
        switch expression {
        case .literal(let value, _):
            return CompiledExpression { (_: Row) throws(RuntimeError) -> Value in value }
        case .list(let elements, _):
            let parts = elements.map(compile)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                .list(try ExpressionEvaluator.values(of: parts, row))
            }
        case .field(let name, _):
            let fields = self.fields
            let name = fields.canonicalName(name)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in fields.member(name, of: row.value) }
        case .variable(let name, _):
            switch name {
            case "it": return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in row.value }
            case "source": return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in row.source.value }
            case ListQuantifier.elementVariable where !elementSlots.isEmpty:
                let slot = elementSlots[elementSlots.count - 1]
                return CompiledExpression { (_: Row) throws(RuntimeError) -> Value in slot.value }
            default:
                let value = parameters[name] ?? .null
                return CompiledExpression { (_: Row) throws(RuntimeError) -> Value in value }
            }
        case .member(let base, let name, _):
            let base = compile(base)
            let fields = self.fields
            let name = fields.canonicalName(name)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                fields.member(name, of: try base(row))
            }
        case .index(let base, let index, _):
            let base = compile(base)
            let index = compile(index)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                let position = try index(row)
                return try base(row).element(at: position)
            }
        case .unary(.not, let operand, _):
            let operand = compile(operand)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                .bool(!(try operand(row).isTruthy))
            }
        case .unary(.negate, let operand, let range):
            let operand = compile(operand)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                switch try operand(row) {
                case .number(let n): return .number(-n)
                case .duration(let d): return .duration(d.negated)
                case .null: return .null
                case let other: throw .invalidOperands("-", left: "number", right: other.typeName, range)
                }
            }
        case .binary(.and, let left, let right, _):
            let left = compile(left)
            let right = compile(right)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                guard try left(row).isTruthy else { return .bool(false) }
                return .bool(try right(row).isTruthy)
            }
        case .binary(.or, let left, let right, _):
            let left = compile(left)
            let right = compile(right)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                if try left(row).isTruthy { return .bool(true) }
                return .bool(try right(row).isTruthy)
            }
        case .binary(let op, let leftExpression, let rightExpression, let range):
            let left = compile(leftExpression)
            if let match = compileMatch(op, left, rightExpression) { return match }
            let right = compile(rightExpression)
            let rightRange = rightExpression.range
            return CompiledExpression { [self] (row: Row) throws(RuntimeError) -> Value in
                let l = try left(row)
                let r = try right(row)
                return try apply(op, l, r, range: range, rightRange: rightRange)
            }
        case .isNull(let operand, let negated, _):
            let operand = compile(operand)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                .bool(try operand(row).isNull != negated)
            }
        case .call(let name, _, let arguments, let range):
            // The checker has verified the name and the arity.
            let function = FunctionLibrary.function(named: name)
            if let quantifier = function?.quantifier { return compile(quantifier, arguments[0], arguments[1]) }
            let parts = arguments.map(compile)
            let site = CallSite(name: name, argumentRanges: arguments.map(\.range), range: range, now: now)
            return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
                let values = try ExpressionEvaluator.values(of: parts, row)
                guard let function else { return .null }
                return try function.body(values, site)
            }
        case .chain(let first, let links, _):
            return compileChain(first, links)
        }
    }

    /// A flat chain (`Expression.chain`) as one closure that loops over its operations: a closure
    /// per operation calling the one before would nest calls as deep as the chain is long. The
    /// order is the left-deep tree's, as in `ReferenceExpressions`: indexes last to first, then
    /// the first operand, then each operation with its right operand.
    private func compileChain(_ first: Expression, _ links: [ChainLink]) -> CompiledExpression {
        let first = compile(first)
        let fields = self.fields
        let operations = links.map { link -> ChainOperation in
            switch link.step {
            case .member(let name): return .member(fields.canonicalName(name))
            case .index(let index): return .index(compile(index))
            case .binary(let op, let operand):
                return .binary(op, compile(operand), range: link.range, rightRange: operand.range)
            }
        }
        let indexed = operations.indices.reversed().filter {
            if case .index = operations[$0] { return true }
            return false
        }
        return CompiledExpression { [self] (row: Row) throws(RuntimeError) -> Value in
            var positions: [Value] = []
            positions.reserveCapacity(indexed.count)
            for i in indexed {
                if case .index(let index) = operations[i] { positions.append(try index(row)) }
            }
            var value = try first(row)
            for i in operations.indices {
                switch operations[i] {
                case .member(let name):
                    value = fields.member(name, of: value)
                case .index:
                    value = value.element(at: positions.removeLast())
                case .binary(let op, let operand, let range, let rightRange):
                    let r = try operand(row)
                    value = try apply(op, value, r, range: range, rightRange: rightRange)
                }
            }
            return value
        }
    }

    /// `any(list, condition)` or `all(list, condition)`, with `$x` in the condition reading a slot
    /// of its own that the loop fills with each element.
    private func compile(_ quantifier: ListQuantifier, _ list: Expression, _ condition: Expression)
        -> CompiledExpression
    {
        let list = compile(list)
        let slot = ElementSlot()
        elementSlots.append(slot)
        let test = compile(condition)
        elementSlots.removeLast()
        return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
            let elements = ListQuantifier.elements(of: try list(row))
            return .bool(
                try quantifier.answer(over: elements) { (element: Value) throws(RuntimeError) -> Bool in
                    slot.value = element
                    return try test(row).isTruthy
                })
        }
    }

    /// `condition` as an `InPlaceCondition`, when it has one of its shapes.
    func inPlaceCondition(_ condition: Expression) -> InPlaceCondition? {
        InPlaceCondition(condition, fields: fields)
    }

    /// `expression` as a `LentFieldPath`, when it is a field path.
    func lentFieldPath(_ expression: Expression) -> LentFieldPath? {
        expression.fieldPath.map { LentFieldPath($0, fields: fields) }
    }

    private static func values(of parts: [CompiledExpression], _ row: Row) throws(RuntimeError) -> [Value] {
        var values: [Value] = []
        values.reserveCapacity(parts.count)
        for i in parts.indices { values.append(try parts[i](row)) }
        return values
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
        case .contains:
            guard case .list(let items) = l, case .string(let text) = r else {
                return .bool(try Comparison.contains(l, r, range: range))
            }
            let key = IdentityKey(items, text)
            if let known = listSearches.answer(for: key) { return .bool(known) }
            let found = try Comparison.contains(l, r, range: range)
            listSearches.remember(found, for: key, holding: (items, text))
            return .bool(found)
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
            let found = try regex(pattern, range: rightRange).isFound(in: text)
            return .bool(found == (op == .match))
        case .add, .subtract, .multiply, .divide, .remainder:
            return try Arithmetic.apply(op, l, r, range: range)
        case .and, .or:
            return .bool(op == .and ? (l.isTruthy && r.isTruthy) : (l.isTruthy || r.isTruthy))
        }
    }

    private func regex(_ pattern: String, range: SourceRange) throws(RuntimeError) -> RegularExpression {
        let key = CodePointText(pattern)
        if let cached = regexCache[key] { return cached }
        do {
            let compiled = try RegularExpression(pattern)
            regexCache[key] = compiled
            return compiled
        } catch {
            throw .invalidRegex(error, range)
        }
    }

    /// `x =~ "literal"` and `x !~ "literal"`: the pattern compiled once, here, instead of looked
    /// up for each row; nil for any other comparison (and for a bad pattern, whose error the
    /// generic path throws as rows flow, as it would without this).
    private func compileMatch(
        _ op: BinaryOperator, _ left: CompiledExpression, _ pattern: Expression
    ) -> CompiledExpression? {
        guard op == .match || op == .notMatch, case .literal(.string(let text), _) = pattern,
            let regex = try? RegularExpression(text)
        else { return nil }
        let wanted = op == .match
        return CompiledExpression { (row: Row) throws(RuntimeError) -> Value in
            guard case .string(let text) = try left(row) else { return .bool(!wanted) }
            return .bool(regex.isFound(in: text) == wanted)
        }
    }
}
