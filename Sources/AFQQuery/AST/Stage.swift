/// One stage of a pipeline (afq-language §5), with the range of the whole stage and of its keyword.
public struct Stage: Sendable, Equatable {
    public var kind: Kind
    public var range: SourceRange
    public var keywordRange: SourceRange

    public init(_ kind: Kind, range: SourceRange, keywordRange: SourceRange) {
        self.kind = kind
        self.range = range
        self.keywordRange = keywordRange
    }

    public enum Kind: Sendable, Equatable {
        case `where`(Expression)
        case select([SelectItem])
        case reject([Expression])
        case get(Expression)
        case sortBy([SortKey])
        case limit(Expression)
        case skip(Expression)
        case count
        case distinct
        case expand(Expression, alias: Name?)
        case groupBy(keys: [NamedExpression], aggregates: [NamedExpression]?)
        case to(Name)
    }

    /// The stage's name as the user writes it, for messages.
    public var name: String {
        switch kind {
        case .where: return "where"
        case .select: return "select"
        case .reject: return "reject"
        case .get: return "get"
        case .sortBy: return "sort by"
        case .limit: return "limit"
        case .skip: return "skip"
        case .count: return "count"
        case .distinct: return "distinct"
        case .expand: return "expand"
        case .groupBy: return "group by"
        case .to: return "to"
        }
    }

    /// Stage names in the order `.help` lists them.
    public static let names = [
        "where", "select", "reject", "get", "sort", "limit", "skip", "count", "distinct", "expand", "group", "to",
    ]
}

/// A name written by the user (`as grants`), with where it was written.
public struct Name: Sendable, Equatable {
    public var text: String
    public var range: SourceRange

    public init(_ text: String, _ range: SourceRange) {
        self.text = text
        self.range = range
    }
}

/// `EXPR [as NAME]` in `group by` and `compute`.
public struct NamedExpression: Sendable, Equatable {
    public var expression: Expression
    public var alias: Name?
    /// The expression as written: the column name when there is no alias.
    public var sourceText: String

    public init(expression: Expression, alias: Name?, sourceText: String) {
        self.expression = expression
        self.alias = alias
        self.sourceText = sourceText
    }

    public var columnName: String { alias?.text ?? sourceText }
}

/// `select` items: `*`, or an expression with an optional alias.
public enum SelectItem: Sendable, Equatable {
    case all(SourceRange)
    case column(NamedExpression)
}

/// `EXPR [asc|desc]`
public struct SortKey: Sendable, Equatable {
    public var expression: Expression
    public var descending: Bool

    public init(expression: Expression, descending: Bool) {
        self.expression = expression
        self.descending = descending
    }
}

extension Stage {
    /// Whether the stage looks at one row at a time and keeps nothing between rows, so batches
    /// of rows can go through it on several threads at once and be put back in order afterwards.
    /// `expand` is one: a batch's rows (a few thousand) times their lists' lengths stay small.
    var isRowLocal: Bool {
        switch kind {
        case .where, .select, .reject, .get, .expand, .to: return true
        case .sortBy, .limit, .skip, .count, .distinct, .groupBy: return false
        }
    }
}
