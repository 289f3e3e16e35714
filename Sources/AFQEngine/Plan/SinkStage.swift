import AFQQuery

/// A stage the engine runs faster than its reference step (`StageDefinition.referenceStep`):
/// with a sink of its own, and, when it looks at one row at a time, on the worker threads. Each
/// conformance is an extension beside the stage's definition, `Stages/<Stage>+Sink.swift`; a
/// stage without one runs its reference step on the calling thread (`ExecutionPlan`).
protocol SinkStage: StageDefinition {
    /// The stage at run time, handing its rows to `next`.
    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink

    /// What of this stage the worker threads can do per batch when it comes right after the
    /// row-by-row stages (`ExecutionPlan`): nil when all of it runs on the calling thread.
    func partOnWorkers() -> BatchEnding?

    /// A copy that shares no storage with this one, for a worker thread (`UnsharedCopies`).
    var unsharedCopy: Self { get }
}

extension SinkStage {
    func partOnWorkers() -> BatchEnding? { nil }
}
