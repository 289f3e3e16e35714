import AFQQuery

/// Fetches every (account, region) concurrently and keeps what each gave: a failing region is
/// reported and loses nothing of the others. Calls are bounded per endpoint and in all
/// (`EndpointLimits`) and paced per (account, region) by each client's own limiter.
public struct LiveFetcher: Sendable {
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

    /// Fetches, handing each (account, region)'s calls to `take` as one piece of JSON Lines (its
    /// part of the recording) in the order of `clients`, as soon as it and every piece before it
    /// are done: the caller reads rows from each piece and may let the bytes go, so an
    /// organisation's responses are never all held at once. Returns the regions that failed.
    func fetch(_ take: ([UInt8]) -> Void) async -> [LiveError] {
        let accounts = clients.map { $0.account?.id ?? $0.account?.profile ?? "" }
        let counter = ProgressCounter(accounts: accounts, report: progress)
        let (limits, now) = (self.limits, self.now)
        return await withTaskGroup(of: (Int, Result<[UInt8], LiveError>).self) { group in
            for (index, client) in clients.enumerated() {
                group.addTask {
                    let fetcher = RegionFetcher(
                        client: client, limits: limits, now: now, onCall: { Task { await counter.callDone() } })
                    do throws(LiveError) {
                        let fetched = try await fetcher.fetch()
                        await counter.regionDone(index)
                        return (index, .success(LiveFetcher.piece(of: fetched)))
                    } catch {
                        await counter.regionDone(index)
                        return (index, .failure(error))
                    }
                }
            }
            // Pieces that finished before an earlier one, until it does.
            var waiting: [Int: Result<[UInt8], LiveError>] = [:]
            var next = 0
            var failures: [LiveError] = []
            for await (index, outcome) in group {
                waiting[index] = outcome
                while let ready = waiting.removeValue(forKey: next) {
                    switch ready {
                    case .success(let piece): take(piece)
                    case .failure(let error): failures.append(error)
                    }
                    next += 1
                }
            }
            return failures
        }
    }

    /// The recording lines of one (account, region), in a buffer of the exact size.
    static func piece(of fetched: RegionFetcher.Fetched) -> [UInt8] {
        let lines = fetched.entries.map { entry in
            var entry = entry
            if entry.accountId == nil { entry.accountId = fetched.accountFromARNs }
            return entry.jsonLine
        }
        var piece: [UInt8] = []
        piece.reserveCapacity(lines.reduce(0) { $0 + $1.count + 1 })
        for line in lines {
            piece += line
            piece.append(0x0A)
        }
        return piece
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
