/// Where each field name was last found in records with a given keys array.
///
/// Rows of one shape share one keys array (the reader and the projector both make them so), so
/// after the first row a field is found by comparing a few words instead of searching the keys
/// by text: the query's names and the data's keys are different strings with the same text, and
/// comparing their bytes showed in queries over loaded rows (measured: docs/performance.md,
/// "Results").
///
/// A hit is exact: the cache holds each name and keys array it remembers, so neither address
/// can be reused for other text, and a keys array held twice is copied before any change.
/// Counters and slots live behind a pointer, out of reach of the dynamic exclusivity checks on
/// class properties. Not thread-safe: each batch's `ExpressionEvaluator` has its own.
final class FieldLookupCache {
    private struct Slot {
        var nameBits: (UInt64, UInt64) = (0, 0)
        var keysIdentity: UInt = 0
        /// Where the name is among the keys; -1 when it is not there.
        var index = -1
    }

    private struct State {
        var used = 0
        var nextReused = 0
        /// Rows of many shapes (full rows of custom connectors, each leaving out other optional
        /// keys) make most lookups miss, and a miss costs more than a plain search: the cache
        /// then stops.
        var isUseful = true
        var hits = 0
        var misses = 0
    }

    /// A query reads a handful of fields from rows of a few shapes (optional keys present or
    /// not); past this many pairs, the oldest slot is reused.
    private static let slotCount = 32
    private static let missesBeforeReview = 256
    private let slots: UnsafeMutablePointer<Slot>
    private let state: UnsafeMutablePointer<State>
    /// What each slot's words belong to, held so that they stay valid.
    private var kept: [(name: String, keys: [String])?]

    private let positions = FieldPositions.borrow()

    init() {
        slots = .allocate(capacity: FieldLookupCache.slotCount)
        slots.initialize(repeating: Slot(), count: FieldLookupCache.slotCount)
        state = .allocate(capacity: 1)
        state.initialize(to: State())
        kept = Array(repeating: nil, count: FieldLookupCache.slotCount)
    }

    deinit {
        FieldPositions.giveBack(positions)
        slots.deinitialize(count: FieldLookupCache.slotCount)
        slots.deallocate()
        state.deinitialize(count: 1)
        state.deallocate()
    }

    /// `ExpressionEvaluator.member(name, of: value)`.
    func member(_ name: String, of value: Value) -> Value {
        guard case .record(let record) = value else { return ExpressionEvaluator.member(name, of: value) }
        return index(of: name, in: record).map { record.values[$0] } ?? .null
    }

    /// `name` as the lookups of this cache's table know it (`FieldPositions.canonicalName`).
    func canonicalName(_ name: String) -> String {
        positions.canonicalName(name)
    }

    /// `record.index(of: name)`.
    func index(of name: String, in record: Record) -> Int? {
        guard state.pointee.isUseful else { return positions.index(of: name, in: record) }
        let nameBits = name.storageBits
        let keysIdentity = record.keys.storageIdentity
        var slotIndex = 0
        while slotIndex < state.pointee.used {
            if slots[slotIndex].keysIdentity == keysIdentity, slots[slotIndex].nameBits == nameBits {
                state.pointee.hits &+= 1
                let index = slots[slotIndex].index
                return index >= 0 ? index : nil
            }
            slotIndex &+= 1
        }
        let index = record.index(of: name)
        remember(name, in: record.keys, nameBits: nameBits, keysIdentity: keysIdentity, at: index ?? -1)
        return index
    }

    private func remember(_ name: String, in keys: [String], nameBits: (UInt64, UInt64), keysIdentity: UInt, at index: Int) {
        state.pointee.misses &+= 1
        if state.pointee.misses == FieldLookupCache.missesBeforeReview {
            // Nine hits in ten at least, or the cache stops.
            guard state.pointee.hits >= state.pointee.misses * 9 else {
                state.pointee.isUseful = false
                kept = []
                return
            }
            state.pointee.hits = 0
            state.pointee.misses = 0
        }
        let slotIndex: Int
        if state.pointee.used < FieldLookupCache.slotCount {
            slotIndex = state.pointee.used
            state.pointee.used &+= 1
        } else {
            slotIndex = state.pointee.nextReused
            state.pointee.nextReused = (slotIndex &+ 1) % FieldLookupCache.slotCount
        }
        slots[slotIndex] = Slot(nameBits: nameBits, keysIdentity: keysIdentity, index: index)
        kept[slotIndex] = (name, keys)
    }
}
