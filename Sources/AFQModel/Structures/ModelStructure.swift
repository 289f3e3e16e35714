import AFQQuery

/// A structure of the AppFlow model that can describe itself as a record schema.
///
/// The schema is derived from the type's own `init(from:)` (see `SchemaExtractor`), so the fields
/// afq checks queries against cannot drift from the fields it decodes. Every member is optional:
/// the model requires nothing in this tree but `lambdaArn`, and responses are read leniently
/// (appflow-api §3.2, §3.5).
public protocol ModelStructure: Codable, Hashable, Sendable {
    /// The structure's name in the service model (`AuthenticationConfig`).
    static var modelName: String { get }

    /// One line per member, keyed by wire name, shown by `.schema` and completion.
    static var fieldSummaries: [String: String] { get }
}

extension ModelStructure {
    /// The type's own name; `_typeName` skips `String(describing:)`'s protocol lookups.
    public static var modelName: String { _typeName(self, qualified: false) }

    /// The record schema of this structure, derived by walking its decoder.
    ///
    /// Recomputed on each call; types that are queried often cache it (`ConnectorConfiguration.schema`).
    public static func deriveRecordSchema() -> RecordSchema {
        SchemaExtractor.recordSchema(of: self)
    }
}
