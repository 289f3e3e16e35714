/// The words a string or an array is stored in, for the caches that recognise repeated values by
/// their storage rather than their contents (`FieldLookupCache`, `ListSearchCache`,
/// `JSONListTexts`, `GroupTable`): equal words are the same text (short text is stored inline)
/// or the same buffer. A cache that remembers such words must hold the value they came from, so
/// that the buffer cannot be freed and reused for other contents.
extension String {
    @inline(__always)
    public var storageBits: (UInt64, UInt64) { unsafeBitCast(self, to: (UInt64, UInt64).self) }
}

extension Array {
    /// An array is one reference to its buffer.
    @inline(__always)
    public var storageIdentity: UInt { unsafeBitCast(self, to: UInt.self) }
}
