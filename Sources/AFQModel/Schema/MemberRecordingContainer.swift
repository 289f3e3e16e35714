/// The keyed container behind `MemberRecordingDecoder`: every optional read is recorded and
/// answered with nil; a required read is an error, because the model decodes every member leniently.
struct MemberRecordingContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: MemberRecorder
    var codingPath: [any CodingKey] { [] }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool { true }

    /// Every member reads as null, so nothing is ever decoded.
    func decodeNil(forKey key: Key) throws -> Bool { true }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Float.Type, forKey key: Key) throws -> Float? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Int8.Type, forKey key: Key) throws -> Int8? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Int16.Type, forKey key: Key) throws -> Int16? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: UInt.Type, forKey key: Key) throws -> UInt? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: UInt8.Type, forKey key: Key) throws -> UInt8? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: UInt16.Type, forKey key: Key) throws -> UInt16? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: UInt32.Type, forKey key: Key) throws -> UInt32? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decodeIfPresent(_ type: UInt64.Type, forKey key: Key) throws -> UInt64? {
        recorder.record(key.stringValue, type)
        return nil
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: String.Type, forKey key: Key) throws -> String {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Double.Type, forKey key: Key) throws -> Double {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Float.Type, forKey key: Key) throws -> Float {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Int.Type, forKey key: Key) throws -> Int {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Int8.Type, forKey key: Key) throws -> Int8 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Int16.Type, forKey key: Key) throws -> Int16 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: UInt.Type, forKey key: Key) throws -> UInt {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: UInt8.Type, forKey key: Key) throws -> UInt8 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: UInt16.Type, forKey key: Key) throws -> UInt16 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: UInt32.Type, forKey key: Key) throws -> UInt32 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func decode(_ type: UInt64.Type, forKey key: Key) throws -> UInt64 {
        throw SchemaExtractionError.requiredMember(key.stringValue)
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        throw SchemaExtractionError.unsupportedContainer("nested keyed")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw SchemaExtractionError.unsupportedContainer("nested unkeyed")
    }

    func superDecoder() throws -> any Decoder {
        throw SchemaExtractionError.unsupportedContainer("super")
    }

    func superDecoder(forKey key: Key) throws -> any Decoder {
        throw SchemaExtractionError.unsupportedContainer("super")
    }
}
