import AFQQuery

/// A structure of the AppFlow model that can describe itself as a record schema.
///
/// AFQModel's Codable types are the source of the schema afq checks queries against: it is derived
/// from each type's own `init(from:)` (see `SchemaExtractor`), and the schema afq starts with is
/// that derivation written out (`PrecomputedSchema`, kept equal to it by a test). afq does not
/// decode data with these types; it reads responses into values (AFQSources' `RecordedShape` says
/// how). The tests decode recorded responses with them, which shows the schema fits real data.
///
/// Every member is optional: the service model requires nothing in this tree but `lambdaArn`
/// (Amazon AppFlow API Reference, ConnectorConfiguration and the types below it), real responses
/// leave out or `null` any member, and the derivation accepts only `decodeIfPresent`.
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
