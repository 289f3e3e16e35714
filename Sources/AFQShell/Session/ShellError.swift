import AFQQuery

/// Problems of the shell itself: dot-commands, files it writes, features not there yet.
public enum ShellError: Error, Equatable, DiagnosticConvertible {
    case unknownCommand(String, suggestion: String?, SourceRange)
    case usage(String, usage: String, SourceRange)
    case cannotWrite(String, reason: String)
    /// A query file that cannot be read; the range is the `.source` line that named it, if any.
    case cannotRead(String, reason: String, SourceRange? = nil)

    public var diagnostic: Diagnostic {
        switch self {
        case .unknownCommand(let name, let suggestion, let r):
            return Diagnostic(
                "unknown command `.\(name)`", at: r, label: suggestion ?? "not a command",
                notes: ["`.help` lists the commands"])
        case .usage(let message, let usage, let r):
            return Diagnostic(message, at: r, label: "usage: \(usage)")
        case .cannotWrite(let path, let reason):
            return Diagnostic("cannot write `\(path)`: \(reason)", at: nil)
        case .cannotRead(let path, let reason, let range):
            return Diagnostic("cannot read `\(path)`: \(reason)", at: range, label: range.map { _ in "named here" })
        }
    }
}
