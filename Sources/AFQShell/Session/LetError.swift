import AFQQuery

/// Problems of `let $NAME = PIPELINE` beyond those of its pipeline (docs/language.md, "Let").
public enum LetError: Error, Equatable, DiagnosticConvertible {
    /// `let $it = …`: `$it` and `$source` are the language's own and cannot be rebound.
    case builtInName(String, SourceRange)
    /// A result with more items than a bound value may hold.
    case tooLarge(String, limit: Int, SourceRange)
    /// `let $a = connectors | to csv`: a bound value has no output format, so `to` would do
    /// nothing, which is more likely a slip than what was meant.
    case outputStage(SourceRange)

    public var diagnostic: Diagnostic {
        switch self {
        case .builtInName(let name, let r):
            return Diagnostic(
                "`$\(name)` cannot be bound with `let`", at: r, label: "`$\(name)` is built in",
                notes: ["choose another name, such as `$\(name)s`"])
        case .outputStage(let r):
            return Diagnostic(
                "a `let` binds values and prints nothing, so `to` has no effect here", at: r,
                label: "remove this stage", notes: ["choose the format where the value is used: `.format`, or `to`"])
        case .tooLarge(let name, let limit, let r):
            return Diagnostic(
                "`let $\(name)` would bind more than \(limit) items", at: r,
                label: "this result is too large to bind",
                notes: ["narrow the pipeline with `where`, `distinct` or `limit` (docs/language.md, \"Let\")"])
        }
    }
}
