import AFQQuery

/// Values the reader built lately, by a hash of what they were built from, one per slot (the
/// latest wins): recordings repeat most strings, keys, key lists and containers from row to row,
/// and a repeat then shares the first one's storage instead of being built again — less time,
/// and less memory for a loaded recording. The one cache type of the reader (`KeyCache`,
/// `StringCache`, `KeyListCache`, `ContainerMemo` use it).
///
/// Found by contents, not by identity as `IdentityCache` is: the bytes are gone once a piece is
/// read, so there is nothing to hold. A hit is exact only because the caller compares what the
/// entry was built from (`matches`) before using it; the hash only picks the slot, through the
/// one hash mix (`SlotHash`). Each parser has its own: not thread-safe.
struct ContentCache<Entry> {
    private var slots: [Entry?]
    private let slotCountLog2: Int

    init(slotCountLog2: Int) {
        self.slotCountLog2 = slotCountLog2
        slots = Array(repeating: nil, count: 1 << slotCountLog2)
    }

    /// The entry in `hash`'s slot, if `matches` says it was built from the same contents.
    @inline(__always)
    func entry(hash: UInt64, matches: (Entry) -> Bool) -> Entry? {
        guard let entry = slots[SlotHash.index(hash, slotCountLog2: slotCountLog2)], matches(entry) else { return nil }
        return entry
    }

    @inline(__always)
    mutating func remember(_ entry: Entry, hash: UInt64) {
        slots[SlotHash.index(hash, slotCountLog2: slotCountLog2)] = entry
    }
}
