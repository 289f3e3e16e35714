import AFQRender
import AFQSources

/// What `afq --completions SHELL` prints, and what the scripts for each shell share: every name and
/// value they offer comes from the parser's option table (`CommandLineOption`), the output formats
/// and AppFlow's regions, so a script written by a build of afq completes exactly what that build
/// accepts (README, "Shell completions").
enum CompletionScript {
    static func text(for shell: CompletionShell) -> String {
        switch shell {
        case .bash: BashCompletion.text
        case .zsh: ZshCompletion.text
        case .fish: FishCompletion.text
        }
    }

    /// The first line of every script.
    static func header(_ shell: CompletionShell) -> String {
        "# \(shell.rawValue) completion for afq, written by `afq --completions \(shell.rawValue)` from the options "
            + "afq \(AFQVersion.current) parses.\n"
    }

    static var formats: [String] { OutputFormat.allCases.map(\.rawValue) }

    /// `all` first, then every region AppFlow runs in.
    static var regions: [String] { [LiveOptions.everyRegionWord] + LiveOptions.appFlowRegions }

    static var shells: [String] { CompletionShell.allCases.map(\.rawValue) }

    /// The options whose value is `kind`, as the words a shell's `case` matches (`-o|--format`).
    static func spellings(of kind: OptionValueKind) -> [String] {
        CommandLineOption.allCases.filter { $0.valueKind == kind }.flatMap { option in
            (option.shortName.map { ["-\($0)"] } ?? []) + ["--" + option.longName]
        }
    }

    /// Two `sed` commands printing the profile names of the AWS shared config file (`[default]` and
    /// `[profile NAME]`, not `[sso-session …]` or `[services …]`) and of the credentials file (every
    /// `[NAME]`); each shell runs them as written, on the files it names (`config`, `credentials`:
    /// AWS_CONFIG_FILE and AWS_SHARED_CREDENTIALS_FILE, else those in ~/.aws, as the AWS CLI reads).
    static func profileCommands(config: String, credentials: String) -> [String] {
        let space = "[[:space:]]"
        let name = "\\([^][:space:]]\\{1,\\}\\)"
        let configScript =
            "-e 's/^\(space)*\\[\(space)*\\(default\\)\(space)*\\].*/\\1/p' "
            + "-e 's/^\(space)*\\[\(space)*profile\(space)\\{1,\\}\(name)\(space)*\\].*/\\1/p'"
        let credentialsScript = "-e 's/^\(space)*\\[\(space)*\(name)\(space)*\\].*/\\1/p'"
        return [
            "sed -n \(configScript) \(config) 2>/dev/null",
            "sed -n \(credentialsScript) \(credentials) 2>/dev/null",
        ]
    }

    /// Words joined by spaces for a shell word list; none of them needs quoting.
    static func words(_ list: [String]) -> String { list.joined(separator: " ") }

    /// `text` in single quotes for any of the three shells.
    static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
