import AFQQuery

/// A list of strings as a dictionary key, equal to another by code points, as afq compares text
/// (`String.hasSameCodePoints`): Swift's `==` would also equate canonically equivalent
/// spellings, which must stay apart. `ValueProjector` finds repeated lists by it.
struct TextList: Hashable {
    let items: [Value]

    /// Nil unless every item is a string.
    init?(_ items: [Value]) {
        for item in items {
            guard case .string = item else { return nil }
        }
        self.items = items
    }

    func hash(into hasher: inout Hasher) {
        hasher.combine(items.count)
        for item in items {
            guard case .string(let text) = item else { continue }
            CodePointText.hash(text, into: &hasher)
        }
    }

    static func == (l: TextList, r: TextList) -> Bool {
        guard l.items.count == r.items.count else { return false }
        for i in l.items.indices {
            guard case .string(let a) = l.items[i], case .string(let b) = r.items[i], a.hasSameCodePoints(as: b) else {
                return false
            }
        }
        return true
    }
}
