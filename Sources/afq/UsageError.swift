import AFQRender

/// A command line afq will not run: exit status 2 (README, "Command line"). The parser's errors
/// come first, then `CommandLineOptions.validate()`'s; `message` is what follows `afq: `.
enum UsageError: Error, Equatable, Sendable {
    /// `--formt`, `-x`: not an option afq has; `suggestion` is the nearest known option.
    case unknownOption(String, suggestion: String?)
    /// `-c` as the last argument, or followed by another option (a value starting with `-` has
    /// to be attached: `--command=-x`, `-c-x`).
    case missingValue(option: String)
    /// `--live=x`: a flag written with a value.
    case unexpectedValue(option: String)
    case unknownFormat(String)
    /// `--completions tcsh`: a shell afq writes no completions for.
    case unknownShell(String)
    case dataWithLive
    /// `--region` and the other options that mean nothing without `--live`.
    case needsLive(option: String)
    case noRegions
    /// `--role-name`, `--accounts`, `--skip-accounts` or `--org-unit` without `--org`.
    case needsOrganization(option: String)
    /// A combination of live options that cannot work (`LiveOptions.validate`).
    case invalidLiveOptions(String)
    /// Standard input can be read once only.
    case standardInputDataTwice
    /// `--param owner`: no `=`, or nothing before it.
    case notAnAssignment(option: String, String)
    case invalidParameterName(option: String, String)
    case invalidJSONParameter(name: String, problem: String)

    var message: String {
        switch self {
        case .unknownOption(let option, let suggestion):
            "unknown option '\(option)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "")
        case .missingValue(let option): "\(option) needs a value"
        case .unexpectedValue(let option): "\(option) takes no value"
        case .unknownFormat(let format):
            "unknown format '\(format)'; expected one of: "
                + OutputFormat.allCases.map(\.rawValue).joined(separator: ", ")
        case .unknownShell(let shell):
            "unknown shell '\(shell)' for --completions; expected one of: "
                + CompletionShell.allCases.map(\.rawValue).joined(separator: ", ")
        case .dataWithLive: "--data and --live may not be combined"
        case .needsLive(let option): "\(option) needs --live"
        case .needsOrganization(let option): "\(option) needs --org"
        case .invalidLiveOptions(let problem): problem
        case .noRegions: "--region needs at least one region name, e.g. --region us-east-1,eu-west-1"
        case .standardInputDataTwice: "standard input (-) may be given only once, to --data or --baseline"
        case .notAnAssignment(let option, let assignment): "\(option) takes NAME=VALUE, got '\(assignment)'"
        case .invalidParameterName(let option, let name): "\(option): '\(name)' is not a valid parameter name"
        case .invalidJSONParameter(let name, let problem): "--param-json \(name): not valid JSON: \(problem)"
        }
    }
}
