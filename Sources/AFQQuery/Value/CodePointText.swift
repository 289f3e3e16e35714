/// A string hashed and compared by its code points, as field names match everywhere
/// (docs/language.md), for dictionaries keyed by names: `String`'s own `==` compares canonical
/// equivalents equal.
package struct CodePointText: Hashable {
    package let text: String

    package init(_ text: String) {
        self.text = text
    }

    package static func == (lhs: CodePointText, rhs: CodePointText) -> Bool { lhs.text.hasSameCodePoints(as: rhs.text) }

    package func hash(into hasher: inout Hasher) {
        CodePointText.hash(text, into: &hasher)
    }

    /// Feeds `text`'s code points to `hasher`, as `==` by code points needs (`TextList` too).
    package static func hash(_ text: String, into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        let hashed: Void? = text.utf8.withContiguousStorageIfAvailable {
            hasher.combine(bytes: UnsafeRawBufferPointer($0))
        }
        if hashed == nil {
            Array(text.utf8).withUnsafeBytes { hasher.combine(bytes: $0) }
        }
    }
}
