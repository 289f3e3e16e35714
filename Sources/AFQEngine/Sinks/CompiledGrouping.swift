import AFQQuery

/// The keys and aggregate arguments of a `group by`, compiled for the thread that folds rows
/// into groups (`ExpressionEvaluator.compile`), as `group by`'s sink and `PartialGroupBy` both
/// fold.
struct CompiledGrouping {
    private let keys: [CompiledExpression]
    /// Each aggregate call with the position of its accumulator, its argument (nil for
    /// `count()`, which is not `count(null)`) and its place, for its errors.
    private let calls: [(accumulator: Int, argument: CompiledExpression?, range: SourceRange)]
    private let definitions: [AggregateDefinition]

    init(_ grouping: GroupByStage.Grouping, _ evaluator: ExpressionEvaluator) {
        self.keys = grouping.keys.map { evaluator.compile($0.expression) }
        let aggregates = grouping.aggregates
        self.calls = aggregates.indices.compactMap { i in
            guard case .call(_, _, let arguments, let range) = aggregates[i].expression else { return nil }
            return (i, arguments.first.map(evaluator.compile), range)
        }
        self.definitions = grouping.definitions
    }

    /// Indexes rather than `for … in`: each element taken out of the arrays would be a copy,
    /// retained and released for every row. No closure either: one capturing the row copied it
    /// for every row (measured: docs/performance.md, "Results").
    func fold(_ row: Row, into table: inout GroupTable) throws(RuntimeError) {
        let group: Int
        if keys.count == 1 {
            group = table.group(singleKey: try keys[0](row), definitions: definitions)
        } else {
            var key: [Value] = []
            key.reserveCapacity(keys.count)
            for i in keys.indices { key.append(try keys[i](row)) }
            group = table.group(key: key, definitions: definitions)
        }
        for i in calls.indices {
            var argument: Value? = nil
            if let compiled = calls[i].argument { argument = try compiled(row) }
            try table.add(argument, at: calls[i].range, toAccumulator: calls[i].accumulator, ofGroup: group)
        }
    }
}
