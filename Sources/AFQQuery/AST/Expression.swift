/// An expression (docs/language.md, "Operators"), with the source range of every node.
public indirect enum Expression: Sendable, Equatable {
    case literal(Value, SourceRange)
    case list([Expression], SourceRange)
    /// A bare name: a field of the current row.
    case field(String, SourceRange)
    /// `$it`, `$source`, or a parameter.
    case variable(String, SourceRange)
    /// `base.name`; on a list it maps over the elements and flattens one level.
    case member(Expression, String, SourceRange)
    /// `base[index]`; negative indexes count from the end.
    case index(Expression, Expression, SourceRange)
    case unary(UnaryOperator, Expression, SourceRange)
    case binary(BinaryOperator, Expression, Expression, SourceRange)
    /// `x is null` / `x is not null`
    case isNull(Expression, negated: Bool, SourceRange)
    case call(String, nameRange: SourceRange, arguments: [Expression], SourceRange)
    /// A long left-associative chain (`a + b - c …`, `a * b / c …`, `x.a.b[0].c …`) as one flat
    /// node: `first`, then each link applied to the value so far, left to right. It means exactly
    /// the left-deep tree of `.binary`, `.member` and `.index` nodes it stands for, which the
    /// parser builds instead for chains of at most `Parser.leftDeepLimit` operators; a flat
    /// chain is walked by loops, so its length costs no stack (docs/reliability.md, "Deep and
    /// long queries").
    case chain(Expression, [ChainLink], SourceRange)

    public var range: SourceRange {
        switch self {
        case .literal(_, let r), .list(_, let r), .field(_, let r), .variable(_, let r), .member(_, _, let r),
            .index(_, _, let r), .unary(_, _, let r), .binary(_, _, _, let r), .isNull(_, _, let r),
            .call(_, _, _, let r), .chain(_, _, let r):
            return r
        }
    }

    /// The field names of a plain path (`a.b.c`) that starts at the row; nil for anything else.
    public var fieldPath: [String]? {
        switch self {
        case .field(let name, _): return [name]
        case .member(let base, let name, _): return base.fieldPath.map { $0 + [name] }
        case .chain(let first, let links, _):
            guard var path = first.fieldPath else { return nil }
            for link in links {
                guard case .member(let name) = link.step else { return nil }
                path.append(name)
            }
            return path
        default: return nil
        }
    }
}

public enum UnaryOperator: String, Sendable {
    case not, negate = "-"
}

public enum BinaryOperator: String, Sendable {
    case or, and
    case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
    case match = "=~", notMatch = "!~", like, `in`, contains
    case add = "+", subtract = "-", multiply = "*", divide = "/", remainder = "%"
}
