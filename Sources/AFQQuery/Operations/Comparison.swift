/// Equality and ordering (docs/language.md, "Operators"): deep equality; a timestamp meets a string
/// that parses as ISO 8601; ordering with null is false; other mixed types are an error.
package enum Comparison {
    package static func equal(_ l: Value, _ r: Value, range: SourceRange) throws(RuntimeError) -> Bool {
        switch (l, r) {
        case (.timestamp(let t), .string(let s)), (.string(let s), .timestamp(let t)):
            guard let other = Timestamp(iso8601: s) else { return false }
            return t == other
        default:
            return l == r
        }
    }

    /// The order of two values for `<`, `<=`, `>`, `>=`; nil when either is null.
    package static func order(_ l: Value, _ r: Value, op: String, range: SourceRange) throws(RuntimeError) -> Int? {
        switch (l, r) {
        case (.null, _), (_, .null): return nil
        case (.timestamp(let t), .string(let s)):
            guard let other = Timestamp(iso8601: s) else { throw .invalidTimestamp(s, range) }
            return t < other ? -1 : (t > other ? 1 : 0)
        case (.string(let s), .timestamp(let t)):
            guard let other = Timestamp(iso8601: s) else { throw .invalidTimestamp(s, range) }
            return other < t ? -1 : (other > t ? 1 : 0)
        case (.bool, .bool), (.number, .number), (.timestamp, .timestamp), (.duration, .duration), (.string, .string),
            (.list, .list), (.record, .record):
            return Value.sortOrder(l, r)
        default:
            throw .incomparable(op, left: l.typeName, right: r.typeName, range)
        }
    }

    /// `x contains y`: a list holding an element equal to y, or a string containing the string y.
    package static func contains(_ container: Value, _ element: Value, range: SourceRange) throws(RuntimeError) -> Bool
    {
        switch container {
        case .null: return false
        case .list(let elements):
            // The common case, a list of strings searched for a string (`supportedOperators
            // contains "BETWEEN"`), compares text in place; timestamps and the rest go through
            // `equal`.
            if case .string(let needle) = element {
                for e in elements {
                    switch e {
                    case .string(let text): if text.hasSameCodePoints(as: needle) { return true }
                    case .timestamp: if try equal(e, element, range: range) { return true }
                    default: continue
                    }
                }
                return false
            }
            for e in elements where try equal(e, element, range: range) { return true }
            return false
        case .string(let s):
            guard case .string(let needle) = element else { return false }
            return needle.isEmpty || s.contains(needle)
        default:
            throw .invalidOperands("contains", left: container.typeName, right: element.typeName, range)
        }
    }
}
