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

    /// The columns of the result when a stage fixed them (`select`, `group by`); empty otherwise,
    /// since whole rows have whatever keys the data has.
    public var resultColumns: [String] {
        let fixesColumns = pipeline.stages.contains { $0.definition.fixesColumns }
        guard fixesColumns, case .record(let record) = resultType else { return [] }
        return record.fields.map(\.name)
    }
}
