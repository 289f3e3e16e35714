import AFQQuery
import AFQEngine

/// Fetches every (account, region) concurrently and keeps what each gave: a failing region is
/// reported and loses nothing of the others. Calls are bounded per endpoint and in all
/// (`EndpointLimits`) and paced per (account, region) by each client's own limiter.
public struct LiveFetcher: Sendable {
    /// (Account, region)s fetched at once: 20 accounts × 16 regions. Each is paced by AppFlow's
    /// quota (about a second for its seven calls), so many run side by side; but a waiting fetch
    /// holds its tasks' memory, so a larger organisation goes through in waves.
    static let activeRegions = 320

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
    /// part of the recording), with its index in `clients`, as soon as it is done: the caller
    /// reads rows from each piece and may let the bytes go, so an organisation's responses are
    /// never all held at once. Returns the regions that failed, in the order of `clients`.
    func fetch(_ take: (_ index: Int, _ piece: [UInt8]) -> Void) async -> [LiveError] {
        let accounts = clients.map { $0.account?.id ?? $0.account?.profile ?? "" }
        let counter = ProgressCounter(accounts: accounts, report: progress)
        let (limits, now) = (self.limits, self.now)
        return await withTaskGroup(of: (Int, Result<[UInt8], LiveError>).self) { group in
            var started = 0
            func startNext() {
                guard started < clients.count else { return }
                let (index, client) = (started, clients[started])
                started += 1
                group.addTask {
                    let fetcher = RegionFetcher(
                        client: client, limits: limits, now: now, onCall: { counter.callDone() })
                    do throws(LiveError) {
                        let fetched = try await fetcher.fetch()
                        counter.regionDone(index)
                        return (index, .success(LiveFetcher.piece(of: fetched)))
                    } catch {
                        counter.regionDone(index)
                        return (index, .failure(error))
                    }
                }
            }
            for _ in 0..<LiveFetcher.activeRegions { startNext() }
            var failures: [(Int, LiveError)] = []
            for await (index, outcome) in group {
                startNext()
                switch outcome {
                case .success(let piece): take(index, piece)
                case .failure(let error): failures.append((index, error))
                }
            }
            return failures.sorted { $0.0 < $1.0 }.map(\.1)
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

/// Counts calls, regions and accounts for the progress line, under a lock: a task per call
/// to an actor would cost an organisation's thousands of calls a task each.
final class ProgressCounter: @unchecked Sendable {
    private let lock = Mutex()
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
        lock.lock()
        state.callsDone += 1
        let now = state
        lock.unlock()
        report(now)
    }

    func regionDone(_ client: Int) {
        lock.lock()
        state.regionsDone += 1
        let account = accountOfClient[client]
        regionsLeft[account, default: 1] -= 1
        if regionsLeft[account] == 0 { state.accountsDone += 1 }
        let now = state
        lock.unlock()
        report(now)
    }
}
