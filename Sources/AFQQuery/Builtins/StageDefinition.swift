/// One stage of the language, whole, in one place (docs/language.md, "Stages"): how it is
/// written and described (`signature`), how it is parsed, what the checker makes of it, how it
/// runs, and the plain reading of it that every fast path is tested against (`ReferenceEvaluator`).
/// A value of the type is the stage as written in a query.
///
/// Adding a stage is a new file with a type that conforms, and a line in `StageLibrary.all`: the
/// parser, the checker, completion, `.help`, the execution plan and the reference evaluator learn
/// it from here.
protocol StageDefinition: Sendable, Equatable {
    /// Its words, syntax, summary, argument and examples: what the parser, completion and `.help`
    /// know of it.
    static var signature: StageSignature { get }

    /// Parses what follows the stage's keywords, which the parser has read; `keyword` is where
    /// they were written.
    static func parse(_ parser: inout Parser, keyword: SourceRange) throws -> Self

    /// Types the stage against the rows reaching it (`state.rowType`) and says what reaches the
    /// next stage, and which of the source's keys it reads.
    func check(_ checker: Checker, _ state: inout Checker.State) throws(CheckError)

    /// True when the stage looks at one row at a time and keeps nothing between rows: batches of
    /// rows can then go through it on several threads at once and be put back in order after.
    var runsRowByRow: Bool { get }

    /// What of this stage the worker threads can do per batch when it comes right after the
    /// row-by-row stages (`ExecutionPlan`): nil when all of it runs on the calling thread.
    func partOnWorkers() -> BatchEnding?

    /// The stage at run time, handing its rows to `next`.
    func makeSink(_ context: SinkContext, next: RowSink) throws(RuntimeError) -> RowSink

    /// The stage read plainly, with no cache and no fast path: the oracle of the tests.
    func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep

    /// A copy that shares no storage with this one, for a worker thread (`UnsharedCopies`).
    var unsharedCopy: Self { get }

    /// Whether the result's columns are fixed by this stage (`select` without `*`, `group by`),
    /// so that an empty result can still show them.
    var fixesColumns: Bool { get }
}

extension StageDefinition {
    func partOnWorkers() -> BatchEnding? { nil }
    var fixesColumns: Bool { false }

    /// Whether `other` is the same stage, written the same way.
    func isEqual(to other: any StageDefinition) -> Bool {
        (other as? Self) == self
    }
}
