/// The JSON text of lists written lately, found by the list's storage: a list met again (the
/// reader and the shell's copies share repeated lists among rows: operators, write operations,
/// modes) is written by copying its bytes instead of encoding it again (measured:
/// docs/performance.md, "Results").
///
/// A hit is exact (`IdentityCache`'s lifetime rule). Not thread-safe: each batch's encoder has
/// its own.
package final class JSONListTexts {
    package init() {}

    /// Lists whose text is longer are written each time: copying them would save little.
    static let longestText = 1024
    /// What the texts may take together before they are all forgotten.
    private static let arenaLimit = 64 << 10
    /// Where in `arena` each list's text is.
    private let texts = IdentityCache<[Value], (start: Int, count: Int)>(slotCountLog2: 6, unused: (0, 0))
    private var arena = UTF8Buffer(capacity: 4096)

    /// Appends the text of `list` if it was remembered; false otherwise.
    func appendText(of list: [Value], to out: inout UTF8Buffer) -> Bool {
        guard let text = texts.answer(for: IdentityKey(list)) else { return false }
        out.append(UnsafeBufferPointer(start: arena.base + text.start, count: text.count))
        return true
    }

    /// Remembers the text of `list`, written to `out` from `start` to its end.
    func remember(_ list: [Value], writtenTo out: borrowing UTF8Buffer, from start: Int) {
        let count = out.count - start
        guard count <= JSONListTexts.longestText else { return }
        if arena.count + count > JSONListTexts.arenaLimit {
            arena.removeAll()
            texts.removeAll()
        }
        let at = arena.count
        arena.append(UnsafeBufferPointer(start: out.base + start, count: count))
        texts.remember((at, count), for: IdentityKey(list), holding: list)
    }
}
