/// Answers remembered by the identity of the values they are about — a list's buffer, a name's
/// storage — rather than their contents: rows share their keys arrays and repeated lists (the
/// reader and the shell's copies make them so), so a lookup compares three words instead of
/// hashing or comparing text. The one cache type of the engine for such lookups: where a field
/// is among a keys array's keys (`FieldPositions`), whether a list holds a text (`contains`),
/// the JSON text of a list (`JSONListTexts`), the group of a text key (`GroupTable`).
///
/// **The lifetime rule**: a slot holds the values its key came from (`holding`), so their storage
/// can be neither freed and reused for other contents nor changed in place (an array held twice
/// is copied before any change). A hit is therefore exact, never a guess.
///
/// Direct-mapped: a key has one slot (`IdentityKey.slot`), and the latest answer for that slot
/// wins. Slots live behind pointers, compared as plain words: reading a slot's held values would
/// retain them, and class properties would add dynamic exclusivity checks to every lookup. Not
/// thread-safe: each batch has its own, or borrows one (`FieldPositions.borrow`).
///
/// Public and inlinable, so that the engine's uses, in another module, are specialized to their
/// types: called generically, each lookup fetched its type's metadata at run time. (`package`
/// would do, but its inlinable bodies are not kept in the module for other modules to
/// specialize.)
public final class IdentityCache<Held, Answer> {
    @usableFromInline struct Slot {
        @usableFromInline var key: IdentityKey
        @usableFromInline var answer: Answer

        @inlinable init(key: IdentityKey, answer: Answer) {
            self.key = key
            self.answer = answer
        }
    }

    @usableFromInline let slotCountLog2: Int
    /// A slot never used has an all-zero key, which no held value has (a string's second word is
    /// never zero, an array's address never is).
    @usableFromInline let slots: UnsafeMutablePointer<Slot>
    @usableFromInline let held: UnsafeMutablePointer<Held?>

    /// `unused` fills the answers of slots never used; it is never returned.
    @inlinable public init(slotCountLog2: Int, unused: Answer) {
        self.slotCountLog2 = slotCountLog2
        slots = .allocate(capacity: 1 << slotCountLog2)
        slots.initialize(repeating: Slot(key: IdentityKey.unused, answer: unused), count: 1 << slotCountLog2)
        held = .allocate(capacity: 1 << slotCountLog2)
        held.initialize(repeating: nil, count: 1 << slotCountLog2)
    }

    deinit {
        slots.deinitialize(count: 1 << slotCountLog2)
        slots.deallocate()
        held.deinitialize(count: 1 << slotCountLog2)
        held.deallocate()
    }

    @inlinable @inline(__always)
    public func answer(for key: IdentityKey) -> Answer? {
        let slot = slots[key.slot(slotCountLog2)]
        guard slot.key == key else { return nil }
        return slot.answer
    }

    /// Remembers `answer` for `key`, holding `values`, the values `key` was made of.
    @inlinable @inline(__always)
    public func remember(_ answer: Answer, for key: IdentityKey, holding values: Held) {
        let index = key.slot(slotCountLog2)
        slots[index] = Slot(key: key, answer: answer)
        held[index] = values
    }

    func removeAll() {
        for index in 0..<(1 << slotCountLog2) {
            slots[index].key = IdentityKey.unused
            held[index] = nil
        }
    }
}
