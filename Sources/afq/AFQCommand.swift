import AFQShell

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// The command line (README, "Command line"). This file and `execute` are the only places that
/// read `CommandLine`, own standard output and call `exit`.
@main
struct AFQCommand {
    let options: CommandLineOptions

    static func main() {
        growHeapsInLargeSteps()
        let request: CommandLineParser.Request
        do throws(UsageError) {
            request = try CommandLineParser.parse(Array(CommandLine.arguments.dropFirst()))
        } catch {
            // Exit status 2 for bad options, reported on standard error (README, "Command line").
            FileSink.standardError()?.write("afq: \(error.message)\n" + usageHint)
            exit(ExitStatus.usageError.rawValue)
        }
        switch request {
        case .help: printAndExit(helpText)
        case .version: printAndExit(AFQVersion.current + "\n")
        case .manual: printAndExit(ManualPage.text)
        case .completions(let shell): printAndExit(CompletionScript.text(for: shell))
        case .run(let options): exit(AFQCommand(options: options).execute().rawValue)
        }
    }

    /// glibc grows a thread's heap a few pages at a time, one `mprotect` call and a run of page
    /// faults each: loading a 100k-row recording in the shell (about 1 GB of rows built on two
    /// threads) spent much of its time there. Growing by 64 MiB at a time makes the load
    /// markedly faster (measured: docs/performance.md, "Results"); pages are still only touched
    /// as they are used, so small runs are no bigger.
    private static func growHeapsInLargeSteps() {
        #if canImport(Glibc)
            // mallopt is declared in <malloc.h>, which the Glibc module leaves out; M_TOP_PAD is -2.
            typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
            guard let symbol = dlsym(nil, "mallopt") else { return }
            _ = unsafeBitCast(symbol, to: Mallopt.self)(-2, 64 << 20)
        #endif
    }

    private static func printAndExit(_ text: String) -> Never {
        if let output = FileSink.standardOutput() {
            output.write(text)
            output.flush()
        }
        exit(ExitStatus.success.rawValue)
    }
}
