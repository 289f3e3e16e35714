import AFQQuery
import AFQRender
import AFQShell
import AFQSources
import Foundation

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Running the parsed command (README, "Command line"): batch, statements on standard input, or
/// the shell.
extension AFQCommand {
    /// Runs what the options ask for and says how it went; the caller exits with it.
    func execute() -> ExitStatus {
        guard let output = FileSink.standardOutput(), let errors = FileSink.standardError() else {
            return .dataError
        }
        defer {
            output.flush()
            errors.flush()
        }
        let usesStandardInputForData = options.data.contains("-") || options.baseline.contains("-")
        let items = options.batch
        let standardInputIsTerminal = isatty(STDIN_FILENO) == 1
        if items.isEmpty && usesStandardInputForData {
            errors.write("afq: with --data -, give the query with -c or -f\n")
            return .usageError
        }
        let colorAllowed = !options.noColor && getenv("NO_COLOR") == nil
        let fixedNow: Timestamp?
        switch AFQCommand.fixedNow(ProcessInfo.processInfo.environment) {
        case .success(let instant): fixedNow = instant
        case .failure(let message):
            errors.write("afq: \(message)\n")
            return .usageError
        }
        if items.isEmpty && standardInputIsTerminal && isatty(STDOUT_FILENO) == 1 {
            return runShell(errors: errors, colorAllowed: colorAllowed, terminal: output, now: fixedNow)
        }
        let standardInput: [UInt8]?
        do throws(DataError) {
            standardInput =
                usesStandardInputForData
                ? try FileSystem.readAll(STDIN_FILENO, name: RecordedDocument.standardInputName) : nil
        } catch {
            errors.write(error.description + "\n")
            return .dataError
        }
        let session: Session
        do {
            session = try makeSession(
                output: output, errors: errors, colorAllowed: colorAllowed, standardInput: standardInput,
                now: fixedNow)
        } catch {
            errors.write("afq: \(error.diagnostic.message)\n")
            return .dataError
        }
        if items.isEmpty {
            do throws(ShellError) {
                guard let input = fdopen(dup(STDIN_FILENO), "r") else {
                    throw .cannotRead("<stdin>", reason: String(cString: strerror(errno)))
                }
                defer { fclose(input) }
                let text = try Session.readQueryText(input, name: "<stdin>")
                return finalStatus(session.run(text, name: "<stdin>").status, of: session)
            } catch {
                errors.write("afq: \(error.diagnostic.message)\n")
                return .usageError
            }
        }
        for item in items {
            let outcome: RunOutcome
            switch item {
            case .command(let text):
                outcome = session.run(text, name: "query")
            case .file(let path):
                do throws(ShellError) {
                    outcome = session.run(try Session.readQueryFile(path), name: path)
                } catch {
                    // A query file that cannot be read is a bad option value, not bad data.
                    errors.write("afq: \(error.diagnostic.message)\n")
                    return .usageError
                }
            }
            switch outcome {
            case .quit: return finalStatus(.success, of: session)
            case .finished(.success): continue
            case .finished(let status): return status
            }
        }
        return finalStatus(.success, of: session)
    }

    /// A run whose statements all succeeded still exits 3 when live regions failed, unless
    /// `--allow-partial`; the failures are reported on standard error either way (docs/live.md,
    /// "When part of a fetch fails").
    private func finalStatus(_ status: ExitStatus, of session: Session) -> ExitStatus {
        guard status == .success else { return status }
        if session.failedRegions > 0, !options.allowPartial { return .dataError }
        // `--exit-status`: a scheduled job fails when the last statement found something
        // (README, "Command line").
        if options.exitStatus, session.lastResultHadRows { return .printedRows }
        return status
    }

    /// The interactive shell: its own session writing through the pager.
    private func runShell(errors: FileSink, colorAllowed: Bool, terminal: FileSink, now: Timestamp?) -> ExitStatus {
        let environment = ProcessInfo.processInfo.environment
        let output = PagingSink(terminal: terminal, pagerCommand: environment["PAGER"])
        let session: Session
        do {
            session = try makeSession(
                output: output, errors: errors, colorAllowed: colorAllowed, standardInput: nil, now: now,
                isCancelled: { EditLineReader.interruptPending() })
        } catch {
            errors.write("afq: \(error.diagnostic.message)\n")
            return .dataError
        }
        let shell = InteractiveShell.onTerminal(
            session: session, files: ShellFiles(environment: environment), messages: errors)
        return shell.run()
    }

    /// A session on the data, format and parameters the options name; throws when `--record`
    /// names a file that cannot be written.
    private func makeSession(
        output: any TextSink, errors: FileSink, colorAllowed: Bool, standardInput: [UInt8]?, now: Timestamp?,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) throws(ShellError) -> Session {
        let environment = ProcessInfo.processInfo.environment
        let liveLoader = LiveDataLoader(
            environment: environment, home: environment["HOME"], progress: errors.isTerminal ? errors : nil,
            isCancelled: isCancelled)
        let selection: DataSelection =
            options.live
            ? .live(options.liveOptions())
            : options.data.isEmpty ? .bundledSample : .recorded(paths: options.data)
        let session = Session(
            selection: selection, loader: RecordedDataLoader(standardInput: standardInput, live: liveLoader),
            output: output, errors: errors, allowsColor: colorAllowed)
        // A recording that cannot be written stops the run before anything is fetched.
        if let record = options.record { try session.startRecording(to: record) }
        // Read by the first `changes` query, as `--data` is by the first query.
        if !options.baseline.isEmpty { try? session.setBaseline(.recorded(paths: options.baseline), loadingNow: false) }
        session.format = options.format
        session.now = now
        // `CommandLineParser.parse` has validated them, so this cannot fail.
        session.parameters = (try? options.parameters()) ?? [:]
        return session
    }
}
