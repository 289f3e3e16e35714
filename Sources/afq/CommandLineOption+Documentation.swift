import AFQRender

/// What each option means, for people and for shells: `--help`, the manual page (`--man`) and the
/// completion scripts (`--completions`) are all written from these, so none of them can name an
/// option the parser does not know, or miss one it does.
extension CommandLineOption {
    /// The placeholder for its value in `--help` and the manual (`QUERY`, `R[,R...]`); nil for a flag.
    var valueName: String? {
        switch self {
        case .command: "QUERY"
        case .file, .data, .baseline, .record: "PATH"
        case .region: "R[,R...]"
        case .profile: "P[,P...]"
        case .endpointURL: "URL"
        case .roleName: "NAME"
        case .accounts, .skipAccounts, .organizationUnits: "ID,..."
        case .format: "FORMAT"
        case .parameter: "NAME=VALUE"
        case .jsonParameter: "NAME=JSON"
        case .completions: "SHELL"
        case .live, .allowPartial, .organization, .noColor, .exitStatus, .help, .version, .manual: nil
        }
    }

    /// What a shell offers for its value.
    var valueKind: OptionValueKind {
        switch self {
        case .file, .data, .baseline, .record: .path
        case .format: .format
        case .profile: .profiles
        case .region: .regions
        case .completions: .shell
        case .command, .endpointURL, .roleName, .accounts, .skipAccounts, .organizationUnits, .parameter,
            .jsonParameter:
            .text
        case .live, .allowPartial, .organization, .noColor, .exitStatus, .help, .version, .manual: .none
        }
    }

    /// The `--help` section it is listed in.
    var section: OptionSection {
        switch self {
        case .command, .file: .queries
        case .data, .baseline, .live, .region, .profile, .endpointURL, .record, .allowPartial, .organization, .roleName,
            .accounts, .skipAccounts, .organizationUnits:
            .data
        case .format, .noColor: .output
        case .parameter, .jsonParameter: .parameters
        case .exitStatus, .help, .version, .completions, .manual: .other
        }
    }

    /// One or two sentences, unwrapped: `--help` wraps them to its column, the manual leaves that
    /// to the reader, and the completion scripts show the text up to the first `;` or `(`.
    var summary: String {
        switch self {
        case .command: "run QUERY (statements) and exit; repeatable"
        case .file: "run a query file; repeatable"
        case .data:
            "recorded data: a file, a folder (its *.json and *.jsonl files, by name), or - for standard input; "
                + "repeatable"
        case .baseline:
            "an earlier snapshot, read as --data is, for the 'changes' source to compare the data (or --live) "
                + "with; repeatable"
        case .live: "read from the live AppFlow API"
        case .region:
            "regions for --live, or 'all' for every region AppFlow runs in (default: AWS_REGION, "
                + "AWS_DEFAULT_REGION, then the profile's region)"
        case .profile:
            "the AWS profile(s) for credentials and region; several profiles: one account each (default: "
                + "AWS_PROFILE, else 'default')"
        case .endpointURL:
            "send API calls here instead of the regional endpoint (also AWS_ENDPOINT_URL_APPFLOW, AWS_ENDPOINT_URL)"
        case .record: "with --live: save every API response fetched, for replay with --data PATH"
        case .allowPartial: "with --live: exit 0 when some accounts or regions answered even if others failed"
        case .organization: "with --live: every active account of the organisation the profile's account manages"
        case .roleName: "with --org: the role assumed in each account (default: OrganizationAccountAccessRole)"
        case .accounts: "with --org: only these accounts"
        case .skipAccounts: "with --org: not these accounts"
        case .organizationUnits:
            "with --org: only accounts under these organisational units (ou-...) or roots (r-...)"
        case .format:
            OutputFormat.allCases.map {
                switch $0 {
                case .table: "\($0.rawValue) (default)"
                case .line: "\($0.rawValue) (records vertically)"
                case .chart: "\($0.rawValue) (bars)"
                default: $0.rawValue
                }
            }.joined(
                separator: ", ")
        case .noColor: "never colour (also when NO_COLOR is set, or output is not a terminal)"
        case .parameter: "set $NAME to the string VALUE; repeatable"
        case .jsonParameter: "set $NAME to a JSON value; repeatable"
        case .exitStatus: "exit 4 when the last statement printed rows (a scheduled job fails when 'changes' found any)"
        case .help: "show this help"
        case .version: "show the version"
        case .completions:
            "print the completion script for SHELL: "
                + CompletionShell.allCases.map(\.rawValue).joined(separator: ", ")
        case .manual: "print the manual page (roff, for man -l -)"
        }
    }

    /// `-c, --command QUERY`, or `--live` for an option without a letter.
    var label: String {
        let long = "--" + longName + (valueName.map { " " + $0 } ?? "")
        return shortName.map { "-\($0), " + long } ?? long
    }

    /// The summary up to its first `;` or ` (`, for the one-line descriptions shells show beside
    /// each option; a few are shortened by hand where that cut would lose the point.
    var briefSummary: String {
        switch self {
        case .command: return "run QUERY and exit"
        case .data: return "recorded data: a file, a folder, or - for standard input"
        case .format: return "the output format"
        default: break
        }
        var text = Substring(summary)
        if let semicolon = text.firstIndex(of: ";") { text = text[..<semicolon] }
        if let parenthesis = text.range(of: " (") { text = text[..<parenthesis.lowerBound] }
        return String(text)
    }
}
