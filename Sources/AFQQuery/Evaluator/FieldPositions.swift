/// Where a field name is among the keys of a keys array, by the array's identity and the name's
/// storage, kept from batch to batch and from query to query.
///
/// Loaded rows share a keys array per key order (`KeysArraySharing`), a few thousand for 100k
/// rows of custom connectors, and a query's field names are made one string per text
/// (`canonicalName`), so after the first rows of each order a field is found without reading
/// the row's keys: searching them, mostly cache misses on the keys and their text, was a large
/// part of a first answer in the shell (measured: docs/performance.md, "Results").
///
/// A hit is exact: each slot holds the keys array and name it remembers, so neither storage can
/// be reused for other text. Tables are lent to one batch at a time (`borrow`, `giveBack`): not
/// thread-safe, but kept while the shell runs, so later batches and queries find them filled.
final class FieldPositions {
    private struct Slot {
        var keysIdentity: UInt = 0
        var nameBits: (UInt64, UInt64) = (0, 0)
        var index = -1
    }

    private static let slotCount = 1 << 13
    private let slots: UnsafeMutablePointer<Slot>
    private let keptKeys: UnsafeMutablePointer<[String]>
    private let keptNames: UnsafeMutablePointer<String>

    private init() {
        slots = .allocate(capacity: FieldPositions.slotCount)
        slots.initialize(repeating: Slot(), count: FieldPositions.slotCount)
        keptKeys = .allocate(capacity: FieldPositions.slotCount)
        keptKeys.initialize(repeating: [], count: FieldPositions.slotCount)
        keptNames = .allocate(capacity: FieldPositions.slotCount)
        keptNames.initialize(repeating: "", count: FieldPositions.slotCount)
    }

    deinit {
        slots.deinitialize(count: FieldPositions.slotCount)
        slots.deallocate()
        keptKeys.deinitialize(count: FieldPositions.slotCount)
        keptKeys.deallocate()
        keptNames.deinitialize(count: FieldPositions.slotCount)
        keptNames.deallocate()
    }

    /// `record.index(of: name)`.
    @inline(__always)
    func index(of name: String, in record: Record) -> Int? {
        let nameBits = name.storageBits
        let keysIdentity = record.keys.storageIdentity
        let slotIndex = FieldPositions.slotIndex(keysIdentity, nameBits)
        let slot = slots[slotIndex]
        // A slot never used has identity 0, which no array has.
        if slot.keysIdentity == keysIdentity, slot.nameBits == nameBits {
            return slot.index >= 0 ? slot.index : nil
        }
        let index = record.index(of: name)
        slots[slotIndex] = Slot(keysIdentity: keysIdentity, nameBits: nameBits, index: index ?? -1)
        keptKeys[slotIndex] = record.keys
        keptNames[slotIndex] = name
        return index
    }

    @inline(__always)
    private static func slotIndex(_ keysIdentity: UInt, _ nameBits: (UInt64, UInt64)) -> Int {
        let mixed = (UInt64(keysIdentity) >> 4) ^ nameBits.0 ^ (nameBits.1 &* 31)
        return Int(truncatingIfNeeded: (mixed &* 0x9E37_79B9_7F4A_7C15) >> 51)
    }

    // MARK: - Lending

    private static let lock = Mutex()
    nonisolated(unsafe) private static var idle: [FieldPositions] = []
    /// The names met, one string per text: each table has its own, so that no two cores retain
    /// one name's storage at the same time.
    private var names: [CodePointText: String] = [:]

    /// A table no other batch uses.
    static func borrow() -> FieldPositions {
        lock.lock()
        defer { lock.unlock() }
        return idle.popLast() ?? FieldPositions()
    }

    static func giveBack(_ table: FieldPositions) {
        lock.lock()
        idle.append(table)
        lock.unlock()
    }

    /// One string for each field name's text, so that a name has the same storage in every
    /// batch and query that uses this table.
    func canonicalName(_ name: String) -> String {
        if let known = names[CodePointText(name)] { return known }
        let copy = name.unsharedCopy
        names[CodePointText(copy)] = copy
        return copy
    }
}
