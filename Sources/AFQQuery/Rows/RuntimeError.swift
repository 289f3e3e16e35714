/// Problems that only show while rows flow: comparisons and arithmetic (docs/language.md,
/// "Operators" and "Errors").
public enum RuntimeError: Error, Equatable, DiagnosticConvertible {
    case incomparable(String, left: String, right: String, SourceRange)
    case invalidOperands(String, left: String, right: String, SourceRange)
    case divisionByZero(SourceRange)
    case argumentType(function: String, expected: String, got: String, SourceRange)
    /// A pattern computed as rows flow (a literal one is checked before: `CheckError.invalidRegex`).
    case invalidRegex(RegexSyntaxError, SourceRange)
    case invalidCount(stage: String, got: String, SourceRange)
    case invalidTimestamp(String, SourceRange)
    case notAList(operator: String, got: String, SourceRange)
    /// Time arithmetic that leaves the timestamps afq can write, or makes a duration longer than
    /// they span (docs/language.md, "Time"); the operation as its operands read.
    case timeOutOfRange(operation: String, makesDuration: Bool, SourceRange)
    /// A string given to `timestamp(s)` or `trunc(ts, unit)` that it cannot read.
    case invalidArgument(function: String, message: String, label: String, SourceRange)
    case cancelled

    /// What each arithmetic operator works on, for the label of a mix-up.
    static let operatorUse: [String: String] = [
        "+": "`+` adds numbers or durations, moves a timestamp by a duration, or joins strings or lists",
        "-": "`-` subtracts numbers or durations, or a duration or timestamp from a timestamp",
        "*": "`*` multiplies numbers, or a duration by a number",
        "/": "`/` divides numbers, a duration by a number, or a duration by a duration",
        "%": "`%` works on numbers",
    ]

    public var diagnostic: Diagnostic {
        switch self {
        case .incomparable(let op, let left, let right, let r):
            return Diagnostic(
                "cannot order a \(left) against a \(right) with `\(op)`", at: r,
                label: "both sides must have the same type",
                notes: ["convert one side first, or test the type with `type(x) == \"\(left)\"`"])
        case .invalidOperands(let op, let left, let right, let r):
            return Diagnostic(
                "`\(op)` cannot combine a \(left) and a \(right)", at: r,
                label: RuntimeError.operatorUse[op] ?? "`\(op)` works on numbers")
        case .timeOutOfRange(let operation, let makesDuration, let r):
            return Diagnostic(
                "`\(VisibleText.token(operation))` is out of range", at: r,
                label: makesDuration
                    ? "a duration is at most the span of timestamps (about 10,000 years) either way"
                    : "timestamps run from 0001-01-01T00:00:00Z to 9999-12-31T23:59:59.999Z")
        case .invalidArgument(let function, let message, let label, let r):
            return Diagnostic("`\(function)`: \(message)", at: r, label: label)
        case .divisionByZero(let r):
            return Diagnostic("division by zero", at: r, label: "the right-hand side is 0")
        case .argumentType(let function, let expected, let got, let r):
            return Diagnostic("`\(function)` expects \(expected), got a \(got)", at: r, label: "this is a \(got)")
        case .invalidRegex(let error, let r):
            return error.diagnostic(at: r)
        case .invalidCount(let stage, let got, let r):
            return Diagnostic(
                "`\(stage)` takes a whole number of rows, got \(got)", at: r, label: "expected a number such as `10`")
        case .invalidTimestamp(let text, let r):
            return Diagnostic(
                "`\(VisibleText.token(text))` is not an ISO 8601 date or date-time", at: r,
                label: "write e.g. \"2023-01-01\" or \"2023-01-01T12:00:00Z\"")
        case .notAList(let op, let got, let r):
            return Diagnostic(
                "`\(op)` needs a list on its right, got a \(got)", at: r, label: "e.g. `x in [\"S3\", \"Redshift\"]`",
                notes: ["to test for a substring, write `text contains \"part\"`"])
        case .cancelled:
            return Diagnostic("interrupted", at: nil)
        }
    }
}
