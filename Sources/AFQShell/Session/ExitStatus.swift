/// The command line's exit statuses (README, "Command line"; docs/language.md, "Errors").
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// Lexing, parsing, static check or run time.
    case queryError = 1
    /// Bad options or option values.
    case usageError = 2
    /// Unreadable or malformed data, network, credentials, throttling.
    case dataError = 3
    /// With `--exit-status`: every statement succeeded and the last one printed at least one row,
    /// so a scheduled `changes` query fails its job when something changed.
    case printedRows = 4
}
