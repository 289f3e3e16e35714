/// Typing of expressions (docs/language.md, "Fields and paths" and "Operators"): the checker resolves every path against the row's
/// shape, so an unknown field is reported before anything runs, with the nearest known names.
extension Checker {
    func type(of expression: Expression, in state: inout State) throws(CheckError) -> SchemaType {
        switch expression {
        case .literal(let value, _):
            return .inferred(from: value)
        case .list(let elements, _):
            var element: SchemaType? = nil
            for e in elements {
                let t = try type(of: e, in: &state)
                element = element.map { $0 == t ? $0 : .any } ?? t
            }
            return .list(element ?? .any)
        case .field(let name, let range):
            if state.rowsAreOriginal, state.recordsDemand { state.demandedPaths.append([name]) }
            return try member(name, of: state.rowType, range: range, isRowField: true, state: state)
        case .variable(let name, let range):
            switch name {
            case "it":
                if state.rowsAreOriginal { state.demandsEverything = true }
                return state.rowType
            case "source":
                if state.rowsAreGroups { throw Self.sourceOfGroups("$source", state: state, range) }
                return CheckContext.sourceType
            case ListQuantifier.elementVariable where !state.elementTypes.isEmpty:
                return state.elementTypes[state.elementTypes.count - 1]
            default:
                guard let value = context.parameters[name] else {
                    let candidates = ["it", "source"] + context.parameters.keys.sorted()
                    throw .unknownVariable(
                        name,
                        suggestion: Suggestions.nearest(to: name, in: candidates).first.map {
                            "did you mean `$\($0)`?"
                        },
                        range)
                }
                return .inferred(from: value)
            }
        case .member(let base, let name, let range):
            if state.rowsAreGroups, case .variable("source", _) = base {
                throw Self.sourceOfGroups("$source." + name, state: state, range)
            }
            // A plain path from the row is demanded as a whole path, not its first key in full.
            let recordsPath = state.rowsAreOriginal && state.recordsDemand && expression.fieldPath != nil
            if recordsPath, let path = expression.fieldPath { state.demandedPaths.append(path) }
            let saved = state.recordsDemand
            if recordsPath { state.recordsDemand = false }
            let baseType: SchemaType
            do {
                baseType = try type(of: base, in: &state)
            } catch {
                state.recordsDemand = saved
                throw error
            }
            state.recordsDemand = saved
            return try member(name, of: baseType, nodeRange: range, state: state)
        case .index(let base, let index, _):
            let baseType = try type(of: base, in: &state)
            return try element(of: baseType, at: index, in: &state)
        case .unary(let op, let operand, _):
            let operandType = try type(of: operand, in: &state)
            return op == .not ? .boolean : (operandType == .duration ? .duration : .number)
        case .binary(let op, let left, let right, let range):
            // A row path only tested for a string literal is demanded as such (`keptTexts`).
            let test = state.rowsAreOriginal && state.recordsDemand ? Self.membershipTest(op, left, right) : nil
            if let test {
                state.membershipTests.append(test)
                state.recordsDemand = false
            }
            let l = try type(of: left, in: &state)
            let r = try type(of: right, in: &state)
            if test != nil { state.recordsDemand = true }
            return try binaryType(op, (left, l), (right, r), range: range, state: state)
        case .isNull(let operand, _, _):
            _ = try type(of: operand, in: &state)
            return .boolean
        case .call(let name, let nameRange, let arguments, let range):
            guard let function = FunctionLibrary.function(named: name) else {
                if AggregateLibrary.aggregate(named: name) != nil {
                    throw .aggregateOutsideCompute(name, nameRange)
                }
                let suggestion =
                    Suggestions.didYouMean(name, in: FunctionLibrary.names)
                    ?? FunctionLibrary.otherLanguagesNames[name.lowercased()].map { "did you mean `\($0)`?" }
                throw .unknownFunction(name, suggestion: suggestion, nameRange)
            }
            guard function.arity.contains(arguments.count) else {
                throw .wrongArgumentCount(name, expected: function.arityDescription, got: arguments.count, range)
            }
            if function.quantifier != nil { return try typeOfQuantifier(name, arguments, in: &state) }
            var argumentTypes: [SchemaType] = []
            for argument in arguments { argumentTypes.append(try type(of: argument, in: &state)) }
            return function.resultType(argumentTypes)
        case .chain(let first, let links, _):
            return try typeOfChain(first, links, in: &state)
        }
    }

