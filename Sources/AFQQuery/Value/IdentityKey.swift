/// What an `IdentityCache` finds an answer by: the storage of an array (its buffer's address)
/// and of a string (its two words: short text inline, longer text its buffer), either left out
/// as zeros. Equal keys are the same values only while the cache holds them (`IdentityCache`).
/// Public and inlinable with `IdentityCache`, for the engine's lookups in another module.
public struct IdentityKey: Sendable {
    @usableFromInline let identity: UInt
    @usableFromInline let bits: (UInt64, UInt64)

    /// The key of a slot never used: no array or string has these words.
    @usableFromInline static let unused = IdentityKey(identity: 0, bits: (0, 0))

    @inlinable init(identity: UInt, bits: (UInt64, UInt64)) {
        self.identity = identity
        self.bits = bits
    }

    @inlinable @inline(__always)
    public init<Element>(_ array: [Element], _ text: String) {
        identity = array.storageIdentity
        bits = text.storageBits
    }

    @inlinable @inline(__always)
    public init<Element>(_ array: [Element]) {
        identity = array.storageIdentity
        bits = (0, 0)
    }

    @inlinable @inline(__always)
    public init(_ text: String) {
        identity = 0
        bits = text.storageBits
    }

    @inlinable @inline(__always)
    static func == (a: IdentityKey, b: IdentityKey) -> Bool {
        a.identity == b.identity && a.bits.0 == b.bits.0 && a.bits.1 == b.bits.1
    }

    /// Buffers are 16-byte aligned: their low bits say nothing.
    @inlinable @inline(__always)
    func slot(_ slotCountLog2: Int) -> Int {
        SlotHash.index(UInt64(identity) >> 4 ^ bits.0 ^ (bits.1 &* 31), slotCountLog2: slotCountLog2)
    }
}
