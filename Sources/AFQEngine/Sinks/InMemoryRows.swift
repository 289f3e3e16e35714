import AFQQuery

/// Rows held in memory: what the shell keeps after loading data once, and what tests use.
public struct InMemoryRows: ConcurrentRowSupplier {
    public let rows: [Row]
    public let schema: Schema

    /// With no declared schema, the rows' own inferred shape is the schema.
    public init(_ rows: [Row], schema: Schema? = nil) {
        self.rows = rows
        if let schema {
            self.schema = schema
        } else {
            var inferred = SchemaType.record(RecordSchema(fields: []))
            for row in rows { inferred = inferred.merged(with: .inferred(from: row.value)) }
            if case .record(let r) = inferred {
                self.schema = Schema(row: r)
            } else {
                self.schema = Schema(row: RecordSchema(fields: []))
            }
        }
    }

    public func forEachRow(demand: FieldDemand, _ body: (Row) throws -> Bool) throws {
        for row in rows where !(try body(row)) { return }
    }

    public func forEachBatch<Output: Sendable>(
        demand: FieldDemand, transform: @escaping @Sendable (ArraySlice<Row>) -> Output,
        _ consume: (Output) throws -> Bool
    ) throws {
        try RowBatches.forEachBatch(of: rows, transform: transform, consume)
    }
}
