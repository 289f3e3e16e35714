/// The JSON text of lists written lately, found by the list's storage: a list met again (the
/// reader and the shell's copies share repeated lists among rows: operators, write operations,
/// modes) is written by copying its bytes instead of encoding it again (measured:
/// docs/performance.md, "Results").
///
/// A hit is exact: each slot holds its list, so the storage cannot be freed and reused for other
/// values, nor changed in place (a list held twice is copied before any change). Not thread-safe:
/// each batch's encoder has its own.
final class JSONListTexts {
    private struct Slot {
        var list: [Value]
        var start: Int
        var count: Int
    }

    /// Lists whose text is longer are written each time: copying them would save little.
    static let longestText = 1024
    private static let slotCount = 64
    /// What the texts may take together before they are all forgotten.
    private static let arenaLimit = 64 << 10
    private var slots: [Slot?] = Array(repeating: nil, count: JSONListTexts.slotCount)
    private var arena = UTF8Buffer(capacity: 4096)

    /// Appends the text of `list` if it was remembered; false otherwise.
    func appendText(of list: [Value], to out: inout UTF8Buffer) -> Bool {
        let identity = list.storageIdentity
        guard let slot = slots[JSONListTexts.slotIndex(identity)], slot.list.storageIdentity == identity
        else { return false }
        out.append(UnsafeBufferPointer(start: arena.base + slot.start, count: slot.count))
        return true
    }

    /// Remembers the text of `list`, written to `out` from `start` to its end.
    func remember(_ list: [Value], writtenTo out: borrowing UTF8Buffer, from start: Int) {
        let count = out.count - start
        guard count <= JSONListTexts.longestText else { return }
        if arena.count + count > JSONListTexts.arenaLimit {
            arena.removeAll()
            for i in slots.indices { slots[i] = nil }
        }
        let at = arena.count
        arena.append(UnsafeBufferPointer(start: out.base + start, count: count))
        slots[JSONListTexts.slotIndex(list.storageIdentity)] = Slot(list: list, start: at, count: count)
    }

    private static func slotIndex(_ identity: UInt) -> Int {
        Int(truncatingIfNeeded: (identity >> 5) ^ (identity >> 11)) & (slotCount - 1)
    }
}
