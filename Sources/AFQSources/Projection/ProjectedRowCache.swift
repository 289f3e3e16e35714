import AFQQuery
import AFQEngine

#if canImport(Glibc)
    import Glibc
#elseif canImport(Musl)
    import Musl
#elseif canImport(Darwin)
    import Darwin
#endif

/// Compact copies of loaded rows cut down to what recent queries read, so the shell answers
/// from a large recording at the speed of the fields a query needs rather than of the whole rows
/// (docs/performance.md, "What makes afq fast"). See `ValueProjector` for how rows are cut.
///
/// A query that reads a new set of fields runs over the full rows, as it would without the cache,
/// and the copy is made after it on a thread of the lowest priority, while the person reads the
/// answer; later queries reading those fields or fewer (the same query again, a changed condition,
/// one column less) use the copy. Queries never wait for a copy. Only narrow demands are copied,
/// and only the most recent few kept within a memory budget, so the copies stay small beside the
/// rows themselves (measured: docs/performance.md, "Decisions").
public final class ProjectedRowCache: @unchecked Sendable {
    /// Demands naming more top-level keys than this use the full rows: a copy of most of a row
    /// would cost memory without saving much.
    static let widestDemand = 8
    /// The copies kept, the most recently used last.
    static let capacity = 4

    /// The rows every copy is made from.
    private let rows: [Row]
    /// Fewer rows than this are answered from the full rows: they are fast anyway.
    private let minimumRows: Int
    /// What the kept copies may take together, by `ValueProjector`'s estimate. A copy that alone
    /// would take more is abandoned, and its demand (or a wider one) is not copied again.
    private let memoryBudget: Int
    private let mutex = Mutex()
    private var entries: [(demand: FieldDemand, rows: [Row], bytes: Int)] = []
    /// Demands whose copy was abandoned for its size.
    private var tooLarge: [FieldDemand] = []
    /// The demand being copied, and those to copy next, in the order they were asked for.
    private var building: FieldDemand? = nil
    private var queued: [FieldDemand] = []
    /// Signalled when the background thread has nothing left to copy (`waitUntilIdle`); allocated
    /// once, so its address is stable.
    private let idle: UnsafeMutablePointer<pthread_cond_t>
    /// Queries running now, and a condition signalled when none is: a copy waits for them
    /// between batches, so a query typed right after another does not share the cores with the
    /// copy the first one started.
    private var runningQueries = 0
    private let noQueryRunning: UnsafeMutablePointer<pthread_cond_t>

    public init(rows: [Row], minimumRows: Int = 10_000, memoryBudget: Int = 256 << 20) {
        self.rows = rows
        self.minimumRows = minimumRows
        self.memoryBudget = memoryBudget
        idle = .allocate(capacity: 1)
        pthread_cond_init(idle, nil)
        noQueryRunning = .allocate(capacity: 1)
        pthread_cond_init(noQueryRunning, nil)
    }

    deinit {
        pthread_cond_destroy(idle)
        idle.deallocate()
        pthread_cond_destroy(noQueryRunning)
        noQueryRunning.deallocate()
    }

