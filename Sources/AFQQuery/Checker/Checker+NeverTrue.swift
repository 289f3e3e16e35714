/// Comparisons the checker knows can never be true (docs/language.md, "Operators"): they would
/// quietly give no rows, so they are errors that say what was meant. Only a value known before any
/// row (a literal, or a parameter: `--param`, `.param`, `let`) on one side and a known type on the
/// other count; a path of unknown type (`any`) is never reported.
extension Checker {
    func neverTrue(
        _ op: BinaryOperator, _ left: (expression: Expression, type: SchemaType),
        _ right: (expression: Expression, type: SchemaType), range: SourceRange, state: State
    ) -> CheckError? {
        switch op {
        case .equal, .notEqual:
            return mismatchedEquality(op, left, known: knownValue(of: right.expression, state), range: range)
                ?? mismatchedEquality(op, right, known: knownValue(of: left.expression, state), range: range)
        case .like, .match, .notMatch:
            return Self.nonStringMatch(op, left, right, range: range)
        default:
            return nil
        }
    }

    /// What an operand is before any row is read, with how to show it in a message: a literal
    /// (`"S3"`, `["S3", "Redshift"]`), or a parameter (`$types`); nil for anything read from a row,
    /// and for `$x` inside `any` and `all`, which is an element.
    private func knownValue(of expression: Expression, _ state: State) -> (value: Value, shown: String)? {
        switch expression {
        case .literal(let value, _):
            return (value, JSONText.compact(value))
        case .list(let elements, _):
            var values: [Value] = []
            for element in elements {
                guard case .literal(let value, _) = element else { return nil }
                values.append(value)
            }
            return (.list(values), JSONText.compact(.list(values)))
        case .variable(let name, _):
            if name == "it" || name == "source" { return nil }
            if name == ListQuantifier.elementVariable, !state.elementTypes.isEmpty { return nil }
            return context.parameters[name].map { ($0, "$" + name) }
        default:
            return nil
        }
    }

    /// `list == "x"` (a list never equals a string), `flag == "true"` (a boolean never equals a
    /// string) and `connectorType == $types` where `$types` is a list (a string never equals a
    /// list).
    private func mismatchedEquality(
        _ op: BinaryOperator, _ value: (expression: Expression, type: SchemaType),
        known: (value: Value, shown: String)?, range: SourceRange
    ) -> CheckError? {
        guard let (constant, shown) = known, let path = value.expression.pathText else { return nil }
        let always = op == .equal ? "never true" : "always true"
        switch (value.type, constant) {
        case (.list, .string), (.list, .number), (.list, .bool):
            let fix = op == .equal ? "\(path) contains \(shown)" : "not (\(path) contains \(shown))"
            return .comparisonNeverTrue(
                "`\(path)` is a \(value.type.displayName), so `\(op.rawValue) \(shown)` is \(always)",
                label: "a list compared with a \(constant.typeName)",
                help: "to test whether the list holds \(shown), write `\(fix)`", range)
        case (.string, .list), (.enumeration, .list), (.number, .list), (.boolean, .list), (.timestamp, .list),
            (.duration, .list):
            let scalar = value.type.scalarName
            let fix =
                op == .equal
                ? "`\(path) in \(shown)` (or `\(shown) contains \(path)`)" : "`\(path) not in \(shown)`"
            return .comparisonNeverTrue(
                "`\(path)` is a \(scalar) and `\(shown)` a list, so `\(op.rawValue)` is \(always)",
                label: "a \(scalar) compared with a list",
                help: "to test whether `\(path)` is \(op == .equal ? "one" : "none") of the list's items, write \(fix)",
                range)
        case (.boolean, .string(let text)) where shown.hasPrefix("$"):
            // A parameter set by `--param flag=true` is the string "true", not the boolean.
            let word = text.lowercased()
            let name = shown.dropFirst()
            let help =
                ["true", "false"].contains(word)
                ? "`--param` and `.param` set strings: give the boolean with `--param-json \(name)=\(word)` or "
                    + "`.param-json \(name) \(word)`"
                : "a boolean is `true` or `false`: write `\(path)` or `not \(path)`"
            return .comparisonNeverTrue(
                "`\(path)` is a boolean and `\(shown)` the string \(JSONText.compact(constant)), so "
                    + "`\(op.rawValue)` is \(always)",
                label: "a boolean compared with a string", help: help, range)
        case (.boolean, .string(let text)):
            let word = text.lowercased()
            let help =
                ["true", "false"].contains(word)
                ? "write `\(path) \(op.rawValue) \(word)` without quotes, or just "
                    + ((word == "true") == (op == .equal) ? "`\(path)`" : "`not \(path)`")
                : "a boolean is `true` or `false`: write `\(path)` or `not \(path)`"
            return .comparisonNeverTrue(
                "`\(path)` is a boolean, so `\(op.rawValue) \(shown)` is \(always)",
                label: "a boolean compared with a string", help: help, range)
        default:
            return nil
        }
    }

    /// `like`, `=~` and `!~` match strings: on a list, a timestamp, a number or a boolean they
    /// are never true (`!~` never false).
    static func nonStringMatch(
        _ op: BinaryOperator, _ value: (expression: Expression, type: SchemaType),
        _ pattern: (expression: Expression, type: SchemaType), range: SourceRange
    ) -> CheckError? {
        guard case .literal(.string(let text), _) = pattern.expression, let path = value.expression.pathText else {
            return nil
        }
        let outcome = op == .notMatch ? "always true" : "never true"
        let subject =
            "`\(path)` is a \(value.type.displayName), so `\(op.rawValue) \(JSONText.compact(.string(text)))` is \(outcome)"
        switch value.type {
        case .list:
            return .comparisonNeverTrue(
                subject, label: "\(op.rawValue) matches strings, not lists",
                help: "to test the list's elements, write `\(path) contains \"…\"` for an exact element, or "
                    + "`expand \(path)` first and match the expanded column", range)
        case .timestamp:
            return .comparisonNeverTrue(
                subject, label: "\(op.rawValue) matches strings, not timestamps",
                help: "compare the timestamp with a date instead, e.g. "
                    + "`\(path) >= \"2024-01-01\" and \(path) < \"2025-01-01\"`", range)
        case .number, .boolean:
            return .comparisonNeverTrue(
                subject, label: "\(op.rawValue) matches strings, not \(value.type.displayName)s",
                help: "compare the \(value.type.displayName) with `==`, `<` or `>` instead", range)
        default:
            return nil
        }
    }
}

extension SchemaType {
    /// What a value of a type that is not a list or record is, in a message: an enumeration's
    /// values are strings.
    fileprivate var scalarName: String {
        if case .enumeration = self { return "string" }
        return displayName
    }
}

extension Expression {
    /// The path as written (`a.b`, `$source.region`), for messages; nil for other expressions.
    var pathText: String? {
        switch self {
        case .field(let name, _): return name
        case .variable(let name, _): return "$" + name
        case .member(let base, let name, _): return base.pathText.map { $0 + "." + name }
        case .chain(let first, let links, _):
            guard var text = first.pathText else { return nil }
            for link in links {
                guard case .member(let name) = link.step else { return nil }
                text += "." + name
            }
            return text
        default: return nil
        }
    }
}
