import AFQQuery
import AFQRender
import AFQShell
import AFQSources
import ArgumentParser

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line of afq-cli.md. This file and `main` are the only places that read
/// `CommandLine`, own standard output and call `exit`.
@main
struct AFQCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "afq",
        abstract: "Query Amazon AppFlow connector configurations.",
        discussion: """
            Runs queries such as
              connectors | where canUseAsDestination | select connectorName, supportedWriteOperations
            over recorded AppFlow responses (--data) or, with neither --data nor --live, over a bundled
            sample of every AWS-managed connector type and several custom connectors.

            Exit status: 0 success, 1 query error, 2 usage error, 3 data error.
            """,
        version: AFQVersion.current,
        helpNames: [.short, .long]
    )

    @Option(name: [.short, .customLong("command")], help: "Run QUERY (statements) and exit; repeatable, run in order.")
    var commands: [String] = []

    @Option(name: [.short, .customLong("file")], help: "Run a query file; repeatable.")
    var files: [String] = []

    @Argument(help: "Query files to run, like --file.")
    var queryFiles: [String] = []

    @Option(name: [.short, .customLong("data")], help: "Recorded data: a file, a folder, or - for standard input; repeatable.")
    var data: [String] = []

    @Flag(help: "Read from the live AppFlow API.")
    var live = false

    @Option(help: "Regions for --live, comma-separated.")
    var region: String?

    @Option(help: "The AWS profile for credentials and region.")
    var profile: String?

    @Option(help: "Send API calls here instead of the regional endpoint.")
    var endpointURL: String?

    @Option(help: "With --live: save every API response fetched.")
    var record: String?

    @Flag(help: "With --live: exit 0 when some regions answered even if others failed.")
    var allowPartial = false

    @Option(name: [.customShort("o"), .customLong("format")], help: "Output format: table, json, jsonl, csv, tsv, yaml, markdown.")
    var format: String = "table"

    @Option(name: .customLong("param"), help: "Set $NAME to the string VALUE; repeatable.")
    var stringParameters: [String] = []

    @Option(name: .customLong("param-json"), help: "Set $NAME to a JSON value; repeatable.")
    var jsonParameters: [String] = []

    @Flag(help: "Never colour the output.")
    var noColor = false

    func validate() throws {
        guard OutputFormat(rawValue: format) != nil else {
            throw ValidationError(
                "unknown format '\(format)'; expected one of: "
                    + OutputFormat.allCases.map(\.rawValue).joined(separator: ", "))
        }
        if live && !data.isEmpty { throw ValidationError("--data and --live may not be combined") }
        if !live {
            let liveOnly: [(String, Bool)] = [
                ("--region", region != nil), ("--profile", profile != nil), ("--endpoint-url", endpointURL != nil),
                ("--record", record != nil), ("--allow-partial", allowPartial),
            ]
            if let (name, _) = liveOnly.first(where: \.1) { throw ValidationError("\(name) needs --live") }
        }
        if let region, LiveOptions.regionList(region).isEmpty {
            throw ValidationError("--region needs at least one region name, e.g. --region us-east-1,eu-west-1")
        }
        if data.filter({ $0 == "-" }).count > 1 { throw ValidationError("--data - may be given only once") }
        _ = try parameters()
    }

    /// `--param` and `--param-json`, in that order.
    func parameters() throws -> [String: Value] {
        var result: [String: Value] = [:]
        for assignment in stringParameters {
            let (name, value) = try split(assignment, option: "--param")
            result[name] = .string(value)
        }
        for assignment in jsonParameters {
            let (name, text) = try split(assignment, option: "--param-json")
            do {
                result[name] = try JSONReader.parse(text)
            } catch {
                throw ValidationError("--param-json \(name): not valid JSON: \(error)")
            }
        }
        return result
    }

    private func split(_ assignment: String, option: String) throws -> (String, String) {
        guard let equals = assignment.firstIndex(of: "="), equals != assignment.startIndex else {
            throw ValidationError("\(option) takes NAME=VALUE, got '\(assignment)'")
        }
        let name = String(assignment[..<equals])
        guard name.first.map({ $0.isLetter || $0 == "_" }) == true,
            name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" })
        else {
            throw ValidationError("\(option): '\(name)' is not a valid parameter name")
        }
        return (name, String(assignment[assignment.index(after: equals)...]))
    }

    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        let command: AFQCommand
        do {
            var parsed = try parseAsRoot(arguments)
            guard let ours = parsed as? AFQCommand else {
                // `--help` parses to ArgumentParser's own help command, whose run() throws the help.
                try parsed.run()
                Glibc.exit(0)
            }
            command = ours
        } catch {
            let code = exitCode(for: error)
            let message = fullMessage(for: error)
            if code == .success {
                print(message)
                Glibc.exit(0)
            }
            let text = message.hasPrefix("Error: ") ? String(message.dropFirst(7)) : message
            FileSink.standardError()?.write("afq: " + text + "\n")
            Glibc.exit(ExitStatus.usageError.rawValue)
        }
        Glibc.exit(command.execute(arguments: arguments).rawValue)
    }
}
