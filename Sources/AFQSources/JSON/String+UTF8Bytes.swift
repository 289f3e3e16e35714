extension String {
    /// Whether the string's UTF-8 is exactly `bytes`: how the reader's caches recognise text
    /// they have seen before without building a `String` for it.
    func utf8Equals(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let utf8 = self.utf8
        guard utf8.count == bytes.count else { return false }
        return utf8.withContiguousStorageIfAvailable { stored in
            var i = 0
            while i < stored.count {
                if stored[i] != bytes[i] { return false }
                i &+= 1
            }
            return true
        } ?? utf8.elementsEqual(bytes)
    }
}
