import AFQQuery

/// Runs a checked pipeline over a source's rows and returns the statement's result values,
/// following its `ExecutionPlan`.
public struct Evaluator {
    public var parameters: [String: Value]
    /// What `now()` reads; nil reads the clock once when the statement starts, so every row sees
    /// the same instant (docs/language.md, "Time").
    public var now: Timestamp?
    /// Polled between rows, so Ctrl-C in the shell can stop a long query.
    public var isCancelled: @Sendable () -> Bool

    public init(
        parameters: [String: Value] = [:], now: Timestamp? = nil,
        isCancelled: @escaping @Sendable () -> Bool = { false }
    ) {
        self.parameters = parameters
        self.now = now
        self.isCancelled = isCancelled
    }

    public func run(_ checked: CheckedPipeline, on supplier: any RowSupplier) throws -> [Value] {
        var values: [Value] = []
        try run(checked, on: supplier) { values.append($0) }
        return values
    }

    /// Runs a pipeline and hands each result value to `emit` as soon as it is known, so results
    /// that need no sorting or grouping stream from the input to the output without being held.
    public func run(_ checked: CheckedPipeline, on supplier: any RowSupplier, emit: (Value) -> Void) throws {
        try withoutActuallyEscaping(emit) { emit in
            try run(checked, on: supplier, writesLines: false, emit: emit, write: { _ in })
        }
    }

    /// Runs a pipeline and hands its results to `write` as JSON Lines text (`JSONText.appendLine`),
    /// in order. When every stage looks at one row at a time, results are encoded on the
    /// supplier's worker threads as they come out of the last stage, so the output of a large
    /// query is not written out by one core alone, and rows are not collected only to be encoded.
    public func run(
        _ checked: CheckedPipeline, on supplier: any RowSupplier,
        writingJSONLines write: (String) -> Void
    ) throws {
        var pending = UTF8Buffer()
        let lists = JSONListTexts()
        var count = 0
        try withoutActuallyEscaping(write) { write in
            try run(
                checked, on: supplier, writesLines: true,
                emit: { value in
                    JSONText.appendLine(value, to: &pending, lists: lists)
                    count += 1
                    if count >= Evaluator.encodingGroup {
                        write(pending.string)
                        pending.removeAll()
                        count = 0
                    }
                }, write: write)
        }
        if !pending.isEmpty { write(pending.string) }
    }

    /// Values encoded per call when encoding happens on the calling thread.
    static let encodingGroup = 256

    /// The plan's run: results go to `emit`, or to `write` when the workers encode them.
    private func run(
        _ checked: CheckedPipeline, on supplier: any RowSupplier, writesLines: Bool,
        emit: @escaping (Value) -> Void, write: @escaping (String) -> Void
    ) throws {
        let concurrent = supplier as? any ConcurrentRowSupplier
        let plan = ExecutionPlan(checked.pipeline.stages, concurrent: concurrent != nil, writesLines: writesLines)
        let now = self.now ?? StatementClock.current()
        let expressions = ExpressionEvaluator(parameters: parameters, now: now)
        let constants = ReferenceExpressions(parameters: parameters, now: now)
        let context = SinkContext(expressions: expressions, constants: constants, sourceDemand: nil)
        let tail = try SegmentedSink.chain(of: plan.onCaller.count, endingAt: EmittingSink(emit)) {
            (index, next) throws(RuntimeError) in try plan.onCaller[index].makeSink(context, next: next)
        }
        if let concurrent {
            try run(plan, then: tail, demand: checked.demand, on: concurrent, now: now, write: write)
        } else {
            try run(tail, demand: checked.demand, on: supplier)
        }
    }

    /// Every stage on the calling thread, one row at a time.
    private func run(_ head: RowSink, demand: FieldDemand, on supplier: any RowSupplier) throws {
        var failure: RuntimeError? = nil
        let isCancelled = self.isCancelled
        try supplier.forEachRow(demand: demand) { row in
            if isCancelled() {
                failure = .cancelled
                return false
            }
            do {
                return try head.push(row)
            } catch let error as RuntimeError {
                failure = error
                return false
            }
        }
        if let failure { throw failure }
        try head.finish()
    }

