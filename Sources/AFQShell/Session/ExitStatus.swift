/// The command line's exit statuses (README, "Command line"; docs/language.md, "Errors").
public enum ExitStatus: Int32, Sendable {
    case success = 0
    /// Lexing, parsing, static check or run time.
    case queryError = 1
    /// Bad options or option values.
    case usageError = 2
    /// Unreadable or malformed data, network, credentials, throttling.
    case dataError = 3
}
