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

/// The members one structure's decoder asked for, first request of each key only.
final class MemberRecorder {
    private(set) var members: [(key: String, type: any Decodable.Type)] = []

    func record(_ key: String, _ type: any Decodable.Type) {
        guard !members.contains(where: { $0.key == key }) else { return }
        members.append((key, type))
    }
}
