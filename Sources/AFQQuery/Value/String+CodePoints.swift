extension String {
    /// Equality by Unicode code points, as afq orders strings (afq-language §5, `sort by`):
    /// Swift's `==` also equates canonically equivalent spellings ("K" and the Kelvin sign),
    /// which the order keeps apart. Lengths are compared first: a string knows its UTF-8 length,
    /// and most unequal strings differ in it, so lists and records are searched quickly.
    @inline(__always)
    func hasSameCodePoints(as other: String) -> Bool {
        utf8.count == other.utf8.count && utf8.elementsEqual(other.utf8)
    }
}