    /// The type of `left op right` once both sides are typed, or the mistake it makes.
    private func binaryType(
        _ op: BinaryOperator, _ left: (expression: Expression, type: SchemaType),
        _ right: (expression: Expression, type: SchemaType), range: SourceRange, state: State
    ) throws(CheckError) -> SchemaType {
        let (l, r) = (left.type, right.type)
        if let mistake = neverTrue(op, left, right, range: range, state: state) { throw mistake }
        if op == .match || op == .notMatch { try checkPattern(right.expression) }
        if let timeType = try Self.timeType(op, left, right, range: range) { return timeType }
        switch op {
        case .add: return l == r ? l : (l == .number || r == .number ? .number : .any)
        case .subtract, .multiply, .divide, .remainder: return .number
        default: return .boolean
        }
    }

    /// A flat chain (`Expression.chain`), typed link by link in the order the left-deep tree it
    /// stands for is typed, with the same errors and the same demand: the longest plain path at
    /// its start is demanded as a whole path, as `.member` demands it.
    private func typeOfChain(
        _ first: Expression, _ links: [ChainLink], in state: inout State
    ) throws(CheckError) -> SchemaType {
        var path: [String]? = nil
        if state.rowsAreOriginal, state.recordsDemand, var names = first.fieldPath,
            case .member? = links.first?.step
        {
            for link in links {
                guard case .member(let name) = link.step else { break }
                names.append(name)
            }
            path = names
        }
        if let path {
            state.demandedPaths.append(path)
            state.recordsDemand = false
        }
        var result: SchemaType
        do {
            result = try type(of: first, in: &state)
        } catch {
            if path != nil { state.recordsDemand = true }
            throw error
        }
        if path != nil { state.recordsDemand = true }
        for (position, link) in links.enumerated() {
            switch link.step {
            case .member(let name):
                if position == 0, state.rowsAreGroups, case .variable("source", _) = first {
                    throw Self.sourceOfGroups("$source." + name, state: state, link.range)
                }
                result = try member(name, of: result, nodeRange: link.range, state: state)
            case .index(let index):
                result = try element(of: result, at: index, in: &state)
            case .binary(let op, let operand):
                // Only arithmetic is chained, whose checks never read the left side's syntax.
                let operandType = try type(of: operand, in: &state)
                result = try binaryType(
                    op, (first, result), (operand, operandType), range: link.range, state: state)
            }
        }
        return result
    }

    /// The type of `base[index]` for a base of type `baseType`.
    private func element(of baseType: SchemaType, at index: Expression, in state: inout State) throws(CheckError)
        -> SchemaType
    {
        _ = try type(of: index, in: &state)
        if case .list(let element) = baseType { return element }
        return .any
    }

    /// The type of `base.name` for a base of type `baseType`, with the error at the name, the end
    /// of the node's range.
    private func member(_ name: String, of baseType: SchemaType, nodeRange range: SourceRange, state: State)
        throws(CheckError) -> SchemaType
    {
        let nameRange = SourceRange(max(range.lowerBound, range.upperBound - name.utf8.count), range.upperBound)
        return try member(name, of: baseType, range: nameRange, isRowField: false, state: state)
    }

    /// `any(list, condition)` or `all(list, condition)`: the condition is typed with `$x` as the
    /// list's element type; a list argument known not to be a list is an error, as for `expand`.
    private func typeOfQuantifier(
        _ name: String, _ arguments: [Expression], in state: inout State
    ) throws(CheckError) -> SchemaType {
        let listType = try type(of: arguments[0], in: &state)
        let elementType: SchemaType
        switch listType {
        case .list(let element): elementType = element
        case .any: elementType = .any
        default: throw .notAList(stage: name, typeName: listType.displayName, arguments[0].range)
        }
        state.elementTypes.append(elementType)
        defer { state.elementTypes.removeLast() }
        _ = try type(of: arguments[1], in: &state)
        return .boolean
    }

    /// `$source` after `group by` (or `compute`) would read the provenance of a group, which has
    /// none, and give null in silence, even where the group has a column written the same way.
    static func sourceOfGroups(_ path: String, state: State, _ range: SourceRange) -> CheckError {
        var hasColumn = false
        if case .record(let r) = state.rowType { hasColumn = r.fields.contains { $0.name == path } }
        return .sourceOfGroups(path, hasColumn: hasColumn, stage: state.groupingStage, range)
    }

