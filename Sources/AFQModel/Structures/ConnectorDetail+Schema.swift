import AFQQuery

extension ConnectorDetail {
    /// The schema of a connector summary as the model defines it (appflow-api §4).
    public static let schema = Schema(row: PrecomputedSchema.connectorDetail)

    /// Paths whose values are timestamps, as for `ConnectorConfiguration.timestampPaths`.
    public static let timestampPaths: [[String]] = SchemaExtractor.timestampPaths(in: schema.row)
}
