/// One option of the command line (README, "Command line"), the only list of names the parser
/// accepts.
///
/// A closed enum rather than a table of closures: the parser switches over it, so adding an
/// option without saying where its value goes does not compile.
enum CommandLineOption: CaseIterable, Sendable {
    case command, file, data, baseline, live, region, profile, endpointURL, record, allowPartial, format, exitStatus
    case organization, roleName, accounts, skipAccounts, organizationUnits
    case parameter, jsonParameter, noColor, help, version, completions, manual

    /// The `--name`, without its dashes.
    var longName: String {
        switch self {
        case .command: "command"
        case .file: "file"
        case .data: "data"
        case .baseline: "baseline"
        case .exitStatus: "exit-status"
        case .live: "live"
        case .region: "region"
        case .profile: "profile"
        case .endpointURL: "endpoint-url"
        case .record: "record"
        case .allowPartial: "allow-partial"
        case .organization: "org"
        case .roleName: "role-name"
        case .accounts: "accounts"
        case .skipAccounts: "skip-accounts"
        case .organizationUnits: "org-unit"
        case .format: "format"
        case .parameter: "param"
        case .jsonParameter: "param-json"
        case .noColor: "no-color"
        case .help: "help"
        case .version: "version"
        case .completions: "completions"
        case .manual: "man"
        }
    }

    /// The `-x` letter, for the options that have one.
    var shortName: Character? {
        switch self {
        case .command: "c"
        case .file: "f"
        case .data: "d"
        case .format: "o"
        case .exitStatus: "e"
        case .help: "h"
        default: nil
        }
    }

    /// Options take exactly one value; flags take none (`--live=x` is a usage error).
    var takesValue: Bool {
        switch self {
        case .live, .allowPartial, .organization, .noColor, .exitStatus, .help, .version, .manual: false
        default: true
        }
    }

    init?(longName: some StringProtocol) {
        guard let option = CommandLineOption.allCases.first(where: { $0.longName == longName }) else { return nil }
        self = option
    }

    init?(shortName: Character) {
        guard let option = CommandLineOption.allCases.first(where: { $0.shortName == shortName }) else { return nil }
        self = option
    }
}
