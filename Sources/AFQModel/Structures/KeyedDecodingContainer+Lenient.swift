extension KeyedDecodingContainer {
    /// Like `decodeIfPresent`, but a member whose JSON is not the structure's kind at all (a string,
    /// a number, a list where an object belongs) reads as absent instead of failing the whole
    /// decode: metadata members are not always objects (`ConnectorMetadata`), and afq's reader
    /// keeps such values as they are, so the model must decode what the reader accepts.
    ///
    /// Only a mismatch at the member itself is forgiven: a malformed value deeper inside a real
    /// object still throws, so broken data is reported, not silently dropped.
    func decodeStructureIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        do {
            return try decodeIfPresent(type, forKey: key)
        } catch DecodingError.typeMismatch(_, let context) where context.codingPath.count <= codingPath.count + 1 {
            return nil
        }
    }
}
