import AFQQuery

extension ConnectorConfiguration {
    /// The schema of a `connectors` row as the model defines it, for the checker's static path
    /// checks (afq-language §6). Sources widen it with the extra keys their data carries.
    public static let schema = Schema(row: PrecomputedSchema.connectorConfiguration)

    /// Paths (field names from the row down, lists crossed implicitly as afq paths cross them)
    /// whose values are timestamps: the data loader turns epoch numbers and ISO strings found there
    /// into `Value.timestamp` (appflow-api §3.3).
    public static let timestampPaths: [[String]] = SchemaExtractor.timestampPaths(in: schema.row)
}
