import AFQQuery

/// One stage as the plan runs it: by the engine's sink for it (`SinkStage`), or, for a stage that
/// has none, by its reference step, decided once when the pipeline is lowered to a plan.
struct PlannedStage {
    enum Runner {
        case sink(any SinkStage)
        case reference(any StageDefinition)
    }

    /// The stage's name as the user writes it: `sort by`.
    let name: String
    let runner: Runner

    init(_ stage: Stage) {
        name = stage.name
        if let sinkStage = stage.definition as? any SinkStage {
            runner = .sink(sinkStage)
        } else {
            runner = .reference(stage.definition)
        }
    }

    private init(name: String, runner: Runner) {
        self.name = name
        self.runner = runner
    }

    /// Its name, and how it runs when that is by its reference step: `compute (reference step)`.
    var summary: String {
        guard case .reference = runner else { return name }
        return name + " (reference step)"
    }

    /// Whether the workers may run it, one batch at a time: it looks at one row at a time and
    /// has a sink of its own, which can be copied for each thread.
    var runsOnWorkers: Bool {
        guard case .sink(let stage) = runner else { return false }
        return stage.runsRowByRow
    }

    /// What the workers may do of it when it follows the row-by-row stages.
    func partOnWorkers() -> BatchEnding? {
        guard case .sink(let stage) = runner else { return nil }
        return stage.partOnWorkers()
    }

    /// The stage at run time, handing its rows to `next`.
    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink {
        switch runner {
        case .sink(let stage): return try stage.makeSink(context, next: next)
        case .reference(let stage): return ReferenceStepSink(try stage.referenceStep(context.constants), next: next)
        }
    }

    /// A copy that shares no storage with this one, for a worker thread (`UnsharedCopies`).
    package var unsharedCopy: PlannedStage {
        guard case .sink(let stage) = runner else { return self }
        return PlannedStage(name: name, runner: .sink(stage.unsharedCopy))
    }
}
