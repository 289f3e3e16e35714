import AFQQuery

extension ConnectorDetail {
    /// The schema of a connector summary as the model defines it, precomputed like
    /// `ConnectorConfiguration.schema`.
    public static let schema = Schema(row: PrecomputedSchema.connectorDetail)
}
