/// A lexical token with its place in the program.
public struct Token: Sendable, Equatable {
    public enum Kind: Sendable, Equatable {
        /// `[A-Za-z_][A-Za-z0-9_]*`; reserved words are identifiers the parser treats specially.
        case identifier(String)
        /// `` `odd key` ``: never a keyword.
        case quotedIdentifier(String)
        case string(String)
        case number(Double)
        /// `90d`, `1d12h`: docs/language.md, "Time".
        case duration(TimeSpan)
        /// `$name`
        case variable(String)
        /// A whole dot-command line (`.format json`), taken raw at the start of a statement.
        case dotCommand(String)
        case symbol(Symbol)
        /// Ends a statement (a newline that no continuation rule swallowed: docs/language.md,
        /// "Pipelines").
        case newline
        case semicolon
        case end
    }

    public enum Symbol: String, Sendable, CaseIterable {
        case pipe = "|", comma = ",", leftParen = "(", rightParen = ")", leftBracket = "[", rightBracket = "]"
        case dot = ".", plus = "+", minus = "-", star = "*", slash = "/", percent = "%"
        case equal = "==", notEqual = "!=", less = "<", lessEqual = "<=", greater = ">", greaterEqual = ">="
        case match = "=~", notMatch = "!~"
        /// The `=` of `let $NAME = PIPELINE` only (docs/language.md, "Let"): anywhere else a lone
        /// `=` stays a lexing error that says to compare with `==`.
        case assign = "="
    }

    public var kind: Kind
    public var range: SourceRange

    public init(_ kind: Kind, _ range: SourceRange) {
        self.kind = kind
        self.range = range
    }

    /// The reserved words, which need backticks to be used as keys (docs/language.md, "Fields and
    /// paths").
    public static let reservedWords: Set<String> = [
        "and", "or", "not", "is", "in", "contains", "like", "as", "by", "asc", "desc", "true", "false", "null",
    ]

    /// True for an unquoted identifier spelled `word`.
    public func isWord(_ word: String) -> Bool {
        if case .identifier(let name) = kind { return name == word }
        return false
    }

    public func isSymbol(_ symbol: Symbol) -> Bool {
        if case .symbol(let s) = kind { return s == symbol }
        return false
    }

    /// How the token reads in "expected …, found …" messages.
    public var description: String {
        switch kind {
        case .identifier(let name): return "`\(name)`"
        case .quotedIdentifier(let name): return "`\(name)`"
        case .string: return "a string"
        case .number: return "a number"
        case .duration: return "a duration"
        case .variable(let name): return "`$\(name)`"
        case .dotCommand: return "a dot-command"
        case .symbol(let s): return "`\(s.rawValue)`"
        case .newline: return "the end of the line"
        case .semicolon: return "`;`"
        case .end: return "the end of the input"
        }
    }
}
