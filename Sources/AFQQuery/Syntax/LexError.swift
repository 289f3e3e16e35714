/// Problems found while splitting program text into tokens.
public enum LexError: Error, Equatable, DiagnosticConvertible {
    case unexpectedCharacter(String, SourceRange)
    case unterminatedString(SourceRange)
    case unterminatedQuotedIdentifier(SourceRange)
    case invalidEscape(String, SourceRange)
    case invalidNumber(String, SourceRange)
    /// `90x`, `12h1d`, `1.5h`: a word that starts as a duration but is not one (docs/language.md,
    /// "Time").
    case invalidDuration(String, problem: TimeSpan.LiteralProblem, SourceRange)
    /// A number too large for a double (`1e400`).
    case numberOutOfRange(String, SourceRange)
    /// `\ud83d` not followed by a low surrogate's escape, or a low surrogate's escape alone.
    case unpairedSurrogate(String, SourceRange)
    case emptyVariableName(SourceRange)

    public var diagnostic: Diagnostic {
        switch self {
        case .unexpectedCharacter(let c, let r):
            let hint: String? =
                c == "=" ? "use `==` to compare" : c == "&" ? "use `and`" : c == "\"" ? nil : nil
            return Diagnostic(
                "unexpected character `\(VisibleText.token(c))`", at: r, label: hint ?? "not part of the language")
        case .unterminatedString(let r):
            return Diagnostic("unterminated string", at: r, label: "this string has no closing quote")
        case .unterminatedQuotedIdentifier(let r):
            return Diagnostic("unterminated quoted name", at: r, label: "this name has no closing backtick")
        case .invalidEscape(let e, let r):
            return Diagnostic(
                "invalid escape `\(e)`", at: r, label: "known escapes are \\\\ \\\" \\' \\n \\t \\uXXXX")
        case .invalidNumber(let text, let r):
            return Diagnostic("invalid number `\(VisibleText.token(text))`", at: r)
        case .invalidDuration(let text, let problem, let r):
            let label: String
            switch problem {
            case .unknownUnit(let unit):
                label = unit.isEmpty ? "a number needs a unit" : "`\(VisibleText.token(unit))` is not a unit of time"
            case .unitOutOfOrder(let unit): label = "`\(unit)` comes after a shorter unit or twice"
            case .outOfRange: label = "longer than a duration can be (about 10,000 years)"
            case .missingNumber: label = "each unit needs a whole number before it"
            case .fraction: label = "durations are whole numbers of units: write `1h30m` for `1.5h`"
            }
            return Diagnostic(
                "invalid duration `\(VisibleText.token(text))`", at: r, label: label,
                notes: ["a duration is whole numbers with units, longest first: w, d, h, m, s, ms (`1d12h`, `90d`)"])
        case .numberOutOfRange(let text, let r):
            return Diagnostic(
                "number out of range `\(VisibleText.token(text))`", at: r, label: "larger than a number can be")
        case .unpairedSurrogate(let text, let r):
            return Diagnostic(
                "unpaired surrogate `\(text)`", at: r,
                label: "surrogates come in pairs: \\uD800-\\uDBFF, then \\uDC00-\\uDFFF")
        case .emptyVariableName(let r):
            return Diagnostic("`$` must be followed by a name", at: r, label: "e.g. `$it` or `$source`")
        }
    }
}
