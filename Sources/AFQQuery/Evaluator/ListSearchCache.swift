/// Whether a list holds a text, remembered for the lists searched lately, by the storage of the
/// list and of the text: rows share their lists (the reader and the shell's copies keep one per
/// repeated list: each connector type's operators and modes), so `supportedOperators contains
/// "BETWEEN"` searches each list once instead of once per row.
///
/// A hit is exact: the cache holds each list and text it remembers, so neither storage can be
/// freed and reused for other values, nor changed in place (a list held twice is copied before
/// any change). Slots live behind a pointer, compared as plain words: reading a slot's list or
/// text would retain it. Not thread-safe: each batch's `ExpressionEvaluator` has its own.
final class ListSearchCache {
    private struct Slot {
        var listIdentity: UInt = 0
        var textBits: (UInt64, UInt64) = (0, 0)
        var found = false
    }

    private static let slotCount = 32
    private let slots: UnsafeMutablePointer<Slot>
    /// What each slot's words belong to, held so that they stay valid (behind pointers too: most
    /// lists are met once, and remembering one should cost no more than two reference counts).
    private let keptLists: UnsafeMutablePointer<[Value]>
    private let keptTexts: UnsafeMutablePointer<String>

    init() {
        slots = .allocate(capacity: ListSearchCache.slotCount)
        slots.initialize(repeating: Slot(), count: ListSearchCache.slotCount)
        keptLists = .allocate(capacity: ListSearchCache.slotCount)
        keptLists.initialize(repeating: [], count: ListSearchCache.slotCount)
        keptTexts = .allocate(capacity: ListSearchCache.slotCount)
        keptTexts.initialize(repeating: "", count: ListSearchCache.slotCount)
    }

    deinit {
        slots.deinitialize(count: ListSearchCache.slotCount)
        slots.deallocate()
        keptLists.deinitialize(count: ListSearchCache.slotCount)
        keptLists.deallocate()
        keptTexts.deinitialize(count: ListSearchCache.slotCount)
        keptTexts.deallocate()
    }

    /// The remembered answer to `list contains text`, if any.
    func result(_ list: [Value], contains text: String) -> Bool? {
        let listIdentity = list.storageIdentity
        let textBits = text.storageBits
        let slot = slots[ListSearchCache.slotIndex(listIdentity, textBits)]
        // A slot never used has identity 0, which no list has.
        guard slot.listIdentity == listIdentity, slot.textBits == textBits else { return nil }
        return slot.found
    }

    func remember(_ list: [Value], contains text: String, _ found: Bool) {
        let listIdentity = list.storageIdentity
        let textBits = text.storageBits
        let index = ListSearchCache.slotIndex(listIdentity, textBits)
        slots[index] = Slot(listIdentity: listIdentity, textBits: textBits, found: found)
        keptLists[index] = list
        keptTexts[index] = text
    }

    private static func slotIndex(_ listIdentity: UInt, _ textBits: (UInt64, UInt64)) -> Int {
        let mixed = UInt64(listIdentity) ^ textBits.0 ^ (textBits.1 &* 31)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 59)
    }
}
