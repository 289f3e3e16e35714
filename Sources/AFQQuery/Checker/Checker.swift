/// Checks a pipeline before it runs (docs/language.md, "Errors"): every field path against the
/// shape of the rows at that stage, every function, aggregate, variable and format name. Each
/// stage checks itself (`StageDefinition.check`) with the typing of expressions found here.
/// It also works out which top-level keys the pipeline reads (`FieldDemand`).
public struct Checker {
    let context: CheckContext

    public init(context: CheckContext) {
        self.context = context
    }

    public func check(_ pipeline: Pipeline) throws(CheckError) -> CheckedPipeline {
        var state = State(rowType: .record(context.schema.row))
        var rowTypes: [SchemaType] = []
        for stage in pipeline.stages {
            rowTypes.append(state.rowType)
            try stage.definition.check(self, &state)
        }
        rowTypes.append(state.rowType)
        let demand: FieldDemand =
            (state.rowsAreOriginal || state.demandsEverything)
            ? .all : FieldDemand(paths: state.demandedPaths, membershipTests: state.membershipTests)
        return CheckedPipeline(
            pipeline: pipeline, demand: demand, outputFormat: state.outputFormat, rowTypes: rowTypes)
    }

    /// What the checker tracks from stage to stage.
    package struct State {
        var rowType: SchemaType
        /// True while the rows are still the source's own records (possibly filtered or expanded).
        var rowsAreOriginal = true
        /// After `group by` or `compute`: a row is a group, which has no `$source` of its own.
        var rowsAreGroups = false
        /// The stage that made the rows groups, for the message of a `$source` read after it.
        var groupingStage = "group by"
        var demandsEverything = false
        /// The row paths the pipeline reads (`authenticationConfig.isOAuth2Supported`).
        var demandedPaths: [[String]] = []
        /// Row paths read only by `path contains "text"` or `"text" in path`, with the text.
        var membershipTests: [(path: [String], text: String)] = []
        /// Set while typing the base of a path already recorded whole.
        var recordsDemand = true
        /// The element types `$x` stands for inside `any(list, …)` and `all(list, …)`, innermost last.
        var elementTypes: [SchemaType] = []
        /// The format a final `to` stage names.
        var outputFormat: String? = nil
    }
}
