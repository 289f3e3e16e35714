/// One stage of a pipeline as written (docs/language.md, "Stages"): what it is, with the range
/// of the whole stage and of its keywords. What each stage means lives in its definition
/// (`StageDefinition`, one file per stage in Builtins/Stages).
public struct Stage: Sendable, Equatable {
    package let definition: any StageDefinition
    public var range: SourceRange
    public var keywordRange: SourceRange

    init(_ definition: any StageDefinition, range: SourceRange, keywordRange: SourceRange) {
        self.definition = definition
        self.range = range
        self.keywordRange = keywordRange
    }

    /// The stage's name as the user writes it, for messages: `sort by`.
    public var name: String { signature.name }

    public var signature: StageSignature { type(of: definition).signature }

    public static func == (lhs: Stage, rhs: Stage) -> Bool {
        lhs.range == rhs.range && lhs.keywordRange == rhs.keywordRange && lhs.definition.isEqual(to: rhs.definition)
    }
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
