/// One stage of the language, whole, in one place (docs/language.md, "Stages"): how it is
/// written and described (`signature`), how it is parsed, what the checker makes of it, and what
/// it means, read plainly (`referenceStep`), which is how it runs unless the engine has a faster
/// way, and what every faster way is tested against (`ReferenceEvaluator`). A value of the type is
/// the stage as written in a query.
///
/// Adding a stage is a new file with a type that conforms, and a line in `StageLibrary.all`: the
/// parser, the checker, completion, `.help`, the reference evaluator and the engine's plan learn
/// it from here. A faster way to run it is an extension in AFQEngine (`SinkStage`), if it needs one.
package protocol StageDefinition: Sendable, Equatable {
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

    /// The stage read plainly, with no cache and no fast path: the oracle of the tests.
    func referenceStep(_ expressions: ReferenceExpressions) throws(RuntimeError) -> ReferenceStep

    /// Whether the result's columns are fixed by this stage (`select` without `*`, `group by`),
    /// so that an empty result can still show them.
    var fixesColumns: Bool { get }
}

extension StageDefinition {
    package var fixesColumns: Bool { false }

    /// Whether `other` is the same stage, written the same way.
    func isEqual(to other: any StageDefinition) -> Bool {
        (other as? Self) == self
    }
}
