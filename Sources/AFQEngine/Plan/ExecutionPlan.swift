import AFQQuery

/// How a checked pipeline runs, decided once before its first row: which stages run on the
/// supplier's worker threads, one batch of rows at a time, which run on the calling thread, and
/// what the workers hand over for each batch, and whether each stage runs by a sink of the engine's
/// or by its reference step (`PlannedStage`). The evaluator follows it without asking the stages
/// what they are; each stage says what it allows (`StageDefinition.runsRowByRow`,
/// `SinkStage.partOnWorkers`).
struct ExecutionPlan {
    /// The leading stages that look at one row at a time, run on the worker threads, each batch
    /// through its own copy of them (`UnsharedCopies`). Empty when the supplier has no workers.
    let onWorkers: [PlannedStage]
    /// The rest, run on the calling thread in input order.
    let onCaller: [PlannedStage]
    /// What the workers make of each batch.
    let ending: BatchEnding

    /// `concurrent`: the supplier reads on worker threads (`ConcurrentRowSupplier`).
    /// `writesLines`: the caller wants the result as JSON Lines text.
    init(_ stages: [Stage], concurrent: Bool, writesLines: Bool) {
        let planned = stages.map(PlannedStage.init)
        guard concurrent else {
            (onWorkers, onCaller, ending) = ([], planned, .rows)
            return
        }
        let count = planned.prefix(while: \.runsOnWorkers).count
        onWorkers = Array(planned[..<count])
        onCaller = Array(planned[count...])
        if writesLines, onCaller.isEmpty {
            ending = .lines
        } else {
            ending = onCaller.first?.partOnWorkers() ?? .rows
        }
    }

    /// Whether the workers write the result's text themselves.
    var encodesOnWorkers: Bool {
        if case .lines = ending { return true }
        return false
    }

    /// The plan in words, with how each worker stage runs its expressions, for tests and
    /// diagnosis: `workers: where (in place), select (compiled) → grouped in parts; caller: group by`.
    func summary(parameters: [String: Value] = [:]) -> String {
        let expressions = ExpressionEvaluator(parameters: parameters)
        let constants = ReferenceExpressions(parameters: parameters)
        var next = ending.makeSink(expressions)
        var described: [String] = []
        for (index, stage) in onWorkers.enumerated().reversed() {
            // A stage that ends a segment hands its rows to a collector (`SegmentedSink`).
            if onWorkers.count > SegmentedSink.segmentLength, (index + 1) % SegmentedSink.segmentLength == 0,
                index + 1 < onWorkers.count
            {
                next = SegmentCollector()
            }
            let context = SinkContext(expressions: expressions, constants: constants, sourceDemand: nil)
            guard let sink = try? stage.makeSink(context, next: next) else { break }
            described.insert(stage.name + (sink.strategy.map { " (\($0))" } ?? ""), at: 0)
            next = sink
        }
        var text = ""
        if !onWorkers.isEmpty || ending.isPartial {
            text = "workers: " + (described.isEmpty ? "" : described.joined(separator: ", ") + " → ") + ending.summary
        }
        if !onCaller.isEmpty {
            text += (text.isEmpty ? "" : "; ") + "caller: " + onCaller.map(\.summary).joined(separator: ", ")
        }
        return text
    }
}