    /// Runs `transform` over the rows cut down to `demand` in batches, as `RowBatches` does: over
    /// a copy already made, or else over the full rows, and then a copy for next time is started.
    ///
    /// The copy starts only once the query is answered, and a copy being made waits while a
    /// query runs: made at the same time, even on a thread of the lowest priority, it doubled the
    /// first answer (measured: docs/performance.md, "Decisions").
    public func forEachBatch<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        mutex.lock()
        runningQueries += 1
        mutex.unlock()
        defer {
            mutex.lock()
            runningQueries -= 1
            if runningQueries == 0 { pthread_cond_broadcast(noQueryRunning) }
            mutex.unlock()
            startQueuedCopies()
        }
        try RowBatches.forEachBatch(of: rows(coveringOrQueueing: demand), transform: transform, consume)
    }

    /// The rows cut down to `demand` from a copy already made, or the full rows, and a copy for
    /// next time is started (tests).
    public func rows(for demand: FieldDemand) -> [Row] {
        defer { startQueuedCopies() }
        return rows(coveringOrQueueing: demand)
    }

    /// The rows cut down to `demand` from a copy already made, or else the full rows, with a copy
    /// queued unless one that covers `demand` is made, queued or known to be too large.
    private func rows(coveringOrQueueing demand: FieldDemand) -> [Row] {
        guard rows.count >= minimumRows, let keys = demand.keys, keys.count <= ProjectedRowCache.widestDemand else {
            return rows
        }
        mutex.lock()
        defer { mutex.unlock() }
        if let index = entries.lastIndex(where: { $0.demand.covers(demand) }) {
            let entry = entries.remove(at: index)
            entries.append(entry)
            return entry.rows
        }
        if building?.covers(demand) != true && !queued.contains(where: { $0.covers(demand) })
            && !tooLarge.contains(where: { demand.covers($0) })
        {
            queued.append(demand)
            if queued.count > ProjectedRowCache.capacity { queued.removeFirst() }
        }
        return rows
    }

    /// Starts making the queued copies unless they are being made already.
    private func startQueuedCopies() {
        mutex.lock()
        defer { mutex.unlock() }
        guard building == nil, !queued.isEmpty else { return }
        building = queued.removeFirst()
        LowPriorityThread.start { [self] in buildQueuedCopies() }
    }

    /// Whether a copy is being made (tests).
    public var isCopying: Bool {
        mutex.lock()
        defer { mutex.unlock() }
        return building != nil
    }

    /// Waits until no copy is being made (tests).
    public func waitUntilIdle() {
        mutex.lock()
        while building != nil { pthread_cond_wait(idle, mutex.pointer) }
        mutex.unlock()
    }

    /// Makes the copies asked for, one after another, on the background thread.
    private func buildQueuedCopies() {
        mutex.lock()
        while let demand = building {
            mutex.unlock()
            let copy = project(to: demand)
            mutex.lock()
            if let copy {
                entries.append((demand, copy.rows, copy.bytes))
                while entries.count > ProjectedRowCache.capacity
                    || entries.reduce(0, { $0 + $1.bytes }) > memoryBudget
                {
                    entries.removeFirst()
                }
            } else {
                tooLarge.append(demand)
            }
            queued.removeAll { next in entries.contains { $0.demand.covers(next) } }
            building = queued.isEmpty ? nil : queued.removeFirst()
        }
        pthread_cond_broadcast(idle)
        mutex.unlock()
    }

    /// Waits until no query runs (a copy's batch, before it starts).
    private func waitWhileQueriesRun() {
        mutex.lock()
        while runningQueries > 0 { pthread_cond_wait(noQueryRunning, mutex.pointer) }
        mutex.unlock()
    }

    /// The rows cut down, in order, on every core, with the copy's estimated size; nil when it
    /// would take more than the memory budget.
    private func project(to demand: FieldDemand) -> (rows: [Row], bytes: Int)? {
        var projected: [Row] = []
        projected.reserveCapacity(rows.count)
        var bytes = rows.count * MemoryLayout<Row>.stride
        let budget = memoryBudget
        // Projecting cannot fail: nothing here throws. Each batch has a projector of its own, so
        // the rows of a batch share keys arrays only with each other: queries cut the rows into
        // the same batches, and rows of one batch are read by one core (see `UnsharedCopies`).
        try? RowBatches.forEachBatch(
            of: rows,
            transform: { [self] batch in
                waitWhileQueriesRun()
                let projector = ValueProjector(demand)
                let copied = batch.map { Row(projector.project($0.value), source: projector.copy($0.source)) }
                return (copied, projector.copiedBytes)
            },
            { (batch: [Row], batchBytes: Int) in
                projected.append(contentsOf: batch)
                bytes += batchBytes
                return bytes <= budget
            })
        return bytes <= budget ? (projected, bytes) : nil
    }
}
