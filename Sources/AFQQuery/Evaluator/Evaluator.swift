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
        let expressions = ExpressionEvaluator(parameters: parameters)
        let collector = ResultCollector()
        let head = try chain(checked.pipeline.stages[...], expressions, ending: collector)
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
        return collector.values
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
