/// `let $NAME = PIPELINE` (docs/language.md, "Let"): runs the pipeline and binds its result to
/// `$NAME` for the statements after it.
public struct LetBinding: Sendable, Equatable {
    /// Without the `$`: `targets`.
    public var name: Name
    public var pipeline: Pipeline
    /// From `let` to the end of the pipeline.
    public var range: SourceRange

    public init(name: Name, pipeline: Pipeline, range: SourceRange) {
        self.name = name
        self.pipeline = pipeline
        self.range = range
    }
}
