import AFQQuery

/// Derives record schemas from the model's Codable types, which makes those types the source of
/// the schema the checker uses: it is the shape their decoders read, and cannot drift from it.
///
/// A structure's `init(from:)` runs against `MemberRecordingDecoder`, which answers every
/// `decodeIfPresent` with nil and writes down the key and the requested type; each type is then
/// mapped to a `SchemaType`, recursing into nested structures and list elements.
///
/// afq does not run this at start-up: `PrecomputedSchema` is its output written out as Swift by
/// the AFQModel tests, which fail while the two differ. Nor does afq decode data with these types:
/// recorded and live data are read into values (AFQSources' `RecordedShape`), and the schema
/// says what those values hold.
enum SchemaExtractor {
    /// The record schema of a model structure.
    ///
    /// A model type that cannot describe itself (a required member, a type with no schema mapping)
    /// is a programming error in this module that the AFQModel tests catch, so it traps rather than
    /// returning a schema that would wrongly reject valid queries.
    static func recordSchema(of type: any ModelStructure.Type) -> RecordSchema {
        do {
            return try record(of: type, visiting: [])
        } catch {
            preconditionFailure("\(type.modelName) cannot describe itself as a schema: \(error)")
        }
    }

    private static func record(
        of type: any ModelStructure.Type, visiting: Set<ObjectIdentifier>
    ) throws -> RecordSchema {
        guard !visiting.contains(ObjectIdentifier(type)) else {
            throw SchemaExtractionError.recursiveStructure(type.modelName)
        }
        let recorder = MemberRecorder()
        _ = try type.init(from: MemberRecordingDecoder(recorder: recorder))
        let fields = try recorder.members.map { member in
            FieldSchema(
                name: member.key,
                type: try schemaType(of: member.type, visiting: visiting.union([ObjectIdentifier(type)])),
                summary: type.fieldSummaries[member.key] ?? "")
        }
        return RecordSchema(name: type.modelName, fields: fields)
    }

    private static func schemaType(
        of type: any Decodable.Type, visiting: Set<ObjectIdentifier>
    ) throws -> SchemaType {
        // Scalars by identity first: a cast to a protocol scans every conformance record loaded
        // (Foundation has thousands), which made deriving at start-up slow (docs/performance.md).
        let identity = ObjectIdentifier(type)
        if identity == ObjectIdentifier(Bool.self) { return .boolean }
        if identity == ObjectIdentifier(String.self) { return .string }
        if identity == ObjectIdentifier(APITimestamp.self) { return .timestamp }
        if SchemaExtractor.numberTypes.contains(identity) { return .number }
        switch type {
        case let enumeration as any ModelEnumeration.Type:
            return .enumeration(enumeration.enumSchema)
        case let list as any DecodableArray.Type:
            return .list(try schemaType(of: list.elementType, visiting: visiting))
        case let structure as any ModelStructure.Type:
            return .record(try record(of: structure, visiting: visiting))
        default:
            throw SchemaExtractionError.unsupportedType(String(describing: type))
        }
    }

    private static let numberTypes: Set<ObjectIdentifier> = [
        ObjectIdentifier(Int.self), ObjectIdentifier(Int32.self), ObjectIdentifier(Int64.self),
        ObjectIdentifier(Double.self), ObjectIdentifier(Float.self),
    ]
}
