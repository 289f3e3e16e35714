/// The one hash mix of afq's caches: a slot index from a 64-bit hash, by Fibonacci hashing (a
/// multiply by 2⁶⁴/φ, keeping the top bits), which spreads addresses and text words that differ
/// only in a few low or high bits over every slot. `IdentityCache` and the reader's
/// `ContentCache` both find their slots here.
public enum SlotHash {
    @inlinable @inline(__always)
    public static func index(_ hash: UInt64, slotCountLog2: Int) -> Int {
        Int(truncatingIfNeeded: (hash &* 0x9E37_79B9_7F4A_7C15) >> UInt64(64 - slotCountLog2))
    }
}
