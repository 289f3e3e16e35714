/// A pattern that is nothing but case-sensitive characters, perhaps between `^` and `$`
/// (`Salesforce`, `^arn:aws:`, `-prod$`): matched by comparing bytes, since valid UTF-8 text holds
/// a run of scalars exactly where it holds their bytes.
struct RegexLiteralSearch: Sendable {
    private let bytes: [UInt8]
    private let atStart: Bool
    private let atEnd: Bool

    /// Nil when `root` is anything more than such a literal.
    init?(_ root: RegexNode) {
        var items: [RegexNode] = []
        guard Self.flatten(root, into: &items) else { return nil }
        var start = 0
        var end = items.count
        atStart = items.first.map { if case .assertion(.startOfText) = $0 { true } else { false } } ?? false
        if atStart { start += 1 }
        atEnd =
            end > start && { if case .assertion(.endOfText) = items[end - 1] { true } else { false } }()
        if atEnd { end -= 1 }
        var bytes: [UInt8] = []
        for item in items[start..<end] {
            guard case .scalar(let value, caseInsensitive: false) = item, let scalar = Unicode.Scalar(value) else {
                return nil
            }
            bytes.append(contentsOf: String(scalar).utf8)
        }
        self.bytes = bytes
    }

    /// The items of nested concatenations, in order; false for an alternation or a repetition.
    private static func flatten(_ node: RegexNode, into items: inout [RegexNode]) -> Bool {
        switch node {
        case .empty: return true
        case .concatenation(let parts): return parts.allSatisfy { flatten($0, into: &items) }
        case .alternation, .repetition: return false
        default:
            items.append(node)
            return true
        }
    }

    func isFound(in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let count = bytes.count
        guard count <= text.count else { return false }
        switch (atStart, atEnd) {
        case (true, true): return count == text.count && matches(text, at: 0)
        case (true, false): return matches(text, at: 0)
        case (false, true): return matches(text, at: text.count - count)
        case (false, false): return count == 0 || RegexPikeVM.find(bytes, in: text, from: 0) != nil
        }
    }

    private func matches(_ text: UnsafeBufferPointer<UInt8>, at offset: Int) -> Bool {
        var index = 0
        while index < bytes.count {
            if text[offset + index] != bytes[index] { return false }
            index += 1
        }
        return true
    }
}