    /// What the workers made of one batch, and the run-time error that stopped the batch early,
    /// if one did (rows after it were not looked at).
    private struct BatchOutput: Sendable {
        var part: BatchPart
        var failure: RuntimeError?
    }

    /// The plan's worker stages run on the supplier's worker threads, each batch through its own
    /// sinks and expression evaluator (they hold caches); `tail` gets what they made, in input
    /// order. A run-time error stops the run at the row it happened on, exactly as a single
    /// thread would.
    private func run(
        _ plan: ExecutionPlan, then tail: RowSink, demand: FieldDemand, on supplier: any ConcurrentRowSupplier,
        now: Timestamp, write: (String) -> Void
    ) throws {
        let parameters = self.parameters
        let isCancelled = self.isCancelled
        var failure: RuntimeError? = nil
        try supplier.forEachBatch(
            demand: demand,
            transform: { rows -> BatchOutput in
                Evaluator.runOnWorker(
                    plan, on: rows, reading: demand, parameters: parameters, now: now, isCancelled: isCancelled)
            },
            { output in
                // Ctrl-C stops at once; other errors let the supplier check the rest of its data.
                if output.failure == .cancelled { throw RuntimeError.cancelled }
                switch output.part {
                case .rows(let rows):
                    do {
                        for i in rows.indices {
                            if isCancelled() { throw RuntimeError.cancelled }
                            guard try tail.push(rows[i]) else { return false }
                        }
                    } catch let error as RuntimeError where error != .cancelled {
                        failure = error
                        return false
                    }
                case .lines(let text):
                    if isCancelled() { throw RuntimeError.cancelled }
                    if !text.isEmpty { write(text) }
                case .groups, .count:
                    if isCancelled() { throw RuntimeError.cancelled }
                    tail.merge(output.part)
                }
                if let error = output.failure {
                    failure = error
                    return false
                }
                return true
            })
        if let failure { throw failure }
        try tail.finish()
    }

    /// The plan's worker stages over one batch, on a worker thread, through sinks and an
    /// expression evaluator of its own (they hold caches).
    private static func runOnWorker(
        _ plan: ExecutionPlan, on rows: ArraySlice<Row>, reading demand: FieldDemand, parameters: [String: Value],
        now: Timestamp, isCancelled: @Sendable () -> Bool
    ) -> BatchOutput {
        if plan.onWorkers.isEmpty {
            switch plan.ending {
            case .rows: return BatchOutput(part: .rows(Array(rows)))
            case .count: return BatchOutput(part: .count(rows.count))
            case .lines, .groups: break
            }
        }
        let unshared = parameters.mapValues(\.unsharedCopy)
        let expressions = ExpressionEvaluator(parameters: unshared, now: now)
        let constants = ReferenceExpressions(parameters: unshared, now: now)
        let end = plan.ending.makeSink(expressions)
        let head: RowSink
        do {
            head = try SegmentedSink.chain(of: plan.onWorkers.count, endingAt: end) {
                (index, next) throws(RuntimeError) in
                let context = SinkContext(
                    expressions: expressions, constants: constants, sourceDemand: index == 0 ? demand : nil)
                return try plan.onWorkers[index].unsharedCopy.makeSink(context, next: next)
            }
        } catch {
            return BatchOutput(part: .rows([]), failure: error)
        }
        var failure: RuntimeError? = nil
        let cancelled = rows.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return false }
            // Lent through a slot of this thread's own (`Lending`).
            let slot = UnsafeMutablePointer<Row>.allocate(capacity: 1)
            defer { slot.deallocate() }
            for i in 0..<buffer.count {
                if isCancelled() { return true }
                if i &+ RowPrefetch.distance < buffer.count { RowPrefetch.hint(first + i + RowPrefetch.distance) }
                do throws(RuntimeError) {
                    _ = try head.push(lent: &Lending.lend(first + i, through: slot).pointee)
                } catch {
                    failure = error
                    break
                }
            }
            return false
        }
        if cancelled { return BatchOutput(part: .rows([]), failure: .cancelled) }
        return BatchOutput(part: end.takePart(), failure: failure)
    }
}
