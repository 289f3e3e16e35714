/// Runs a checked pipeline over a source's rows and returns the statement's result values.
public struct Evaluator {
    public var parameters: [String: Value]
    /// Polled between rows, so Ctrl-C in the shell can stop a long query.
    public var isCancelled: @Sendable () -> Bool

    public init(parameters: [String: Value] = [:], isCancelled: @escaping @Sendable () -> Bool = { false }) {
        self.parameters = parameters
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
            let expressions = ExpressionEvaluator(parameters: parameters)
            let stages = checked.pipeline.stages
            let rowLocalCount = stages.prefix(while: \.isRowLocal).count
            if let concurrent = supplier as? any ConcurrentRowSupplier {
                let tail = try chain(stages[rowLocalCount...], expressions, ending: EmittingSink(emit))
                try run(Array(stages[..<rowLocalCount]), then: tail, demand: checked.demand, on: concurrent)
                return
            }
            let head = try chain(stages[...], expressions, ending: EmittingSink(emit))
            var failure: RuntimeError? = nil
            let isCancelled = self.isCancelled
            try supplier.forEachRow(demand: checked.demand) { row in
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
    }

    /// Runs a pipeline and hands its results to `write` as JSON Lines text (`JSONText.appendLine`),
    /// in order. When every stage looks at one row at a time, results are encoded on the
    /// supplier's worker threads as they come out of the last stage, so the output of a large
    /// query is not written out by one core alone, and rows are not collected only to be encoded
    /// (issue 5).
    public func run(
        _ checked: CheckedPipeline, on supplier: any RowSupplier,
        writingJSONLines write: (String) -> Void
    ) throws {
        let stages = checked.pipeline.stages
        guard let concurrent = supplier as? any ConcurrentRowSupplier, stages.allSatisfy(\.isRowLocal) else {
            var pending = UTF8Buffer()
            let lists = JSONListTexts()
            var count = 0
            try run(checked, on: supplier) { value in
                JSONText.appendLine(value, to: &pending, lists: lists)
                count += 1
                if count >= Evaluator.encodingGroup {
                    write(pending.string)
                    pending.removeAll()
                    count = 0
                }
            }
            if !pending.isEmpty { write(pending.string) }
            return
        }
        try withoutActuallyEscaping(write) { write in
            try run(stages, then: TextSink(write), demand: checked.demand, on: concurrent, encodesLines: true)
        }
    }

    /// Values encoded per call when encoding happens on the calling thread.
    static let encodingGroup = 256

    /// What the row-by-row stages made of one batch: the rows that came out (or their text, when
    /// the run encodes results on the workers, their groups, when it groups them there, or their
    /// number, when it counts them there), and the run-time error that stopped the batch early,
    /// if one did (rows after it were not looked at).
    private struct BatchOutput: Sendable {
        var rows: [Row]
        var text: String? = nil
        var groups: GroupTable? = nil
        var counted: Int? = nil
        var failure: RuntimeError?
    }

    /// The end of a run whose results are encoded on the workers: it receives text, not rows.
    private final class TextSink: RowSink {
        let write: (String) -> Void

        init(_ write: @escaping (String) -> Void) {
            self.write = write
        }
    }

    /// The row-by-row stages run on the supplier's worker threads, each batch through its own
    /// sinks and expression evaluator (they hold caches); `tail` gets their rows in input order.
    /// When `tail` is a `group by` whose aggregates merge exactly, each batch is grouped on the
    /// workers too and the batches' groups are merged into it in input order; when it is `count`,
    /// the workers count their rows instead of handing them over. A run-time error stops the run
    /// at the row it happened on, exactly as a single thread would.
    private func run(
        _ rowLocal: [Stage], then tail: RowSink, demand: FieldDemand, on supplier: any ConcurrentRowSupplier,
        encodesLines: Bool = false
    ) throws {
        let parameters = self.parameters
        let isCancelled = self.isCancelled
        var failure: RuntimeError? = nil
        let groupingInParts = (tail as? GroupBy)?.groupingInParts
        let countsInParts = tail is Count
        try supplier.forEachBatch(
            demand: demand,
            transform: { rows -> BatchOutput in
                Evaluator.runRowLocal(
                    rowLocal, on: rows, reading: demand, parameters: parameters, isCancelled: isCancelled,
                    grouping: groupingInParts, counting: countsInParts, encodesLines: encodesLines)
            },
            { output in
                // Ctrl-C stops at once; other errors let the supplier check the rest of its data.
                if output.failure == .cancelled { throw RuntimeError.cancelled }
                if let text = output.text, let sink = tail as? TextSink {
                    if isCancelled() { throw RuntimeError.cancelled }
                    if !text.isEmpty { sink.write(text) }
                }
                if let groups = output.groups, let grouping = tail as? GroupBy {
                    if isCancelled() { throw RuntimeError.cancelled }
                    grouping.merge(groups)
                }
                if let counted = output.counted, let count = tail as? Count { count.add(counted) }
                do {
                    for i in output.rows.indices {
                        if isCancelled() { throw RuntimeError.cancelled }
                        guard try tail.push(output.rows[i]) else { return false }
                    }
                } catch let error as RuntimeError where error != .cancelled {
                    failure = error
                    return false
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

    /// The row-by-row stages over one batch, on a worker thread, through sinks and an expression
    /// evaluator of its own (they hold caches).
    private static func runRowLocal(
        _ rowLocal: [Stage], on rows: ArraySlice<Row>, reading demand: FieldDemand, parameters: [String: Value],
        isCancelled: @Sendable () -> Bool, grouping: GroupBy.Grouping? = nil, counting: Bool = false,
        encodesLines: Bool = false
    ) -> BatchOutput {
        if rowLocal.isEmpty, counting { return BatchOutput(rows: [], counted: rows.count, failure: nil) }
        let encoder = encodesLines ? EncodingSink() : nil
        guard !rowLocal.isEmpty || grouping != nil || encoder != nil else {
            return BatchOutput(rows: Array(rows), failure: nil)
        }
        let expressions = ExpressionEvaluator(parameters: parameters.mapValues(\.unsharedCopy))
        let collector = BatchCollector()
        let partial = grouping.map { PartialGroupBy($0.unsharedCopy, expressions) }
        let counter = counting ? RowCounter() : nil
        let head = Evaluator.rowLocalChain(
            rowLocal.map(\.unsharedCopy), expressions, reading: demand,
            ending: partial ?? counter ?? encoder ?? collector)
        var failure: RuntimeError? = nil
        let cancelled = rows.withUnsafeBufferPointer { buffer in
            guard let first = buffer.baseAddress else { return false }
            // Lent, not changed (`RowSink.push(lent:)`).
            let lent = UnsafeMutablePointer(mutating: first)
            for i in 0..<buffer.count {
                if isCancelled() { return true }
                if i &+ RowPrefetch.distance < buffer.count { RowPrefetch.hint(lent + i + RowPrefetch.distance) }
                do throws(RuntimeError) {
                    _ = try head.push(lent: &lent[i])
                } catch {
                    failure = error
                    break
                }
            }
            return false
        }
        if cancelled { return BatchOutput(rows: [], failure: .cancelled) }
        return BatchOutput(
            rows: collector.rows, text: encoder.map(\.text), groups: partial?.table, counted: counter?.count,
            failure: failure)
    }

    /// Sinks for stages that look at one row at a time and keep nothing between rows.
    /// `demand` is what the pipeline reads of the source's rows, which the first stage gets.
    private static func rowLocalChain(
        _ stages: [Stage], _ e: ExpressionEvaluator, reading demand: FieldDemand, ending end: RowSink
    ) -> RowSink {
        var next = end
        for (index, stage) in stages.enumerated().reversed() {
            switch stage.kind {
            case .where(let condition): next = Where(condition, e, next: next)
            case .select(let items): next = Select(items, e, next: next)
            case .reject(let paths): next = Reject(paths.compactMap(\.fieldPath), next: next)
            case .get(let expression): next = Get(expression, e, next: next)
            case .expand(let path, let alias):
                next = Expand(
                    path.fieldPath ?? [], alias: alias?.text, reading: index == 0 ? demand : nil, next: next)
            default: break
            }
        }
        return next
    }

    /// Builds the sinks back to front, so each stage knows the next.
    private func chain(_ stages: ArraySlice<Stage>, _ e: ExpressionEvaluator, ending collector: RowSink)
        throws(RuntimeError) -> RowSink
    {
        var next = collector
        for stage in stages.reversed() {
            switch stage.kind {
            case .where(let condition): next = Where(condition, e, next: next)
            case .select(let items): next = Select(items, e, next: next)
            case .reject(let paths): next = Reject(paths.compactMap(\.fieldPath), next: next)
            case .get(let expression): next = Get(expression, e, next: next)
            case .sortBy(let keys): next = SortBy(keys, e, next: next)
            case .limit(let n): next = Limit(try count(n, stage: "limit", e), next: next)
            case .skip(let n): next = Skip(try count(n, stage: "skip", e), next: next)
            case .count: next = Count(next: next)
            case .distinct: next = Distinct(next: next)
            case .expand(let path, let alias): next = Expand(path.fieldPath ?? [], alias: alias?.text, next: next)
            case .groupBy(let keys, let aggregates):
                if let aggregates {
                    next = GroupBy(keys: keys, aggregates: aggregates, e, next: next)
                } else {
                    let countAll = NamedExpression(
                        expression: .call("count", nameRange: stage.keywordRange, arguments: [], stage.keywordRange),
                        alias: Name("count", stage.keywordRange), sourceText: "count()")
                    next = GroupBy(keys: keys, aggregates: [countAll], e, next: next)
                }
            case .to: break
            }
        }
        return next
    }

    /// The row count of `limit`/`skip`: a literal, or a parameter holding a whole number.
    private func count(_ n: Expression, stage: String, _ e: ExpressionEvaluator) throws(RuntimeError) -> Int {
        let value = try e.evaluate(n, Row(.null))
        var number: Double? = value.numberValue
        if number == nil, let text = value.stringValue { number = Double(text) }
        guard let number, number >= 0, number == number.rounded(), number < 1e15 else {
            throw .invalidCount(stage: stage, got: value.plainText ?? value.typeName, n.range)
        }
        return Int(number)
    }
}
