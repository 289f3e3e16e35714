import AFQQuery
import AFQRender

/// Reads afq's arguments (README, "Command line") by hand.
///
/// swift-argument-parser did this before; its reflection and protocol-conformance lookups were a
/// measurable part of afq's start-up (README, "Dependencies, and why"). afq has one command and
/// fifteen options, so a loop over the arguments is all it needs.
///
/// The accepted forms, as in getopt_long:
///
///     --opt value   --opt=value   -c value   -cVALUE   --   -
///
/// A separate value may not start with `-` (except `-` itself, standard input for `--data`), so
/// `afq -o --live` is a missing value rather than the format `--live`; such values are attached
/// instead (`--command=-x`, `-c-x`). `--` ends the options: every later argument is a query file.
/// Short options are not bundled (`-hc` is unknown): only `-h` and `-e` are flags.
enum CommandLineParser {
    /// What the command line asks for.
    enum Request: Equatable, Sendable {
        case run(CommandLineOptions)
        case help
        case version
        /// `--man`: the manual page, as roff.
        case manual
        /// `--completions SHELL`: the completion script for that shell.
        case completions(CompletionShell)
    }

    /// `--help` and `--version` win over any other problem on the line, as people reach for them
    /// when a command line goes wrong; otherwise the first problem in argument order is thrown,
    /// then `CommandLineOptions.validate()`'s.
    static func parse(_ arguments: [String]) throws(UsageError) -> Request {
        var options = CommandLineOptions()
        var firstProblem: UsageError?
        var request: Request?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            index += 1
            if argument == "--" {
                options.batch += arguments[index...].map(CommandLineOptions.BatchItem.file)
                break
            }
            guard argument.hasPrefix("-"), argument != "-" else {
                options.batch.append(.file(argument))
                continue
            }
            let option: CommandLineOption
            let written: String
            let attached: String?
            do throws(UsageError) {
                (option, written, attached) = try recognize(argument)
            } catch {
                firstProblem = firstProblem ?? error
                continue
            }
            guard option.takesValue else {
                if attached != nil {
                    firstProblem = firstProblem ?? .unexpectedValue(option: written)
                } else if option == .help {
                    request = .help
                } else if option == .version {
                    request = request ?? .version
                } else if option == .manual {
                    request = request ?? .manual
                } else {
                    set(option, to: "", in: &options)
                }
                continue
            }
            let value: String
            if let attached {
                value = attached
            } else if index < arguments.endIndex, arguments[index] == "-" || !arguments[index].hasPrefix("-") {
                value = arguments[index]
                index += 1
            } else {
                firstProblem = firstProblem ?? .missingValue(option: written)
                continue
            }
            guard option != .format || OutputFormat(rawValue: value) != nil else {
                firstProblem = firstProblem ?? .unknownFormat(value)
                continue
            }
            if option == .completions {
                guard let shell = CompletionShell(rawValue: value) else {
                    firstProblem = firstProblem ?? .unknownShell(value)
                    continue
                }
                request = request ?? .completions(shell)
                continue
            }
            set(option, to: value, in: &options)
        }
        if let request { return request }
        if let firstProblem { throw firstProblem }
        try options.validate()
        return .run(options)
    }

    /// The option an argument starting with `-` names, the name as written (for messages), and
    /// the value written in the same argument, if any.
    private static func recognize(_ argument: String) throws(UsageError) -> (CommandLineOption, String, String?) {
        if argument.hasPrefix("--") {
            let body = argument.dropFirst(2)
            let name = body.prefix { $0 != "=" }
            let value = name.endIndex < body.endIndex ? String(body[body.index(after: name.endIndex)...]) : nil
            guard let option = CommandLineOption(longName: name) else {
                throw .unknownOption("--" + name, suggestion: suggestion(for: String(name)))
            }
            return (option, "--" + name, value)
        }
        let body = argument.dropFirst()
        guard let letter = body.first, let option = CommandLineOption(shortName: letter) else {
            // `-live`: a long option written with one dash is worth pointing at.
            throw .unknownOption(argument, suggestion: body.count > 1 ? suggestion(for: String(body)) : nil)
        }
        let rest = body.dropFirst()
        guard rest.isEmpty || option.takesValue else { throw .unknownOption(argument, suggestion: nil) }
        return (option, "-" + String(letter), rest.isEmpty ? nil : String(rest))
    }

    /// The known long option nearest to a misspelt one, compared without dashes so they do not
    /// count towards the distance.
    private static func suggestion(for name: String) -> String? {
        let names = CommandLineOption.allCases.map(\.longName)
        if names.contains(name) { return "--" + name }
        return Suggestions.nearest(to: name, in: names).first.map { "--" + $0 }
    }

    /// Stores one option's value; a single-valued option given twice keeps the last, as
    /// swift-argument-parser did.
    private static func set(_ option: CommandLineOption, to value: String, in options: inout CommandLineOptions) {
        switch option {
        case .command: options.batch.append(.command(value))
        case .file: options.batch.append(.file(value))
        case .data: options.data.append(value)
        case .baseline: options.baseline.append(value)
        case .exitStatus: options.exitStatus = true
        case .live: options.live = true
        case .region: options.region = value
        case .profile: options.profile = value
        case .endpointURL: options.endpointURL = value
        case .record: options.record = value
        case .allowPartial: options.allowPartial = true
        case .organization: options.organization = true
        case .roleName: options.roleName = value
        case .accounts: options.accounts = value
        case .skipAccounts: options.skipAccounts = value
        case .organizationUnits: options.organizationUnits = value
        case .format: options.format = OutputFormat(rawValue: value) ?? .table
        case .parameter: options.stringParameters.append(value)
        case .jsonParameter: options.jsonParameters.append(value)
        case .noColor: options.noColor = true
        case .help, .version, .manual, .completions: break
        }
    }
}
