import AFQQuery

/// Fetches every region concurrently and keeps what each region gave: a failing region is
/// reported and loses nothing of the others (issue 4, "a failing region loses nothing else").
public struct LiveFetcher: Sendable {
    public struct Result: Sendable {
        /// The calls of the regions that answered, region by region in the order asked.
        public var entries: [RecordingEntry]
        public var failures: [LiveError]
    }

    let clients: [AppFlowClient]
    let now: @Sendable () -> Timestamp
    let progress: @Sendable (LiveProgress) -> Void
    let maxConcurrentCalls: Int

    init(
        clients: [AppFlowClient], now: @escaping @Sendable () -> Timestamp,
        progress: @escaping @Sendable (LiveProgress) -> Void = { _ in }, maxConcurrentCalls: Int = 8
    ) {
        self.clients = clients
        self.now = now
        self.progress = progress
        self.maxConcurrentCalls = maxConcurrentCalls
    }

    public func fetch() async -> Result {
        let limiter = CallLimiter(limit: maxConcurrentCalls)
        let counter = ProgressCounter(regionsTotal: clients.count, report: progress)
        let outcomes = await withTaskGroup(of: (Int, Swift.Result<[RecordingEntry], LiveError>).self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    let fetcher = RegionFetcher(
                        client: client, limiter: limiter, now: now, onCall: { Task { await counter.callDone() } })
                    do throws(LiveError) {
                        let entries = try await fetcher.fetch()
                        await counter.regionDone()
                        return (index, .success(LiveFetcher.withAccount(entries)))
                    } catch {
                        await counter.regionDone()
                        return (index, .failure(error))
                    }
                }
            }
            var all: [(Int, Swift.Result<[RecordingEntry], LiveError>)] = []
            for await outcome in group { all.append(outcome) }
            return all.sorted { $0.0 < $1.0 }.map(\.1)
        }
        var result = Result(entries: [], failures: [])
        for outcome in outcomes {
            switch outcome {
            case .success(let entries): result.entries += entries
            case .failure(let error): result.failures.append(error)
            }
        }
        return result
    }

    /// AppFlow's responses do not name the account; the ARNs of custom connectors do, and every
    /// call of one fetch uses one set of credentials, so that account is the region's.
    static func withAccount(_ entries: [RecordingEntry]) -> [RecordingEntry] {
        var account: String? = nil
        for entry in entries {
            guard case .response(let body) = entry.outcome else { continue }
            if let found = firstARNAccount(in: body) {
                account = found
                break
            }
        }
        guard let account else { return entries }
        return entries.map { entry in
            var copy = entry
            copy.accountId = account
            return copy
        }
    }

    private static func firstARNAccount(in value: Value) -> String? {
        switch value {
        case .record(let r):
            if let arn = r["connectorArn"]?.stringValue, let parsed = ConnectorARN(arn) { return parsed.account }
            for (_, inner) in r.fields { if let found = firstARNAccount(in: inner) { return found } }
            return nil
        case .list(let elements):
            for inner in elements { if let found = firstARNAccount(in: inner) { return found } }
            return nil
        default:
            return nil
        }
    }
}

/// Counts calls and regions for the progress line.
actor ProgressCounter {
    private var state: LiveProgress
    private let report: @Sendable (LiveProgress) -> Void

    init(regionsTotal: Int, report: @escaping @Sendable (LiveProgress) -> Void) {
        state = LiveProgress(callsDone: 0, regionsDone: 0, regionsTotal: regionsTotal)
        self.report = report
    }

    func callDone() {
        state.callsDone += 1
        report(state)
    }

    func regionDone() {
        state.regionsDone += 1
        report(state)
    }
}
