/// A string hashed and compared by its code points, as field names match everywhere
/// (docs/language.md), for dictionaries keyed by names: `String`'s own `==` compares canonical
/// equivalents equal.
struct CodePointText: Hashable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: CodePointText, rhs: CodePointText) -> Bool { lhs.text.hasSameCodePoints(as: rhs.text) }

    func hash(into hasher: inout Hasher) {
        hasher.combine(text.utf8.count)
        for byte in text.utf8 { hasher.combine(byte) }
    }
}
