/// Problems in the structure of a program (docs/language.md, "Pipelines" to "Functions").
public enum ParseError: Error, Equatable, DiagnosticConvertible {
    case expected(String, found: String, SourceRange)
    case unknownStage(String, suggestion: String?, SourceRange)
    case unknownSource(String, suggestion: String?, SourceRange)
    case reservedWord(String, SourceRange)
    case misplacedStage(String, SourceRange)
    case misspelledKeyword(String, suggestion: String, SourceRange)
    case nestedTooDeeply(limit: Int, SourceRange)
    case tooDeep(limit: Int, SourceRange)
    /// `||` where a stage should follow `|`: another language's "or".
    case doublePipe(SourceRange)
    /// A stage's first keyword where a stage ended, with no `|` before it (`where x compute
    /// count()`); the string is the stage's name, `sort by` for `sort`.
    case missingPipe(String, SourceRange)

    public var diagnostic: Diagnostic {
        switch self {
        case .expected(let what, let found, let r):
            return Diagnostic("expected \(what), found \(found)", at: r, label: "expected \(what) here")
        case .unknownStage(let name, let suggestion, let r):
            return Diagnostic(
                "unknown stage `\(name)`", at: r,
                label: suggestion.map { "did you mean `\($0)`?" } ?? "not a stage",
                notes: ["stages are: " + StageLibrary.signatures.map(\.name).joined(separator: ", ")])
        case .unknownSource(let name, let suggestion, let r):
            return Diagnostic(
                "unknown source `\(name)`", at: r,
                label: suggestion.map { "did you mean `\($0)`?" } ?? "a pipeline starts with a source",
                notes: ["the source is `connectors`"])
        case .reservedWord(let word, let r):
            return Diagnostic(
                "`\(word)` is a reserved word", at: r, label: "write `` `\(word)` `` to use it as a name")
        case .misspelledKeyword(let word, let suggestion, let r):
            return Diagnostic(
                "unexpected word `\(word)`", at: r, label: "did you mean `\(suggestion)`?",
                notes: ["a stage ends at `|`, `;` or the end of the line"])
        case .nestedTooDeeply(let limit, let r):
            return Diagnostic(
                "expression nested too deeply", at: r,
                label: "more than \(limit) levels of brackets, parentheses, calls, `not` or `-`",
                notes: ["write it with fewer levels, or split it over several stages"])
        case .tooDeep(let limit, let r):
            return Diagnostic(
                "expression too deep", at: r,
                label: "more than \(limit) levels here",
                notes: [
                    "brackets, parentheses, calls, `not` and `-` are levels, and so is each operator of a chain of up "
                        + "to \(Parser.leftDeepLimit) around them; longer chains are one level"
                ])
        case .missingPipe(let keyword, let r):
            return Diagnostic(
                "expected `|` before `\(keyword)`", at: r, label: "a new stage starts with `|`",
                notes: ["write `| \(keyword)` to pass the rows of the stage before to it"])
        case .doublePipe(let r):
            return Diagnostic(
                "unexpected `||`", at: r, label: "use `or`",
                notes: ["`|` passes rows to the next stage; `or` joins conditions"])
        case .misplacedStage(let name, let r):
            return Diagnostic("`\(name)` must be the last stage", at: r, label: "nothing may follow it")
        }
    }
}
