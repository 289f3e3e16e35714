extension String {
    /// Equality by Unicode code points, as `sort by` orders strings (docs/language.md,
    /// "Operators"): Swift's `==` also equates canonically equivalent spellings ("K" and the Kelvin
    /// sign), which the order keeps apart. Lengths are compared first: a string knows its UTF-8
    /// length, and most unequal strings differ in it, so lists and records are searched quickly;
    /// equal lengths compare their bytes in place.
    @inline(__always)
    public func hasSameCodePoints(as other: String) -> Bool {
        // The same representation (the same inline text, or one shared buffer) is the same text:
        // keys of one shape share their strings, so a hit is common and costs no byte compare.
        if storageBits == other.storageBits {
            return true
        }
        let count = utf8.count
        guard count == other.utf8.count else { return false }
        let compared = utf8.withContiguousStorageIfAvailable { mine in
            other.utf8.withContiguousStorageIfAvailable { theirs in
                var i = 0
                while i < count {
                    if mine[i] != theirs[i] { return false }
                    i &+= 1
                }
                return true
            }
        }
        if let compared, let result = compared { return result }
        return utf8.elementsEqual(other.utf8)
    }
}
