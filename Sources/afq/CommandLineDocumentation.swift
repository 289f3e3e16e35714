import AFQShell

/// The prose of afq's command line that is not about one option: `--help` and the manual page
/// (`--man`) both print it, each in its own layout, so they say the same things.
enum CommandLineDocumentation {
    /// The synopsis, as README's "Command line" writes it.
    static let usage = "afq [OPTIONS] [QUERY_FILE ...]"

    /// The one line of the manual's NAME, and the first of `--help`.
    static let purpose = "query Amazon AppFlow connector configurations"

    /// The description: a lead-in, a query, then the rest.
    static let descriptionLead = "Runs statements such as"
    static let descriptionExample = "connectors | where canUseAsDestination | select connectorName"
    static let descriptionRest =
        "over recorded AppFlow responses (--data), the live AppFlow API (--live), or, with neither, a bundled "
        + "sample of every AWS-managed connector type and several custom connectors."

    /// Query files given as arguments, listed with the options of the Queries section.
    static let positionalLabel = "QUERY_FILE ..."
    static let positionalSummary = "query files, like --file"

    /// How values are written; the parser's rules (CommandLineParser).
    static let valueForms =
        "Values follow as '--opt VALUE', '--opt=VALUE', '-c VALUE' or '-cVALUE'; a value starting with '-' "
        + "must be attached ('--command=-x'). '--' ends the options: every later argument is a QUERY_FILE."

    /// The modes, as README's "Command line" describes them.
    static let modes: [(name: String, text: String)] = [
        (
            "batch",
            "with -c, -f or QUERY_FILEs: run them in order, print the results, exit; the first failing "
                + "statement stops the run"
        ),
        (
            "interactive",
            "otherwise, when standard input and output are a terminal: the shell (prompt 'afq> '; '.help' "
                + "lists its commands)"
        ),
        ("stdin", "otherwise: read statements from standard input, no prompts"),
    ]

    /// The exit statuses (`ExitStatus`), as README's "Command line" lists them.
    static let exitStatuses: [(code: Int32, text: String)] = [
        (ExitStatus.success.rawValue, "every statement succeeded"),
        (ExitStatus.queryError.rawValue, "a query error: lexing, parsing, static check or run time"),
        (ExitStatus.usageError.rawValue, "a usage error: bad options or option values"),
        (
            ExitStatus.dataError.rawValue,
            "a data error: unreadable or malformed data, network, credentials, throttling or server errors, "
                + "a failed live account or region (unless --allow-partial)"
        ),
        (
            ExitStatus.printedRows.rawValue,
            "with --exit-status: every statement succeeded and the last one printed at least one row"
        ),
    ]

    /// The environment variables afq reads (docs/live.md and docs/shell.md say more); the manual
    /// lists them.
    static let environment: [(name: String, text: String)] = [
        ("AWS_PROFILE", "the profile when --profile is not given (else 'default')"),
        ("AWS_REGION, AWS_DEFAULT_REGION", "the region when --region is not given, before the profile's"),
        (
            "AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY, AWS_SESSION_TOKEN",
            "credentials, when no profile is named"
        ),
        ("AWS_CONFIG_FILE", "the shared config file (default ~/.aws/config)"),
        ("AWS_SHARED_CREDENTIALS_FILE", "the shared credentials file (default ~/.aws/credentials)"),
        ("AWS_ENDPOINT_URL_APPFLOW, AWS_ENDPOINT_URL", "where API calls go, as --endpoint-url"),
        ("AWS_CA_BUNDLE", "certificates to trust instead of the system's"),
        ("HTTPS_PROXY, NO_PROXY", "the proxy for HTTPS, and the hosts reached without it"),
        (
            "AFQ_NOW",
            "the instant now() reads, an ISO 8601 date or date-time (2026-01-01T00:00:00Z), for tests and "
                + "reproducible reports; else each statement's start time, replaying a recording too"
        ),
        ("NO_COLOR", "when set, never colour"),
        ("PAGER", "the shell's pager for results taller than the screen (default: less -FRSX)"),
        ("XDG_CONFIG_HOME", "where the shell's startup file is looked for (afq/afqrc)"),
        ("XDG_STATE_HOME", "where the shell keeps its history (afq/history)"),
    ]

    /// The files afq reads or writes by itself.
    static let files: [(path: String, text: String)] = [
        ("~/.aws/config, ~/.aws/credentials", "profiles, regions and credentials for --live"),
        ("$XDG_CONFIG_HOME/afq/afqrc, else ~/.afqrc", "statements and dot-commands the shell runs first"),
        ("$XDG_STATE_HOME/afq/history, else ~/.local/state/afq/history", "the shell's history"),
        ("~/.editrc", "libedit's settings, read before afq binds its keys"),
        ("PREFIX/share/afq/sample.json", "the bundled sample, read when neither --data nor --live is given"),
    ]

    /// Command lines worth copying, with what they do.
    static let examples: [(command: String, text: String)] = [
        ("afq", "open the shell on the bundled sample"),
        (
            "afq -c 'connectors | where canUseAsDestination | select connectorName, supportedWriteOperations'",
            "which connectors can be a destination, and how they are written"
        ),
        (
            "afq -c 'connectors | group by connectorType | to chart'",
            "how many connectors of each type, drawn as bars"
        ),
        (
            "afq --data inventory.jsonl -o csv -f examples/upsert-destinations.afq",
            "run a report over a recording, as CSV"
        ),
        (
            "afq --live --profile prod --region all --record inventory.jsonl -c 'connectors | count'",
            "count a live account's connectors in every region, recording the responses"
        ),
        ("afq --man | man -l -", "read this manual from the binary"),
        ("source <(afq --completions bash)", "complete afq's options in the running bash"),
    ]
}
