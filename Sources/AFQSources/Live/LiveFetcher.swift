import AFQQuery

/// Fetches every (account, region) concurrently and keeps what each gave: a failing region is
/// reported and loses nothing of the others. Calls are bounded per endpoint and in all
/// (`EndpointLimits`) and paced per (account, region) by each client's own limiter.
public struct LiveFetcher: Sendable {
    public struct Result: Sendable {
        /// The calls of the regions that answered, in the order of `clients`.
        public var entries: [RecordingEntry]
        public var failures: [LiveError]
    }

    let clients: [AppFlowClient]
    let now: @Sendable () -> Timestamp
    let progress: @Sendable (LiveProgress) -> Void
    let limits: EndpointLimits

    init(
        clients: [AppFlowClient], now: @escaping @Sendable () -> Timestamp,
        progress: @escaping @Sendable (LiveProgress) -> Void = { _ in }, limits: EndpointLimits? = nil
    ) {
        self.clients = clients
        self.now = now
        self.progress = progress
        self.limits = limits ?? EndpointLimits(endpoints: clients.map(\.endpoint))
    }

    public func fetch() async -> Result {
        let accounts = clients.map { $0.account?.id ?? $0.account?.profile ?? "" }
        let counter = ProgressCounter(accounts: accounts, report: progress)
        let (limits, now) = (self.limits, self.now)
        let outcomes = await withTaskGroup(of: (Int, Swift.Result<[RecordingEntry], LiveError>).self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    let fetcher = RegionFetcher(
                        client: client, limits: limits, now: now, onCall: { Task { await counter.callDone() } })
                    do throws(LiveError) {
                        let entries = try await fetcher.fetch()
                        await counter.regionDone(index)
                        return (index, .success(entries))
                    } catch {
                        await counter.regionDone(index)
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
}

/// Counts calls, regions and accounts for the progress line.
actor ProgressCounter {
    private var state: LiveProgress
    private let report: @Sendable (LiveProgress) -> Void
    /// The account of each (account, region), by client index, and the regions each has left.
    private let accountOfClient: [String]
    private var regionsLeft: [String: Int] = [:]

    init(accounts: [String], report: @escaping @Sendable (LiveProgress) -> Void) {
        accountOfClient = accounts
        for account in accounts { regionsLeft[account, default: 0] += 1 }
        state = LiveProgress(
            callsDone: 0, regionsDone: 0, regionsTotal: accounts.count, accountsDone: 0,
            accountsTotal: regionsLeft.count)
        self.report = report
    }

    func callDone() {
        state.callsDone += 1
        report(state)
    }

    func regionDone(_ client: Int) {
        state.regionsDone += 1
        let account = accountOfClient[client]
        regionsLeft[account, default: 1] -= 1
        if regionsLeft[account] == 0 { state.accountsDone += 1 }
        report(state)
    }
}
