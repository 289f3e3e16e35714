/// Case-insensitive matching (`(?i)`) compares scalars by their simple case folding, one scalar
/// for one, as Rust's regex crate and RE2 do: `k`, `K` and the Kelvin sign `K` are the same,
/// `ß` stays itself (its full folding, `ss`, is two scalars). ASCII is folded without looking up
/// properties.
enum RegexCaseFolding {
    @inline(__always)
    static func fold(_ value: UInt32) -> UInt32 {
        if value < 0x80 { return value &- 0x41 < 26 ? value | 0x20 : value }
        return foldBeyondASCII(value)
    }

    /// The lower case of the upper case, where each is one scalar: this folds `ſ` to `s` and
    /// final `ς` to `σ`, as simple case folding does, from the properties Swift carries.
    private static func foldBeyondASCII(_ value: UInt32) -> UInt32 {
        guard let scalar = Unicode.Scalar(value) else { return value }
        let upper = single(scalar.properties.uppercaseMapping) ?? scalar
        return (single(upper.properties.lowercaseMapping) ?? upper).value
    }

    private static func single(_ mapping: String) -> Unicode.Scalar? {
        var scalars = mapping.unicodeScalars.makeIterator()
        guard let first = scalars.next(), scalars.next() == nil else { return nil }
        return first
    }

    /// Whether some other scalar folds with `value`: a case-insensitive literal that has none
    /// (a digit, punctuation) is compiled as a plain one.
    static func hasOtherCases(_ value: UInt32) -> Bool {
        if value < 0x80 { return (value | 0x20) &- 0x61 < 26 }
        guard let scalar = Unicode.Scalar(value) else { return false }
        let properties = scalar.properties
        return properties.changesWhenCaseMapped || fold(value) != value
    }
}
