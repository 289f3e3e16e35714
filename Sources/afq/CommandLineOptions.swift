import AFQRender

/// What the command line asked for (README, "Command line"), as `CommandLineParser` read it.
/// The defaults: the bundled sample, table output, colour when allowed.
struct CommandLineOptions: Equatable, Sendable {
    /// One unit of batch work.
    enum BatchItem: Equatable, Sendable {
        /// `-c QUERY`.
        case command(String)
        /// `-f PATH` or a positional QUERY_FILE, which mean the same.
        case file(String)
    }

    /// `-c`, `-f` and positional query files in the order written: batch mode runs them in that
    /// order, so they share one list rather than one per option.
    var batch: [BatchItem] = []
    /// `-d`, in order; `-` is standard input.
    var data: [String] = []
    /// `--baseline`, in order: the snapshot `changes` compares the data with (docs/changes.md).
    var baseline: [String] = []
    /// `-e`, `--exit-status`: exit 4 when the last statement printed rows (README, "Command line").
    var exitStatus = false
    var live = false
    /// `--region` as written (a comma-separated list).
    var region: String?
    var profile: String?
    var endpointURL: String?
    var record: String?
    var allowPartial = false
    /// `--org` and its options, as written (lists comma-separated).
    var organization = false
    var roleName: String?
    var accounts: String?
    var skipAccounts: String?
    var organizationUnits: String?
    var format: OutputFormat = .table
    /// `--param NAME=VALUE` as written; checked by `validate()`, read by `parameters()`.
    var stringParameters: [String] = []
    /// `--param-json NAME=JSON` as written.
    var jsonParameters: [String] = []
    var noColor = false
}