    /// `path contains "text"` or `"text" in path`: the path's value is read only to learn whether
    /// it is a list holding that string (or a string holding it as text).
    static func membershipTest(
        _ op: BinaryOperator, _ left: Expression, _ right: Expression
    ) -> (path: [String], text: String)? {
        switch (op, left, right) {
        case (.contains, _, .literal(.string(let text), _)):
            return left.fieldPath.map { ($0, text) }
        case (.in, .literal(.string(let text), _), _):
            return right.fieldPath.map { ($0, text) }
        default:
            return nil
        }
    }

    /// The type of an aggregate call after `compute`.
    func typeOfAggregate(_ expression: Expression, in state: inout State) throws(CheckError) -> SchemaType {
        guard case .call(let name, let nameRange, let arguments, let range) = expression else {
            throw .notAnAggregate(expression.range)
        }
        guard let aggregate = AggregateLibrary.aggregate(named: name) else {
            if FunctionLibrary.function(named: name) != nil { throw .notAnAggregate(expression.range) }
            throw .unknownFunction(
                name, suggestion: Suggestions.didYouMean(name, in: AggregateLibrary.names), nameRange)
        }
        guard aggregate.arity.contains(arguments.count) else {
            let expected = aggregate.arity.lowerBound == 0 ? "0 or 1 argument" : "1 argument"
            throw .wrongArgumentCount(name, expected: expected, got: arguments.count, range)
        }
        let argumentType = try arguments.first.map { argument throws(CheckError) in try type(of: argument, in: &state) }
        return aggregate.resultType(argumentType)
    }

    /// The type of field `name` of a value of type `container`, or the error that explains why
    /// there is no such field.
    private func member(
        _ name: String, of container: SchemaType, range: SourceRange, isRowField: Bool, state: State
    ) throws(CheckError) -> SchemaType {
        if let t = container.member(name) { return t }
        switch container {
        case .record(let r):
            // A source field that a `select` or `group by` dropped or renamed is explained as such.
            if isRowField, !state.rowsAreOriginal, Suggestions.didYouMean(name, in: r.fields.map(\.name)) == nil,
                context.schema.row.field(named: name) != nil
            {
                throw .notAColumn(name, columns: r.fields.map(\.name), range)
            }
            throw .unknownField(name, suggestion: suggestion(for: name, among: r), range)
        case .list(let element):
            if case .record(let r) = element.innermost {
                throw .unknownField(name, suggestion: suggestion(for: name, among: r), range)
            }
            throw .noFields(name, typeName: container.displayName, range)
        default:
            if isRowField { throw .rowsAreNotRecords(name, typeName: container.displayName, range) }
            throw .noFields(name, typeName: container.displayName, range)
        }
    }

    private func suggestion(for name: String, among record: RecordSchema) -> String? {
        let names = record.fields.map(\.name)
        // A column made by `select a.b` is named `a.b`, and must be written in backticks.
        if let dotted = names.first(where: { $0.hasPrefix(name + ".") }) {
            return "did you mean `` `\(dotted)` ``?"
        }
        if let nearest = Suggestions.didYouMean(name, in: names) { return nearest }
        return names.count <= 6 && !names.isEmpty ? "known fields here: " + names.joined(separator: ", ") : nil
    }
}

extension SchemaType {
    /// The element type below any number of list levels.
    public var innermost: SchemaType {
        if case .list(let e) = self { return e.innermost }
        return self
    }

    /// This type without the member at `path` (for `reject`).
    func removing(_ path: [String]) -> SchemaType {
        guard let first = path.first, case .record(var r) = self else { return self }
        if path.count == 1 {
            r.fields.removeAll { $0.name == first }
        } else if let i = r.fields.firstIndex(where: { $0.name == first }) {
            r.fields[i].type = r.fields[i].type.removing(Array(path.dropFirst()))
        }
        return .record(r)
    }

    /// This type with the member at `path` given a new type (for `expand`).
    func replacing(_ path: [String], with newType: SchemaType) -> SchemaType {
        guard let first = path.first, case .record(var r) = self,
            let i = r.fields.firstIndex(where: { $0.name == first })
        else { return self }
        r.fields[i].type =
            path.count == 1 ? newType : r.fields[i].type.replacing(Array(path.dropFirst()), with: newType)
        return .record(r)
    }
}
