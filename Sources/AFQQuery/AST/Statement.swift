/// A program is statements separated by `;` or newlines (docs/language.md, "Pipelines").
public struct Program: Sendable, Equatable {
    public var statements: [Statement]

    public init(statements: [Statement]) {
        self.statements = statements
    }
}

public enum Statement: Sendable, Equatable {
    case pipeline(Pipeline)
    case dotCommand(DotCommand)
    case letBinding(LetBinding)

    public var range: SourceRange {
        switch self {
        case .pipeline(let p): return p.range
        case .dotCommand(let d): return d.range
        case .letBinding(let l): return l.range
        }
    }
}

/// `SOURCE | STAGE | …`
public struct Pipeline: Sendable, Equatable {
    public var source: Name
    public var stages: [Stage]
    public var range: SourceRange

    public init(source: Name, stages: [Stage], range: SourceRange) {
        self.source = source
        self.stages = stages
        self.range = range
    }
}

/// A dot-command line (docs/language.md, "Dot-commands"): its name and shell-like words.
public struct DotCommand: Sendable, Equatable {
    /// Without the dot: `format`.
    public var name: String
    public var arguments: [String]
    public var range: SourceRange

    public init(name: String, arguments: [String], range: SourceRange) {
        self.name = name
        self.arguments = arguments
        self.range = range
    }
}
