import AFQQuery

/// Problems of the shell itself: dot-commands, files it writes, features not there yet.
public enum ShellError: Error, Equatable, DiagnosticConvertible {
    case unknownCommand(String, suggestion: String?, SourceRange)
    case usage(String, usage: String, SourceRange)
    case cannotWrite(String, reason: String)
    /// A query file that cannot be read; the range is the `.source` line that named it, if any.
    case cannotRead(String, reason: String, SourceRange? = nil)
    /// `changes` with no baseline to compare the data with (docs/changes.md).
    case noBaseline(SourceRange)

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
        case .noBaseline(let r):
            return Diagnostic(
                "`changes` compares the data with a baseline, and none is given", at: r,
                label: "no baseline to compare with",
                notes: ["give one with `--baseline FILE` on the command line, or `.baseline FILE` in the shell"])
        case .cannotRead(let path, let reason, let range):
            return Diagnostic("cannot read `\(path)`: \(reason)", at: range, label: range.map { _ in "named here" })
        }
    }
}
