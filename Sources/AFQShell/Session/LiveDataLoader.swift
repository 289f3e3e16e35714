import AFQQuery
import AFQSources
import Foundation

/// Loads live data for a session: runs the asynchronous fetch from the shell's synchronous
/// loop, shows progress on a terminal, asks for MFA codes on the terminal, and lets Ctrl-C
/// cancel it.
public struct LiveDataLoader: Sendable {
    let environment: [String: String]
    let home: String?
    /// Where progress goes; nil when standard error is not a terminal, where progress is never
    /// shown (README, "Command line").
    let progress: (any TextSink & Sendable)?
    let isCancelled: @Sendable () -> Bool
    /// Asks for an MFA code; nil when there is no terminal to ask on.
    let mfaCode: (@Sendable (_ serial: String) async -> String?)?

    public init(
        environment: [String: String], home: String?, progress: (any TextSink & Sendable)?,
        isCancelled: @escaping @Sendable () -> Bool = { false },
        mfaCode: (@Sendable (_ serial: String) async -> String?)? = TerminalPrompt.mfaCode
    ) {
        self.environment = environment
        self.home = home
        self.progress = progress
        self.isCancelled = isCancelled
        self.mfaCode = mfaCode
    }

    public func load(_ options: LiveOptions) throws -> LoadedData {
        let source = LiveSource(options: options, environment: environment, home: home, mfaCode: mfaCode)
        let progress = self.progress
        let report: @Sendable (LiveProgress) -> Void = { state in progress?.write("\r\u{1B}[K" + state.text) }
        let outcome = BlockingTask.run(isCancelled: isCancelled) { try await source.fetch(progress: report) }
        progress?.write("\r\u{1B}[K")
        let fetch: LiveSource.Fetch
        switch outcome {
        case .cancelled: throw RuntimeError.cancelled
        case .finished(.failure(let error)): throw error
        case .finished(.success(let value)): fetch = value
        }
        let failures = fetch.failures.map { failure in
            failure.description + (failure.hint.map { "\n  = help: \($0)" } ?? "")
        }
        guard fetch.targetsAnswered > 0 || fetch.targetsTotal == 0 && fetch.failures.isEmpty else {
            throw LiveFailure(messages: failures.isEmpty ? ["no account or region answered"] : failures)
        }
        return LoadedData(
            rows: fetch.data, description: LiveDataLoader.describe(fetch),
            warnings: fetch.notices + fetch.data.warnings.map(\.description), failures: failures,
            recording: fetch.recording)
    }

    /// The banner's and `.source`'s words for what was fetched: `live AppFlow: 26 connectors from
    /// account 123456789012, 2 regions (us-east-1, eu-west-1)`.
    static func describe(_ fetch: LiveSource.Fetch) -> String {
        var text = "live AppFlow: \(fetch.data.rowCount) connectors from "
        let named = fetch.accounts.filter { $0.id != nil || $0.profile != nil }
        if named.count == 1 {
            text += "account \(named[0]), "
        } else if named.count > 1 {
            let shown = named.prefix(5).map(\.description).joined(separator: ", ")
            text += "\(named.count) accounts (\(shown)\(named.count > 5 ? ", …" : "")), "
        }
        let regions = fetch.regions
        text += "\(regions.count) region\(regions.count == 1 ? "" : "s")"
        text += regions.count <= 4 ? " (" + regions.joined(separator: ", ") + ")" : ""
        if fetch.targetsAnswered < fetch.targetsTotal {
            text += "; \(fetch.targetsTotal - fetch.targetsAnswered) of \(fetch.targetsTotal) account regions failed"
        }
        return text
    }
}

/// Every account and region failed: nothing to query (exit status 3).
public struct LiveFailure: Error, Sendable, CustomStringConvertible {
    public let messages: [String]

    public var description: String {
        messages.map { "error: " + $0 }.joined(separator: "\n")
    }
}
