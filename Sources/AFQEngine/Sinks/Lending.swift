import AFQQuery

/// Lends a value that other threads may be reading, `inout` and without reference counting.
///
/// Rows and their values reach the stages `inout` (`RowSink.push(lent:)`, `LentFieldPath`): a
/// value passed by value from shared storage is retained and released around the call, and over
/// loaded rows each retain is a cache miss that an atomic instruction cannot overlap with other
/// loads (measured: docs/performance.md, "Results"). But an `inout` access claims the memory for
/// itself alone, and the loaded rows are read by several threads at once (the batches of one
/// query, a query and the shell's background copy), so handing out the shared storage itself
/// broke Swift's exclusivity rule, which ThreadSanitizer reports as an access race.
///
/// So the value is lent from a slot of the lending thread's own that holds the same bits: the
/// slot is not shared, and the bits are not a second owner, so nothing is retained
/// when they are copied in or released when the slot is dropped. That is sound because a lent
/// value is only read, never changed or consumed, which every lending caller promises.
enum Lending {
    /// Puts the bits of `shared` into `slot` (memory of the lending thread, uninitialised or
    /// holding bits lent before) and returns `slot`, to be passed `inout`. The slot is never
    /// deinitialised: it owns nothing.
    @inline(__always)
    static func lend<Lent>(_ shared: UnsafePointer<Lent>, through slot: UnsafeMutablePointer<Lent>)
        -> UnsafeMutablePointer<Lent>
    {
        UnsafeMutableRawPointer(slot).copyMemory(from: shared, byteCount: MemoryLayout<Lent>.size)
        return slot
    }
}
