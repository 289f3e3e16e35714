import AFQQuery

/// What a stage's run-time sink is made with (`StageDefinition.makeSink`).
struct SinkContext {
    /// The expression evaluator of the thread the sink runs on: it holds caches, so each worker
    /// thread's batch has its own.
    let expressions: ExpressionEvaluator
    /// The statement's parameters, for what a stage fixes before its first row (`limit $n`).
    let constants: ReferenceExpressions
    /// What the pipeline reads of the source's rows, when the sink is the first on a worker
    /// thread and so gets the source's rows as they were read; nil otherwise.
    let sourceDemand: FieldDemand?
}
