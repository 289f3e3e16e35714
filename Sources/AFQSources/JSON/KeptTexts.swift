import AFQQuery

/// The strings a list is tested for by a query's membership tests (`FieldDemand.keptTexts`):
/// the reader keeps only the elements of a list there that are one of them, and steps over the
/// rest without building them -- most of each custom connector's own operator list, in `where
/// supportedOperators contains "BETWEEN"`. Immutable; a class so that the reader passes it
/// without copying its arrays.
final class KeptTexts: @unchecked Sendable {
    /// Each text, kept as the element it matches (the same code points, so the same value).
    private let texts: [String]
    /// Their UTF-8, compared with an element's bytes directly, which costs less than
    /// `String.utf8Equals` (measured: docs/performance.md, "Results").
    private let bytes: [[UInt8]]

    /// New strings, so that threads reading with copies share no storage.
    init<Texts: Sequence<String>>(_ texts: Texts) {
        self.texts = texts.map { String(decoding: Array($0.utf8), as: UTF8.self) }
        self.bytes = self.texts.map { Array($0.utf8) }
    }

    /// The text whose UTF-8 is `element`'s bytes, if any.
    @inline(__always)
    func text(matching element: UnsafeBufferPointer<UInt8>) -> String? {
        for (i, text) in bytes.enumerated() where text.count == element.count {
            if text.withUnsafeBufferPointer({ $0.elementsEqual(element) }) { return texts[i] }
        }
        return nil
    }

    /// Whether `element` has the same code points as one of the texts (docs/language.md,
    /// "Operators": the equality `contains` and `in` use for strings).
    func holds(_ element: String) -> Bool {
        texts.contains { $0.hasSameCodePoints(as: element) }
    }

    var all: [String] { texts }
}
