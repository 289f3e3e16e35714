/// A pipeline that passed the static checks, with what the checker learnt about it.
public struct CheckedPipeline: Sendable {
    public var pipeline: Pipeline
    /// The top-level row keys the pipeline reads, so a source can skip the rest.
    public var demand: FieldDemand
    /// The format of a final `to` stage.
    public var outputFormat: String?
    /// The type of the rows entering each stage, then of the result (stages.count + 1 entries).
    public var rowTypes: [SchemaType]

    public var resultType: SchemaType { rowTypes.last ?? .any }
}
