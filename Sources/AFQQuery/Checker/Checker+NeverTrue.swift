/// Comparisons the checker knows can never be true (docs/language.md, "Operators"): they would
/// quietly give no rows, so they are errors that say what was meant. Only a literal on one side
/// and a known type on the other count; a path of unknown type (`any`) is never reported.
extension Checker {
    static func neverTrue(
        _ op: BinaryOperator, _ left: (expression: Expression, type: SchemaType),
        _ right: (expression: Expression, type: SchemaType), range: SourceRange
    ) -> CheckError? {
        switch op {
        case .equal, .notEqual:
            return mismatchedEquality(op, left, right, range: range)
                ?? mismatchedEquality(op, right, left, range: range)
        case .like, .match, .notMatch:
            return nonStringMatch(op, left, right, range: range)
        default:
            return nil
        }
    }

    /// `list == "x"` (a list never equals a string) and `flag == "true"` (a boolean never
    /// equals a string).
    private static func mismatchedEquality(
        _ op: BinaryOperator, _ value: (expression: Expression, type: SchemaType),
        _ literal: (expression: Expression, type: SchemaType), range: SourceRange
    ) -> CheckError? {
        guard case .literal(let constant, _) = literal.expression, let path = value.expression.pathText else {
            return nil
        }
        let shown = JSONText.compact(constant)
        let always = op == .equal ? "never true" : "always true"
        switch (value.type, constant) {
        case (.list, .string), (.list, .number), (.list, .bool):
            let fix = op == .equal ? "\(path) contains \(shown)" : "not (\(path) contains \(shown))"
            return .comparisonNeverTrue(
                "`\(path)` is a \(value.type.displayName), so `\(op.rawValue) \(shown)` is \(always)",
                label: "a list compared with a \(constant.typeName)",
                help: "to test whether the list holds \(shown), write `\(fix)`", range)
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
    private static func nonStringMatch(
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
