/// The words a string or an array is stored in, for `IdentityCache`, which recognises repeated
/// values by their storage rather than their contents: equal words are the same text (short text
/// is stored inline) or the same buffer, while the cache holds the value they came from.
extension String {
    @inlinable @inline(__always)
    public var storageBits: (UInt64, UInt64) { unsafeBitCast(self, to: (UInt64, UInt64).self) }
}

extension Array {
    /// An array is one reference to its buffer.
    @inlinable @inline(__always)
    public var storageIdentity: UInt { unsafeBitCast(self, to: UInt.self) }
}
