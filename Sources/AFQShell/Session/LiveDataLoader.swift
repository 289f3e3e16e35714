import AFQQuery
import AFQSources
import Foundation

/// Loads live data for a session: runs the asynchronous fetch from the shell's synchronous
/// loop, shows progress on a terminal, and lets Ctrl-C cancel it.
public struct LiveDataLoader: Sendable {
    let environment: [String: String]
    let home: String?
    /// Where progress goes; nil when standard error is not a terminal (afq-cli: progress only on one).
    let progress: (any TextSink & Sendable)?
    let isCancelled: @Sendable () -> Bool

    public init(
        environment: [String: String], home: String?, progress: (any TextSink & Sendable)?,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) {
        self.environment = environment
        self.home = home
        self.progress = progress
        self.isCancelled = isCancelled
    }

    public func load(_ options: LiveOptions) throws -> LoadedData {
        let source = LiveSource(options: options, environment: environment, home: home)
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
        guard fetch.failures.count < fetch.regions.count || fetch.regions.isEmpty else {
            throw LiveFailure(messages: failures)
        }
        let answered = fetch.regions.count - fetch.failures.count
        var description = "live AppFlow: \(fetch.data.rowCount) connectors from \(answered) region\(answered == 1 ? "" : "s")"
        description += " (" + fetch.regions.joined(separator: ", ") + ")"
        return LoadedData(
            rows: fetch.data, description: description,
            warnings: fetch.notices + fetch.data.warnings.map(\.description), failures: failures,
            recordingLines: fetch.recordingLines)
    }
}

/// Every region failed: nothing to query (exit status 3).
public struct LiveFailure: Error, Sendable, CustomStringConvertible {
    public let messages: [String]

    public var description: String {
        messages.map { "error: " + $0 }.joined(separator: "\n")
    }
}
