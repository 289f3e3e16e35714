/// A `Decoder` that produces no values: it hands out a keyed container that records which members
/// a type's `init(from:)` asks for, in order, and with which types (see `SchemaExtractor`).
struct MemberRecordingDecoder: Decoder {
    let recorder: MemberRecorder
    var codingPath: [any CodingKey] { [] }
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        KeyedDecodingContainer(MemberRecordingContainer<Key>(recorder: recorder))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw SchemaExtractionError.unsupportedContainer("unkeyed")
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        throw SchemaExtractionError.unsupportedContainer("single-value")
    }
}
