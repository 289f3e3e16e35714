import AFQShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line of afq-cli.md. This file and `execute` are the only places that read
/// `CommandLine`, own standard output and call `exit`.
@main
struct AFQCommand {
    let options: CommandLineOptions

    static func main() {
        let request: CommandLineParser.Request
        do throws(UsageError) {
            request = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            // afq-cli "Exit status": 2 for bad options, reported on standard error.
            FileSink.standardError()?.write("afq: \(error.message)\n" + usageHint)
            exit(ExitStatus.usageError.rawValue)
        }
        switch request {
        case .help: printAndExit(helpText)
        case .version: printAndExit(AFQVersion.current + "\n")
        case .run(let options): exit(AFQCommand(options: options).execute().rawValue)
        }
    }

    private static func printAndExit(_ text: String) -> Never {
        if let output = FileSink.standardOutput() {
            output.write(text)
            output.flush()
        }
        exit(ExitStatus.success.rawValue)
    }
}
