import AFQQuery

/// Problems of `let $NAME = PIPELINE` beyond those of its pipeline (docs/language.md, "Let").
public enum LetError: Error, Equatable, DiagnosticConvertible {
    /// `let $it = …`: `$it` and `$source` are the language's own and cannot be rebound.
    case builtInName(String, SourceRange)
    /// A result with more items than a bound value may hold.
    case tooLarge(String, limit: Int, SourceRange)

    public var diagnostic: Diagnostic {
        switch self {
        case .builtInName(let name, let r):
            return Diagnostic(
                "`$\(name)` cannot be bound with `let`", at: r, label: "`$\(name)` is built in",
                notes: ["choose another name, such as `$\(name)s`"])
        case .tooLarge(let name, let limit, let r):
            return Diagnostic(
                "`let $\(name)` would bind more than \(limit) items", at: r,
                label: "this result is too large to bind",
                notes: ["narrow the pipeline with `where`, `distinct` or `limit` (docs/language.md, \"Let\")"])
        }
    }
}
