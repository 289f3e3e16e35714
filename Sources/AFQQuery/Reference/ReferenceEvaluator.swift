/// The language read plainly: a checked pipeline over rows held in an array, one row at a time
/// through each stage's `referenceStep`, with no threads, batches, caches, projections or
/// in-place reading. It is slow and small on purpose: every fast path of `Evaluator` and of the
/// sources is tested against it, values and run-time errors alike.
public struct ReferenceEvaluator {
    public var parameters: [String: Value]
    /// What `now()` reads; nil reads the clock when the run starts (docs/language.md, "Time").
    public var now: Timestamp?

    public init(parameters: [String: Value] = [:], now: Timestamp? = nil) {
        self.parameters = parameters
        self.now = now
    }

    /// The pipeline's result values over `rows`, in order.
    public func run(_ checked: CheckedPipeline, on rows: [Row]) throws(RuntimeError) -> [Value] {
        let expressions = ReferenceExpressions(parameters: parameters, now: now ?? StatementClock.current())
        var steps: [ReferenceStep] = []
        for stage in checked.pipeline.stages { steps.append(try stage.definition.referenceStep(expressions)) }
        var results: [Value] = []
        func feed(_ row: Row, to index: Int) throws(RuntimeError) -> Bool {
            guard index < steps.count else {
                results.append(row.value)
                return true
            }
            return try steps[index].push(row) { next throws(RuntimeError) in try feed(next, to: index + 1) }
        }
        for row in rows {
            guard try feed(row, to: 0) else { break }
        }
        for index in steps.indices {
            try steps[index].finish { next throws(RuntimeError) in try feed(next, to: index + 1) }
        }
        return results
    }
}
