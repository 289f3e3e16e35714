import AFQQuery

extension ConnectorConfiguration {
    /// The schema of a `connectors` row as the model defines it, for the checker's static path
    /// checks (docs/language.md, "Fields and paths"). Sources widen it with the extra keys their
    /// data carries, and convert values where it says `timestamp`.
    ///
    /// Derived from the Codable types, but written out ahead of time (`PrecomputedSchema`, kept
    /// equal to the derivation by `PrecomputedSchemaTests`) so afq does not derive it at start-up.
    public static let schema = Schema(row: PrecomputedSchema.connectorConfiguration)
}
