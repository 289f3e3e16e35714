import Foundation

/// Runs a profile's `credential_process` and reads its JSON (AWS SDKs and Tools Reference Guide,
/// "Process credential provider").
///
/// The command line is split like a shell's (`ShellWords`) and run directly, without a shell,
/// the program looked up on the injected environment's `PATH`. The child inherits the
/// environment, standard input and standard error (prompts and errors are for the user);
/// standard output is captured and never echoed, because it holds the secret. Errors name the
/// program but not its arguments, which may hold secrets too.
struct CredentialProcessProvider: Sendable {
    let environment: [String: String]
    /// Where the child's standard error goes; `nil` inherits afq's.
    let standardError: FileHandle?
    /// How long the program may take before it is stopped: a helper waiting for something that
    /// never comes would otherwise hang afq. A minute, as the AWS SDK for Go's process provider
    /// allows, is long enough for a helper that asks the user something.
    var timeout: Duration = CredentialProcessProvider.defaultTimeout
    static let defaultTimeout: Duration = .seconds(60)

    /// Runs `commandLine` for `profile` and returns its credentials.
    func credentials(commandLine: String, profile: String) async throws(CredentialsError) -> Credentials {
        func failure(_ problem: String) -> CredentialsError { .credentialProcess(profile: profile, problem: problem) }
        guard let words = ShellWords.split(commandLine) else {
            throw failure("the command line has an unterminated quote or a trailing backslash; fix its quoting")
        }
        guard let program = words.first else {
            throw failure("the command line is empty; give a program to run or remove the setting")
        }
        guard let executable = CredentialProcessProvider.locate(program, path: environment["PATH"]) else {
            throw failure("cannot find program '\(program)'; give its full path or add its folder to PATH")
        }
        let outcome = await run(executable: executable, arguments: Array(words.dropFirst()))
        let output: [UInt8]
        switch outcome {
        case .failedToStart(let reason):
            throw failure("cannot start '\(program)': \(reason)")
        case .timedOut:
            let limit = CredentialProcessProvider.describe(timeout)
            throw failure(
                "'\(program)' did not finish within \(limit) and was stopped; "
                    + "try running the command by hand to see what it waits for")
        case .exited(let status, _) where status != 0:
            throw failure(
                "'\(program)' exited with status \(status); see its own error output above, and try running the command by hand"
            )
        case .exited(_, let stdout):
            output = stdout
        }
        guard let document = CredentialDocument.decode(output) else {
            throw failure(
                "'\(program)' did not print a JSON object like {\"Version\": 1, \"AccessKeyId\": …, \"SecretAccessKey\": …}"
            )
        }
        guard document.version == 1 else {
            let found = document.version.map { "Version \($0)" } ?? "no Version"
            throw failure("'\(program)' printed \(found); afq understands only \"Version\": 1")
        }
        let missing = document.missingMembers
        guard missing.isEmpty else {
            throw failure("'\(program)' printed JSON without \(missing.joined(separator: " and "))")
        }
        return try document.credentials(source: .credentialProcess(profile: profile))
    }

    enum Outcome: Sendable {
        case failedToStart(String)
        case exited(status: Int32, stdout: [UInt8])
        case timedOut
    }

    /// Runs the child off the cooperative thread pool: reading its output blocks.
    private func run(executable: String, arguments: [String]) async -> Outcome {
        let environment = self.environment
        let standardError = self.standardError
        let timeout = self.timeout
        return await withCheckedContinuation { continuation in
            DispatchQueue.global().async {
                for attempt in 1...CredentialProcessProvider.startAttempts {
                    let process = Process()
                    process.executableURL = URL(fileURLWithPath: executable)
                    process.arguments = arguments
                    process.environment = environment
                    let stdout = Pipe()
                    process.standardOutput = stdout
                    if let standardError { process.standardError = standardError }
                    do {
                        try process.run()
                    } catch {
                        if attempt < CredentialProcessProvider.startAttempts,
                            CredentialProcessProvider.posixCode(of: error) == .ETXTBSY
                        {
                            usleep(20_000)
                            continue
                        }
                        continuation.resume(returning: .failedToStart(CredentialProcessProvider.reason(error)))
                        return
                    }
                    let reader = stdout.fileHandleForReading
                    guard let output = CredentialProcessProvider.output(of: reader, within: timeout) else {
                        // Foundation sees the program end only once every process it started
                        // has ended too, so that is waited for off this path.
                        kill(process.processIdentifier, SIGKILL)
                        let stopped = UncheckedProcess(process)
                        Thread.detachNewThread { stopped.process.waitUntilExit() }
                        continuation.resume(returning: .timedOut)
                        return
                    }
                    process.waitUntilExit()
                    continuation.resume(returning: .exited(status: process.terminationStatus, stdout: output))
                    return
                }
            }
        }
    }

    /// Everything `handle` gives until it closes, or nil once `timeout` has passed. It stops
    /// reading then, rather than at the end of the output, which a child the program started
    /// could hold open long after the program is stopped.
    private static func output(of handle: FileHandle, within timeout: Duration) -> [UInt8]? {
        let deadline = ContinuousClock.now + timeout
        let descriptor = handle.fileDescriptor
        var output: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let remaining = ContinuousClock.now.duration(to: deadline)
            guard remaining > .zero else { return nil }
            let (seconds, attoseconds) = remaining.components
            let milliseconds = min(seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1, Int64(Int32.max))
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            let ready = poll(&request, 1, Int32(milliseconds))
            if ready == 0 || (ready < 0 && errno == EINTR) { continue }  // the deadline is checked above
            guard ready > 0 else { return output }
            let count = chunk.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            if count > 0 {
                output.append(contentsOf: chunk[0..<count])
            } else if count < 0, errno == EINTR {
                continue
            } else {
                return output
            }
        }
    }

    /// "60 s", or "300 ms" under a second.
    static func describe(_ duration: Duration) -> String {
        let (seconds, attoseconds) = duration.components
        return seconds >= 1 ? "\(seconds) s" : "\(attoseconds / 1_000_000_000_000_000) ms"
    }

    /// A program written a moment ago (a helper just installed) fails to start with "Text file
    /// busy" while a child another thread forked meanwhile still holds it open for writing, until
    /// that child execs: tried again every 20 ms for up to 0.2 s, as Go's os/exec does.
    static let startAttempts = 10

    private static func posixCode(of error: any Error) -> POSIXErrorCode? {
        guard let underlying = (error as NSError).userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        else { return nil }
        return POSIXErrorCode(rawValue: Int32(underlying.code))
    }

    private static func reason(_ error: any Error) -> String {
        if let code = posixCode(of: error) { return String(describing: POSIXError(code).localizedDescription) }
        return (error as NSError).localizedDescription
    }

    /// A program with a `/` is used as given; otherwise the first executable match on `PATH`.
    static func locate(_ program: String, path: String?) -> String? {
        if program.contains("/") { return program }
        let folders = (path ?? "/usr/local/bin:/usr/bin:/bin").split(separator: ":", omittingEmptySubsequences: false)
        for folder in folders {
            let candidate = (folder.isEmpty ? "." : String(folder)) + "/" + program
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }
}
